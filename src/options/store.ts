/**
 * The options page's writes. Every change is a read-modify-write of the latest stored settings
 * (another page, the popup or the background may have changed them since this page drew), and
 * changes run one after another in the order they were made, so two quick clicks cannot undo
 * each other. Site switches go through the background (`setSite`), which also registers or
 * releases the site's content script.
 */
import browser from "webextension-polyfill";
import { isErrorReply, type Reply, type SetSiteRequest } from "../shared/messages";
import type { Settings } from "../shared/settings";
import { loadSettings, saveSettings } from "../shared/settings-store";

let queue: Promise<unknown> = Promise.resolve();

/** Runs `task` after every change already queued; rejects if it fails (the queue goes on). */
export function enqueue<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task);
  queue = run.catch(() => {});
  return run;
}

/** Applies `change` to the latest stored settings and saves them. */
export function updateSettings(change: (settings: Settings) => void): Promise<void> {
  return enqueue(async () => {
    const { settings } = await loadSettings();
    change(settings);
    await saveSettings(settings);
  });
}

/** Replaces the stored settings as a whole (import, reset). */
export function replaceSettings(settings: Settings): Promise<void> {
  return enqueue(() => saveSettings(structuredClone(settings)));
}

/** Asks the background to turn a site on or off; rejects with the background's error. */
export function setSite(origin: string, on: boolean): Promise<void> {
  return enqueue(async () => {
    const request: SetSiteRequest = { type: "setSite", origin, on };
    const reply = (await browser.runtime.sendMessage(request)) as Reply<"setSite"> | undefined;
    if (reply === undefined) throw new Error("the background did not answer");
    if (isErrorReply(reply)) throw new Error(reply.error);
  });
}

/** The permission pattern for one site's pages. */
export function originPattern(origin: string): string {
  return `${origin}/*`;
}

/** Whether the host permission for `origin` is held (false when it cannot be told). */
export async function hasSitePermission(origin: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [originPattern(origin)] });
  } catch {
    return false;
  }
}
