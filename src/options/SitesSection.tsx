/**
 * Sites: the default messaging sites with a switch each, the sites the person added (switch and
 * Remove), and a form to add one. A site beyond the default list needs its host permission: the
 * request is made first thing in the click or submit handler, while the gesture still counts.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import browser from "webextension-polyfill";
import type { Settings } from "../shared/settings";
import { DEFAULT_SITE_HOSTS, isDefaultSite, isSiteOn } from "../shared/sites";
import { Switch } from "../ui/Switch";
import { t } from "../ui/i18n";
import { parseSiteInput, siteLabel, type SiteInputError } from "./site-input";
import { hasSitePermission, originPattern, setSite, updateSettings } from "./store";

export const DEFAULT_ORIGINS: readonly string[] = DEFAULT_SITE_HOSTS.map((host) => `https://${host}`);

export interface SitesSectionProps {
  settings: Settings;
  /** Shows the site change locally at once; the stored settings confirm it. */
  preview(change: (settings: Settings) => void): void;
  /** Reports the outcome of a change in the page's status line ("Saved" unless it resolves to false). */
  track(work: Promise<unknown>): void;
}

/** The sites the person added: every stored origin that is not a default site, in a stable order. */
export function addedSites(settings: Settings): string[] {
  return Object.keys(settings.sites)
    .filter((origin) => !isDefaultSite(origin))
    .sort((a, b) => siteLabel(a).localeCompare(siteLabel(b)));
}

const INPUT_ERRORS: Record<SiteInputError, string> = {
  empty: "options_siteErrorEmpty",
  scheme: "options_siteErrorScheme",
  invalid: "options_siteErrorInvalid",
};

export function SitesSection({ settings, preview, track }: SitesSectionProps) {
  const added = addedSites(settings);
  const [draft, setDraft] = useState("");
  const [inputError, setInputError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  /** Added sites that are on in the settings but whose permission this browser does not hold. */
  const [missing, setMissing] = useState<ReadonlySet<string>>(new Set());
  const input = useRef<HTMLInputElement>(null);

  const onSites = added.filter((origin) => settings.sites[origin] === true).join(" ");
  useEffect(() => {
    let live = true;
    const check = async () => {
      const wanted = onSites === "" ? [] : onSites.split(" ");
      const lacking = new Set<string>();
      for (const origin of wanted) if (!(await hasSitePermission(origin))) lacking.add(origin);
      if (live) setMissing(lacking);
    };
    void check();
    // Permissions change from other places too (the browser's own extension settings).
    const listener = () => void check();
    browser.permissions.onAdded?.addListener(listener);
    browser.permissions.onRemoved?.addListener(listener);
    return () => {
      live = false;
      browser.permissions.onAdded?.removeListener(listener);
      browser.permissions.onRemoved?.removeListener(listener);
    };
  }, [onSites]);

  /** Turns a site off, or a default site on: no permission needed. */
  function switchWithoutPermission(origin: string, on: boolean) {
    preview((s) => {
      s.sites[origin] = on;
    });
    track(setSite(origin, on));
  }

  /**
   * Turns an extra site on. The permission request must be the first thing the gesture does:
   * no await before it.
   */
  function turnOnExtra(origin: string, onGranted?: () => void) {
    const request = browser.permissions.request({ origins: [originPattern(origin)] });
    track(
      request.then(async (granted): Promise<boolean> => {
        if (!granted) {
          setNote(t("options_sitePermissionDenied", siteLabel(origin)));
          return false;
        }
        setNote(null);
        onGranted?.();
        preview((s) => {
          s.sites[origin] = true;
        });
        setMissing((m) => {
          const next = new Set(m);
          next.delete(origin);
          return next;
        });
        await setSite(origin, true);
        return true;
      }),
    );
  }

  function toggle(origin: string, on: boolean) {
    setNote(null);
    if (on && !isDefaultSite(origin)) turnOnExtra(origin);
    else switchWithoutPermission(origin, on);
  }

  function remove(origin: string) {
    setNote(null);
    preview((s) => {
      delete s.sites[origin];
    });
    track(
      setSite(origin, false).then(() =>
        updateSettings((s) => {
          delete s.sites[origin];
        }),
      ),
    );
    requestAnimationFrame(() => input.current?.focus());
  }

  function add(event: Event) {
    event.preventDefault();
    setNote(null);
    const parsed = parseSiteInput(draft);
    if (!parsed.ok) {
      setInputError(t(INPUT_ERRORS[parsed.error]));
      input.current?.focus();
      return;
    }
    setInputError(null);
    const { origin } = parsed;
    if (isSiteOn(origin, settings.sites) && !missing.has(origin)) {
      setDraft("");
      setNote(t("options_siteAlreadyOn", siteLabel(origin)));
      return;
    }
    if (isDefaultSite(origin)) {
      setDraft("");
      switchWithoutPermission(origin, true);
      return;
    }
    turnOnExtra(origin, () => setDraft(""));
  }

  return (
    <section aria-labelledby="sites-title">
      <h2 id="sites-title">{t("options_sitesTitle")}</h2>
      <p class="muted">{t("options_sitesIntro")}</p>

      <fieldset>
        <legend>{t("options_sitesDefaultLegend")}</legend>
        <ul class="switch-list columns">
          {DEFAULT_ORIGINS.map((origin) => (
            <li key={origin}>
              <Switch
                id={`site-${siteLabel(origin)}`}
                label={siteLabel(origin)}
                checked={isSiteOn(origin, settings.sites)}
                onChange={(on) => toggle(origin, on)}
              />
            </li>
          ))}
        </ul>
      </fieldset>

      <fieldset>
        <legend>{t("options_sitesAddedLegend")}</legend>
        {added.length === 0 ? (
          <p class="empty">{t("options_sitesAddedEmpty")}</p>
        ) : (
          <ul class="switch-list">
            {added.map((origin) => {
              const label = siteLabel(origin);
              const on = settings.sites[origin] === true;
              const lacking = on && missing.has(origin);
              return (
                <li key={origin} class="site-row">
                  <Switch label={label} checked={on} onChange={(next) => toggle(origin, next)} />
                  <button
                    type="button"
                    class="secondary small"
                    aria-label={t("options_siteRemoveLabel", label)}
                    onClick={() => remove(origin)}
                  >
                    {t("options_remove")}
                  </button>
                  {lacking && (
                    <p class="site-warning">
                      {t("options_sitePermissionMissing")}{" "}
                      <button
                        type="button"
                        class="link"
                        aria-label={t("options_siteAllowLabel", label)}
                        onClick={() => turnOnExtra(origin)}
                      >
                        {t("options_siteAllow")}
                      </button>
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </fieldset>

      <form class="add-site" onSubmit={add} noValidate>
        <label for="add-site-input">{t("options_siteAddLabel")}</label>
        <p class="muted" id="add-site-hint">
          {t("options_siteAddHint")}
        </p>
        <div class="add-row">
          <input
            ref={input}
            id="add-site-input"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            placeholder="example.com"
            value={draft}
            aria-invalid={inputError ? "true" : undefined}
            aria-describedby={inputError ? "add-site-error add-site-hint" : "add-site-hint"}
            onInput={(e) => {
              setDraft((e.currentTarget as HTMLInputElement).value);
              if (inputError) setInputError(null);
            }}
          />
          <button type="submit">{t("options_siteAddButton")}</button>
        </div>
        {inputError && (
          <p class="field-error" id="add-site-error">
            {inputError}
          </p>
        )}
        {note && (
          <p class="field-note" role="status">
            {note}
          </p>
        )}
      </form>
    </section>
  );
}
