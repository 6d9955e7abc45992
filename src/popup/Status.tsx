/** The popup's one status line (polite live region): what just happened, for a few seconds. */
import { useEffect } from "preact/hooks";

export interface StatusLine {
  text: string;
  kind: "info" | "error";
  /** Distinguishes two equal messages in a row, so each gets its own timer. */
  serial: number;
}

const SHOW_MS = 4000;
const SHOW_ERROR_MS = 8000;

export function Status({ status, onDone }: { status: StatusLine | null; onDone(): void }) {
  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(onDone, status.kind === "error" ? SHOW_ERROR_MS : SHOW_MS);
    return () => clearTimeout(timer);
  }, [status?.serial]);
  return (
    <div class={`status${status ? ` status-${status.kind}` : ""}`} role="status" aria-live="polite">
      {status?.text ?? ""}
    </div>
  );
}
