/**
 * The content script's line to the background, where the engine and settings live. Every call
 * resolves, never rejects: a page must not see our failures.
 */
import browser from "webextension-polyfill";
import { isErrorReply, WATCH_PORT, type ReplyMap, type Request } from "../shared/messages";

/** Set once the extension was reloaded or removed under this page: the content script is an orphan. */
let orphaned = false;
const orphanListeners = new Set<() => void>();

export function isOrphaned(): boolean {
  if (!orphaned) {
    try {
      // runtime.id disappears when the extension context is invalidated. Read it from the
      // browser's own object: the polyfill's wrapper keeps the old one, and with it the old id.
      const native = globalThis as { chrome?: { runtime?: { id?: string } }; browser?: { runtime?: { id?: string } } };
      orphaned = !(native.chrome?.runtime?.id ?? native.browser?.runtime?.id);
    } catch {
      orphaned = true;
    }
  }
  return orphaned;
}

export function onOrphaned(listener: () => void): void {
  orphanListeners.add(listener);
}

/** Whether the orphan listeners ran (isOrphaned() may have noticed first, without telling them). */
let told = false;

function becomeOrphan(): void {
  orphaned = true;
  if (told) return;
  told = true;
  for (const listener of orphanListeners) {
    try {
      listener();
    } catch {
      // Tearing down must go on for every listener.
    }
  }
}

/**
 * A port to the background, open while the background runs: the browser stops an idle worker
 * after 30 s (or sooner under memory pressure), which closes the port, and a content script has
 * no other way to know. An idle port does not keep the worker alive.
 */
let watch: browser.Runtime.Port | null = null;

function watchBackground(): void {
  if (watch || orphaned) return;
  try {
    const port = browser.runtime.connect({ name: WATCH_PORT });
    port.onDisconnect.addListener(() => {
      // A connect that found no background (it stopped between the ping's reply and the
      // connect) ends here with lastError set; Chrome logs it as an error in the page's console
      // unless it is read.
      void port.error;
      void globalThis.chrome?.runtime?.lastError;
      if (watch === port) watch = null;
    });
    watch = port;
  } catch {
    watch = null;
  }
}

/**
 * On an edit, when the background is not known to be running: pings it without waiting, so a
 * stopped worker starts (and builds its analyzer) during the typing pause instead of after it.
 */
export function wakeBackground(): void {
  if (watch || isOrphaned()) return;
  void ask({ type: "ping" }).then((reply) => {
    if (reply) watchBackground();
  });
}

/** The reply, or null when there is none (background busy restarting, extension gone, an error reply). */
export async function ask<T extends Request>(request: T): Promise<ReplyMap[T["type"]] | null> {
  if (isOrphaned()) {
    becomeOrphan();
    return null;
  }
  try {
    const reply: unknown = await browser.runtime.sendMessage(request);
    if (reply === undefined || reply === null || isErrorReply(reply)) return null;
    return reply as ReplyMap[T["type"]];
  } catch (e) {
    if (isOrphaned() || /context invalidated/i.test(String(e))) becomeOrphan();
    return null;
  }
}
