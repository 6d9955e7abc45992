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

export type Request = AnalyzeRequest | PingRequest;
export type RequestType = Request["type"];

/** What the background answers for each request type. */
export interface ReplyMap {
  analyze: Analysis;
  ping: { ok: true };
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
    default:
      return false;
  }
}
