import { describe, expect, it, vi } from "vitest";
import { handleRequest } from "../../src/background/handler";
import { isErrorReply, isRequest } from "../../src/shared/messages";
import { createAnalyzer } from "../../src/engine/index";
import type { Analysis } from "../../src/engine/types";

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
  it("answers ping", () => {
    expect(handleRequest({ type: "ping" }, fromSelf, fakeAnalyzer(), SELF)).toEqual({ ok: true });
  });

  it("answers analyze with the analyzer's result for exactly the given text", () => {
    const analyzer = fakeAnalyzer();
    const reply = handleRequest({ type: "analyze", text: "You're overreacting." }, fromSelf, analyzer, SELF);
    expect(reply).toEqual(sample);
    expect(analyzer.analyze).toHaveBeenCalledExactlyOnceWith("You're overreacting.");
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
