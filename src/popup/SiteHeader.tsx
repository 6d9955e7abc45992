/**
 * The top of the popup: the site's name, its on/off switch, pause before sending on this site
 * (while Receptive is on here), the pause control and a way to the settings page.
 */
import browser from "webextension-polyfill";
import type { Settings } from "../shared/settings";
import { isPaused, isSendPauseOn } from "../shared/settings";
import { isSiteOn } from "../shared/sites";
import { Switch } from "../ui/Switch";
import { t } from "../ui/i18n";
import { setSendPauseHere, turnSite } from "./actions";
import { hostOf } from "./format";
import { PauseControl } from "./PauseControl";

export interface SiteHeaderProps {
  origin: string | null;
  /** The tab is known not to be a website (a browser page, a file): say so instead of a switch. */
  notASite: boolean;
  settings: Settings;
  /** Reports the outcome of a change the person made (an error or a denial as a short line). */
  report(work: Promise<unknown>, denied?: string): void;
}

export function SiteHeader({ origin, notASite, settings, report }: SiteHeaderProps) {
  const host = origin ? hostOf(origin) : null;
  const on = origin ? isSiteOn(origin, settings.sites) : false;
  return (
    <header class="site-header">
      <div class="site-title-row">
        <img class="logo" src="icons/icon-32.png" alt="" width={20} height={20} />
        <h1 class="site-name" title={host ?? undefined}>
          {host ?? t("extName")}
        </h1>
        <button
          type="button"
          class="icon-button"
          aria-label={t("popup_openSettings")}
          title={t("popup_openSettings")}
          onClick={() => void browser.runtime.openOptionsPage().catch(() => {})}
        >
          <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
            <path
              fill="currentColor"
              d="M11.3 1.5l.4 2.2c.6.2 1.1.5 1.6.9l2.1-.8 1.3 2.2-1.7 1.5c.1.6.1 1.2 0 1.8l1.7 1.5-1.3 2.2-2.1-.8c-.5.4-1 .7-1.6.9l-.4 2.2H8.7l-.4-2.2c-.6-.2-1.1-.5-1.6-.9l-2.1.8-1.3-2.2L5 9.3a5 5 0 0 1 0-1.8L3.3 6l1.3-2.2 2.1.8c.5-.4 1-.7 1.6-.9l.4-2.2h2.6zM10 6.3a2.2 2.2 0 1 0 0 4.4 2.2 2.2 0 0 0 0-4.4z"
            />
          </svg>
        </button>
      </div>
      {origin && host ? (
        <Switch
          id="site-switch"
          checked={on}
          label={t("popup_siteSwitch", host)}
          onChange={(next) => report(turnSite(origin, next), t("popup_permissionDenied", host))}
        />
      ) : (
        notASite && <p class="muted">{t("popup_noSite")}</p>
      )}
      {origin && host && on && <SendPauseSwitch origin={origin} host={host} settings={settings} report={report} />}
      <PauseControl pausedUntil={isPaused(settings) ? settings.pausedUntil : null} report={report} />
    </header>
  );
}

interface SendPauseSwitchProps {
  origin: string;
  host: string;
  settings: Settings;
  report(work: Promise<unknown>): void;
}

/** Pause before sending here: shows what applies on this site, its own choice or the default. */
function SendPauseSwitch({ origin, host, settings, report }: SendPauseSwitchProps) {
  const own = Object.hasOwn(settings.sendPause.sites, origin);
  return (
    <div class="send-pause">
      <Switch
        id="send-pause-switch"
        checked={isSendPauseOn(origin, settings)}
        label={t("popup_sendPauseSwitch")}
        describedBy="send-pause-hint"
        onChange={(next) => report(setSendPauseHere(origin, next))}
      />
      <p id="send-pause-hint" class="muted small-print">
        {t("popup_sendPauseHint")} {own ? t("popup_sendPauseOwn", host) : t("popup_sendPauseDefault")}
      </p>
    </div>
  );
}
