/**
 * Your practice: the weekly counts as a chart (and a table on request), export as JSON or CSV,
 * erase (after an inline confirmation), counting on or off, and repair offers on or off.
 * Turning counting off keeps what was counted until the person erases it: a switch should not
 * destroy anything, and Erase is one click away with its own confirmation.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import { dismissRepairOffer, eraseProgress, loadProgress } from "../shared/practice-storage";
import { hasProgress, lastWeeks, progressToCsv, progressToJson, totals } from "../shared/progress";
import type { Settings } from "../shared/settings";
import { ProgressChart } from "../ui/ProgressChart";
import { Switch } from "../ui/Switch";
import { t } from "../ui/i18n";
import { useProgress } from "../ui/useProgress";
import { download, errorText } from "./ui-common";

export const CHART_WEEKS = 8;
export const PROGRESS_FILE_NAME = "receptive-progress";

export interface PracticeSectionProps {
  settings: Settings;
  update(change: (settings: Settings) => void): void;
}

export function PracticeSection({ settings, update }: PracticeSectionProps) {
  const parsed = useProgress();
  const [showTable, setShowTable] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [outcome, setOutcome] = useState<{ kind: "note" | "error"; text: string } | null>(null);
  const eraseButton = useRef<HTMLButtonElement>(null);
  const exportButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  const focusAfterErase = useRef(false);

  useEffect(() => {
    if (confirming) cancelButton.current?.focus();
    else if (wasConfirming.current) eraseButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const progress = parsed?.progress;
  const rows = progress ? lastWeeks(progress, CHART_WEEKS, Date.now()) : [];
  const any = progress ? hasProgress(progress) : false;
  const sums = totals(rows);

  // Erase turns disabled once the change arrives, and a disabled button drops the focus: it goes
  // to Export, next to it, instead of to the top of the page.
  useEffect(() => {
    if (focusAfterErase.current && !any) {
      focusAfterErase.current = false;
      exportButton.current?.focus();
    }
  });

  function exportAs(kind: "json" | "csv") {
    setOutcome(null);
    // What is stored right now, not what this page last drew.
    loadProgress().then(
      ({ progress: latest }) =>
        kind === "json"
          ? download(`${PROGRESS_FILE_NAME}.json`, progressToJson(latest, Date.now()), "application/json")
          : download(`${PROGRESS_FILE_NAME}.csv`, progressToCsv(latest), "text/csv"),
      (e: unknown) => setOutcome({ kind: "error", text: t("options_practiceExportFailed", errorText(e)) }),
    );
  }

  function erase() {
    focusAfterErase.current = true;
    setConfirming(false);
    eraseProgress().then(
      () => setOutcome({ kind: "note", text: t("options_practiceErased") }),
      (e: unknown) => {
        focusAfterErase.current = false;
        setOutcome({ kind: "error", text: t("options_practiceEraseFailed", errorText(e)) });
      },
    );
  }

  return (
    <section aria-labelledby="practice-title" class="practice">
      <h2 id="practice-title">{t("options_practiceTitle")}</h2>
      <p class="muted">{t("options_practiceIntro")}</p>
      <Switch
        id="progress-switch"
        checked={settings.progress}
        label={t("options_practiceSwitch")}
        describedBy="progress-switch-note"
        onChange={(on) =>
          update((s) => {
            s.progress = on;
          })
        }
      />
      <p class="muted switch-note" id="progress-switch-note">
        {t(settings.progress ? "options_practiceSwitchNoteOn" : "options_practiceSwitchNoteOff")}
      </p>

      {parsed && parsed.problems.length > 0 && (
        <div class="notice" role="alert">
          <p>{t("options_practiceProblems")}</p>
          <ul>
            {parsed.problems.map((problem, i) => (
              <li key={i}>{problem}</li>
            ))}
          </ul>
        </div>
      )}

      {parsed && (settings.progress || any) && (
        <>
          <h3>{t("options_practiceChartTitle", String(CHART_WEEKS))}</h3>
          <ProgressChart
            rows={rows}
            id="options-chart"
            showTable={showTable}
            beforeTable={
              <>
                {sums.pausesShown > 0 && (
                  <p class="after-pause">
                    {t("options_practiceAfterPause", [
                      String(sums.pausesShown),
                      String(sums.afterPause.edited),
                      String(sums.afterPause.applied),
                      String(sums.afterPause.sentAnyway),
                    ])}
                  </p>
                )}
                <button type="button" class="link" aria-expanded={showTable} aria-controls="options-chart-table" onClick={() => setShowTable(!showTable)}>
                  {t(showTable ? "options_practiceHideTable" : "options_practiceShowTable")}
                </button>
              </>
            }
          />
        </>
      )}

      <h3>{t("options_practiceKeepTitle")}</h3>
      <div class="button-row">
        <button ref={exportButton} type="button" class="secondary" onClick={() => exportAs("json")}>
          {t("options_practiceExportJson")}
        </button>
        <button type="button" class="secondary" onClick={() => exportAs("csv")}>
          {t("options_practiceExportCsv")}
        </button>
        {!confirming && (
          <button ref={eraseButton} type="button" class="danger-outline" disabled={!any} onClick={() => setConfirming(true)}>
            {t("options_practiceErase")}
          </button>
        )}
      </div>
      {confirming && (
        <div class="confirm" role="group" aria-labelledby="erase-question">
          <p id="erase-question">
            <strong>{t("options_practiceEraseQuestion")}</strong> {t("options_practiceEraseExplanation")}
          </p>
          <div class="button-row">
            <button type="button" class="danger" onClick={erase}>
              {t("options_practiceEraseConfirm")}
            </button>
            <button ref={cancelButton} type="button" class="secondary" onClick={() => setConfirming(false)}>
              {t("options_practiceEraseCancel")}
            </button>
          </div>
        </div>
      )}
      <p role="status" class={`erase-outcome ${outcome?.kind === "error" ? "field-error" : "field-note"}`}>
        {outcome?.text ?? ""}
      </p>

      <h3>{t("options_repairTitle")}</h3>
      <Switch
        id="repair-switch"
        checked={settings.repairOffers}
        label={t("options_repairSwitch")}
        describedBy="repair-note"
        onChange={(on) => {
          update((s) => {
            s.repairOffers = on;
          });
          // An offer left waiting would come back, out of the blue, when offers are turned on again.
          if (!on) void dismissRepairOffer().catch(() => {});
        }}
      />
      <p class="muted switch-note" id="repair-note">
        {t("options_repairNote")}
      </p>
    </section>
  );
}
