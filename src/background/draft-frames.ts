/**
 * Which frame of each tab holds the draft the person was last in, and the toolbar badge with its
 * number of findings. Kept in storage.session too, since the service worker may be stopped
 * between the page's report and the popup's question.
 */
import browser from "webextension-polyfill";

const KEY = "draftFrames";
const frames = new Map<number, number>();
let loaded: Promise<void> | undefined;

function load(): Promise<void> {
  return (loaded ??= (async () => {
    try {
      const stored = (await browser.storage.session.get(KEY))[KEY] as Record<string, number> | undefined;
      for (const [tab, frame] of Object.entries(stored ?? {})) if (!frames.has(Number(tab))) frames.set(Number(tab), frame);
    } catch {
      // No session storage (older browsers): memory only.
    }
  })());
}

function persist(): void {
  void browser.storage.session?.set({ [KEY]: Object.fromEntries(frames) }).catch(() => {});
}

export function reportDraft(tabId: number, frameId: number, findings: number): void {
  frames.set(tabId, frameId);
  persist();
  void browser.action.setBadgeText({ tabId, text: findings > 0 ? String(findings) : "" }).catch(() => {});
  void browser.action.setBadgeBackgroundColor({ tabId, color: "#c5221f" }).catch(() => {});
}

export async function activeFrame(tabId: number): Promise<number | null> {
  await load();
  return frames.get(tabId) ?? null;
}

export function forgetTab(tabId: number): void {
  if (frames.delete(tabId)) persist();
}
