// The page opened once after install: what Receptive does, what it never does, where it runs,
// the keyboard shortcut, pause before sending (off unless turned on here), and the way to the
// options. src/options/first-run.html loads this bundle.
import { render } from "preact";
import { useEffect, useState } from "preact/hooks";
import browser from "webextension-polyfill";
import { loadSettings, onSettingsChanged } from "../shared/settings-store";
import { DEFAULT_SITE_HOSTS } from "../shared/sites";
import { Switch } from "../ui/Switch";
import { t } from "../ui/i18n";
import "../ui/theme.css";
import "./first-run.css";
import { updateSettings } from "./store";
import { errorText, injectSwitchCss } from "./ui-common";

/** The default for pause before sending, as stored; null until read. */
function SendPauseOffer() {
  const [on, setOn] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    loadSettings().then(
      ({ settings }) => live && setOn(settings.sendPause.on),
      () => live && setOn(false),
    );
    const stop = onSettingsChanged(({ settings }) => setOn(settings.sendPause.on));
    return () => {
      live = false;
      stop();
    };
  }, []);

  function change(next: boolean) {
    setOn(next);
    setError(null);
    updateSettings((s) => {
      s.sendPause.on = next;
    }).catch((e: unknown) => {
      setOn(!next);
      setError(t("firstRun_sendPauseFailed", errorText(e)));
    });
  }

  return (
    <section aria-labelledby="send-pause-title">
      <h2 id="send-pause-title">{t("firstRun_sendPauseTitle")}</h2>
      <p id="send-pause-text">{t("firstRun_sendPauseText")}</p>
      <Switch
        id="send-pause-switch"
        checked={on === true}
        disabled={on === null}
        label={t("firstRun_sendPauseSwitch")}
        describedBy="send-pause-text"
        onChange={change}
      />
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

function openOptions(event: Event) {
  event.preventDefault();
  browser.runtime.openOptionsPage().catch(() => {
    // No options page API (should not happen in an extension page): open it as a plain tab.
    window.open(browser.runtime.getURL("options.html"), "_blank", "noopener");
  });
}

export function FirstRunPage() {
  return (
    <main>
      <header class="hero">
        <img src="icons/icon-128.png" alt="" width={72} height={72} />
        <div>
          <h1>{t("firstRun_title")}</h1>
          <p class="lead">{t("firstRun_lead")}</p>
        </div>
      </header>

      <section aria-labelledby="what-title">
        <h2 id="what-title">{t("firstRun_whatTitle")}</h2>
        <p>{t("firstRun_whatText")}</p>
        <figure class="example">
          <figcaption class="visually-hidden">{t("firstRun_exampleCaption")}</figcaption>
          <div class="example-row">
            <span class="example-label">{t("firstRun_exampleBefore")}</span>
            <span class="bubble before">
              <span class="flagged">{t("firstRun_exampleFlagged")}</span>
            </span>
          </div>
          <div class="example-row">
            <span class="example-label">{t("firstRun_exampleAfter")}</span>
            <span class="bubble after">{t("firstRun_exampleSuggestion")}</span>
          </div>
        </figure>
        <p class="muted">{t("firstRun_whatNote")}</p>
      </section>

      <section aria-labelledby="never-title">
        <h2 id="never-title">{t("firstRun_neverTitle")}</h2>
        <ul class="promises">
          <li>{t("firstRun_neverLeaves")}</li>
          <li>{t("firstRun_neverServer")}</li>
          <li>{t("firstRun_neverChanges")}</li>
        </ul>
      </section>

      <section aria-labelledby="where-title">
        <h2 id="where-title">{t("firstRun_whereTitle")}</h2>
        <p>{t("firstRun_whereText")}</p>
        <ul class="sites">
          {DEFAULT_SITE_HOSTS.map((host) => (
            <li key={host}>{host}</li>
          ))}
        </ul>
        <p>{t("firstRun_whereOther")}</p>
      </section>

      <section aria-labelledby="keys-title">
        <h2 id="keys-title">{t("firstRun_keysTitle")}</h2>
        <p class="shortcut">
          <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>Enter</kbd>
        </p>
        <p>{t("firstRun_keysText")}</p>
        <p class="muted">{t("firstRun_keysMac")}</p>
      </section>

      <SendPauseOffer />

      <footer class="actions">
        <a class="button" href="options.html" onClick={openOptions}>
          {t("firstRun_openOptions")}
        </a>
        <p class="muted">{t("firstRun_closeNote")}</p>
      </footer>
    </main>
  );
}

injectSwitchCss();
document.title = t("firstRun_pageTitle");
const root = document.getElementById("app");
if (root) render(<FirstRunPage />, root);
