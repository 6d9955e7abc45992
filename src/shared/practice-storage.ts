/**
 * The extension pages' side of the practice data in storage.local: reading the weekly counts and
 * the repair offer, following their changes, and removing them. The background is the only
 * writer of new counts (src/background/progress-store.ts).
 */
import browser from "webextension-polyfill";
import { isErrorReply, type EraseProgressRequest } from "./messages";
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
 * Removes every count, through the background: it counts events one after another, and erasing in
 * the same line means a count read just before cannot be written back after the erase.
 */
export async function eraseProgress(): Promise<void> {
  const request: EraseProgressRequest = { type: "eraseProgress" };
  const reply: unknown = await browser.runtime.sendMessage(request);
  if (isErrorReply(reply)) throw new Error(reply.error);
  if (!reply || (reply as { ok?: unknown }).ok !== true) throw new Error("the background did not answer");
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
