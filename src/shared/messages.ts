/**
 * The message protocol between extension pages / content scripts and the background.
 * Every request is plain JSON; every reply is either the request type's reply or `{ error }`.
 */
import type { Analysis } from "../engine/types";

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

export type Request = AnalyzeRequest | PingRequest | DisableRuleRequest | SetSiteRequest;
export type RequestType = Request["type"];

/** What the background answers for each request type. */
export interface ReplyMap {
  analyze: Analysis;
  ping: { ok: true };
  disableRule: { ok: true };
  setSite: { ok: true };
}

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
    default:
      return false;
  }
}
