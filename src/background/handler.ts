import type { Analyzer } from "../engine/types";
import { isRequest, type Reply } from "../shared/messages";

/** The part of `runtime.MessageSender` the handler looks at. */
export interface SenderLike {
  id?: string | undefined;
}

/**
 * Answers one incoming message. Returns `undefined` (no reply; leave it to other listeners) when the
 * message does not come from this extension (`selfId`) or does not have a request's shape.
 * Never throws: a failure while handling becomes `{ error }`.
 */
export function handleRequest(
  message: unknown,
  sender: SenderLike,
  analyzer: Pick<Analyzer, "analyze">,
  selfId: string,
): Reply | undefined {
  if (!selfId || sender.id !== selfId) return undefined;
  if (!isRequest(message)) return undefined;
  try {
    switch (message.type) {
      case "ping":
        return { ok: true };
      case "analyze":
        return analyzer.analyze(message.text);
    }
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}
