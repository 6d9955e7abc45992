/**
 * The options page. Settings are read once, re-read whenever they change anywhere, and every
 * change is saved at once (no Save button), with a short "Saved" in the status line.
 */
import { useCallback, useEffect, useRef, useState } from "preact/hooks";
import type { Settings } from "../shared/settings";
import { loadSettings, onSettingsChanged } from "../shared/settings-store";
import { t } from "../ui/i18n";
import { CategoriesSection } from "./CategoriesSection";
import { PhraseList } from "./PhraseList";
import { PracticeSection } from "./PracticeSection";
import { SendPauseSection } from "./SendPauseSection";
import { SensitivitySection } from "./SensitivitySection";
import { SitesSection } from "./SitesSection";
import { TransferSection } from "./TransferSection";
import { updateSettings } from "./store";
import { errorText } from "./ui-common";

type Status = { kind: "saved" | "error"; text: string; serial: number } | null;

/** How long "Saved" stays. */
const SAVED_MS = 2500;
/** How long an error stays (it names what failed, so it gets time to be read). */
const ERROR_MS = 10_000;

type ListKey = "alwaysFlag" | "neverFlag" | "ownAcknowledgments";

export function OptionsPage() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const serial = useRef(0);

  useEffect(() => {
    let live = true;
    loadSettings().then(
      (parsed) => {
        if (!live) return;
        setSettings(parsed.settings);
        setProblems(parsed.problems);
      },
      (e: unknown) => live && setLoadError(errorText(e)),
    );
    const stop = onSettingsChanged((parsed) => {
      setSettings(parsed.settings);
      if (parsed.problems.length > 0) setProblems(parsed.problems);
    });
    return () => {
      live = false;
      stop();
    };
  }, []);

  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus((s) => (s?.serial === status.serial ? null : s)), status.kind === "saved" ? SAVED_MS : ERROR_MS);
    return () => clearTimeout(timer);
  }, [status]);

  const track = useCallback((work: Promise<unknown>) => {
    work.then(
      (result) => {
        if (result !== false) setStatus({ kind: "saved", text: t("options_saved"), serial: ++serial.current });
      },
      (e: unknown) => {
        setStatus({ kind: "error", text: t("options_saveFailed", errorText(e)), serial: ++serial.current });
        // Nothing was stored, so nothing will tell the page: take back what it showed ahead of time.
        loadSettings().then(
          (parsed) => setSettings(parsed.settings),
          () => {},
        );
      },
    );
  }, []);

  /** Shows a change at once; the stored settings, re-read on change, have the last word. */
  const preview = useCallback((change: (s: Settings) => void) => {
    setSettings((current) => {
      if (!current) return current;
      const next = structuredClone(current);
      change(next);
      return next;
    });
  }, []);

  const update = useCallback(
    (change: (s: Settings) => void) => {
      preview(change);
      track(updateSettings(change));
    },
    [preview, track],
  );

  const list = (key: ListKey) => ({
    items: settings?.[key] ?? [],
    onAdd: (phrase: string) =>
      update((s) => {
        if (!s[key].some((p) => p.toLocaleLowerCase() === phrase.toLocaleLowerCase())) s[key].push(phrase);
      }),
    onRemove: (phrase: string) =>
      update((s) => {
        s[key] = s[key].filter((p) => p !== phrase);
      }),
  });

  return (
    <>
      <header class="page-header">
        <img src="icons/icon-48.png" alt="" width={40} height={40} />
        <div>
          <h1>{t("options_title")}</h1>
          <p class="muted">{t("options_subtitle")}</p>
        </div>
      </header>
      <main>
        {problems.length > 0 && (
          <div class="notice" role="alert">
            <p>{t("options_problemsIntro")}</p>
            <ul>
              {problems.map((problem, i) => (
                <li key={i}>{problem}</li>
              ))}
            </ul>
            <button type="button" class="secondary small" onClick={() => setProblems([])}>
              {t("options_problemsDismiss")}
            </button>
          </div>
        )}
        {loadError && (
          <div class="notice" role="alert">
            <p>{t("options_loadFailed", loadError)}</p>
          </div>
        )}
        {settings === null ? (
          !loadError && <p class="muted">{t("options_loading")}</p>
        ) : (
          <>
            <SitesSection settings={settings} preview={preview} track={track} />
            <SendPauseSection settings={settings} update={update} />
            <CategoriesSection settings={settings} update={update} />
            <SensitivitySection settings={settings} update={update} />
            <section aria-labelledby="phrases-title">
              <h2 id="phrases-title">{t("options_phrasesTitle")}</h2>
              <p class="muted">{t("options_phrasesIntro")}</p>
              <PhraseList
                id="always-flag"
                title={t("options_alwaysFlagTitle")}
                description={t("options_alwaysFlagDescription")}
                placeholder={t("options_alwaysFlagPlaceholder")}
                emptyText={t("options_alwaysFlagEmpty")}
                {...list("alwaysFlag")}
              />
              <PhraseList
                id="never-flag"
                title={t("options_neverFlagTitle")}
                description={t("options_neverFlagDescription")}
                placeholder={t("options_neverFlagPlaceholder")}
                emptyText={t("options_neverFlagEmpty")}
                {...list("neverFlag")}
              />
              <PhraseList
                id="own-acknowledgments"
                title={t("options_ownAckTitle")}
                description={t("options_ownAckDescription")}
                placeholder={t("options_ownAckPlaceholder")}
                emptyText={t("options_ownAckEmpty")}
                {...list("ownAcknowledgments")}
              />
            </section>
            <PracticeSection settings={settings} update={update} />
            <TransferSection
              track={track}
              show={(next) => {
                // The notice was about the settings being replaced.
                setProblems([]);
                setSettings(next);
              }}
            />
          </>
        )}
      </main>
      <div class={`status ${status ? `status-${status.kind} visible` : ""}`} role="status" aria-live="polite">
        {status?.text ?? ""}
      </div>
    </>
  );
}
