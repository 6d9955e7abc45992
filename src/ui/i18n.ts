/**
 * UI strings come from _locales/<lang>/messages.json through the browser's i18n API. A missing
 * key shows as its own name, so a gap is visible instead of a blank.
 */
import browser from "webextension-polyfill";

export function t(key: string, substitutions?: string | string[]): string {
  try {
    const message = browser.i18n.getMessage(key, substitutions);
    if (message) return message;
  } catch {
    // No i18n API (a unit test, a page outside the extension).
  }
  return key;
}
