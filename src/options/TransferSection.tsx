/**
 * Export to a file, import from one, reset to the defaults (after an inline confirmation).
 */
import { useEffect, useRef, useState } from "preact/hooks";
import { DEFAULT_SETTINGS, type Settings } from "../shared/settings";
import { loadSettings } from "../shared/settings-store";
import { isDefaultSite } from "../shared/sites";
import { t } from "../ui/i18n";
import { exportSettings, importSettings, type ImportFailure } from "./settings-io";
import { enqueue, replaceSettings, setSite } from "./store";
import { download } from "./ui-common";

export const EXPORT_FILE_NAME = "receptive-settings.json";

export interface TransferSectionProps {
  /** Reports the outcome of a change in the page's status line. */
  track(work: Promise<unknown>): void;
  /** Shows settings locally at once (import, reset). */
  show(settings: Settings): void;
}

type ImportOutcome =
  | { kind: "ok"; problems: string[] }
  | { kind: "error"; message: string };

const FAILURES: Record<ImportFailure, string> = {
  "not-json": "options_importNotJson",
  "not-object": "options_importNotObject",
  "too-large": "options_importTooLarge",
};

export function TransferSection({ track, show }: TransferSectionProps) {
  const fileInput = useRef<HTMLInputElement>(null);
  const resetButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  const wasConfirming = useRef(false);

  useEffect(() => {
    if (confirming) cancelButton.current?.focus();
    else if (wasConfirming.current) resetButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  function exportNow() {
    setExportError(null);
    // Whatever is stored right now, after any change still being written.
    enqueue(() => loadSettings()).then(
      ({ settings }) => download(EXPORT_FILE_NAME, exportSettings(settings), "application/json"),
      (e: unknown) => setExportError(t("options_exportFailed", e instanceof Error ? e.message : String(e))),
    );
  }

  async function importFile(file: File) {
    let text: string;
    try {
      text = await file.text();
    } catch (e) {
      setOutcome({ kind: "error", message: t("options_importUnreadable", e instanceof Error ? e.message : String(e)) });
      return;
    }
    const result = importSettings(text);
    if (!result.ok) {
      setOutcome({ kind: "error", message: t(FAILURES[result.reason]) });
      return;
    }
    show(result.settings);
    setOutcome({ kind: "ok", problems: result.problems });
    track(replaceSettings(result.settings));
  }

  function reset() {
    setConfirming(false);
    setOutcome(null);
    show(structuredClone(DEFAULT_SETTINGS) as Settings);
    track(
      enqueue(() => loadSettings()).then(async ({ settings }) => {
        // Added sites that were on: turned off through the background, which unregisters their
        // script and gives their permission back; then the defaults replace everything.
        const extra = Object.entries(settings.sites).filter(([origin, on]) => on && !isDefaultSite(origin));
        for (const [origin] of extra) await setSite(origin, false).catch(() => {});
        await replaceSettings(structuredClone(DEFAULT_SETTINGS) as Settings);
      }),
    );
  }

  return (
    <section aria-labelledby="transfer-title">
      <h2 id="transfer-title">{t("options_transferTitle")}</h2>
      <p class="muted">{t("options_transferIntro")}</p>
      <div class="button-row">
        <button type="button" class="secondary" onClick={exportNow}>
          {t("options_export")}
        </button>
        <button type="button" class="secondary" onClick={() => fileInput.current?.click()}>
          {t("options_import")}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          tabIndex={-1}
          aria-label={t("options_importFileLabel")}
          onChange={(e) => {
            const el = e.currentTarget as HTMLInputElement;
            const file = el.files?.[0];
            // Cleared so that choosing the same file again is a change too.
            el.value = "";
            if (file) void importFile(file);
          }}
        />
      </div>
      {exportError && <p class="field-error">{exportError}</p>}
      <div role="status" class="import-outcome">
        {outcome?.kind === "error" && <p class="field-error">{outcome.message}</p>}
        {outcome?.kind === "ok" && outcome.problems.length === 0 && <p class="field-note">{t("options_importDone")}</p>}
        {outcome?.kind === "ok" && outcome.problems.length > 0 && (
          <div class="notice">
            <p>{t("options_importDoneWithProblems")}</p>
            <ul>
              {outcome.problems.map((problem, i) => (
                <li key={i}>{problem}</li>
              ))}
            </ul>
          </div>
        )}
      </div>

      <h3>{t("options_resetTitle")}</h3>
      {!confirming ? (
        <button ref={resetButton} type="button" class="danger-outline" onClick={() => setConfirming(true)}>
          {t("options_reset")}
        </button>
      ) : (
        <div class="confirm" role="group" aria-labelledby="reset-question">
          <p id="reset-question">
            <strong>{t("options_resetQuestion")}</strong> {t("options_resetExplanation")}
          </p>
          <div class="button-row">
            <button type="button" class="danger" onClick={reset}>
              {t("options_resetConfirm")}
            </button>
            <button ref={cancelButton} type="button" class="secondary" onClick={() => setConfirming(false)}>
              {t("options_resetCancel")}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
