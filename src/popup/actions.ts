/**
 * The popup's settings changes, all through the background: turning a site on or off, the
 * global pause, pause before sending on a site, and repair offers. Turning on a site beyond the
 * default list asks for its host permission first. A repair offer is removed from storage.local
 * directly: it is not a setting, and nothing else writes it at that moment.
 */
import browser from "webextension-polyfill";
import { dismissRepairOffer } from "../shared/practice-storage";
import { PAUSED_UNTIL_TURNED_ON } from "../shared/settings";
import { isDefaultSite } from "../shared/sites";
import { change } from "./tab";

export type SiteResult = "done" | "denied";

/**
 * Turns `origin` on or off. Must be called synchronously from the click or change handler: the
 * permission prompt needs the user gesture, so nothing is awaited before it.
 */
export function turnSite(origin: string, on: boolean): Promise<SiteResult> {
  if (on && !isDefaultSite(origin)) {
    let asked: Promise<boolean>;
    try {
      asked = browser.permissions.request({ origins: [`${origin}/*`] });
    } catch (e) {
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
    return asked.then((granted) => (granted ? change({ type: "setSite", origin, on: true }).then(() => "done" as const) : ("denied" as const)));
  }
  return change({ type: "setSite", origin, on }).then(() => "done" as const);
}

export type PauseChoice = "hour" | "tomorrow" | "indefinitely";

/** When a pause choice ends, from `now`: an hour on, tomorrow at 00:00 local time, or never. */
export function pauseUntil(choice: PauseChoice, now: number = Date.now()): number {
  switch (choice) {
    case "hour":
      return now + 3_600_000;
    case "tomorrow": {
      const d = new Date(now);
      return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1, 0, 0, 0, 0).getTime();
    }
    case "indefinitely":
      return PAUSED_UNTIL_TURNED_ON;
  }
}

/** Pauses Receptive everywhere until `until`, or resumes it (null). */
export function setPause(until: number | null): Promise<void> {
  return change({ type: "setPause", until });
}

/** Pause before sending on `origin`, on or off whatever the default is. */
export function setSendPauseHere(origin: string, on: boolean): Promise<void> {
  return change({ type: "setSendPause", origin, on });
}

/** "Don't offer these": repair offers off, and the one showing gone. */
export async function stopRepairOffers(): Promise<void> {
  await change({ type: "setRepairOffers", on: false });
  await dismissRepairOffer();
}
