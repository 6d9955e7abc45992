/**
 * Turning the current site on or off from the toolbar button's context menu or the keyboard
 * command: the same switch as the popup's. Both events count as a user gesture, so a site beyond
 * the default list can be asked for its permission here.
 */
import browser from "webextension-polyfill";
import type { Settings } from "../shared/settings";
import { loadSettings } from "../shared/settings-store";
import { isDefaultSite, isSiteOn, siteKey } from "../shared/sites";
import { t } from "../ui/i18n";

export const TOGGLE_MENU_ID = "toggle-site";
export const TOGGLE_COMMAND = "toggle-site";

export function createMenus(): void {
  browser.contextMenus.removeAll().then(
    () => browser.contextMenus.create({ id: TOGGLE_MENU_ID, title: t("commandToggleSite"), contexts: ["action"] }),
    () => {},
  );
}

/**
 * Flips the site of `tab`. `setSite` persists the choice (and registers or releases the site's
 * content script). Must be called synchronously from the gesture's event for the permission prompt.
 */
export function toggleSiteOf(
  tab: browser.Tabs.Tab | undefined,
  settings: Settings | undefined,
  setSite: (origin: string, on: boolean) => Promise<void>,
): void {
  const origin = tab?.url ? siteKey(tab.url) : null;
  if (!origin) return;
  if (!settings) {
    // The event woke the worker before the settings were read: the prompt for an extra site
    // needs the gesture and cannot wait, but a default site can still be switched.
    void loadSettings().then(({ settings: loaded }) => {
      if (isDefaultSite(origin)) void setSite(origin, !isSiteOn(origin, loaded.sites)).catch(() => {});
    });
    return;
  }
  if (isSiteOn(origin, settings.sites)) {
    void setSite(origin, false).catch(() => {});
    return;
  }
  if (isDefaultSite(origin)) {
    void setSite(origin, true).catch(() => {});
    return;
  }
  browser.permissions.request({ origins: [`${origin}/*`] }).then(
    (ok) => (ok ? setSite(origin, true) : undefined),
    () => {},
  );
}
