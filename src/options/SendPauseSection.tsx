/**
 * Pause before sending: the default for every site, the sites whose own choice differs from it
 * (each with a switch and "Use the default"), and a form to add one. No permission is involved:
 * the pause only acts where Receptive already runs.
 */
import { useRef, useState } from "preact/hooks";
import type { Settings } from "../shared/settings";
import { Switch } from "../ui/Switch";
import { t } from "../ui/i18n";
import { parseSiteInput, siteLabel, type SiteInputError } from "./site-input";

export interface SendPauseSectionProps {
  settings: Settings;
  update(change: (settings: Settings) => void): void;
}

const INPUT_ERRORS: Record<SiteInputError, string> = {
  empty: "options_siteErrorEmpty",
  scheme: "options_siteErrorScheme",
  invalid: "options_siteErrorInvalid",
};

/** The sites with their own choice, in a stable order. */
export function sendPauseSites(settings: Settings): string[] {
  return Object.keys(settings.sendPause.sites).sort((a, b) => siteLabel(a).localeCompare(siteLabel(b)));
}

export function SendPauseSection({ settings, update }: SendPauseSectionProps) {
  const sites = sendPauseSites(settings);
  const [draft, setDraft] = useState("");
  const [inputError, setInputError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const defaultOn = settings.sendPause.on;

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
    setDraft("");
    const { origin } = parsed;
    if (Object.hasOwn(settings.sendPause.sites, origin)) {
      setNote(t("options_sendPauseAlreadyListed", siteLabel(origin)));
      return;
    }
    // A site is added to differ from the default: that is the only reason to list it.
    update((s) => {
      s.sendPause.sites[origin] = !s.sendPause.on;
    });
    setNote(t(defaultOn ? "options_sendPauseAddedOff" : "options_sendPauseAddedOn", siteLabel(origin)));
  }

  function useDefault(origin: string) {
    setNote(null);
    update((s) => {
      delete s.sendPause.sites[origin];
    });
    requestAnimationFrame(() => input.current?.focus());
  }

  return (
    <section aria-labelledby="send-pause-title">
      <h2 id="send-pause-title">{t("options_sendPauseTitle")}</h2>
      <p class="muted" id="send-pause-intro">
        {t("options_sendPauseIntro")}
      </p>
      <Switch
        id="send-pause-default"
        checked={defaultOn}
        label={t("options_sendPauseDefault")}
        describedBy="send-pause-intro"
        onChange={(on) =>
          update((s) => {
            s.sendPause.on = on;
          })
        }
      />

      <fieldset>
        <legend>{t("options_sendPauseSitesLegend")}</legend>
        {sites.length === 0 ? (
          <p class="empty">{t("options_sendPauseSitesEmpty")}</p>
        ) : (
          <ul class="switch-list">
            {sites.map((origin) => {
              const label = siteLabel(origin);
              const on = settings.sendPause.sites[origin] === true;
              return (
                <li key={origin} class="site-row" data-origin={origin}>
                  <Switch
                    label={label}
                    checked={on}
                    onChange={(next) =>
                      update((s) => {
                        s.sendPause.sites[origin] = next;
                      })
                    }
                  />
                  {on === defaultOn && <span class="muted small-note">{t("options_sendPauseSameAsDefault")}</span>}
                  <button
                    type="button"
                    class="secondary small"
                    aria-label={t("options_sendPauseUseDefaultLabel", label)}
                    onClick={() => useDefault(origin)}
                  >
                    {t("options_sendPauseUseDefault")}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </fieldset>

      <form class="add-site" onSubmit={add} noValidate>
        <label for="send-pause-add-input">{t(defaultOn ? "options_sendPauseAddLabelOff" : "options_sendPauseAddLabelOn")}</label>
        <p class="muted" id="send-pause-add-hint">
          {t("options_sendPauseAddHint")}
        </p>
        <div class="add-row">
          <input
            ref={input}
            id="send-pause-add-input"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            placeholder="example.com"
            value={draft}
            aria-invalid={inputError ? "true" : undefined}
            aria-describedby={inputError ? "send-pause-add-error send-pause-add-hint" : "send-pause-add-hint"}
            onInput={(e) => {
              setDraft((e.currentTarget as HTMLInputElement).value);
              if (inputError) setInputError(null);
            }}
          />
          <button type="submit">{t("options_sendPauseAddButton")}</button>
        </div>
        {inputError && (
          <p class="field-error" id="send-pause-add-error">
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
