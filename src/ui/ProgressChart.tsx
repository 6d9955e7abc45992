/**
 * The practice as a bar chart: for each week, drafts checked, findings, suggestions applied and
 * pauses before sending, side by side. The SVG is one image to assistive technology (a summary
 * as its name); the same numbers are in a table, hidden from sight unless `showTable` asks for
 * it. Colours come from theme.css (--chart-1..4), so light and dark both hold.
 */
import type { ComponentChildren } from "preact";
import { totals, type WeekCounts, type WeekRow } from "../shared/progress";
import { t } from "./i18n";
import "./progress-chart.css";

type SeriesField = "draftsChecked" | "findings" | "suggestionsApplied" | "pausesShown";

export const CHART_SERIES: readonly { field: SeriesField; label: string }[] = [
  { field: "draftsChecked", label: "chart_draftsChecked" },
  { field: "findings", label: "chart_findings" },
  { field: "suggestionsApplied", label: "chart_suggestionsApplied" },
  { field: "pausesShown", label: "chart_pauses" },
];

export interface ProgressChartProps {
  /** The weeks, oldest first (lastWeeks). */
  rows: readonly WeekRow[];
  /** Unique in the page: the ids of the title, description and table are made from it. */
  id: string;
  /** The popup's size: narrower, shorter, smaller type. */
  compact?: boolean;
  /** Shows the table of numbers on screen too (it is always there for screen readers). */
  showTable?: boolean;
  /** What goes between the legend and the table (say, the button that shows the table). */
  beforeTable?: ComponentChildren;
}

const SIZES = {
  compact: { width: 340, height: 128, left: 26, right: 4, top: 8, bottom: 20 },
  full: { width: 680, height: 210, left: 34, right: 8, top: 10, bottom: 24 },
} as const;

/** A top for the axis at or above `max`, with at most four steps of 1, 2 or 5 times a power of ten. */
export function axisScale(max: number): { top: number; step: number } {
  if (!(max > 0)) return { top: 4, step: 1 };
  for (let power = 1; ; power *= 10) {
    for (const m of [1, 2, 5]) {
      const step = m * power;
      if (Math.ceil(max / step) <= 4) return { top: Math.ceil(max / step) * step, step };
    }
  }
}

/** A week's Monday for people: "Nov 23" ("day" alone: "23"), or "Nov 23, 2026" ("long"). */
function formatWeek(start: string, style: "short" | "day" | "long"): string {
  const time = Date.parse(`${start}T00:00:00Z`);
  if (!Number.isFinite(time)) return start;
  const options: Intl.DateTimeFormatOptions =
    style === "long" ? { dateStyle: "medium", timeZone: "UTC" } : style === "day" ? { day: "numeric", timeZone: "UTC" } : { month: "short", day: "numeric", timeZone: "UTC" };
  return new Intl.DateTimeFormat(undefined, options).format(time);
}

/**
 * The axis labels. In the popup's narrow chart a label names the month only where it changes
 * ("Oct 5, 12, 19, 26, Nov 2, 9"), so that eight of them fit without touching.
 */
function axisLabels(rows: readonly WeekRow[], compact: boolean): string[] {
  return rows.map((row, i) => {
    const previous = rows[i - 1];
    const sameMonth = previous !== undefined && previous.start.slice(0, 7) === row.start.slice(0, 7);
    return formatWeek(row.start, compact && sameMonth ? "day" : "short");
  });
}

/** The counts as one sentence: "drafts checked: 12, findings: 5, ...". */
export function countsSentence(c: WeekCounts): string {
  return t("chart_counts", [String(c.draftsChecked), String(c.findings), String(c.suggestionsApplied), String(c.pausesShown)]);
}

/** What the chart shows, in words: its name for assistive technology. */
export function chartSummary(rows: readonly WeekRow[]): string {
  const all = totals(rows);
  const weeks = String(rows.length);
  if (CHART_SERIES.every(({ field }) => all[field] === 0)) return t("chart_summaryEmpty", weeks);
  const thisWeek = rows.at(-1);
  return [t("chart_summaryWeeks", [weeks, countsSentence(all)]), thisWeek ? t("chart_summaryThisWeek", countsSentence(thisWeek)) : ""]
    .filter(Boolean)
    .join(" ");
}

export function ProgressChart({ rows, id, compact = false, showTable = false, beforeTable }: ProgressChartProps) {
  const size = compact ? SIZES.compact : SIZES.full;
  const plotWidth = size.width - size.left - size.right;
  const plotHeight = size.height - size.top - size.bottom;
  const max = Math.max(0, ...rows.flatMap((r) => CHART_SERIES.map(({ field }) => r[field])));
  const { top, step } = axisScale(max);
  // With nothing counted, only the baseline: grid lines would run through the "nothing yet" note.
  const ticks: number[] = [];
  for (let v = 0; v <= (max === 0 ? 0 : top); v += step) ticks.push(v);
  const y = (v: number) => size.top + plotHeight - (v / top) * plotHeight;
  const groupWidth = rows.length > 0 ? plotWidth / rows.length : plotWidth;
  const barWidth = (groupWidth * 0.8) / CHART_SERIES.length;
  const summary = chartSummary(rows);
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const labels = axisLabels(rows, compact);

  return (
    <div class={`progress-chart${compact ? " compact" : ""}`}>
      <svg
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        viewBox={`0 0 ${size.width} ${size.height}`}
        width={size.width}
        height={size.height}
        focusable="false"
      >
        <title id={titleId}>{t("chart_title", String(rows.length))}</title>
        <desc id={descId}>{summary}</desc>
        {ticks.map((v) => (
          <g key={v} class="chart-tick">
            <line x1={size.left} x2={size.width - size.right} y1={y(v)} y2={y(v)} class={v === 0 ? "chart-baseline" : "chart-grid"} />
            <text x={size.left - 6} y={y(v)} dy="0.35em" text-anchor="end">
              {v}
            </text>
          </g>
        ))}
        {rows.map((row, i) => {
          const x0 = size.left + i * groupWidth + groupWidth * 0.1;
          const weekLabel = formatWeek(row.start, "short");
          const current = i === rows.length - 1;
          return (
            <g key={row.week} data-week={row.week}>
              {CHART_SERIES.map(({ field, label }, s) => {
                const value = row[field];
                if (value === 0) return null;
                const height = Math.max(1.5, y(0) - y(value));
                return (
                  <rect
                    key={field}
                    class={`chart-bar series-${s + 1}`}
                    data-series={field}
                    x={x0 + s * barWidth}
                    y={y(0) - height}
                    width={Math.max(1, barWidth - 1)}
                    height={height}
                    rx={Math.min(2, barWidth / 4)}
                  >
                    <title>{t("chart_barTitle", [t(label), String(value), weekLabel])}</title>
                  </rect>
                );
              })}
              <text
                class={current ? "chart-week current" : "chart-week"}
                x={size.left + i * groupWidth + groupWidth / 2}
                y={size.height - size.bottom + (compact ? 14 : 17)}
                text-anchor="middle"
              >
                {labels[i]}
              </text>
            </g>
          );
        })}
        {max === 0 && (
          <text class="chart-empty" x={size.left + plotWidth / 2} y={size.top + plotHeight / 2} text-anchor="middle" dy="0.35em">
            {t("chart_empty")}
          </text>
        )}
      </svg>
      <ul class="chart-legend" aria-hidden="true">
        {CHART_SERIES.map(({ field, label }, s) => (
          <li key={field}>
            <span class={`chart-swatch series-${s + 1}`} />
            {t(label)}
          </li>
        ))}
      </ul>
      {beforeTable}
      {/* The wrapper is what hides the table: a table is never narrower than its content, so
          it would widen the page even at width 1px. */}
      <div class={showTable ? "chart-table-wrap" : "visually-hidden"}>
        <table class="chart-table" id={`${id}-table`}>
          <caption>{t("chart_tableCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("chart_weekOf")}</th>
              {CHART_SERIES.map(({ field, label }) => (
                <th key={field} scope="col">
                  {t(label)}
                </th>
              ))}
              <th scope="col">{t("chart_afterPauseEdited")}</th>
              <th scope="col">{t("chart_afterPauseApplied")}</th>
              <th scope="col">{t("chart_afterPauseSentAnyway")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.week} data-week={row.week}>
                <th scope="row">{formatWeek(row.start, "long")}</th>
                {CHART_SERIES.map(({ field }) => (
                  <td key={field} data-field={field}>
                    {row[field]}
                  </td>
                ))}
                <td data-field="afterPause.edited">{row.afterPause.edited}</td>
                <td data-field="afterPause.applied">{row.afterPause.applied}</td>
                <td data-field="afterPause.sentAnyway">{row.afterPause.sentAnyway}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
