/**
 * "This week": the week's counts in four small figures, and the last eight weeks as a chart
 * behind a disclosure, so the popup stays about the draft.
 */
import { lastWeeks } from "../shared/progress";
import { CHART_SERIES, ProgressChart } from "../ui/ProgressChart";
import { t } from "../ui/i18n";
import { useProgress } from "../ui/useProgress";

export const CHART_WEEKS = 8;

export function ProgressSummary() {
  const parsed = useProgress();
  if (!parsed) return null;
  const rows = lastWeeks(parsed.progress, CHART_WEEKS, Date.now());
  const thisWeek = rows.at(-1);
  if (!thisWeek) return null;
  return (
    <section class="progress" aria-labelledby="progress-heading">
      <h2 id="progress-heading">{t("popup_progressHeading")}</h2>
      <dl class="week-stats">
        {CHART_SERIES.map(({ field, label }, s) => (
          <div key={field} class="week-stat" data-field={field}>
            <dt>
              <span class={`stat-swatch series-${s + 1}`} aria-hidden="true" />
              {t(label)}
            </dt>
            <dd>{thisWeek[field]}</dd>
          </div>
        ))}
      </dl>
      <details class="progress-more">
        <summary>{t("popup_progressMore", String(CHART_WEEKS))}</summary>
        <ProgressChart rows={rows} id="popup-chart" compact />
        <p class="muted small-print">{t("popup_progressPrivate")}</p>
      </details>
    </section>
  );
}
