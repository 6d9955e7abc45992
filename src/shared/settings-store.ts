/**
 * Settings in extension storage: storage.sync where the browser has it (so they follow the
 * person's profile), storage.local otherwise. Reads always go through parseSettings.
 */
import browser from "webextension-polyfill";
import { parseSettings, SETTINGS_KEY, type ParsedSettings, type Settings } from "./settings";

type Area = browser.Storage.StorageArea;

let areaPromise: Promise<Area> | undefined;

/** storage.sync, unless it is missing or refuses to work (Firefox without a profile sync, some policies). */
function area(): Promise<Area> {
  return (areaPromise ??= (async () => {
    try {
      if (browser.storage.sync) {
        await browser.storage.sync.get(SETTINGS_KEY);
        return browser.storage.sync;
      }
    } catch {
      // fall through to local
    }
    return browser.storage.local;
  })());
}

export async function loadSettings(): Promise<ParsedSettings> {
  try {
    const stored = await (await area()).get(SETTINGS_KEY);
    return parseSettings(stored[SETTINGS_KEY]);
  } catch (e) {
    const parsed = parseSettings(undefined);
    parsed.problems.push(`settings could not be read (${e instanceof Error ? e.message : String(e)}); using the defaults`);
    return parsed;
  }
}

export async function saveSettings(settings: Settings): Promise<void> {
  await (await area()).set({ [SETTINGS_KEY]: settings });
}

/** Calls `listener` with the new settings whenever they change in either storage area we may use. */
export function onSettingsChanged(listener: (parsed: ParsedSettings) => void): () => void {
  const handler = (changes: Record<string, browser.Storage.StorageChange>, areaName: string) => {
    if ((areaName === "sync" || areaName === "local") && Object.hasOwn(changes, SETTINGS_KEY)) {
      void area().then((a) => {
        if ((a === browser.storage.sync) === (areaName === "sync")) listener(parseSettings(changes[SETTINGS_KEY]!.newValue));
      });
    }
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
