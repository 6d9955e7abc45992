/**
 * The popup: the site's header, a repair offer when one is waiting, then the draft in the box the
 * person was last in (nothing yet, off, nothing defensive, or its findings with a whole-message
 * rewrite), then the acknowledgment helper and this week's practice. Settings are re-read
 * whenever they change; the draft is re-read after every change made from here.
 */
import { useCallback, useEffect, useRef, useState } from "preact/hooks";
import type { Finding } from "../engine/types";
import { isPaused, type Settings } from "../shared/settings";
import { loadSettings, onSettingsChanged } from "../shared/settings-store";
import { isSiteOn, siteKey } from "../shared/sites";
import { t } from "../ui/i18n";
import { AcknowledgmentHelper } from "./AcknowledgmentHelper";
import { NoDraft, NothingDefensive, OffState, TooLong } from "./EmptyState";
import { Findings } from "./Findings";
import { ProgressSummary } from "./ProgressSummary";
import { RepairOffer } from "./RepairOffer";
import { SiteHeader } from "./SiteHeader";
import { Status, type StatusLine } from "./Status";
import { applySuggestion, fetchDraft, pageSelection, replaceDraft, resolveTab, type DraftLocation, type TabTarget } from "./tab";
import { WholeRewrite } from "./WholeRewrite";

/** A second look after a change, once the background has analysed the new text. */
const SETTLE_MS = 450;

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [target, setTarget] = useState<TabTarget | null | undefined>(undefined);
  const [draftLoc, setDraftLoc] = useState<DraftLocation | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<StatusLine | null>(null);
  const serial = useRef(0);
  const fetchSerial = useRef(0);

  const say = useCallback((text: string, kind: StatusLine["kind"] = "info") => {
    setStatus({ text, kind, serial: ++serial.current });
  }, []);

  const refresh = useCallback(async () => {
    if (!target) return;
    const mine = ++fetchSerial.current;
    const found = await fetchDraft(target.tabId).catch((): DraftLocation => ({ frameId: null, draft: null }));
    if (mine === fetchSerial.current) setDraftLoc(found);
  }, [target]);

  // Settings: read once, then whenever they change anywhere.
  useEffect(() => {
    let live = true;
    loadSettings().then(
      (parsed) => {
        if (!live) return;
        setSettings(parsed.settings);
        setProblems(parsed.problems);
      },
      (e: unknown) => {
        if (!live) return;
        setSettings(null);
        setProblems([errorText(e)]);
      },
    );
    let stop: (() => void) | undefined;
    try {
      stop = onSettingsChanged((parsed) => {
        setSettings(parsed.settings);
        if (parsed.problems.length > 0) setProblems(parsed.problems);
      });
    } catch {
      // No change events: the popup still shows what it read.
    }
    return () => {
      live = false;
      stop?.();
    };
  }, []);

  // The tab.
  useEffect(() => {
    let live = true;
    resolveTab().then(
      (found) => live && setTarget(found),
      () => live && setTarget(null),
    );
    return () => {
      live = false;
    };
  }, []);

  // The draft: when the tab is known, when settings change (on/off, pause) and when the popup
  // (opened as a page) gets the focus back.
  useEffect(() => {
    void refresh();
  }, [refresh, settings?.pausedUntil, settings && JSON.stringify(settings.sites)]);
  useEffect(() => {
    const onFocus = () => void refresh();
    window.addEventListener("focus", onFocus);
    return () => window.removeEventListener("focus", onFocus);
  }, [refresh]);

  /** Reports a settings change the person made: nothing when it worked, else a short line. */
  const report = useCallback(
    (work: Promise<unknown>, denied?: string) => {
      work.then(
        (result) => {
          if (result === "denied" && denied) say(denied, "error");
        },
        (e: unknown) => say(t("popup_changeFailed", errorText(e)), "error"),
      );
    },
    [say],
  );

  /** Runs a change in the page, then reads the draft again (now, and once more after analysis). */
  const inPage = useCallback(
    async (work: () => Promise<boolean>, done: string, failed: string) => {
      setBusy(true);
      try {
        const ok = await work().catch(() => false);
        say(ok ? done : failed, ok ? "info" : "error");
        await refresh();
        setTimeout(() => void refresh(), SETTLE_MS);
      } finally {
        setBusy(false);
      }
    },
    [refresh, say],
  );

  const onCopied = useCallback((ok: boolean) => say(ok ? t("popup_copied") : t("popup_copyFailed"), ok ? "info" : "error"), [say]);

  if (target === undefined || settings === null || draftLoc === undefined) {
    return (
      <div class="popup">
        {problems.length > 0 && settings === null ? (
          <p class="fatal" role="alert">
            {t("popup_error", problems.join("; "))}
          </p>
        ) : (
          <p class="loading muted">{t("popup_loading")}</p>
        )}
      </div>
    );
  }

  const draft = draftLoc.draft;
  const draftOrigin = draft && typeof draft.origin === "string" && siteKey(draft.origin) === draft.origin ? draft.origin : null;
  const origin = draftOrigin ?? target?.origin ?? null;
  const paused = isPaused(settings);
  const siteOff = origin !== null && !isSiteOn(origin, settings.sites);
  const frameId = draftLoc.frameId;
  const tabId = target?.tabId;
  const ready = draft?.state === "ready" && !paused && !siteOff && tabId !== undefined && frameId !== null ? draft : null;

  const notASite = origin === null && target?.urlKnown === true;
  let body;
  if (notASite) {
    body = null;
  } else if (paused || siteOff || draft?.state === "off") {
    body = <OffState origin={origin} paused={paused} report={report} />;
  } else if (draft?.state === "tooLong") {
    body = <TooLong limit={draft.limit} />;
  } else if (!ready) {
    body = <NoDraft />;
  } else if (ready.findings.length === 0) {
    body = <NothingDefensive />;
  } else {
    const onApply = busy
      ? undefined
      : (finding: Finding, replacement: string) =>
          void inPage(() => applySuggestion(tabId!, frameId!, finding, replacement), t("popup_applied"), t("popup_applyFailed"));
    const onReplace = busy
      ? undefined
      : (rewrite: string) =>
          void inPage(() => replaceDraft(tabId!, frameId!, ready.text, rewrite), t("popup_rewriteApplied"), t("popup_replaceFailed"));
    body = (
      <>
        <Findings findings={ready.findings} onApply={onApply} onCopied={onCopied} />
        <WholeRewrite text={ready.text} findings={ready.findings} suggestions={ready.suggestions} onReplace={onReplace} onCopied={onCopied} />
      </>
    );
  }

  const onAdd =
    ready && !busy
      ? (phrasing: string) =>
          void inPage(
            () => replaceDraft(tabId!, frameId!, ready.text, phrasing + (ready.text ? " " + ready.text : "")),
            t("popup_added"),
            t("popup_replaceFailed"),
          )
      : undefined;

  return (
    <div class="popup">
      <SiteHeader origin={origin} notASite={notASite} settings={settings} report={report} />
      {problems.length > 0 && (
        <div class="notice" role="alert">
          <p>{t("popup_settingsProblems")}</p>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      <main>
        {settings.repairOffers && <RepairOffer onCopied={onCopied} report={report} say={(text) => say(text)} />}
        {body}
        <AcknowledgmentHelper
          own={settings.ownAcknowledgments}
          readSelection={tabId !== undefined && !notASite ? () => pageSelection(tabId) : undefined}
          onAdd={onAdd}
          onCopied={onCopied}
          say={(text) => say(text)}
        />
        {settings.progress && <ProgressSummary />}
      </main>
      <Status status={status} onDone={() => setStatus(null)} />
    </div>
  );
}
