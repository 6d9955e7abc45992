// The background (service worker in Chrome, event page in Firefox): hosts the engine and answers
// the requests in src/shared/messages.ts from this extension's own pages and content scripts.
import browser from "webextension-polyfill";
import { createAnalyzer } from "../engine/index";
import type { Analyzer } from "../engine/types";
import { handleRequest } from "./handler";

// Built on the first `analyze`, so waking the worker for a ping stays cheap; a construction
// failure surfaces as an `{ error }` reply from the handler.
let analyzer: Analyzer | undefined;
const lazyAnalyzer = {
  analyze: (text: string) => (analyzer ??= createAnalyzer()).analyze(text),
};

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  const reply = handleRequest(message, sender, lazyAnalyzer, browser.runtime.id);
  return reply === undefined ? undefined : Promise.resolve(reply);
});
