import { describe, expect, it, vi } from "vitest";
import { handleRequest, type BackgroundServices, type SenderLike } from "../../src/background/handler";
import { isErrorReply, isRequest } from "../../src/shared/messages";
import { createAnalyzer } from "../../src/engine/index";
import type { Analysis } from "../../src/engine/types";
import { MAX_CHECKED_CHARS } from "../../src/shared/draft-limit";

const SELF = "abcdefghijklmnopabcdefghijklmnop";
const fromSelf = { id: SELF };
const sample: Analysis = {
  findings: [
    {
      rule: "minimizing/overreacting",
      category: "minimizing",
      severity: "high",
      start: 0,
      end: 18,
      excerpt: "You're overreacting",
      message: "Tells them their feelings are out of proportion.",
      suggestions: [{ text: "You're really hurt by this" }, { text: "This matters to you" }],
    },
  ],
  suggestions: [{ kind: "opener", text: "I hear you." }],
};
const fakeAnalyzer = () => ({ analyze: vi.fn((_text: string) => sample) });

describe("isRequest", () => {
  it.each([
    [{ type: "ping" }],
    [{ type: "analyze", text: "" }],
    [{ type: "analyze", text: "I hear you." }],
    [{ type: "ping", extra: 1 }],
  ])("accepts %j", (x) => {
    expect(isRequest(x)).toBe(true);
  });

  it.each([
    [null],
    [undefined],
    ["ping"],
    [42],
    [[]],
    [[{ type: "ping" }]],
    [{}],
    [{ type: "PING" }],
    [{ type: "analyze" }],
    [{ type: "analyze", text: 5 }],
    [{ type: "analyze", text: null }],
    [{ type: "analyze", text: ["a"] }],
    [{ type: "toString" }],
    [{ type: "__proto__" }],
    [Object.create({ type: "ping" })],
  ])("rejects %j", (x) => {
    expect(isRequest(x)).toBe(false);
  });
});

describe("handleRequest", () => {
  it("answers ping, and gets the analyzer ready (a content script wakes the worker before its first draft)", () => {
    let prepared = 0;
    expect(handleRequest({ type: "ping" }, fromSelf, { ...fakeAnalyzer(), prepare: () => prepared++ }, SELF)).toEqual({ ok: true });
    expect(prepared).toBe(1);
    expect(handleRequest({ type: "ping" }, fromSelf, fakeAnalyzer(), SELF)).toEqual({ ok: true });
  });

  it("answers analyze with the analyzer's result for exactly the given text", () => {
    const analyzer = fakeAnalyzer();
    const reply = handleRequest({ type: "analyze", text: "You're overreacting." }, fromSelf, analyzer, SELF);
    expect(reply).toEqual(sample);
    expect(analyzer.analyze).toHaveBeenCalledExactlyOnceWith("You're overreacting.");
  });

  it("analyzes a text at the draft limit, and refuses a longer one without analyzing it", () => {
    const analyzer = fakeAnalyzer();
    const atLimit = "a".repeat(MAX_CHECKED_CHARS);
    expect(handleRequest({ type: "analyze", text: atLimit }, fromSelf, analyzer, SELF)).toEqual(sample);
    expect(handleRequest({ type: "analyze", text: atLimit + "b" }, fromSelf, analyzer, SELF)).toEqual({ error: `text longer than ${MAX_CHECKED_CHARS} characters` });
    expect(analyzer.analyze).toHaveBeenCalledOnce();
  });

  it("ignores messages from other extensions, web pages and unknown senders", () => {
    const analyzer = fakeAnalyzer();
    for (const sender of [{ id: "someoneelse" }, {}, { id: undefined }, { id: "" }, { id: SELF.toUpperCase() }]) {
      expect(handleRequest({ type: "ping" }, sender, analyzer, SELF)).toBeUndefined();
      expect(handleRequest({ type: "analyze", text: "x" }, sender, analyzer, SELF)).toBeUndefined();
    }
    expect(analyzer.analyze).not.toHaveBeenCalled();
  });

  it("ignores everything when its own id is unknown", () => {
    expect(handleRequest({ type: "ping" }, { id: "" }, fakeAnalyzer(), "")).toBeUndefined();
  });

  it("ignores malformed messages without calling the analyzer", () => {
    const analyzer = fakeAnalyzer();
    for (const message of [null, "ping", { type: "analyze" }, { type: "analyze", text: 1 }, { type: "nope" }]) {
      expect(handleRequest(message, fromSelf, analyzer, SELF)).toBeUndefined();
    }
    expect(analyzer.analyze).not.toHaveBeenCalled();
  });

  it("turns a throwing analyzer into an { error } reply instead of throwing", () => {
    const throwing = {
      analyze: () => {
        throw new Error("rules failed to compile");
      },
    };
    const reply = handleRequest({ type: "analyze", text: "hi" }, fromSelf, throwing, SELF);
    expect(reply).toEqual({ error: "rules failed to compile" });
    expect(isErrorReply(reply)).toBe(true);

    const throwsString = {
      analyze: () => {
        throw "plain string";
      },
    };
    expect(handleRequest({ type: "analyze", text: "hi" }, fromSelf, throwsString, SELF)).toEqual({ error: "plain string" });
  });

  it("replies with plain data that survives structured cloning (runtime messaging)", () => {
    const analyzer = createAnalyzer();
    for (const text of ["", "You're overreacting, calm down.", "I didn't mean to hurt you, but you misunderstood."]) {
      const reply = handleRequest({ type: "analyze", text }, fromSelf, analyzer, SELF);
      expect(reply).toEqual(analyzer.analyze(text));
      expect(structuredClone(reply)).toEqual(reply);
      expect(JSON.parse(JSON.stringify(reply))).toEqual(reply);
    }
  });
});

describe("isErrorReply", () => {
  it("tells error replies from results", () => {
    expect(isErrorReply({ error: "x" })).toBe(true);
    expect(isErrorReply({ ok: true })).toBe(false);
    expect(isErrorReply(sample)).toBe(false);
    expect(isErrorReply(null)).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------
// Settings requests: disableRule and setSite.
// ---------------------------------------------------------------------------------------------

const EXT_ORIGIN = `chrome-extension://${SELF}`;
const selfWithOrigin = { id: SELF, origin: EXT_ORIGIN };
const popup: SenderLike = { id: SELF, url: `${EXT_ORIGIN}/popup.html`, origin: EXT_ORIGIN };
const slackTab: SenderLike = { id: SELF, url: "https://app.slack.com/client/T1" };
const slackByOrigin: SenderLike = { id: SELF, origin: "https://app.slack.com" };

function services(change: (c: unknown) => Promise<void> = () => Promise.resolve()) {
  const changeSettings = vi.fn(change);
  const svc: BackgroundServices & { changeSettings: typeof changeSettings } = { analyze: vi.fn((_t: string) => sample), changeSettings };
  return svc;
}


describe("isRequest: settings requests", () => {
  it.each([
    [{ type: "disableRule", rule: "minimizing/overreacting" }],
    [{ type: "disableRule", rule: "intent-over-impact/didnt-mean-to" }],
    [{ type: "disableRule", rule: "a/b" }],
    [{ type: "disableRule", rule: "absolutes/rule-2", extra: true }],
    [{ type: "setSite", origin: "https://app.slack.com", on: false }],
    [{ type: "setSite", origin: "https://example.com", on: true }],
    [{ type: "setSite", origin: "http://localhost:3000", on: true }],
  ])("accepts %j", (x) => {
    expect(isRequest(x)).toBe(true);
  });

  it.each([
    [{ type: "disableRule" }],
    [{ type: "disableRule", rule: "" }],
    [{ type: "disableRule", rule: 5 }],
    [{ type: "disableRule", rule: null }],
    [{ type: "disableRule", rule: ["minimizing/overreacting"] }],
    [{ type: "disableRule", rule: "overreacting" }],
    [{ type: "disableRule", rule: "Minimizing/Overreacting" }],
    [{ type: "disableRule", rule: "minimizing/overreacting/x" }],
    [{ type: "disableRule", rule: "/overreacting" }],
    [{ type: "disableRule", rule: "minimizing/" }],
    [{ type: "disableRule", rule: " minimizing/overreacting" }],
    [{ type: "disableRule", rule: "minimizing/overreacting\n" }],
    [{ type: "disableRule", rule: "minimizing/over reacting" }],
    [{ type: "disableRule", rule: "minimizing\\overreacting" }],
    [{ type: "setSite" }],
    [{ type: "setSite", origin: "https://a.com" }],
    [{ type: "setSite", on: true }],
    [{ type: "setSite", origin: "https://a.com", on: "true" }],
    [{ type: "setSite", origin: "https://a.com", on: 1 }],
    [{ type: "setSite", origin: "https://a.com", on: null }],
    [{ type: "setSite", origin: 42, on: true }],
    [{ type: "setSite", origin: null, on: true }],
    [{ type: "setSite", origin: ["https://a.com"], on: true }],
    [{ type: "setsite", origin: "https://a.com", on: true }],
    [{ type: "disablerule", rule: "a/b" }],
  ])("rejects %j", (x) => {
    expect(isRequest(x)).toBe(false);
  });

  it("counts only own properties (as after structured cloning)", () => {
    expect(isRequest(Object.assign(Object.create({ rule: "minimizing/overreacting" }), { type: "disableRule" }))).toBe(false);
    expect(isRequest(Object.assign(Object.create({ on: true }), { type: "setSite", origin: "https://a.com" }))).toBe(false);
    expect(isRequest(Object.assign(Object.create({ origin: "https://a.com" }), { type: "setSite", on: true }))).toBe(false);
    expect(isRequest(Object.create({ type: "setSite", origin: "https://a.com", on: true }))).toBe(false);
  });
});

describe("handleRequest: disableRule", () => {
  it("passes the request to changeSettings and replies { ok: true } once it is saved", async () => {
    const svc = services();
    const message = { type: "disableRule", rule: "minimizing/overreacting" };
    const reply = handleRequest(message, slackTab, svc, SELF);
    expect(reply).toBeInstanceOf(Promise);
    await expect(reply).resolves.toEqual({ ok: true });
    expect(svc.changeSettings).toHaveBeenCalledExactlyOnceWith(message);
    expect(svc.analyze).not.toHaveBeenCalled();
  });

  it("is accepted from a content script on any site, and from extension pages", async () => {
    for (const sender of [slackTab, { id: SELF, url: "https://example.com/x" }, { id: SELF }, popup]) {
      const svc = services();
      await expect(handleRequest({ type: "disableRule", rule: "a/b" }, sender, svc, selfWithOrigin)).resolves.toEqual({ ok: true });
      expect(svc.changeSettings).toHaveBeenCalledOnce();
    }
  });

  it("does not wait for the save to reply before changeSettings settles", async () => {
    let finish!: () => void;
    const svc = services(() => new Promise<void>((resolve) => (finish = resolve)));
    const reply = handleRequest({ type: "disableRule", rule: "a/b" }, slackTab, svc, SELF) as Promise<unknown>;
    let settled = false;
    void reply.then(() => (settled = true));
    await Promise.resolve();
    await Promise.resolve();
    expect(settled).toBe(false);
    finish();
    await expect(reply).resolves.toEqual({ ok: true });
  });

  it("ignores a malformed rule without touching the settings", () => {
    const svc = services();
    for (const rule of ["", "overreacting", "A/B", 3, undefined]) {
      expect(handleRequest({ type: "disableRule", rule }, slackTab, svc, SELF)).toBeUndefined();
    }
    expect(svc.changeSettings).not.toHaveBeenCalled();
  });
});

describe("handleRequest: setSite from a content script", () => {

  it("may change its own origin (from the frame URL)", async () => {
    const svc = services();
    const message = { type: "setSite", origin: "https://app.slack.com", on: false };
    const reply = handleRequest(message, slackTab, svc, SELF);
    await expect(reply).resolves.toEqual({ ok: true });
    expect(svc.changeSettings).toHaveBeenCalledExactlyOnceWith(message);
  });

  it("may change its own origin (from sender.origin), with either form of self", async () => {
    for (const self of [SELF, selfWithOrigin]) {
      const svc = services();
      const message = { type: "setSite", origin: "https://app.slack.com", on: true };
      await expect(handleRequest(message, slackByOrigin, svc, self)).resolves.toEqual({ ok: true });
      expect(svc.changeSettings).toHaveBeenCalledExactlyOnceWith(message);
    }
  });

  it("an about:blank frame speaks for the origin the browser reports for it", async () => {
    const svc = services();
    const frame = { id: SELF, url: "about:blank", origin: "https://app.slack.com" };
    await expect(handleRequest({ type: "setSite", origin: "https://app.slack.com", on: false }, frame, svc, SELF)).resolves.toEqual({ ok: true });
    expect(handleRequest({ type: "setSite", origin: "https://example.com", on: true }, frame, svc, SELF)).toBeUndefined();
    expect(svc.changeSettings).toHaveBeenCalledOnce();
  });

  it("sender.origin, when present, wins over the frame URL", () => {
    const svc = services();
    const sandboxed = { id: SELF, url: "https://app.slack.com/embed", origin: "null" };
    expect(handleRequest({ type: "setSite", origin: "https://app.slack.com", on: false }, sandboxed, svc, SELF)).toBeUndefined();
    const mismatched = { id: SELF, url: "https://app.slack.com/x", origin: "https://example.com" };
    expect(handleRequest({ type: "setSite", origin: "https://app.slack.com", on: false }, mismatched, svc, SELF)).toBeUndefined();
    expect(svc.changeSettings).not.toHaveBeenCalled();
  });

  it.each([
    ["https://example.com"],
    ["http://app.slack.com"],
    ["https://app.slack.com:8443"],
    ["https://slack.com"],
    ["https://evil.app.slack.com"],
    ["https://app.slack.com.evil.com"],
    ["https://mail.google.com"],
  ])("may not change another origin (%s): no reply, no change", (origin) => {
    const svc = services();
    for (const sender of [slackTab, slackByOrigin]) {
      for (const self of [SELF, selfWithOrigin]) {
        for (const on of [true, false]) {
          expect(handleRequest({ type: "setSite", origin, on }, sender, svc, self)).toBeUndefined();
        }
      }
    }
    expect(svc.changeSettings).not.toHaveBeenCalled();
  });

  it("is refused when the sender's site is unknown", () => {
    const svc = services();
    for (const sender of [{ id: SELF }, { id: SELF, url: "about:blank" }, { id: SELF, url: "not a url" }, { id: SELF, url: "file:///tmp/x.html" }]) {
      expect(handleRequest({ type: "setSite", origin: "https://app.slack.com", on: false }, sender, svc, selfWithOrigin)).toBeUndefined();
    }
    expect(svc.changeSettings).not.toHaveBeenCalled();
  });

  it("a page whose URL only looks like an extension page cannot act as one", () => {
    const svc = services();
    const impostors: SenderLike[] = [
      { id: SELF, url: `https://evil.com/${EXT_ORIGIN}/popup.html` },
      { id: SELF, url: `https://evil.com/?u=${EXT_ORIGIN}/popup.html` },
      { id: SELF, url: "chrome-extension://someotherextensionid/popup.html" },
    ];
    for (const sender of impostors) {
      expect(handleRequest({ type: "setSite", origin: "https://app.slack.com", on: false }, sender, svc, selfWithOrigin)).toBeUndefined();
    }
    expect(svc.changeSettings).not.toHaveBeenCalled();
  });

  it("a sender from another extension gets no reply, even for its own origin", () => {
    const svc = services();
    for (const id of ["someotherextension", SELF.toUpperCase(), "", undefined]) {
      const sender = { id, url: "https://app.slack.com/client/T1", origin: "https://app.slack.com" };
      expect(handleRequest({ type: "setSite", origin: "https://app.slack.com", on: false }, sender, svc, selfWithOrigin)).toBeUndefined();
      expect(handleRequest({ type: "disableRule", rule: "a/b" }, sender, svc, selfWithOrigin)).toBeUndefined();
    }
    const otherPopup = { id: "someotherextension", url: "chrome-extension://someotherextension/popup.html" };
    expect(handleRequest({ type: "setSite", origin: "https://example.com", on: true }, otherPopup, svc, selfWithOrigin)).toBeUndefined();
    expect(svc.changeSettings).not.toHaveBeenCalled();
  });
});

describe("handleRequest: setSite from an extension page", () => {

  it("may set any origin, on or off (browser URL semantics)", async () => {
    for (const [origin, on] of [
      ["https://example.com", true],
      ["https://app.slack.com", false],
      ["http://localhost:3000", true],
    ] as const) {
      const svc = services();
      const message = { type: "setSite", origin, on };
      await expect(handleRequest(message, { id: SELF, url: `${EXT_ORIGIN}/popup.html` }, svc, selfWithOrigin)).resolves.toEqual({ ok: true });
      await expect(handleRequest(message, { id: SELF, url: `${EXT_ORIGIN}/options.html#sites` }, svc, selfWithOrigin)).resolves.toEqual({ ok: true });
      expect(svc.changeSettings).toHaveBeenCalledTimes(2);
      expect(svc.changeSettings).toHaveBeenCalledWith(message);
    }
  });

  it("is recognised only when self carries the extension's origin", () => {
    const svc = services();
    const message = { type: "setSite", origin: "https://example.com", on: true };
    expect(handleRequest(message, popup, svc, SELF)).toBeUndefined();
    expect(handleRequest(message, popup, svc, { id: SELF })).toBeUndefined();
    expect(svc.changeSettings).not.toHaveBeenCalled();
  });

  it.each([
    ["https://a.com/x"],
    ["https://a.com/"],
    ["https://a.com?x=1"],
    ["https://A.com"],
    ["https://a.com:443"],
    ["a.com"],
    [""],
    ["chrome://extensions"],
    ["file:///etc/passwd"],
    ["about:blank"],
    ["null"],
    [`${EXT_ORIGIN}`],
    ["__proto__"],
  ])("refuses an origin that is not a bare http(s) origin: %j", (origin) => {
    const svc = services();
    expect(handleRequest({ type: "setSite", origin, on: true }, popup, svc, selfWithOrigin)).toBeUndefined();
    expect(handleRequest({ type: "setSite", origin, on: true }, { id: SELF, url: `https://a.com/x` }, svc, selfWithOrigin)).toBeUndefined();
    expect(svc.changeSettings).not.toHaveBeenCalled();
  });
});

describe("handleRequest: settings failures", () => {

  it("a changeSettings that rejects becomes { error } (the reply promise never rejects)", async () => {
    const svc = services(() => Promise.reject(new Error("QUOTA_BYTES_PER_ITEM quota exceeded")));
    const reply = handleRequest({ type: "setSite", origin: "https://app.slack.com", on: false }, slackTab, svc, SELF);
    await expect(reply).resolves.toEqual({ error: "QUOTA_BYTES_PER_ITEM quota exceeded" });
    expect(isErrorReply(await reply)).toBe(true);

    const svc2 = services(() => Promise.reject("storage unavailable"));
    await expect(handleRequest({ type: "disableRule", rule: "a/b" }, slackTab, svc2, SELF)).resolves.toEqual({ error: "storage unavailable" });
  });

  it("a changeSettings that throws synchronously becomes { error }", () => {
    const svc = services(() => {
      throw new Error("boom");
    });
    expect(handleRequest({ type: "disableRule", rule: "a/b" }, slackTab, svc, SELF)).toEqual({ error: "boom" });
  });

  it("without changeSettings the reply is { error } for allowed requests", async () => {
    const analyzeOnly = fakeAnalyzer();
    for (const [message, sender] of [
      [{ type: "disableRule", rule: "a/b" }, slackTab],
      [{ type: "setSite", origin: "https://app.slack.com", on: false }, slackTab],
      [{ type: "setSite", origin: "https://example.com", on: true }, popup],
    ] as const) {
      const reply = await handleRequest(message, sender, analyzeOnly, selfWithOrigin);
      expect(isErrorReply(reply)).toBe(true);
      expect(reply).toEqual({ error: expect.stringMatching(/\S/) });
    }
    expect(analyzeOnly.analyze).not.toHaveBeenCalled();
  });

  it("without changeSettings a forbidden request is still ignored, not answered", () => {
    expect(handleRequest({ type: "setSite", origin: "https://example.com", on: true }, slackTab, fakeAnalyzer(), SELF)).toBeUndefined();
  });

  // KNOWN BUG (see report): the handler calls `services.changeSettings` detached from `services`,
  // so an implementation that uses `this` (a class instance) fails. `analyze` is called as a method.
  it("calls changeSettings as a method of services", async () => {
    class Store {
      saved: unknown[] = [];
      analyze(_text: string): Analysis {
        return sample;
      }
      async changeSettings(change: unknown): Promise<void> {
        this.saved.push(change);
      }
    }
    const store = new Store();
    await expect(handleRequest({ type: "disableRule", rule: "a/b" }, slackTab, store, SELF)).resolves.toEqual({ ok: true });
    expect(store.saved).toHaveLength(1);
  });
});

describe("handleRequest: self identity forms", () => {

  it("the string form of self still works for ping and analyze", () => {
    const analyzer = fakeAnalyzer();
    expect(handleRequest({ type: "ping" }, slackTab, analyzer, SELF)).toEqual({ ok: true });
    expect(handleRequest({ type: "analyze", text: "x" }, slackTab, analyzer, SELF)).toEqual(sample);
    expect(analyzer.analyze).toHaveBeenCalledExactlyOnceWith("x");
  });

  it("the object form of self works for ping and analyze, from pages and extension pages", () => {
    const analyzer = fakeAnalyzer();
    for (const sender of [slackTab, popup, { id: SELF }]) {
      expect(handleRequest({ type: "ping" }, sender, analyzer, selfWithOrigin)).toEqual({ ok: true });
      expect(handleRequest({ type: "analyze", text: "y" }, sender, analyzer, selfWithOrigin)).toEqual(sample);
    }
    expect(analyzer.analyze).toHaveBeenCalledTimes(3);
  });

  it("an object self with an empty id ignores everything", () => {
    const svc = services();
    expect(handleRequest({ type: "ping" }, { id: "" }, svc, { id: "" })).toBeUndefined();
    expect(handleRequest({ type: "disableRule", rule: "a/b" }, { id: "" }, svc, { id: "", origin: EXT_ORIGIN })).toBeUndefined();
    expect(svc.changeSettings).not.toHaveBeenCalled();
  });

  // A URL parser that follows the standard gives extension schemes the opaque origin "null", which
  // data: and sandboxed frames share: such a self.origin must never make a frame an extension page.
  it("a data: frame is never treated as an extension page, even when self.origin is 'null'", () => {
    const svc = services();
    const dataFrame = { id: SELF, url: "data:text/html,<p>hi</p>" };
    expect(handleRequest({ type: "setSite", origin: "https://example.com", on: true }, dataFrame, svc, { id: SELF, origin: "null" })).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------------------------
// practice: counts from content scripts only.
// ---------------------------------------------------------------------------------------------

describe("handleRequest: eraseProgress", () => {
  function eraseServices(erase: () => Promise<void> = () => Promise.resolve()) {
    const eraseProgress = vi.fn(erase);
    return { analyze: vi.fn((_t: string) => sample), eraseProgress } satisfies BackgroundServices;
  }

  it("erases for the options page and replies { ok: true } once done", async () => {
    const svc = eraseServices();
    const options: SenderLike = { id: SELF, url: `${EXT_ORIGIN}/options.html` };
    await expect(handleRequest({ type: "eraseProgress" }, options, svc, selfWithOrigin)).resolves.toEqual({ ok: true });
    expect(svc.eraseProgress).toHaveBeenCalledOnce();
  });

  it("is ignored from a content script, another extension, or when our own origin is unknown", () => {
    const svc = eraseServices();
    const senders: SenderLike[] = [
      { id: SELF, url: "https://app.slack.com/client/T1", origin: "https://app.slack.com", tab: { id: 7 }, frameId: 0 },
      { id: "someotherextension", url: `${EXT_ORIGIN}/options.html` },
    ];
    for (const sender of senders) expect(handleRequest({ type: "eraseProgress" }, sender, svc, selfWithOrigin), JSON.stringify(sender)).toBeUndefined();
    expect(handleRequest({ type: "eraseProgress" }, { id: SELF, url: `${EXT_ORIGIN}/options.html` }, svc, SELF)).toBeUndefined();
    expect(svc.eraseProgress).not.toHaveBeenCalled();
  });

  it("a failed erase becomes { error }; without the service too", async () => {
    const options: SenderLike = { id: SELF, url: `${EXT_ORIGIN}/options.html` };
    const failing = eraseServices(() => Promise.reject(new Error("storage unavailable")));
    await expect(handleRequest({ type: "eraseProgress" }, options, failing, selfWithOrigin)).resolves.toEqual({ error: "storage unavailable" });
    expect(handleRequest({ type: "eraseProgress" }, options, fakeAnalyzer(), selfWithOrigin)).toEqual({ error: "progress is not available" });
  });
});

describe("handleRequest: practice", () => {
  const event = { kind: "findingsShown", count: 2 } as const;
  const contentScript: SenderLike = { id: SELF, url: "https://app.slack.com/client/T1", origin: "https://app.slack.com", tab: { id: 7 }, frameId: 3 };

  function practiceServices(record: (e: unknown) => Promise<void> = () => Promise.resolve()) {
    const recordPractice = vi.fn(record);
    return { analyze: vi.fn((_t: string) => sample), recordPractice } satisfies BackgroundServices;
  }

  it("passes a content script's event to recordPractice and replies { ok: true } once it is stored", async () => {
    let finish!: () => void;
    const svc = practiceServices(() => new Promise<void>((resolve) => (finish = resolve)));
    const reply = handleRequest({ type: "practice", event }, contentScript, svc, selfWithOrigin) as Promise<unknown>;
    let settled = false;
    void reply.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    finish();
    await expect(reply).resolves.toEqual({ ok: true });
    expect(svc.recordPractice).toHaveBeenCalledExactlyOnceWith(event);
  });

  it("is accepted from a content script in any frame of any site, and an about:blank frame", async () => {
    for (const sender of [
      contentScript,
      { id: SELF, url: "https://example.com/x", tab: { id: 1 } },
      { id: SELF, url: "about:blank", origin: "https://mail.google.com", tab: { id: 2 }, frameId: 9 },
    ]) {
      const svc = practiceServices();
      await expect(handleRequest({ type: "practice", event: { kind: "draftChecked" } }, sender, svc, selfWithOrigin)).resolves.toEqual({ ok: true });
      expect(svc.recordPractice).toHaveBeenCalledOnce();
    }
  });

  it("is ignored from anything but a content script: no tab, an extension page (even in a tab), another extension", () => {
    const svc = practiceServices();
    const senders: SenderLike[] = [
      { id: SELF },
      { id: SELF, url: "https://app.slack.com/client/T1" },
      { id: SELF, url: "https://app.slack.com/client/T1", tab: {} },
      popup,
      { ...popup, tab: { id: 4 } },
      { id: SELF, url: `${EXT_ORIGIN}/options.html`, tab: { id: 5 } },
      { ...contentScript, id: "someotherextension" },
      { ...contentScript, id: undefined },
    ];
    for (const sender of senders) {
      for (const self of [SELF, selfWithOrigin]) {
        // The string form of self cannot recognise extension pages; a tab-less popup is still refused.
        if (self === SELF && sender.tab?.id !== undefined && sender.id === SELF) continue;
        expect(handleRequest({ type: "practice", event }, sender, svc, self), JSON.stringify(sender)).toBeUndefined();
      }
    }
    expect(svc.recordPractice).not.toHaveBeenCalled();
  });

  it("ignores malformed events without recording anything", () => {
    const svc = practiceServices();
    for (const bad of [
      undefined,
      null,
      "draftChecked",
      {},
      { kind: "draftchecked" },
      { kind: "findingsShown" },
      { kind: "findingsShown", count: 0 },
      { kind: "findingsShown", count: 1.5 },
      { kind: "findingsShown", count: 1001 },
      { kind: "findingsShown", count: "2" },
      { kind: "toString" },
      Object.create({ kind: "draftChecked" }),
    ]) {
      expect(handleRequest({ type: "practice", event: bad }, contentScript, svc, selfWithOrigin), JSON.stringify(bad)).toBeUndefined();
    }
    expect(svc.recordPractice).not.toHaveBeenCalled();
  });

  it("a recordPractice that rejects or throws becomes { error }", async () => {
    const rejecting = practiceServices(() => Promise.reject(new Error("quota exceeded")));
    await expect(handleRequest({ type: "practice", event }, contentScript, rejecting, selfWithOrigin)).resolves.toEqual({ error: "quota exceeded" });
    const throwing = practiceServices(() => {
      throw new Error("no storage");
    });
    expect(handleRequest({ type: "practice", event }, contentScript, throwing, selfWithOrigin)).toEqual({ error: "no storage" });
  });

  it("without recordPractice the reply is { error }", () => {
    expect(handleRequest({ type: "practice", event }, contentScript, fakeAnalyzer(), selfWithOrigin)).toEqual({ error: "progress is not available" });
  });
});

// ---------------------------------------------------------------------------------------------
// Pause before sending per site, and repair offers: settings changes like setSite and setPause.
// ---------------------------------------------------------------------------------------------

describe("isRequest: setSendPause and setRepairOffers", () => {
  it.each([
    [{ type: "setSendPause", origin: "https://app.slack.com", on: true }],
    [{ type: "setSendPause", origin: "https://app.slack.com", on: false }],
    [{ type: "setSendPause", origin: "https://app.slack.com", on: null }],
    [{ type: "setRepairOffers", on: false }],
    [{ type: "setRepairOffers", on: true }],
  ])("accepts %j", (x) => {
    expect(isRequest(x)).toBe(true);
  });

  it.each([
    [{ type: "setSendPause", origin: "https://app.slack.com" }],
    [{ type: "setSendPause", origin: "https://app.slack.com", on: "true" }],
    [{ type: "setSendPause", origin: "https://app.slack.com", on: undefined }],
    [{ type: "setSendPause", on: true }],
    [{ type: "setSendPause", origin: 1, on: true }],
    [{ type: "setRepairOffers" }],
    [{ type: "setRepairOffers", on: null }],
    [{ type: "setRepairOffers", on: 0 }],
    [Object.assign(Object.create({ on: false }), { type: "setRepairOffers" })],
  ])("rejects %j", (x) => {
    expect(isRequest(x)).toBe(false);
  });
});

describe("handleRequest: setSendPause and setRepairOffers", () => {
  it("lets extension pages set pause before sending for any origin, or clear it", async () => {
    for (const on of [true, false, null]) {
      const svc = services();
      const message = { type: "setSendPause", origin: "https://example.com", on };
      await expect(handleRequest(message, popup, svc, selfWithOrigin)).resolves.toEqual({ ok: true });
      expect(svc.changeSettings).toHaveBeenCalledExactlyOnceWith(message);
    }
  });

  it("lets a content script set it for its own origin only", async () => {
    const svc = services();
    await expect(handleRequest({ type: "setSendPause", origin: "https://app.slack.com", on: false }, slackTab, svc, selfWithOrigin)).resolves.toEqual({ ok: true });
    for (const origin of ["https://example.com", "https://mail.google.com", "http://app.slack.com"]) {
      expect(handleRequest({ type: "setSendPause", origin, on: true }, slackTab, svc, selfWithOrigin)).toBeUndefined();
    }
    expect(svc.changeSettings).toHaveBeenCalledOnce();
  });

  it("refuses an origin that is not a bare origin", () => {
    const svc = services();
    for (const origin of ["https://example.com/", "https://example.com/path", "example.com", "file:///x", ""]) {
      expect(handleRequest({ type: "setSendPause", origin, on: true }, popup, svc, selfWithOrigin)).toBeUndefined();
    }
    expect(svc.changeSettings).not.toHaveBeenCalled();
  });

  it("takes repair offers on or off from extension pages only", async () => {
    const svc = services();
    await expect(handleRequest({ type: "setRepairOffers", on: false }, popup, svc, selfWithOrigin)).resolves.toEqual({ ok: true });
    for (const sender of [slackTab, slackByOrigin, { id: SELF }, { ...slackTab, tab: { id: 3 } }]) {
      expect(handleRequest({ type: "setRepairOffers", on: false }, sender, svc, selfWithOrigin)).toBeUndefined();
    }
    expect(svc.changeSettings).toHaveBeenCalledExactlyOnceWith({ type: "setRepairOffers", on: false });
  });
});
