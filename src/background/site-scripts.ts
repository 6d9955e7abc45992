/**
 * Sites the person turned on beyond the default list get the content script through dynamic
 * registration, for exactly the origins they granted. Turning a site on registers it and injects
 * the script into its open tabs; turning it off unregisters it and gives the permission back.
 */
import browser from "webextension-polyfill";
import type { Settings } from "../shared/settings";
import { isDefaultSite } from "../shared/sites";

const ID_PREFIX = "site-";
const CONTENT_SCRIPT = "content.js";

function pattern(origin: string): string {
  return `${origin}/*`;
}

/** The non-default origins the settings turn on. */
export function extraSites(settings: Pick<Settings, "sites">): string[] {
  return Object.entries(settings.sites)
    .filter(([origin, on]) => on && !isDefaultSite(origin))
    .map(([origin]) => origin);
}

async function granted(origin: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [pattern(origin)] });
  } catch {
    return false;
  }
}

/**
 * Makes the registered content scripts match the settings: one per extra site on, for which the
 * permission is held. Runs at start-up and after every settings change.
 */
export async function syncSiteScripts(settings: Pick<Settings, "sites">): Promise<void> {
  const wanted = new Set<string>();
  for (const origin of extraSites(settings)) if (await granted(origin)) wanted.add(origin);
  const registered = await browser.scripting.getRegisteredContentScripts();
  const have = new Set(registered.filter((s) => s.id.startsWith(ID_PREFIX)).map((s) => s.id.slice(ID_PREFIX.length)));
  const stale = [...have].filter((origin) => !wanted.has(origin));
  if (stale.length > 0) {
    await browser.scripting.unregisterContentScripts({ ids: stale.map((o) => ID_PREFIX + o) });
    // A site turned off or removed (here or by an import) gives its permission back.
    for (const origin of stale) if (!extraSites(settings).includes(origin)) await releaseSite(origin);
  }
  const missing = [...wanted].filter((origin) => !have.has(origin));
  if (missing.length === 0) return;
  await browser.scripting.registerContentScripts(
    missing.map((origin) => ({
      id: ID_PREFIX + origin,
      matches: [pattern(origin)],
      js: [CONTENT_SCRIPT],
      allFrames: true,
      runAt: "document_idle" as const,
      persistAcrossSessions: true,
      // Chrome's key for about:blank and srcdoc frames; Firefox matches those by origin already.
      ...(__BROWSER__ === "chrome" ? { matchOriginAsFallback: true } : {}),
    })),
  );
  for (const origin of missing) await injectIntoOpenTabs(origin);
}

/** Runs the content script in the tabs already open on `origin` (it guards against running twice). */
async function injectIntoOpenTabs(origin: string): Promise<void> {
  const tabs = await browser.tabs.query({ url: pattern(origin) });
  for (const tab of tabs) {
    if (tab.id === undefined) continue;
    try {
      await browser.scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, files: [CONTENT_SCRIPT] });
    } catch {
      // A tab that is loading or crashed: it gets the registered script on its next load.
    }
  }
}

/** Gives back the host permission of an extra site that was turned off. */
export async function releaseSite(origin: string): Promise<void> {
  if (isDefaultSite(origin)) return;
  try {
    await browser.permissions.remove({ origins: [pattern(origin)] });
  } catch {
    // Already gone.
  }
}
