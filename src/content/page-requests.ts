/**
 * Requests from this extension's own pages (the popup) to the content script of a tab. Only a
 * sender with our id and no tab, which is an extension page, is answered: web pages cannot reach
 * runtime.onMessage, and other content scripts of ours have a tab.
 *
 * This runs in the loader (index.ts), before the rest of the content script is loaded, so it uses
 * the browser's own API object rather than webextension-polyfill: sendResponse and `return true`
 * answer asynchronously in both Chrome and Firefox.
 */
import { isPageRequest, type PageReplyMap, type PageRequest } from "../shared/messages";

export type PageRequestHandler = <T extends PageRequest>(request: T) => Promise<PageReplyMap[T["type"]]>;

interface MessageSender {
  id?: string;
  tab?: unknown;
}
type MessageListener = (message: unknown, sender: MessageSender, sendResponse: (reply: unknown) => void) => boolean | undefined;
export interface RuntimeLike {
  id?: string;
  getURL(path: string): string;
  onMessage: { addListener(l: MessageListener): void; removeListener(l: MessageListener): void };
}

/** The browser's runtime namespace: `browser` in Firefox, `chrome` in Chrome. */
export function nativeRuntime(): RuntimeLike | undefined {
  const scope = globalThis as { browser?: { runtime?: RuntimeLike }; chrome?: { runtime?: RuntimeLike } };
  return scope.browser?.runtime ?? scope.chrome?.runtime;
}

/** `handler` is asked for the handler at each request, so the loader can load it on the first one. */
export function listenForPageRequests(runtime: RuntimeLike, handler: () => Promise<PageRequestHandler | null>): () => void {
  const listener: MessageListener = (message, sender, sendResponse) => {
    if (sender.id !== runtime.id || sender.tab !== undefined || !isPageRequest(message)) return undefined;
    handler()
      .then((answer) => (answer ? answer(message) : undefined))
      .then(sendResponse, () => sendResponse(undefined));
    return true;
  };
  runtime.onMessage.addListener(listener);
  return () => runtime.onMessage.removeListener(listener);
}
