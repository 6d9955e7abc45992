/**
 * The message protocol between extension pages / content scripts and the background.
 * Every request is plain JSON; every reply is either the request type's reply or `{ error }`.
 */
import type { Analysis, Finding, MessageSuggestion } from "../engine/types";

export interface AnalyzeRequest {
  type: "analyze";
  text: string;
}

export interface PingRequest {
  type: "ping";
}

/** "Turn off this rule", from the card or the popup. */
export interface DisableRuleRequest {
  type: "disableRule";
  rule: string;
}

/**
 * Turns Receptive on or off for one origin. A content script may only ask this for the origin
 * of the page it runs in; extension pages may ask it for any.
 */
export interface SetSiteRequest {
  type: "setSite";
  origin: string;
  on: boolean;
}

/** The global pause, from the popup: until a time (ms since the epoch), or null to resume. */
export interface SetPauseRequest {
  type: "setPause";
  until: number | null;
}

/**
 * Pause before sending on one origin: on or off there whatever the default, or back to the
 * default (null). Like setSite, a content script may only ask it for its own page's origin.
 */
export interface SetSendPauseRequest {
  type: "setSendPause";
  origin: string;
  on: boolean | null;
}

/** Repair offers on or off, from the popup ("Don't offer these"). Extension pages only. */
export interface SetRepairOffersRequest {
  type: "setRepairOffers";
  on: boolean;
}

/**
 * From a content script after each analysis of the box the person is in: how many findings it
 * has (for the toolbar badge), and so which frame of the tab holds the draft.
 */
export interface DraftStateRequest {
  type: "draftState";
  findings: number;
}

/** From the popup: which frame of a tab holds the draft the person was last in (null: none). */
export interface ActiveFrameRequest {
  type: "activeFrame";
  tabId: number;
}

/**
 * One step of the practice, from a content script, for the private weekly counts (no text ever):
 * - draftChecked: a draft was analysed for the first time (once per draft);
 * - findingsShown: `count` findings appeared in a draft that had not been shown before;
 * - suggestionApplied: the person applied a rewrite from the card;
 * - pauseShown: "Take a breath" stopped a send;
 * - pauseEdited / pauseApplied / pauseSentAnyway: what the person did next.
 * pauseSentAnyway also leaves a repair offer for the popup, when repair offers are on.
 */
export type PracticeEvent =
  | { kind: "draftChecked" }
  | { kind: "findingsShown"; count: number }
  | { kind: "suggestionApplied" }
  | { kind: "pauseShown" }
  | { kind: "pauseEdited" }
  | { kind: "pauseApplied" }
  | { kind: "pauseSentAnyway" };
export type PracticeKind = PracticeEvent["kind"];
export const PRACTICE_KINDS: readonly PracticeKind[] = [
  "draftChecked",
  "findingsShown",
  "suggestionApplied",
  "pauseShown",
  "pauseEdited",
  "pauseApplied",
  "pauseSentAnyway",
];

export interface PracticeRequest {
  type: "practice";
  event: PracticeEvent;
}

/** From the options page: remove every practice count (through the background, in line with new counts). */
export interface EraseProgressRequest {
  type: "eraseProgress";
}

export type Request =
  | AnalyzeRequest
  | PracticeRequest
  | EraseProgressRequest
  | PingRequest
  | DisableRuleRequest
  | SetSiteRequest
  | SetPauseRequest
  | SetSendPauseRequest
  | SetRepairOffersRequest
  | DraftStateRequest
  | ActiveFrameRequest;
export type RequestType = Request["type"];

/** What the background answers for each request type. */
export interface ReplyMap {
  analyze: Analysis;
  ping: { ok: true };
  disableRule: { ok: true };
  setSite: { ok: true };
  setPause: { ok: true };
  setSendPause: { ok: true };
  setRepairOffers: { ok: true };
  draftState: { ok: true };
  activeFrame: { frameId: number | null };
  practice: { ok: true };
  eraseProgress: { ok: true };
}

/** The name of the port a content script holds open to learn when the background stops. */
export const WATCH_PORT = "receptive-watch";

/** Sent instead of a reply when handling a well-formed request failed. */
export interface ErrorReply {
  error: string;
}

export type Reply<T extends RequestType = RequestType> = ReplyMap[T] | ErrorReply;

export function isErrorReply(x: unknown): x is ErrorReply {
  return typeof x === "object" && x !== null && typeof (x as { error?: unknown }).error === "string";
}

/**
 * Runtime shape check for anything that arrives over `runtime.onMessage`. Only own properties
 * count (as after structured cloning); extra keys are tolerated.
 */
export function isRequest(x: unknown): x is Request {
  if (typeof x !== "object" || x === null || Array.isArray(x) || !Object.hasOwn(x, "type")) return false;
  const m = x as Record<string, unknown>;
  switch (m.type) {
    case "analyze":
      return Object.hasOwn(m, "text") && typeof m.text === "string";
    case "ping":
      return true;
    case "disableRule":
      return Object.hasOwn(m, "rule") && typeof m.rule === "string" && /^[a-z-]+\/[a-z0-9-]+$/.test(m.rule);
    case "setSite":
      return Object.hasOwn(m, "origin") && typeof m.origin === "string" && Object.hasOwn(m, "on") && typeof m.on === "boolean";
    case "setPause":
      return Object.hasOwn(m, "until") && (m.until === null || (typeof m.until === "number" && Number.isFinite(m.until)));
    case "setSendPause":
      return (
        Object.hasOwn(m, "origin") && typeof m.origin === "string" && Object.hasOwn(m, "on") && (m.on === null || typeof m.on === "boolean")
      );
    case "setRepairOffers":
      return Object.hasOwn(m, "on") && typeof m.on === "boolean";
    case "draftState":
      return Object.hasOwn(m, "findings") && Number.isInteger(m.findings) && (m.findings as number) >= 0;
    case "activeFrame":
      return Object.hasOwn(m, "tabId") && Number.isInteger(m.tabId);
    case "practice":
      return Object.hasOwn(m, "event") && isPracticeEvent(m.event);
    case "eraseProgress":
      return true;
    default:
      return false;
  }
}

function isPracticeEvent(x: unknown): x is PracticeEvent {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const e = x as Record<string, unknown>;
  if (!Object.hasOwn(e, "kind") || !(PRACTICE_KINDS as readonly unknown[]).includes(e.kind)) return false;
  if (e.kind === "findingsShown") return Object.hasOwn(e, "count") && Number.isInteger(e.count) && (e.count as number) > 0 && (e.count as number) <= 1000;
  return true;
}

// ---------------------------------------------------------------------------------------------
// The page protocol: what extension pages (the popup) ask the content script in a tab, sent with
// tabs.sendMessage to the frame `activeFrame` names. Content scripts answer only this extension's
// own pages (a sender with our id and no tab).

/** The draft in the box the person was last in. */
export interface DraftRequest {
  type: "draft";
}

export type DraftReply = { origin: string } & (
  /** No message box has been used on this page yet (or it was removed). */
  | { state: "none" }
  /** Receptive is off on this site, or paused. */
  | { state: "off" }
  /** The draft is longer than Receptive checks (`limit` characters): it has no highlights. */
  | { state: "tooLong"; limit: number }
  | {
      state: "ready";
      text: string;
      /** Offsets into `text`, as the highlights show them (ignored ones left out). */
      findings: Finding[];
      suggestions: MessageSuggestion[];
      /** The editor family ("textarea", "lexical", ...). */
      editor: string;
    }
);

/** Applies `replacement` over a finding, by the same path as the card. */
export interface ApplyRequest {
  type: "apply";
  finding: Finding;
  replacement: string;
}

/** Replaces the whole draft (the popup's whole-message rewrite), if it still reads `expected`. */
export interface ReplaceDraftRequest {
  type: "replaceDraft";
  expected: string;
  text: string;
}

/** The text the person has selected in the page (the other person's message, for the acknowledgment helper). */
export interface PageSelectionRequest {
  type: "pageSelection";
}

export type PageRequest = DraftRequest | ApplyRequest | ReplaceDraftRequest | PageSelectionRequest;

export interface PageReplyMap {
  draft: DraftReply;
  apply: { ok: boolean };
  replaceDraft: { ok: boolean };
  pageSelection: { text: string };
}

function isFindingLike(x: unknown): x is Finding {
  if (typeof x !== "object" || x === null) return false;
  const f = x as Record<string, unknown>;
  return (
    typeof f.rule === "string" &&
    typeof f.excerpt === "string" &&
    Number.isInteger(f.start) &&
    Number.isInteger(f.end) &&
    (f.start as number) >= 0 &&
    (f.end as number) >= (f.start as number)
  );
}

export function isPageRequest(x: unknown): x is PageRequest {
  if (typeof x !== "object" || x === null || Array.isArray(x) || !Object.hasOwn(x, "type")) return false;
  const m = x as Record<string, unknown>;
  switch (m.type) {
    case "draft":
    case "pageSelection":
      return true;
    case "apply":
      return isFindingLike(m.finding) && typeof m.replacement === "string";
    case "replaceDraft":
      return typeof m.expected === "string" && typeof m.text === "string";
    default:
      return false;
  }
}
