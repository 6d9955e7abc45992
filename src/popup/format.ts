/** Small text helpers for the popup. */
import { PAUSED_UNTIL_TURNED_ON } from "../shared/settings";

/** "app.slack.com" for "https://app.slack.com" (the origin itself if it does not parse). */
export function hostOf(origin: string): string {
  try {
    return new URL(origin).host || origin;
  } catch {
    return origin;
  }
}

/**
 * When a pause ends, in the person's own locale: "3:45 PM" today, "tomorrow, 12:00 AM", a
 * weekday and time within the week, else the date. null for "until turned back on".
 */
export function pauseEndText(until: number, now: number = Date.now(), locale?: string): string | null {
  if (until >= PAUSED_UNTIL_TURNED_ON) return null;
  const end = new Date(until);
  const today = new Date(now);
  const time = new Intl.DateTimeFormat(locale, { hour: "numeric", minute: "2-digit" }).format(end);
  if (end.toDateString() === today.toDateString()) return time;
  const tomorrow = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 1);
  if (end.toDateString() === tomorrow.toDateString()) {
    const day = new Intl.RelativeTimeFormat(locale, { numeric: "auto" }).format(1, "day");
    return `${day}, ${time}`;
  }
  const options: Intl.DateTimeFormatOptions =
    until - now < 6 * 86_400_000 ? { weekday: "long", hour: "numeric", minute: "2-digit" } : { dateStyle: "medium", timeStyle: "short" };
  return new Intl.DateTimeFormat(locale, options).format(end);
}
