/**
 * The content script's line to the background, where the engine and settings live. Every call
 * resolves, never rejects: a page must not see our failures.
 */
import browser from "webextension-polyfill";
import { isErrorReply, type ReplyMap, type Request } from "../shared/messages";

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

/** When the background last answered: it stops after about 30 s without messages. */
let lastAnswer = -Infinity;
const ASLEEP_AFTER_MS = 20_000;

/**
 * Starts the background (and its analyzer) if it may have gone to sleep, without waiting: called
 * on the first keystroke of a burst, so the worker starts during the typing pause instead of after it.
 */
export function wakeBackground(): void {
  if (performance.now() - lastAnswer > ASLEEP_AFTER_MS) void ask({ type: "ping" });
}

/** The reply, or null when there is none (background busy restarting, extension gone, an error reply). */
export async function ask<T extends Request>(request: T): Promise<ReplyMap[T["type"]] | null> {
  if (isOrphaned()) {
    becomeOrphan();
    return null;
  }
  try {
    const reply: unknown = await browser.runtime.sendMessage(request);
    lastAnswer = performance.now();
    if (reply === undefined || reply === null || isErrorReply(reply)) return null;
    return reply as ReplyMap[T["type"]];
  } catch (e) {
    if (isOrphaned() || /context invalidated/i.test(String(e))) becomeOrphan();
    return null;
  }
}
