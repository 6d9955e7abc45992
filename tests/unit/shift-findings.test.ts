import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { shiftFindings } from "../../src/content/field-session";
import type { Finding } from "../../src/engine/types";

/** A finding on `excerpt` at `start` of `text` (checked, so a typo in a test shows at once). */
function findingAt(text: string, excerpt: string, from = 0, rule = "minimizing/overreacting"): Finding {
  const start = text.indexOf(excerpt, from);
  if (start < 0) throw new Error(`"${excerpt}" not in "${text}"`);
  return {
    rule,
    category: rule.split("/")[0] as Finding["category"],
    severity: "high",
    start,
    end: start + excerpt.length,
    excerpt,
    message: "test",
    suggestions: [{ text: "one" }, { text: "two" }],
  };
}

/** Every finding's offsets still point at its excerpt in `text`. */
function expectAnchored(findings: readonly Finding[], text: string): void {
  for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.excerpt);
}

const TEXT = "Calm down. You're overreacting. Whatever.";
const calm = findingAt(TEXT, "Calm down", 0, "minimizing/calm-down");
const over = findingAt(TEXT, "overreacting", 0, "minimizing/overreacting");
const whatever = findingAt(TEXT, "Whatever", 0, "stonewalling/whatever");
const ALL = [calm, over, whatever];

describe("shiftFindings", () => {
  it("identical texts return equal findings in a new array", () => {
    const input = [...ALL];
    const out = shiftFindings(input, TEXT, TEXT);
    expect(out).toEqual(ALL);
    expect(out).not.toBe(input);
    out.pop();
    expect(input).toHaveLength(3);
  });

  it("no findings gives no findings", () => {
    expect(shiftFindings([], TEXT, TEXT + "!")).toEqual([]);
    expect(shiftFindings([], "", "abc")).toEqual([]);
  });

  it("does not modify the input findings", () => {
    const input = ALL.map((f) => ({ ...f }));
    const after = "Hi! " + TEXT;
    shiftFindings(input, TEXT, after);
    expect(input).toEqual(ALL);
  });

  it("an insertion at the very start shifts every finding by its length", () => {
    const after = "Look, " + TEXT;
    const out = shiftFindings(ALL, TEXT, after);
    expect(out).toHaveLength(3);
    expect(out.map((f) => [f.start, f.end])).toEqual(ALL.map((f) => [f.start + 6, f.end + 6]));
    expectAnchored(out, after);
  });

  it("an insertion at the very end keeps every finding where it was", () => {
    const after = TEXT + " Bye.";
    const out = shiftFindings(ALL, TEXT, after);
    expect(out).toEqual(ALL);
  });

  it("findings before an edit keep their offsets (same objects), those after shift by the delta", () => {
    // Insert between "Calm down." and "You're".
    const at = TEXT.indexOf(" You're");
    const after = TEXT.slice(0, at) + " Seriously," + TEXT.slice(at);
    const out = shiftFindings(ALL, TEXT, after);
    expect(out).toHaveLength(3);
    expect(out[0]).toBe(calm);
    expect(out[1]).toEqual({ ...over, start: over.start + 11, end: over.end + 11 });
    expect(out[2]).toEqual({ ...whatever, start: whatever.start + 11, end: whatever.end + 11 });
    expectAnchored(out, after);
  });

  it("keeps every other field of a shifted finding", () => {
    const after = "xx" + TEXT;
    const [shifted] = shiftFindings([over], TEXT, after);
    expect(shifted).not.toBe(over);
    expect(shifted).toEqual({ ...over, start: over.start + 2, end: over.end + 2 });
    expect(shifted!.suggestions).toBe(over.suggestions);
  });

  it("a finding the edit overlaps is dropped", () => {
    // Replace "overreacting" with "overthinking": the edit is inside the finding.
    const after = TEXT.replace("overreacting", "overthinking");
    const out = shiftFindings(ALL, TEXT, after);
    expect(out).toEqual([calm, whatever]);
  });

  it("a character typed inside a finding drops it", () => {
    const at = over.start + 4;
    const after = TEXT.slice(0, at) + "r" + TEXT.slice(at);
    expect(shiftFindings(ALL, TEXT, after).map((f) => f.rule)).toEqual(["minimizing/calm-down", "stonewalling/whatever"]);
  });

  it("an edit that covers a finding's first character drops it", () => {
    const after = TEXT.slice(0, over.start - 1) + "X" + TEXT.slice(over.start + 1);
    expect(shiftFindings([over], TEXT, after)).toEqual([]);
  });

  it("an edit that covers a finding's last character drops it", () => {
    const after = TEXT.slice(0, over.end - 1) + "XY" + TEXT.slice(over.end + 1);
    expect(shiftFindings([over], TEXT, after)).toEqual([]);
  });

  it("an edit spanning several findings drops all of them and keeps the rest", () => {
    const from = calm.start + 2;
    const to = over.end - 2;
    const after = TEXT.slice(0, from) + "…" + TEXT.slice(to);
    const out = shiftFindings(ALL, TEXT, after);
    expect(out).toEqual([{ ...whatever, start: whatever.start + 1 - (to - from), end: whatever.end + 1 - (to - from) }]);
    expectAnchored(out, after);
  });

  it("an insertion right at a finding's end keeps it in place", () => {
    const text = "you're overreacting";
    const f = findingAt(text, "overreacting");
    const after = text + " again";
    expect(shiftFindings([f], text, after)).toEqual([f]);

    const text2 = "you're overreacting now";
    const f2 = findingAt(text2, "overreacting");
    const after2 = text2.slice(0, f2.end) + " so much" + text2.slice(f2.end);
    expect(shiftFindings([f2], text2, after2)).toEqual([f2]);
  });

  it("an insertion right at a finding's start shifts it", () => {
    const text = "you're overreacting";
    const f = findingAt(text, "overreacting");
    const after = text.slice(0, f.start) + "totally " + text.slice(f.start);
    const out = shiftFindings([f], text, after);
    expect(out).toEqual([{ ...f, start: f.start + 8, end: f.end + 8 }]);
    expectAnchored(out, after);
  });

  it("a deletion before a finding shifts it back", () => {
    const after = TEXT.replace("Calm down. ", "");
    const out = shiftFindings(ALL, TEXT, after);
    expect(out).toEqual([
      { ...over, start: over.start - 11, end: over.end - 11 },
      { ...whatever, start: whatever.start - 11, end: whatever.end - 11 },
    ]);
    expectAnchored(out, after);
  });

  it("a deletion after a finding keeps it", () => {
    const after = TEXT.slice(0, over.end) + TEXT.slice(over.end + 1); // delete the "."
    const out = shiftFindings(ALL, TEXT, after);
    expect(out).toEqual([calm, over, { ...whatever, start: whatever.start - 1, end: whatever.end - 1 }]);
    expectAnchored(out, after);
  });

  it("deleting a finding's text drops it", () => {
    const after = TEXT.replace("Whatever", "");
    expect(shiftFindings(ALL, TEXT, after)).toEqual([calm, over]);
  });

  it("deleting everything drops every finding", () => {
    expect(shiftFindings(ALL, TEXT, "")).toEqual([]);
  });

  it("replacing everything drops every finding", () => {
    expect(shiftFindings(ALL, TEXT, "Something completely different, longer than before!")).toEqual([]);
    expect(shiftFindings(ALL, TEXT, "?")).toEqual([]);
  });

  it("growing from empty text has nothing to move", () => {
    expect(shiftFindings([], "", TEXT)).toEqual([]);
  });

  it("works with UTF-16 surrogate pairs before the finding", () => {
    const text = "ok 😀 you're overreacting";
    const f = findingAt(text, "overreacting");
    const after = text.replace("😀", "😀😀");
    const out = shiftFindings([f], text, after);
    expect(out).toEqual([{ ...f, start: f.start + 2, end: f.end + 2 }]);
    expectAnchored(out, after);
  });

  it("keeps the findings' order", () => {
    const after = "> " + TEXT;
    expect(shiftFindings(ALL, TEXT, after).map((f) => f.rule)).toEqual(ALL.map((f) => f.rule));
  });

  it("handles two findings on the same excerpt text at different places", () => {
    const text = "calm down. please calm down.";
    const first = findingAt(text, "calm down", 0, "minimizing/calm-down");
    const second = findingAt(text, "calm down", first.end, "minimizing/calm-down");
    const after = text.replace("please ", "");
    const out = shiftFindings([first, second], text, after);
    expect(out).toEqual([first, { ...second, start: second.start - 7, end: second.end - 7 }]);
    expectAnchored(out, after);
  });
});

describe("shiftFindings: properties", () => {
  /** Findings on short spans of `text` picked from the random pairs (each anchored by construction). */
  function findingsOn(text: string, spans: readonly [number, number][]): Finding[] {
    return spans.map(([a, b]) => {
      const start = Math.min(a, b) % (text.length + 1);
      const end = Math.min(text.length, start + (Math.max(a, b) % 6) + 1);
      return {
        rule: "minimizing/overreacting",
        category: "minimizing",
        severity: "high",
        start,
        end,
        excerpt: text.slice(start, end),
        message: "m",
        suggestions: [{ text: "a" }, { text: "b" }],
      };
    });
  }

  // Small alphabets make repeated characters (the ambiguous case for prefix/suffix matching) common.
  const textArb = fc.oneof(
    fc.string({ unit: fc.constantFrom("a", "b", " ", "."), maxLength: 30 }),
    fc.string({ maxLength: 40 }),
    fc.string({ unit: "grapheme", maxLength: 15 }),
  );
  const insertArb = fc.oneof(fc.string({ unit: fc.constantFrom("a", "b", " "), maxLength: 6 }), fc.string({ maxLength: 8 }));

  const editArb = fc.record({
    kind: fc.constantFrom("insert", "delete", "replace"),
    at: fc.nat(),
    length: fc.nat({ max: 10 }),
    inserted: insertArb,
  });

  function applyEdit(before: string, edit: { kind: string; at: number; length: number; inserted: string }): { after: string; from: number; to: number; inserted: string } {
    const from = before.length === 0 ? 0 : edit.at % (before.length + 1);
    const removed = edit.kind === "insert" ? 0 : Math.min(edit.length, before.length - from);
    const inserted = edit.kind === "delete" ? "" : edit.inserted;
    return { after: before.slice(0, from) + inserted + before.slice(from + removed), from, to: from + removed, inserted };
  }

  it("every finding returned still points at its excerpt in the new text", () => {
    fc.assert(
      fc.property(textArb, fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 8 }), editArb, (before, spans, edit) => {
        const findings = findingsOn(before, spans);
        expectAnchored(findings, before); // precondition
        const { after } = applyEdit(before, edit);
        const out = shiftFindings(findings, before, after);
        expectAnchored(out, after);
        for (const f of out) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(after.length);
          expect(f.end - f.start).toBe(f.excerpt.length);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("a finding wholly before the edit is always kept exactly as it was", () => {
    fc.assert(
      fc.property(textArb, fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 8 }), editArb, (before, spans, edit) => {
        const findings = findingsOn(before, spans);
        const { after, from } = applyEdit(before, edit);
        const out = shiftFindings(findings, before, after);
        for (const f of findings) if (f.end <= from) expect(out).toContain(f);
        // Nothing is ever invented: each result is an input finding, moved by 0 or by the length delta.
        const delta = after.length - before.length;
        for (const f of out) {
          const source = findings.find((g) => g.excerpt === f.excerpt && (g.start === f.start || g.start + delta === f.start));
          expect(source).toBeDefined();
        }
        expect(out.length).toBeLessThanOrEqual(findings.length);
      }),
      { numRuns: 2000 },
    );
  });

  /** Length of the common prefix, and of the common suffix of what is left. */
  function commonEnds(a: string, b: string): { prefix: number; suffix: number } {
    const max = Math.min(a.length, b.length);
    let prefix = 0;
    while (prefix < max && a[prefix] === b[prefix]) prefix += 1;
    let suffix = 0;
    while (suffix < max - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix += 1;
    return { prefix, suffix };
  }

  it("when the edit is unambiguous, exactly the findings it touches are dropped and the rest kept or shifted", () => {
    let unambiguous = 0;
    fc.assert(
      fc.property(textArb, fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 8 }), editArb, (before, spans, edit) => {
        const { after, from, to } = applyEdit(before, edit);
        if (before === after) return;
        // Unambiguous: the text around the edit does not repeat what was inserted/removed, so the
        // edit that was made is the only one that turns `before` into `after`.
        const { prefix, suffix } = commonEnds(before, after);
        if (prefix !== from || suffix !== before.length - to) return;
        unambiguous += 1;
        const findings = findingsOn(before, spans).filter((f) => f.end > f.start);
        const delta = after.length - before.length;
        const touched = (f: Finding) => (from === to ? f.start < from && f.end > from : f.start < to && f.end > from);
        const expected = findings.filter((f) => !touched(f)).map((f) => (f.end <= from ? f : { ...f, start: f.start + delta, end: f.end + delta }));
        expect(shiftFindings(findings, before, after)).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
    expect(unambiguous).toBeGreaterThan(200);
  });

  it("identical texts always return all findings unchanged", () => {
    fc.assert(
      fc.property(textArb, fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 8 }), (text, spans) => {
        const findings = findingsOn(text, spans);
        const out = shiftFindings(findings, text, text);
        expect(out).toEqual(findings);
        expect(out).not.toBe(findings);
      }),
    );
  });
});
