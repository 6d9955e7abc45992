import { describe, expect, it } from "vitest";
import { acknowledgmentsFor, FEELINGS, feelingsIn, joinLabels } from "../../src/shared/acknowledge";

describe("FEELINGS", () => {
  it("has the twelve feelings the helper offers, each with words to find it by", () => {
    expect(FEELINGS.map((f) => f.label)).toEqual([
      "hurt", "overwhelmed", "ignored", "disrespected", "unappreciated", "embarrassed",
      "lonely", "scared", "frustrated", "let down", "anxious", "exhausted",
    ]);
    expect(new Set(FEELINGS.map((f) => f.id)).size).toBe(FEELINGS.length);
    for (const f of FEELINGS) {
      expect(f.words.length, f.id).toBeGreaterThan(3);
      // A feeling's own label finds it.
      expect(feelingsIn(`I feel ${f.label}.`), f.id).toContain(f.id);
    }
  });
});

describe("feelingsIn", () => {
  const cases: [string, string[]][] = [
    ["I felt really small when you laughed at me in front of everyone.", ["disrespected", "embarrassed"]],
    ["you never listen to me. it's like I'm invisible", ["ignored"]],
    ["You NEVER even listen to me!!", ["ignored"]],
    ["Honestly it hurts that you forgot. I'm always the one planning everything and nobody notices.", ["hurt", "unappreciated"]],
    ["I'm so upset about last night", ["hurt"]],
    ["I was terrified when you didn't answer your phone.", ["scared"]],
    ["You brushed me off again and I'm fed up.", ["ignored", "frustrated"]],
    ["I feel so alone in this relationship", ["lonely"]],
    ["You promised you'd be there and you weren't. I'm really disappointed.", ["let-down"]],
    ["Work is too much right now and I'm drowning, I'm completely burnt out", ["overwhelmed", "exhausted"]],
    ["I’ve been so anxious since you didn’t call", ["anxious"]],
    ["It was humiliating. You talked down to me like a child.", ["disrespected", "embarrassed"]],
  ];
  for (const [text, expected] of cases) {
    it(JSON.stringify(text), () => expect(feelingsIn(text)).toEqual(expected));
  }

  it("finds nothing in a message with no feeling in it", () => {
    expect(feelingsIn("Thanks for dinner, it was lovely! See you Tuesday at 7.")).toEqual([]);
    expect(feelingsIn("")).toEqual([]);
  });

  it("matches whole words only", () => {
    // "mad" in "made", "hurt" in "hurtle", "fear" in "fearless", "alone" in "lonesome" do not count.
    expect(feelingsIn("I made dinner, hurtled home and was fearless.")).toEqual([]);
  });

  it("does not count a plainly negated feeling or an everyday phrase", () => {
    expect(feelingsIn("I'm not upset, I'm just exhausted")).toEqual(["exhausted"]);
    expect(feelingsIn("I wasn't even mad")).toEqual([]);
    expect(feelingsIn("Can you leave me alone for a bit?")).toEqual([]);
    // A phrase that carries its own negation still counts.
    expect(feelingsIn("you don't listen")).toEqual(["ignored"]);
  });

  it("returns ids in FEELINGS order, each once", () => {
    const found = feelingsIn("exhausted, hurt, hurt again, and so tired, and hurt");
    expect(found).toEqual(["hurt", "exhausted"]);
  });
});

describe("acknowledgmentsFor", () => {
  it("builds warm phrasings on the chosen feeling words", () => {
    const lines = acknowledgmentsFor(["hurt", "ignored"]);
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(lines.length).toBeLessThanOrEqual(6);
    expect(lines[0]).toBe("It sounds like you felt hurt and ignored, and that makes sense.");
    expect(lines).toContain("What would help you feel heard right now?");
    expect(lines.some((l) => l.startsWith("I'm sorry I made you feel hurt."))).toBe(true);
    expect(lines.some((l) => /\bignored\b/.test(l) && l !== lines[0])).toBe(true);
  });

  it("uses each feeling's label, including two-word ones", () => {
    const lines = acknowledgmentsFor(["let-down"]);
    expect(lines[0]).toBe("It sounds like you felt let down, and that makes sense.");
    expect(lines.join(" ")).not.toContain("let-down");
  });

  it("names at most three feelings in one sentence", () => {
    const lines = acknowledgmentsFor(["hurt", "ignored", "lonely", "scared"]);
    expect(lines[0]).toBe("It sounds like you felt hurt, ignored and lonely, and that makes sense.");
  });

  it("offers generic phrasings when no feeling is chosen (or only unknown ones)", () => {
    const lines = acknowledgmentsFor([]);
    expect(lines).toContain("It sounds like this really hurt.");
    expect(lines).toContain("I want to understand how this felt for you.");
    expect(acknowledgmentsFor(["no-such-feeling"])).toEqual(lines);
  });

  it("puts the person's own phrasings first, as written, and drops duplicates", () => {
    const own = ["I hear you, and I'm sorry.", "  i hear you, and I’m sorry. ", "It sounds like you felt hurt and ignored, and that makes sense."];
    const lines = acknowledgmentsFor(["hurt", "ignored"], own);
    expect(lines[0]).toBe("I hear you, and I'm sorry.");
    expect(lines[1]).toBe("It sounds like you felt hurt and ignored, and that makes sense.");
    expect(lines.filter((l) => l.toLowerCase().startsWith("it sounds like you felt"))).toHaveLength(1);
    expect(new Set(lines.map((l) => l.toLowerCase())).size).toBe(lines.length);
    expect(acknowledgmentsFor([], ["   ", ""])).toEqual(acknowledgmentsFor([]));
  });

  it("does not depend on duplicates in the chosen list", () => {
    expect(acknowledgmentsFor(["hurt", "hurt"])).toEqual(acknowledgmentsFor(["hurt"]));
  });

  it("round-trips with feelingsIn: the feelings found in a message shape the phrasing", () => {
    const lines = acknowledgmentsFor(feelingsIn("you never listen to me and it really hurts"));
    expect(lines[0]).toBe("It sounds like you felt hurt and ignored, and that makes sense.");
  });
});

describe("joinLabels", () => {
  it("joins with commas and 'and'", () => {
    expect(joinLabels([])).toBe("");
    expect(joinLabels(["hurt"])).toBe("hurt");
    expect(joinLabels(["hurt", "ignored"])).toBe("hurt and ignored");
    expect(joinLabels(["hurt", "ignored", "let down"])).toBe("hurt, ignored and let down");
  });
});
