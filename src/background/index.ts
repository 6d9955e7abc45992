// The background (service worker in Chrome, event page in Firefox): hosts the engine and the
// settings, registers the content script on the sites the person added, keeps the badge, and
// answers the requests in src/shared/messages.ts from this extension's own pages and content
// scripts.
import browser from "webextension-polyfill";
import { createAnalyzer } from "../engine/index";
import type { Analyzer } from "../engine/types";
import { isRequest, WATCH_PORT } from "../shared/messages";
import { siteKey } from "../shared/sites";
import { analyzerOptions, type Settings } from "../shared/settings";
import { loadSettings, onSettingsChanged, saveSettings } from "../shared/settings-store";
import { activeFrame, forgetTab, reportDraft } from "./draft-frames";
import { handleRequest, type BackgroundServices, type SettingsChange } from "./handler";
import { createProgressRecorder } from "./progress-store";
import { releaseSite, syncSiteScripts } from "./site-scripts";
import { createMenus, TOGGLE_COMMAND, TOGGLE_MENU_ID, toggleSiteOf } from "./site-toggle";

// Built on the first `analyze` with the stored settings, and rebuilt when they change, so waking
// the worker for a ping stays cheap; a construction failure surfaces as an `{ error }` reply.
let analyzer: Analyzer | undefined;
let settings: Settings | undefined;

async function currentSettings(): Promise<Settings> {
  return (settings ??= (await loadSettings()).settings);
}

function syncScripts(next: Settings): void {
  void syncSiteScripts(next).catch(() => {});
}

onSettingsChanged(({ settings: next }) => {
  settings = next;
  analyzer = undefined;
  syncScripts(next);
});

// Several settings changes may arrive at once (two cards clicked quickly): apply them in order.
let writes: Promise<unknown> = Promise.resolve();

function changeSettings(change: SettingsChange): Promise<void> {
  const write = writes.then(async () => {
    // Read what is stored, not our copy: an options page may have saved a moment ago.
    const next = (await loadSettings()).settings;
    if (change.type === "disableRule") {
      if (!next.disabledRules.includes(change.rule)) next.disabledRules.push(change.rule);
    } else if (change.type === "setPause") {
      next.pausedUntil = change.until;
    } else if (change.type === "setSendPause") {
      if (change.on === null) delete next.sendPause.sites[change.origin];
      else next.sendPause.sites[change.origin] = change.on;
    } else if (change.type === "setRepairOffers") {
      next.repairOffers = change.on;
    } else {
      next.sites[change.origin] = change.on;
    }
    settings = next;
    analyzer = undefined;
    await saveSettings(next);
    if (change.type === "setSite") {
      await syncSiteScripts(next).catch(() => {});
      if (!change.on) await releaseSite(change.origin);
    }
  });
  writes = write.catch(() => {});
  return write;
}

const progress = createProgressRecorder({ storage: browser.storage.local, settings: currentSettings });

const services: BackgroundServices = {
  analyze(text) {
    analyzer ??= createAnalyzer(settings ? analyzerOptions(settings) : {});
    return analyzer.analyze(text);
  },
  changeSettings,
  draftState: reportDraft,
  activeFrame,
  prepare() {
    // After the reply is on its way: building the analyzer takes tens of milliseconds.
    setTimeout(() => {
      void currentSettings().then((loaded) => {
        analyzer ??= createAnalyzer(analyzerOptions(loaded));
      }, () => {});
    }, 0);
  },
  recordPractice: (event) => progress.record(event),
  eraseProgress: () => progress.erase(),
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

// Content scripts hold a port open while this worker runs, to learn when it stopped (see
// src/content/background-client.ts). Nothing is sent over it; anything else is refused.
browser.runtime.onConnect.addListener((port) => {
  if (port.name !== WATCH_PORT || port.sender?.id !== self.id || port.sender.tab === undefined) port.disconnect();
});

const setSite = (origin: string, on: boolean) => changeSettings({ type: "setSite", origin, on });

browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === TOGGLE_MENU_ID) toggleSiteOf(tab, settings, setSite);
});
browser.commands.onCommand.addListener((command, tab) => {
  if (command === TOGGLE_COMMAND) toggleSiteOf(tab, settings, setSite);
});
browser.tabs.onRemoved.addListener((tabId) => forgetTab(tabId));
// A permission granted for a site is the person turning it on, even when the page that asked is
// gone before it could say so (Firefox closes the popup for the prompt).
browser.permissions.onAdded.addListener(({ origins }) => {
  for (const pattern of origins ?? []) {
    const origin = siteKey(pattern.replace(/\/\*$/, ""));
    if (origin && pattern === `${origin}/*`) void setSite(origin, true).catch(() => {});
  }
});

browser.runtime.onInstalled.addListener(({ reason }) => {
  createMenus();
  if (reason === "install") void browser.tabs.create({ url: browser.runtime.getURL("first-run.html") }).catch(() => {});
});
browser.runtime.onStartup.addListener(() => {
  void currentSettings().then(syncScripts, () => {});
});
// Settings are needed synchronously by the menu and command handlers (their user gesture must
// not wait); load them as soon as the worker starts.
void currentSettings().catch(() => {});
