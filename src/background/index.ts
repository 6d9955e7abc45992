// The background (service worker in Chrome, event page in Firefox): hosts the engine and the
// settings, and answers the requests in src/shared/messages.ts from this extension's own pages and
// content scripts.
import browser from "webextension-polyfill";
import { createAnalyzer } from "../engine/index";
import type { Analyzer } from "../engine/types";
import { isRequest } from "../shared/messages";
import { analyzerOptions, type Settings } from "../shared/settings";
import { loadSettings, onSettingsChanged, saveSettings } from "../shared/settings-store";
import { handleRequest, type BackgroundServices } from "./handler";

// Built on the first `analyze` with the stored settings, and rebuilt when they change, so waking
// the worker for a ping stays cheap; a construction failure surfaces as an `{ error }` reply.
let analyzer: Analyzer | undefined;
let settings: Settings | undefined;

async function currentSettings(): Promise<Settings> {
  return (settings ??= (await loadSettings()).settings);
}

onSettingsChanged(({ settings: next }) => {
  settings = next;
  analyzer = undefined;
});

// Several settings changes may arrive at once (two cards clicked quickly): apply them in order.
let writes: Promise<unknown> = Promise.resolve();

const services: BackgroundServices = {
  analyze(text) {
    analyzer ??= createAnalyzer(settings ? analyzerOptions(settings) : {});
    return analyzer.analyze(text);
  },
  changeSettings(change) {
    const write = writes.then(async () => {
      const next = structuredClone(await currentSettings());
      if (change.type === "disableRule") {
        if (!next.disabledRules.includes(change.rule)) next.disabledRules.push(change.rule);
      } else {
        next.sites[change.origin] = change.on;
      }
      settings = next;
      analyzer = undefined;
      await saveSettings(next);
    });
    writes = write.catch(() => {});
    return write;
  },
};

// "chrome-extension://<id>" or "moz-extension://<uuid>": the prefix of this extension's own pages.
const self = { id: browser.runtime.id, origin: browser.runtime.getURL("").replace(/\/$/, "") };

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  // The first analysis after a wake-up waits for the stored settings, so it honours them.
  if (settings === undefined && sender.id === self.id && isRequest(message) && message.type === "analyze") {
    return currentSettings().then(
      () => handleRequest(message, sender, services, self),
      () => handleRequest(message, sender, services, self),
    );
  }
  const reply = handleRequest(message, sender, services, self);
  return reply === undefined ? undefined : Promise.resolve(reply);
});
