import type { Analysis } from "../engine/types";
import {
  isRequest,
  type DisableRuleRequest,
  type PracticeEvent,
  type Reply,
  type SetPauseRequest,
  type SetRepairOffersRequest,
  type SetSendPauseRequest,
  type SetSiteRequest,
} from "../shared/messages";
import { MAX_CHECKED_CHARS } from "../shared/draft-limit";
import { siteKey } from "../shared/sites";

/** The part of `runtime.MessageSender` the handler looks at. */
export interface SenderLike {
  id?: string | undefined;
  /** The sending frame's URL (content scripts) or the extension page's URL. */
  url?: string | undefined;
  /** The sending document's origin, where the browser reports it (Chrome); right for about:blank frames too. */
  origin?: string | undefined;
  /** Set for content scripts: the tab they run in. */
  tab?: { id?: number | undefined } | undefined;
  frameId?: number | undefined;
}

export type SettingsChange = DisableRuleRequest | SetSiteRequest | SetPauseRequest | SetSendPauseRequest | SetRepairOffersRequest;

/** What the handler needs from the background. */
export interface BackgroundServices {
  analyze(text: string): Analysis;
  /** Persists a settings change; absent where settings cannot be written (tests of analysis only). */
  changeSettings?(change: SettingsChange): Promise<void>;
  /** A content script's report on the draft in one of its tab's frames (badge, active frame). */
  draftState?(tabId: number, frameId: number, findings: number): void;
  /** The frame of a tab that last reported a draft, or null. */
  activeFrame?(tabId: number): number | null | Promise<number | null>;
  /** Gets ready to analyse (a content script's ping before its first draft after a wake-up). */
  prepare?(): void;
  /** Counts one practice event in the private weekly progress (and leaves a repair offer). */
  recordPractice?(event: PracticeEvent): Promise<void>;
  /** Removes every practice count, in line with the counting. */
  eraseProgress?(): Promise<void>;
}

/** Who we are: the extension's id, and the origin of its own pages ("chrome-extension://<id>"). */
export interface SelfIdentity {
  id: string;
  origin?: string;
}

function fromExtensionPage(sender: SenderLike, self: SelfIdentity): boolean {
  // A prefix test, not URL parsing: parsers that follow the URL standard give unknown schemes
  // (chrome-extension:, moz-extension:) the opaque origin "null", which data: frames share.
  const origin = self.origin;
  if (!origin || origin === "null" || !/^[a-z-]+-extension:\/\/[^/]+$/.test(origin)) return false;
  return sender.url !== undefined && sender.url.startsWith(origin + "/");
}

/**
 * Answers one incoming message. Returns `undefined` (no reply; leave it to other listeners) when the
 * message does not come from this extension (`self`), does not have a request's shape, or asks for
 * something its sender may not do. Never throws: a failure while handling becomes `{ error }`.
 */
export function handleRequest(
  message: unknown,
  sender: SenderLike,
  services: BackgroundServices,
  self: SelfIdentity | string,
): Reply | Promise<Reply> | undefined {
  const me = typeof self === "string" ? { id: self } : self;
  if (!me.id || sender.id !== me.id) return undefined;
  if (!isRequest(message)) return undefined;
  try {
    switch (message.type) {
      case "ping":
        services.prepare?.();
        return { ok: true };
      case "analyze":
        // Our content scripts never send more; anything longer is refused before any work.
        if (message.text.length > MAX_CHECKED_CHARS) return { error: `text longer than ${MAX_CHECKED_CHARS} characters` };
        return services.analyze(message.text);
      case "draftState": {
        const tabId = sender.tab?.id;
        if (tabId === undefined || fromExtensionPage(sender, me)) return undefined;
        services.draftState?.(tabId, sender.frameId ?? 0, message.findings);
        return { ok: true };
      }
      case "practice": {
        // Only what happens in a page counts; an extension page (even one open in a tab) has no
        // practice to report, and must not be able to make up counts.
        if (sender.tab?.id === undefined || fromExtensionPage(sender, me)) return undefined;
        if (!services.recordPractice) return { error: "progress is not available" };
        return services.recordPractice(message.event).then(
          () => ({ ok: true as const }),
          (e: unknown) => ({ error: e instanceof Error ? e.message : String(e) }),
        );
      }
      case "eraseProgress":
        // The person's own choice on the options page; a page's script cannot erase anything.
        if (!fromExtensionPage(sender, me)) return undefined;
        if (!services.eraseProgress) return { error: "progress is not available" };
        return services.eraseProgress().then(
          () => ({ ok: true as const }),
          (e: unknown) => ({ error: e instanceof Error ? e.message : String(e) }),
        );
      case "activeFrame":
        if (!fromExtensionPage(sender, me)) return undefined;
        return Promise.resolve(services.activeFrame?.(message.tabId) ?? null).then(
          (frameId) => ({ frameId }),
          () => ({ frameId: null }),
        );
      case "setPause":
      case "setRepairOffers":
      case "disableRule":
      case "setSendPause":
      case "setSite": {
        if ((message.type === "setPause" || message.type === "setRepairOffers") && !fromExtensionPage(sender, me)) return undefined;
        if (message.type === "setSite" || message.type === "setSendPause") {
          if (siteKey(message.origin) !== message.origin) return undefined;
          // A page's content script speaks for its own origin only.
          const senderSite = sender.origin ?? (sender.url === undefined ? null : siteKey(sender.url));
          if (!fromExtensionPage(sender, me) && senderSite !== message.origin) return undefined;
        }
        if (!services.changeSettings) return { error: "settings are not available" };
        return services.changeSettings(message).then(
          () => ({ ok: true as const }),
          (e: unknown) => ({ error: e instanceof Error ? e.message : String(e) }),
        );
      }
    }
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}
