/**
 * Requests from this extension's own pages (the popup) to the content script of a tab. Only a
 * sender with our id and no tab, which is an extension page, is answered: web pages cannot reach
 * runtime.onMessage, and other content scripts of ours have a tab.
 */
import browser from "webextension-polyfill";
import { isPageRequest, type PageReplyMap, type PageRequest } from "../shared/messages";

export type PageRequestHandler = <T extends PageRequest>(request: T) => Promise<PageReplyMap[T["type"]]>;

export function listenForPageRequests(handler: PageRequestHandler): () => void {
  const listener = (message: unknown, sender: browser.Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id || sender.tab !== undefined || !isPageRequest(message)) return undefined;
    return handler(message).catch(() => undefined);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
