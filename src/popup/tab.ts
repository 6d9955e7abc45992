/**
 * The popup's messaging: which tab it is about, which frame of it holds the draft, and the page
 * requests to that frame's content script. Every function here resolves (never rejects) with a
 * plain answer, so a page without our content script simply reads as "no draft".
 */
import browser from "webextension-polyfill";
import type { Finding } from "../engine/types";
import { isErrorReply, type DraftReply, type PageReplyMap, type PageRequest, type Reply, type Request } from "../shared/messages";
import { siteKey } from "../shared/sites";

export interface TabTarget {
  tabId: number;
  /** The tab's origin when the browser tells us its URL (activeTab, or a host permission). */
  origin: string | null;
  /** Whether the browser told us the URL at all (so a null origin means "not a website"). */
  urlKnown: boolean;
}

/** The tab id in the popup's own URL (`popup.html?tab=12`), which tests use to point it at a page. */
export function tabIdFromUrl(search: string): number | null {
  const raw = new URLSearchParams(search).get("tab");
  if (raw === null || !/^\d+$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}

/** The tab the popup is about: `?tab=<id>`, or the active tab of the current window. */
export async function resolveTab(search: string = location.search): Promise<TabTarget | null> {
  const fromUrl = tabIdFromUrl(search);
  try {
    if (fromUrl !== null) {
      const tab = await browser.tabs.get(fromUrl).catch(() => undefined);
      return { tabId: fromUrl, origin: tab?.url ? siteKey(tab.url) : null, urlKnown: Boolean(tab?.url) };
    }
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (!tab || tab.id === undefined) return null;
    return { tabId: tab.id, origin: tab.url ? siteKey(tab.url) : null, urlKnown: Boolean(tab.url) };
  } catch {
    return null;
  }
}

/** Sends a request to the background; undefined when it does not answer or answers an error. */
export async function ask<T extends Request>(request: T): Promise<Exclude<Reply<T["type"]>, { error: string }> | undefined> {
  try {
    const reply = (await browser.runtime.sendMessage(request)) as Reply<T["type"]> | undefined;
    if (reply === undefined || reply === null || isErrorReply(reply)) return undefined;
    return reply as Exclude<Reply<T["type"]>, { error: string }>;
  } catch {
    return undefined;
  }
}

/** Like `ask`, but throws the background's error (for changes the person asked for). */
export async function change<T extends Request>(request: T): Promise<void> {
  const reply = (await browser.runtime.sendMessage(request)) as Reply<T["type"]> | undefined;
  if (reply === undefined || reply === null) throw new Error("the background did not answer");
  if (isErrorReply(reply)) throw new Error(reply.error);
}

/** Sends a page request to one frame of a tab; undefined when nothing there answers. */
export async function askPage<T extends PageRequest>(tabId: number, frameId: number, request: T): Promise<PageReplyMap[T["type"]] | undefined> {
  try {
    const reply = (await browser.tabs.sendMessage(tabId, request, { frameId })) as PageReplyMap[T["type"]] | undefined;
    return reply ?? undefined;
  } catch {
    return undefined;
  }
}

export interface DraftLocation {
  /** The frame that answered, or null when none did. */
  frameId: number | null;
  draft: DraftReply | null;
}

function isDraftReply(x: unknown): x is DraftReply {
  if (typeof x !== "object" || x === null) return false;
  const d = x as Record<string, unknown>;
  if (d.state === "none" || d.state === "off") return true;
  if (d.state === "tooLong") return Number.isSafeInteger(d.limit) && (d.limit as number) > 0;
  return d.state === "ready" && typeof d.text === "string" && Array.isArray(d.findings) && Array.isArray(d.suggestions);
}

/**
 * The draft: the frame the background names (the one the person last typed in); if it names
 * none, the top frame, which can still say whether the site is off and what its origin is.
 */
export async function fetchDraft(tabId: number): Promise<DraftLocation> {
  const active = await ask({ type: "activeFrame", tabId });
  const frameId = active?.frameId ?? null;
  if (frameId !== null) {
    const draft = await askPage(tabId, frameId, { type: "draft" });
    if (isDraftReply(draft)) return { frameId, draft };
  }
  if (frameId !== 0) {
    const top = await askPage(tabId, 0, { type: "draft" });
    if (isDraftReply(top)) return { frameId: 0, draft: top };
  }
  return { frameId: null, draft: null };
}

/** Applies one suggestion over a finding in the page; false when the page did not take it. */
export async function applySuggestion(tabId: number, frameId: number, finding: Finding, replacement: string): Promise<boolean> {
  const reply = await askPage(tabId, frameId, { type: "apply", finding, replacement });
  return reply?.ok === true;
}

/** Replaces the whole draft, if it still reads `expected`; false otherwise. */
export async function replaceDraft(tabId: number, frameId: number, expected: string, text: string): Promise<boolean> {
  const reply = await askPage(tabId, frameId, { type: "replaceDraft", expected, text });
  return reply?.ok === true;
}

/** The text selected in the tab's top frame ("" when none, or when the page cannot be asked). */
export async function pageSelection(tabId: number): Promise<string> {
  const reply = await askPage(tabId, 0, { type: "pageSelection" });
  return typeof reply?.text === "string" ? reply.text : "";
}
