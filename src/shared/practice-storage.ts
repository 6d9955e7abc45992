/**
 * The extension pages' side of the practice data in storage.local: reading the weekly counts and
 * the repair offer, following their changes, and removing them. The background is the only
 * writer of new counts (src/background/progress-store.ts).
 */
import browser from "webextension-polyfill";
import { parseProgress, PROGRESS_KEY, type ParsedProgress } from "./progress";
import { parseRepairOffer, REPAIR_OFFER_KEY, type RepairOffer } from "./repair";

export async function loadProgress(): Promise<ParsedProgress> {
  try {
    const stored = await browser.storage.local.get(PROGRESS_KEY);
    return parseProgress(stored[PROGRESS_KEY]);
  } catch (e) {
    const parsed = parseProgress(undefined);
    parsed.problems.push(`progress could not be read (${e instanceof Error ? e.message : String(e)})`);
    return parsed;
  }
}

/**
 * Removes every count. Not through the background's queue: an event counted at the very same
 * moment can write back the weeks it read just before (one storage round trip); a later Erase
 * removes them again.
 */
export function eraseProgress(): Promise<void> {
  return browser.storage.local.remove(PROGRESS_KEY);
}

export async function loadRepairOffer(): Promise<RepairOffer | null> {
  try {
    const stored = await browser.storage.local.get(REPAIR_OFFER_KEY);
    return parseRepairOffer(stored[REPAIR_OFFER_KEY]);
  } catch {
    return null;
  }
}

export function dismissRepairOffer(): Promise<void> {
  return browser.storage.local.remove(REPAIR_OFFER_KEY);
}

/** Calls the listeners with the new value whenever the counts or the repair offer change. */
export function onPracticeChanged(listeners: {
  progress?(parsed: ParsedProgress): void;
  repairOffer?(offer: RepairOffer | null): void;
}): () => void {
  const handler = (changes: Record<string, browser.Storage.StorageChange>, areaName: string) => {
    if (areaName !== "local") return;
    if (Object.hasOwn(changes, PROGRESS_KEY)) listeners.progress?.(parseProgress(changes[PROGRESS_KEY]!.newValue));
    if (Object.hasOwn(changes, REPAIR_OFFER_KEY)) listeners.repairOffer?.(parseRepairOffer(changes[REPAIR_OFFER_KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
