/**
 * The repair offer: after a draft was sent anyway from "Take a breath", the background leaves
 * { at } in storage.local, and the popup offers a few repair messages to copy until the person
 * dismisses it or it grows old. Only the time is kept: no text, and no site either, because the
 * popup offers the same messages wherever it is opened and a list of sites would say where
 * someone had a hard conversation.
 */

export const REPAIR_OFFER_KEY = "repairOffer";

/** An offer older than this is not shown: by then a repair note would come out of nowhere. */
export const REPAIR_OFFER_MAX_AGE_MS = 7 * 86_400_000;

export interface RepairOffer {
  /** When the draft was sent anyway (ms since the epoch). */
  at: number;
}

/** The stored offer, or null when there is none or it is not one. */
export function parseRepairOffer(raw: unknown): RepairOffer | null {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw) || !Object.hasOwn(raw, "at")) return null;
  const at = (raw as { at: unknown }).at;
  return typeof at === "number" && Number.isFinite(at) && at > 0 ? { at } : null;
}

/**
 * Whether the popup shows the offer at `now`: younger than REPAIR_OFFER_MAX_AGE_MS, and not from
 * the future by more than a minute (a clock set back makes every time look new).
 */
export function isRepairOfferCurrent(offer: RepairOffer | null, now: number): offer is RepairOffer {
  return offer !== null && offer.at <= now + 60_000 && now - offer.at < REPAIR_OFFER_MAX_AGE_MS;
}

/** The messages' keys in _locales: each a starting point, to be put in the person's own words. */
export const REPAIR_MESSAGE_KEYS = ["popup_repairMessage1", "popup_repairMessage2", "popup_repairMessage3"] as const;
