/** Copies a text to the clipboard; the button says "Copied" for a moment afterwards. */
import { useEffect, useState } from "preact/hooks";
import { t } from "../ui/i18n";

const COPIED_MS = 1500;

export interface CopyButtonProps {
  text: string;
  /** Accessible name, e.g. Copy "I'm sorry I hurt you". */
  label?: string;
  onResult?(ok: boolean): void;
}

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function CopyButton({ text, label, onResult }: CopyButtonProps) {
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), COPIED_MS);
    return () => clearTimeout(timer);
  }, [copied]);
  return (
    <button
      type="button"
      class="secondary small"
      aria-label={copied ? t("popup_copied") : label}
      onClick={() => {
        void copyText(text).then((ok) => {
          setCopied(ok);
          onResult?.(ok);
        });
      }}
    >
      {copied ? t("popup_copied") : t("popup_copy")}
    </button>
  );
}
