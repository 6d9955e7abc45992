/**
 * Pause before sending: when the person sends a draft that has a high-severity finding, the send is
 * held and "Take a breath" asks what they want (see pause-card.ts). Once per draft; off unless the
 * person turned it on for the site.
 *
 * What it never does: send twice, send something other than what was there, or keep a draft from
 * going when the person chose Send anyway. It holds a send only by cancelling the event that would
 * have sent it, and Send anyway replays that same action (the key, the button's click, the form's
 * submission) with pause before sending stepping aside for it.
 */
import type { Finding } from "../engine/types";
import type { PracticeEvent } from "../shared/messages";
import type { FieldSession } from "./field-session";
import { closePause, currentPause, openPause, showSendHint } from "./pause-card";
import { formOf, isSendKey, sendButtonIn } from "./send-intent";

/** How long a send may wait for the analysis of words typed just before it. */
const HOLD_FOR_ANALYSIS_MS = 400;

/**
 * How long after Send anyway the draft may still be in the box before we say it did not go. Chat
 * composers clear in the same task as the send; a second leaves room for one that sends first.
 */
const SENT_CHECK_MS = 1_000;

export interface SendPauseHost {
  /** Whether pause before sending is on for this page now. */
  enabled(): boolean;
  sessions(): Iterable<FieldSession>;
  sessionFor(target: Element | null): FieldSession | undefined;
  apply(session: FieldSession, finding: Finding, replacement: string): Promise<boolean>;
  report(event: PracticeEvent): void;
}

export interface SendPause {
  onKeyDown(e: KeyboardEvent, origin: Element | null): boolean;
  onClick(e: MouseEvent): boolean;
  onSubmit(e: SubmitEvent): void;
  close(): void;
}

function isHigh(f: Finding): boolean {
  return f.severity === "high";
}

export function createSendPause(view: Window & typeof globalThis, host: SendPauseHost): SendPause {
  const doc = view.document;
  /** True while our own replay of a held send is being dispatched: it must go through. */
  let replaying = false;

  function replay(run: () => void): void {
    replaying = true;
    try {
      run();
    } finally {
      replaying = false;
    }
  }

  function stop(e: Event): void {
    e.preventDefault();
    e.stopImmediatePropagation();
  }

  /** A send waiting for the analysis of its last words: a second press meanwhile must not send again. */
  let waiting = false;

  /** Holds the send `e` would make from `session` when its draft needs a pause; true when held. */
  function hold(e: Event, session: FieldSession, resend: () => void): boolean {
    if (waiting) {
      stop(e);
      return true;
    }
    if (!host.enabled() || session.draft.paused || currentPause()) return false;
    if (session.visibleFindings.some(isHigh)) {
      stop(e);
      show(session, resend);
      return true;
    }
    if (session.isCurrent) return false;
    // The last words typed have not been analysed yet: the send waits for them, briefly.
    stop(e);
    waiting = true;
    void session.analyzeNow(HOLD_FOR_ANALYSIS_MS).then(() => {
      waiting = false;
      if (session.visibleFindings.some(isHigh) && !session.draft.paused) show(session, resend);
      else replay(resend);
    });
    return true;
  }

  function show(session: FieldSession, resend: () => void): void {
    const selection = session.read().selection();
    const backToDraft = () => {
      if (!session.field.isConnected) return;
      session.field.focus({ preventScroll: true });
      const [start, end] = selection ?? [session.text.length, session.text.length];
      session.read().select(start, end);
    };
    const shown = openPause(doc, session.visibleFindings, session.field, {
      apply: async (finding, replacement) => {
        const applied = await host.apply(session, finding, replacement);
        if (applied) {
          host.report({ kind: "pauseApplied" });
          session.field.focus({ preventScroll: true });
        }
        return applied;
      },
      edit: () => {
        host.report({ kind: "pauseEdited" });
        backToDraft();
      },
      sendAnyway: () => {
        host.report({ kind: "pauseSentAnyway" });
        const draft = session.read().text;
        if (session.field.isConnected) session.field.focus({ preventScroll: true });
        replay(resend);
        // A site that acts only on a real key press or click ignored the replay: the person must
        // send it themselves (the pause will not come back for this draft), and should know.
        view.setTimeout(() => {
          try {
            if (session.field.isConnected && draft.trim() !== "" && session.read().text === draft) {
              showSendHint(doc, session.field, { dark: session.dark });
            }
          } catch {
            // Only a note: the draft and the page are as the person left them.
          }
        }, SENT_CHECK_MS);
      },
    }, { dark: session.dark });
    if (!shown) {
      // Nowhere to show it (the page removes our overlay): the held send goes as it was.
      replay(resend);
      return;
    }
    session.draft.paused = true;
    host.report({ kind: "pauseShown" });
  }

  return {
    onKeyDown(e, origin) {
      if (replaying) return false;
      const session = host.sessionFor(origin);
      if (!session || !isSendKey(e, session.field, view.location.hostname)) return false;
      const target = origin ?? session.field;
      const init: KeyboardEventInit & { keyCode: number; which: number } = {
        key: e.key,
        code: e.code,
        location: e.location,
        ctrlKey: e.ctrlKey,
        metaKey: e.metaKey,
        keyCode: 13,
        which: 13,
        bubbles: true,
        cancelable: true,
        composed: true,
        view,
      };
      const form = formOf(session.field);
      if (session.field instanceof view.HTMLInputElement && form && !e.ctrlKey && !e.metaKey) {
        // Enter in a one-line input submits its form, a default action no untrusted event has.
        return hold(e, session, () => form.requestSubmit());
      }
      return hold(e, session, () => {
        // The site's own key handler sends; an untrusted event does the browser's default (a new
        // line) nowhere, so nothing but the send happens.
        target.dispatchEvent(new view.KeyboardEvent("keydown", init));
        target.dispatchEvent(new view.KeyboardEvent("keyup", init));
      });
    },

    onClick(e) {
      if (replaying) return false;
      const path = e.composedPath();
      // The button belongs to the composer it is nearest to (a page may have several).
      let best: { session: FieldSession; button: HTMLElement; distance: number } | null = null;
      for (const session of host.sessions()) {
        const hit = sendButtonIn(path, session.field);
        if (hit && (!best || hit.distance < best.distance)) best = { session, ...hit };
      }
      if (!best) return false;
      const { button } = best;
      return hold(e, best.session, () => button.click());
    },

    onSubmit(e) {
      if (replaying) return;
      const form = e.target;
      if (!(form instanceof view.HTMLFormElement)) return;
      for (const session of host.sessions()) {
        if (formOf(session.field) !== form) continue;
        const submitter = e.submitter;
        hold(e, session, () => form.requestSubmit(submitter && form.contains(submitter) ? submitter : undefined));
        return;
      }
    },

    close: closePause,
  };
}
