/**
 * Private progress: counts per ISO week of the practice (drafts checked, findings, suggestions
 * applied, pauses before sending and what followed them), kept in storage.local on this machine
 * only. Never any text, never a site. Pure and DOM-free: the background writes through
 * `recordPractice`, the pages read through `parseProgress` and `lastWeeks`.
 *
 * Weeks are the person's local calendar weeks (ISO 8601: Monday to Sunday, week 1 holds the
 * year's first Thursday), because "this week" is theirs, not UTC's.
 */
import type { PracticeEvent } from "./messages";

export const PROGRESS_KEY = "progress";
export const PROGRESS_VERSION = 1;
/** Half a year of weeks; older ones are dropped as new ones come. */
export const MAX_WEEKS = 26;

/** "2026-W48": the ISO week-numbering year and the week, two digits. */
export type WeekKey = string;

export interface WeekCounts {
  draftsChecked: number;
  findings: number;
  suggestionsApplied: number;
  /** Times "Take a breath" stopped a send. */
  pausesShown: number;
  /** What the person did after a pause. */
  afterPause: { edited: number; applied: number; sentAnyway: number };
}

export interface Progress {
  version: typeof PROGRESS_VERSION;
  /** Only weeks with something counted; a week not listed counted nothing. */
  weeks: Record<WeekKey, WeekCounts>;
}

export interface ParsedProgress {
  progress: Progress;
  /** One line per part that was invalid and left out; empty when all was well. */
  problems: string[];
}

/** One week for display or export: its key, its Monday ("2026-11-23") and its counts. */
export interface WeekRow extends WeekCounts {
  week: WeekKey;
  start: string;
}

const DAY_MS = 86_400_000;

export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, weeks: {} };
}

export function emptyWeek(): WeekCounts {
  return { draftsChecked: 0, findings: 0, suggestionsApplied: 0, pausesShown: 0, afterPause: { edited: 0, applied: 0, sentAnyway: 0 } };
}

// ---------------------------------------------------------------------------------------------
// Weeks. Dates are handled as day numbers (days since 1970-01-01 on the local calendar), computed
// with UTC arithmetic so that daylight-saving changes never shift a day.

/** The day number of a calendar date (Date.UTC would read years 0-99 as 1900-1999). */
function dayOf(year: number, month: number, date: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month, date);
  return d.getTime() / DAY_MS;
}

/** The local calendar day of `time` (ms since the epoch) as a day number; NaN for an invalid time. */
export function localDay(time: number): number {
  const d = new Date(time);
  return dayOf(d.getFullYear(), d.getMonth(), d.getDate());
}

/** Monday = 0 ... Sunday = 6. */
function weekday(day: number): number {
  // Day 0 (1970-01-01) was a Thursday.
  return (((day + 3) % 7) + 7) % 7;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/** The ISO week-numbering year and week of a day number. */
function isoWeekOfDay(day: number): { year: number; week: number } {
  // The week belongs to the year its Thursday is in.
  const thursday = day - weekday(day) + 3;
  const year = new Date(thursday * DAY_MS).getUTCFullYear();
  const jan1 = dayOf(year, 0, 1);
  return { year, week: Math.floor((thursday - jan1) / 7) + 1 };
}

function keyOf(year: number, week: number): WeekKey {
  return `${pad(year, 4)}-W${pad(week, 2)}`;
}

/** The week key of the person's local week at `time`; null for an invalid time. */
export function weekKey(time: number): WeekKey | null {
  const day = localDay(time);
  if (!Number.isFinite(day)) return null;
  const { year, week } = isoWeekOfDay(day);
  return year >= 0 && year <= 9999 ? keyOf(year, week) : null;
}

/** How many ISO weeks `year` has: 53 when it starts on a Thursday, or is a leap year starting on a Wednesday. */
export function weeksInYear(year: number): 52 | 53 {
  // The week of 28 December is always the year's last.
  return isoWeekOfDay(dayOf(year, 11, 28)).week === 53 ? 53 : 52;
}

const WEEK_KEY = /^(\d{4})-W(\d{2})$/;

/** The year and week of a well-formed key naming a week that exists; null otherwise. */
export function parseWeekKey(key: string): { year: number; week: number } | null {
  const m = WEEK_KEY.exec(key);
  if (!m) return null;
  const year = Number(m[1]);
  const week = Number(m[2]);
  if (week < 1 || week > weeksInYear(year)) return null;
  return { year, week };
}

/** The day number of the Monday that starts a week (the key must be valid). */
function mondayOf(year: number, week: number): number {
  // 4 January is always in week 1.
  const jan4 = dayOf(year, 0, 4);
  return jan4 - weekday(jan4) + (week - 1) * 7;
}

function isoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The Monday a week starts on, as "YYYY-MM-DD"; null for an invalid key. */
export function weekStart(key: WeekKey): string | null {
  const parsed = parseWeekKey(key);
  return parsed ? isoDate(mondayOf(parsed.year, parsed.week)) : null;
}

/** Orders week keys oldest first (keys are fixed-width, so this is string order). */
function byWeek(a: WeekKey, b: WeekKey): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------
// Recording.

function add(n: number, by: number): number {
  // Never reached in practice; past it, further counts would no longer be exact.
  return Math.min(Number.MAX_SAFE_INTEGER, n + by);
}

/** Keeps the MAX_WEEKS newest weeks. */
function capped(weeks: Record<WeekKey, WeekCounts>): Record<WeekKey, WeekCounts> {
  const keys = Object.keys(weeks).sort(byWeek);
  const kept: Record<WeekKey, WeekCounts> = {};
  for (const key of keys.slice(-MAX_WEEKS)) kept[key] = weeks[key]!;
  return kept;
}

/**
 * The progress with one event counted in the week of `now`. Returns a new object and leaves
 * `progress` as it was; returns `progress` itself when there is nothing to count (an invalid
 * time, or a findingsShown without a positive whole count).
 */
export function recordPractice(progress: Progress, event: PracticeEvent, now: number): Progress {
  const key = weekKey(now);
  if (key === null) return progress;
  if (event.kind === "findingsShown" && !(Number.isSafeInteger(event.count) && event.count > 0)) return progress;
  const before = progress.weeks[key] ?? emptyWeek();
  const week: WeekCounts = { ...before, afterPause: { ...before.afterPause } };
  switch (event.kind) {
    case "draftChecked":
      week.draftsChecked = add(week.draftsChecked, 1);
      break;
    case "findingsShown":
      week.findings = add(week.findings, event.count);
      break;
    case "suggestionApplied":
      week.suggestionsApplied = add(week.suggestionsApplied, 1);
      break;
    case "pauseShown":
      week.pausesShown = add(week.pausesShown, 1);
      break;
    case "pauseEdited":
      week.afterPause.edited = add(week.afterPause.edited, 1);
      break;
    case "pauseApplied":
      week.afterPause.applied = add(week.afterPause.applied, 1);
      break;
    case "pauseSentAnyway":
      week.afterPause.sentAnyway = add(week.afterPause.sentAnyway, 1);
      break;
    default:
      return progress;
  }
  return { version: PROGRESS_VERSION, weeks: capped({ ...progress.weeks, [key]: week }) };
}

// ---------------------------------------------------------------------------------------------
// Reading what is stored.

function isCount(x: unknown): x is number {
  return typeof x === "number" && Number.isSafeInteger(x) && x >= 0;
}

const TOP_FIELDS = ["draftsChecked", "findings", "suggestionsApplied", "pausesShown"] as const;
const AFTER_FIELDS = ["edited", "applied", "sentAnyway"] as const;

/** A stored week's counts, or null when any of them is missing or not a whole number >= 0. */
function parseWeek(raw: unknown): WeekCounts | null {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return null;
  const r = raw as Record<string, unknown>;
  const week = emptyWeek();
  for (const field of TOP_FIELDS) {
    const value = Object.hasOwn(r, field) ? r[field] : undefined;
    if (!isCount(value)) return null;
    week[field] = value;
  }
  const after = Object.hasOwn(r, "afterPause") ? r.afterPause : undefined;
  if (typeof after !== "object" || after === null || Array.isArray(after)) return null;
  for (const field of AFTER_FIELDS) {
    const value = Object.hasOwn(after, field) ? (after as Record<string, unknown>)[field] : undefined;
    if (!isCount(value)) return null;
    week.afterPause[field] = value;
  }
  return week;
}

/**
 * Reads whatever is stored under PROGRESS_KEY. Never throws: valid weeks are kept, the rest are
 * left out and named in `problems`; anything unreadable as a whole gives empty progress.
 */
export function parseProgress(raw: unknown): ParsedProgress {
  if (raw === undefined || raw === null) return { progress: emptyProgress(), problems: [] };
  if (typeof raw !== "object" || Array.isArray(raw)) {
    return { progress: emptyProgress(), problems: ["progress was not an object; starting again from nothing"] };
  }
  const r = raw as Record<string, unknown>;
  const problems: string[] = [];
  const version = Object.hasOwn(r, "version") ? r.version : undefined;
  if (version !== PROGRESS_VERSION) {
    // Never String() a stored object: JSON can give it a toString that is not a function.
    const shown = typeof version === "number" || typeof version === "string" ? String(version) : typeof version;
    problems.push(`unknown progress version ${shown}; reading what fits`);
  }
  const weeksRaw = Object.hasOwn(r, "weeks") ? r.weeks : undefined;
  if (typeof weeksRaw !== "object" || weeksRaw === null || Array.isArray(weeksRaw)) {
    problems.push("progress had no weeks; starting again from nothing");
    return { progress: emptyProgress(), problems };
  }
  const weeks: Record<WeekKey, WeekCounts> = {};
  let badKeys = 0;
  let badCounts = 0;
  for (const [key, value] of Object.entries(weeksRaw)) {
    if (parseWeekKey(key) === null) {
      badKeys += 1;
      continue;
    }
    const week = parseWeek(value);
    if (week === null) badCounts += 1;
    else weeks[key] = week;
  }
  if (badKeys > 0) problems.push(`progress: left out ${badKeys} entries that were not weeks`);
  if (badCounts > 0) problems.push(`progress: left out ${badCounts} weeks whose counts were not whole numbers`);
  const kept = capped(weeks);
  const dropped = Object.keys(weeks).length - Object.keys(kept).length;
  if (dropped > 0) problems.push(`progress: left out the ${dropped} oldest weeks (at most ${MAX_WEEKS} are kept)`);
  return { progress: { version: PROGRESS_VERSION, weeks: kept }, problems };
}

// ---------------------------------------------------------------------------------------------
// Display and export.

function row(key: WeekKey, counts: WeekCounts | undefined): WeekRow {
  const c = counts ?? emptyWeek();
  return { week: key, start: weekStart(key) ?? "", ...c, afterPause: { ...c.afterPause } };
}

/** The `n` weeks up to and including the week of `now`, oldest first, empty weeks included. */
export function lastWeeks(progress: Progress, n: number, now: number): WeekRow[] {
  const today = localDay(now);
  if (!Number.isFinite(today) || !(n > 0)) return [];
  const monday = today - weekday(today);
  const rows: WeekRow[] = [];
  for (let i = Math.floor(n) - 1; i >= 0; i -= 1) {
    const { year, week } = isoWeekOfDay(monday - 7 * i);
    const key = keyOf(year, week);
    rows.push(row(key, progress.weeks[key]));
  }
  return rows;
}

/** Every stored week, oldest first. */
export function storedWeeks(progress: Progress): WeekRow[] {
  return Object.keys(progress.weeks)
    .sort(byWeek)
    .map((key) => row(key, progress.weeks[key]));
}

/** The sums of several weeks. */
export function totals(rows: readonly WeekCounts[]): WeekCounts {
  const sum = emptyWeek();
  for (const r of rows) {
    for (const field of TOP_FIELDS) sum[field] = add(sum[field], r[field]);
    for (const field of AFTER_FIELDS) sum.afterPause[field] = add(sum.afterPause[field], r.afterPause[field]);
  }
  return sum;
}

export const EXPORT_FORMAT = "receptive-progress";

/** The stored weeks as a JSON document (counts only), ending in a newline. */
export function progressToJson(progress: Progress, exportedAt: number): string {
  const document = {
    format: EXPORT_FORMAT,
    version: PROGRESS_VERSION,
    exportedAt: new Date(exportedAt).toISOString(),
    weeks: storedWeeks(progress),
  };
  return JSON.stringify(document, null, 2) + "\n";
}

export const CSV_HEADER = [
  "week",
  "week_start",
  "drafts_checked",
  "findings",
  "suggestions_applied",
  "pauses_shown",
  "after_pause_edited",
  "after_pause_applied",
  "after_pause_sent_anyway",
] as const;

/** The stored weeks as CSV (RFC 4180: CRLF line ends, a header row), oldest first. */
export function progressToCsv(progress: Progress): string {
  // Every cell is a week key, a date or a whole number: nothing needs quoting.
  const lines = [CSV_HEADER.join(",")];
  for (const r of storedWeeks(progress)) {
    lines.push(
      [r.week, r.start, r.draftsChecked, r.findings, r.suggestionsApplied, r.pausesShown, r.afterPause.edited, r.afterPause.applied, r.afterPause.sentAnyway].join(","),
    );
  }
  return lines.join("\r\n") + "\r\n";
}

/** Whether anything at all is counted. */
export function hasProgress(progress: Progress): boolean {
  return Object.keys(progress.weeks).length > 0;
}
