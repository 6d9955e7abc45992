/**
 * The content script's wiring: finds the message box the person is in (on focus, so boxes that
 * appear later need no polling), keeps a FieldSession per box, redraws highlights once per frame
 * when something moved, and opens the card on a click or the keyboard shortcut.
 *
 * Every listener is wrapped so that nothing we do can throw into the page, and all listeners are
 * removed when the site is turned off or the extension goes away under the page.
 */
import type { Analysis, Finding } from "../engine/types";
import { isSiteOn } from "../shared/sites";
import { isPaused, isSendPauseOn, PAUSED_UNTIL_TURNED_ON, type Settings } from "../shared/settings";
import { loadSettings, onSettingsChanged } from "../shared/settings-store";
import type { PageReplyMap, PageRequest, PracticeEvent } from "../shared/messages";
import { ask, isOrphaned, onOrphaned, wakeBackground } from "./background-client";
import type { PageRequestHandler } from "./page-requests";
import { closeCard, currentCard, openCard, type CardActions } from "./card";
import { MAX_CHECKED_CHARS } from "../shared/draft-limit";
import { adapterFor } from "./editors/index";
import { deepActiveElement } from "./editors/dom-edit";
import { FieldSession } from "./field-session";
import { forgetMeasurements } from "./mirror";
import { createSendPause } from "./send-pause";
import { eventOrigin, fieldFor } from "./fields";
import { clearHighlights, drawHighlights, OVERLAY_TAG, removeOverlay } from "./overlay";

/** Opens the card for the flagged words at the caret. Alt+Shift+Enter (Option+Shift+Return). */
export function isCardShortcut(e: KeyboardEvent): boolean {
  return e.key === "Enter" && e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && !e.isComposing;
}

/** Fields kept alive at once; older ones lose their highlights. */
const MAX_SESSIONS = 8;

/**
 * Starts watching `view`'s message boxes. Returns what answers the popup's requests about this
 * frame (the loader owns the message listener, so the first request can load this module).
 */
export function startContentScript(view: Window & typeof globalThis): PageRequestHandler {
  const doc = view.document;
  // window.origin, not location.origin: an about:blank or srcdoc frame has its parent's origin,
  // while its URL's origin is opaque ("null").
  const siteOrigin = view.origin;
  const sessions = new Map<HTMLElement, FieldSession>();
  const observers = new Map<FieldSession, { mutations?: MutationObserver; resize?: ResizeObserver }>();
  let siteOn = false;
  let sendPauseOn = false;
  let progressOn = false;
  let settingsLoading: Promise<void> | null = null;
  let frameRequested = false;
  let stopped = false;
  /** For the card's "give the focus back": the session and selection when it opened from the keyboard. */
  let cardOrigin: { session: FieldSession; selection: [number, number] | null } | null = null;
  /** The box the open card is about: another box may hold the same words, flagged the same way. */
  let cardOwner: FieldSession | null = null;

  const guard =
    <A extends unknown[]>(fn: (...args: A) => void) =>
    (...args: A): void => {
      if (stopped) return;
      try {
        fn(...args);
      } catch {
        // Never let our failure become the page's: the field keeps working without us.
      }
    };

  // A content script left behind by an earlier install of the extension may still have its overlay
  // here; there must be exactly one, and it is ours.
  for (const stale of doc.querySelectorAll(OVERLAY_TAG)) stale.remove();

  function ensureSettings(): Promise<void> {
    return (settingsLoading ??= loadSettings().then((parsed) => applySettings(parsed.settings)));
  }

  let pauseTimer: ReturnType<typeof setTimeout> | undefined;

  /** Takes new settings: the site on or off (or paused), and everything re-checked if still on. */
  function applySettings(next: Settings): void {
    const wasOn = siteOn;
    siteOn = isSiteOn(siteOrigin, next.sites) && !isPaused(next);
    sendPauseOn = isSendPauseOn(siteOrigin, next);
    progressOn = next.progress;
    settingsLoading = Promise.resolve();
    clearTimeout(pauseTimer);
    if (isPaused(next) && next.pausedUntil !== PAUSED_UNTIL_TURNED_ON) {
      // One timer for the end of the pause (capped at what setTimeout can hold), not polling.
      const wait = Math.min(next.pausedUntil! - Date.now() + 50, 2 ** 31 - 1);
      pauseTimer = setTimeout(guard(() => applySettings(next)), wait);
    }
    if (!siteOn) {
      if (wasOn) endAllSessions();
      return;
    }
    for (const session of sessions.values()) session.reanalyze();
    if (!wasOn) {
      const field = fieldFor(deepActiveElement(doc));
      if (field) activate(field);
    }
  }

  /** The box the person was in last: what the popup and the badge are about. */
  let lastActive: FieldSession | null = null;

  function reportDraft(): void {
    void ask({ type: "draftState", findings: lastActive && siteOn ? lastActive.visibleFindings.length : 0 });
  }

  /** Counts for the person's private progress: kinds and numbers only, never text. */
  function report(event: PracticeEvent): void {
    // What followed a pause also decides the repair offer, which has its own switch.
    const aboutPause = event.kind.startsWith("pause");
    if (progressOn || aboutPause) void ask({ type: "practice", event });
  }

  /** Counts a draft once when first checked, and each finding once per draft. */
  function countPractice(session: FieldSession): void {
    if (!progressOn || session.text.trim() === "") return;
    const { draft } = session;
    if (!draft.checked) {
      draft.checked = true;
      report({ kind: "draftChecked" });
    }
    let fresh = 0;
    for (const f of session.visibleFindings) {
      const key = `${f.rule}\u0000${f.excerpt.toLowerCase()}`;
      if (!draft.counted.has(key)) {
        draft.counted.add(key);
        fresh += 1;
      }
    }
    if (fresh > 0) report({ kind: "findingsShown", count: Math.min(fresh, 1000) });
  }

  const host = {
    analyze: (text: string): Promise<Analysis | null> => ask({ type: "analyze", text }),
    requestRender,
    analyzed(session: FieldSession) {
      if (session === lastActive) reportDraft();
      countPractice(session);
    },
    edited: wakeBackground,
  };

  function requestRender(): void {
    if (frameRequested || stopped) return;
    frameRequested = true;
    view.requestAnimationFrame(guard(frame));
  }

  function frame(): void {
    frameRequested = false;
    const layouts: [FieldSession, ReturnType<FieldSession["layout"]>][] = [];
    // All layout reads first, then all writes, so the page lays out once.
    for (const session of [...sessions.values()]) {
      if (!session.field.isConnected) {
        endSession(session);
        continue;
      }
      const plain = session.field as HTMLTextAreaElement;
      // A site that clears or fills its box from script fires no input event.
      if (session.adapter.name === "textarea" && plain.value !== session.text) session.refresh();
      layouts.push([session, session.layout()]);
    }
    const card = currentCard();
    let anchor: DOMRect | null = null;
    let cardSession: FieldSession | undefined;
    if (card) {
      const owner = cardOwner;
      if (owner && sessions.get(owner.field) === owner && owner.visibleFindings.some((f) => sameFinding(f, card.finding))) cardSession = owner;
      anchor = cardSession?.rectOf(card.finding) ?? null;
    }
    for (const [session, { boxes, clip }] of layouts) drawHighlights(doc, session.id, boxes, clip, session.dark);
    if (card) {
      if (anchor) card.place(anchor);
      else if (!cardSession) closeCard(false);
    }
    watchPageLayout(layouts.some(([, { boxes }]) => boxes.length > 0));
  }

  /**
   * A page can move a box without any event we hear: a banner or a message inserted above the
   * composer. While highlights are shown, changes to the page's DOM (never our own, which lives in
   * a shadow root) ask for a redraw, at most once a frame; with nothing shown, nothing is watched.
   */
  let pageLayoutWatched = false;
  const pageLayout = new MutationObserver(guard(() => requestRender()));
  function watchPageLayout(on: boolean): void {
    if (on === pageLayoutWatched) return;
    pageLayoutWatched = on;
    if (on) {
      pageLayout.observe(doc, { childList: true, subtree: true, attributes: true, attributeFilter: ["class", "style", "hidden", "open"] });
    } else {
      pageLayout.disconnect();
    }
  }

  function activate(field: HTMLElement): void {
    void ensureSettings().then(
      guard(() => {
        if (!siteOn || !field.isConnected || sessions.has(field)) return;
        const adapter = adapterFor(field);
        if (!adapter) return;
        const session = new FieldSession(field, adapter, host);
        sessions.set(field, session);
        lastActive = session;
        const watch: { mutations?: MutationObserver; resize?: ResizeObserver } = {};
        if (adapter.name !== "textarea") {
          // Rich editors change their DOM on their own (re-renders, remote edits, clearing after send).
          let queued = false;
          watch.mutations = new MutationObserver(
            guard(() => {
              if (queued) return;
              queued = true;
              queueMicrotask(guard(() => {
                queued = false;
                session.refresh();
              }));
            }),
          );
          watch.mutations.observe(field, { subtree: true, childList: true, characterData: true });
        }
        watch.resize = new ResizeObserver(guard(() => requestRender()));
        watch.resize.observe(field);
        observers.set(session, watch);
        while (sessions.size > MAX_SESSIONS) {
          const oldest = [...sessions.values()].find((s) => s !== session);
          if (!oldest) break;
          endSession(oldest);
        }
      }),
      () => {},
    );
  }

  function endSession(session: FieldSession): void {
    session.dispose();
    sessions.delete(session.field);
    const watch = observers.get(session);
    watch?.mutations?.disconnect();
    watch?.resize?.disconnect();
    observers.delete(session);
    clearHighlights(doc, session.id);
    if (cardOrigin?.session === session) cardOrigin = null;
    if (cardOwner === session) cardOwner = null;
    if (lastActive === session) {
      lastActive = null;
      reportDraft();
    }
  }

  function endAllSessions(): void {
    closeCard(false);
    sendPause.close();
    for (const session of [...sessions.values()]) endSession(session);
    removeOverlay(doc);
  }

  function sessionFor(target: Element | null): FieldSession | undefined {
    const field = fieldFor(target);
    return field ? sessions.get(field) : undefined;
  }

  function sameFinding(a: Finding, b: Finding): boolean {
    return a.rule === b.rule && a.excerpt === b.excerpt && a.start === b.start;
  }

  /** Where `finding` is in the field now: its own offsets, or the nearest place its words still are. */
  function locate(text: string, finding: Finding): [number, number] | null {
    if (text.slice(finding.start, finding.end) === finding.excerpt) return [finding.start, finding.end];
    let best = -1;
    for (let at = text.indexOf(finding.excerpt); at >= 0; at = text.indexOf(finding.excerpt, at + 1)) {
      if (best < 0 || Math.abs(at - finding.start) < Math.abs(best - finding.start)) best = at;
    }
    return best < 0 ? null : [best, best + finding.excerpt.length];
  }

  function cardActions(session: FieldSession): CardActions {
    return {
      async apply(finding, replacement) {
        if (stopped || !session.field.isConnected) return false;
        const now = session.adapter.read(session.field);
        const at = locate(now.text, finding);
        if (!at) {
          session.refresh();
          return false;
        }
        cardOrigin = null;
        let applied = false;
        try {
          applied = await session.adapter.replace(session.field, now, at[0], at[1], replacement);
        } catch {
          applied = false;
        }
        session.refresh();
        if (applied) report({ kind: "suggestionApplied" });
        return applied;
      },
      ignore: (finding) => session.ignore(finding),
      disableRule(finding) {
        for (const s of sessions.values()) s.dropRule(finding.rule);
        void ask({ type: "disableRule", rule: finding.rule });
      },
      disableSite() {
        siteOn = false;
        endAllSessions();
        void ask({ type: "setSite", origin: siteOrigin, on: false });
      },
      closed(restoreFocus) {
        const origin = cardOrigin;
        cardOrigin = null;
        if (restoreFocus && origin && origin.session.field.isConnected) {
          const [start, end] = origin.selection ?? [origin.session.text.length, origin.session.text.length];
          origin.session.adapter.read(origin.session.field).select(start, end);
        }
      },
    };
  }

  function showCard(session: FieldSession, finding: Finding, anchor: DOMRect, fromKeyboard: boolean): void {
    cardOrigin = fromKeyboard ? { session, selection: session.read().selection() } : null;
    cardOwner = session;
    openCard(doc, finding, anchor, cardActions(session), { takeFocus: fromKeyboard, dark: session.dark });
  }

  /** Our own overlay is in the event's path: the card handles its own events. */
  function inOverlay(e: Event): boolean {
    return e.composedPath().some((n) => n instanceof Element && n.localName === OVERLAY_TAG);
  }

  const onFocusIn = guard((e: FocusEvent) => {
    const field = fieldFor(eventOrigin(e));
    if (!field) return;
    const existing = sessions.get(field);
    if (existing) {
      if (lastActive !== existing) {
        lastActive = existing;
        reportDraft();
      }
    } else activate(field);
  });

  const onInput = guard((e: Event) => {
    const target = eventOrigin(e);
    const session = sessionFor(target);
    if (session) session.refresh();
    else {
      const field = fieldFor(target);
      if (field) activate(field);
    }
  });

  const sendPause = createSendPause(view, {
    enabled: () => siteOn && sendPauseOn,
    sessions: () => sessions.values(),
    sessionFor,
    apply: (session, finding, replacement) => cardActions(session).apply(finding, replacement),
    report,
  });

  const onKeyDown = guard((e: KeyboardEvent) => {
    if (inOverlay(e)) return;
    if (sendPause.onKeyDown(e, eventOrigin(e))) return;
    if (e.key === "Escape" && currentCard()) {
      e.preventDefault();
      e.stopImmediatePropagation();
      closeCard(false);
      return;
    }
    if (!isCardShortcut(e)) return;
    const session = sessionFor(eventOrigin(e));
    const hit = session?.findingAtCaret();
    if (!session || !hit || !hit.rect) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    showCard(session, hit.finding, hit.rect, true);
  });

  // After a key or a click a site may change its box from script (sending clears it).
  const onAfterAction = guard(() => {
    if (sessions.size === 0) return;
    view.setTimeout(guard(requestRender), 0);
    view.setTimeout(guard(requestRender), 250);
  });

  const onClick = guard((e: MouseEvent) => {
    if (inOverlay(e)) return;
    if (sendPause.onClick(e)) return;
    for (const session of sessions.values()) {
      const hit = session.findingAt(e.clientX, e.clientY);
      if (hit) {
        showCard(session, hit.finding, hit.rect, false);
        return;
      }
    }
    if (currentCard()) closeCard(false);
    onAfterAction();
  });

  const onMoved = guard(() => {
    if (sessions.size > 0) requestRender();
  });

  const listeners: [EventTarget, string, EventListener, AddEventListenerOptions][] = [
    [doc, "focusin", onFocusIn as EventListener, { capture: true }],
    [doc, "input", onInput, { capture: true }],
    [view, "keydown", onKeyDown as EventListener, { capture: true }],
    [view, "keyup", onAfterAction, { capture: true, passive: true }],
    [view, "click", onClick as EventListener, { capture: true }],
    [doc, "submit", guard((e: SubmitEvent) => sendPause.onSubmit(e)) as EventListener, { capture: true }],
    [doc, "scroll", onMoved, { capture: true, passive: true }],
    [view, "resize", onMoved, { passive: true }],
  ];
  if (view.visualViewport) listeners.push([view.visualViewport, "resize", onMoved, { passive: true }]);
  const onFontsLoaded = guard(() => {
    forgetMeasurements();
    onMoved();
  });
  if (doc.fonts) listeners.push([doc.fonts, "loadingdone", onFontsLoaded, {}]);
  for (const [target, type, listener, options] of listeners) target.addEventListener(type, listener, options);

  async function answerPage<T extends PageRequest>(request: T): Promise<PageReplyMap[T["type"]]> {
    type Reply = PageReplyMap[T["type"]];
    await ensureSettings();
    const session = lastActive?.field.isConnected ? lastActive : null;
    switch (request.type) {
      case "draft": {
        if (!siteOn) return { origin: siteOrigin, state: "off" } as Reply;
        if (!session) return { origin: siteOrigin, state: "none" } as Reply;
        session.refresh();
        if (session.tooLong) return { origin: siteOrigin, state: "tooLong", limit: MAX_CHECKED_CHARS } as Reply;
        return {
          origin: siteOrigin,
          state: "ready",
          text: session.text,
          findings: [...session.visibleFindings],
          suggestions: session.latestAnalysis?.suggestions ?? [],
          editor: session.adapter.name,
        } as Reply;
      }
      case "apply": {
        const { finding, replacement } = request as Extract<PageRequest, { type: "apply" }>;
        return { ok: session !== null && siteOn && (await cardActions(session).apply(finding, replacement)) } as Reply;
      }
      case "replaceDraft": {
        const { expected, text } = request as Extract<PageRequest, { type: "replaceDraft" }>;
        if (!session || !siteOn) return { ok: false } as Reply;
        const now = session.adapter.read(session.field);
        // Never overwrite words typed after the popup read the draft.
        if (now.text !== expected) return { ok: false } as Reply;
        const ok = await session.adapter.replace(session.field, now, 0, now.text.length, text).catch(() => false);
        session.refresh();
        return { ok } as Reply;
      }
      case "pageSelection":
        return { text: (doc.getSelection()?.toString() ?? "").slice(0, 10_000) } as Reply;
    }
    throw new Error("unknown request");
  }

  let unsubscribeSettings: (() => void) | undefined;
  try {
    unsubscribeSettings = onSettingsChanged(guard(({ settings: next }) => applySettings(next)));
  } catch {
    // Without change notifications the page still works; settings apply on the next load.
  }

  function stop(): void {
    if (stopped) return;
    endAllSessions();
    watchPageLayout(false);
    stopped = true;
    clearTimeout(pauseTimer);
    for (const [target, type, listener, options] of listeners) target.removeEventListener(type, listener, options);
    try {
      unsubscribeSettings?.();
    } catch {
      // The extension context may already be gone.
    }
  }
  onOrphaned(stop);
  if (isOrphaned()) {
    stop();
    return answerPage;
  }

  // The script may arrive after the person is already in a box.
  const already = fieldFor(deepActiveElement(doc));
  if (already) activate(already);
  return answerPage;
}
