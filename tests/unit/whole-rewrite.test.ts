import { describe, expect, it } from "vitest";
import { createAnalyzer } from "../../src/engine/index";
import type { Finding, MessageSuggestion } from "../../src/engine/types";
import { composeRewrite, endsWithQuestion, startsWithAcknowledgment } from "../../src/shared/whole-rewrite";

const analyzer = createAnalyzer();

/** Drafts a person might really send to someone who is hurt, each with at least one finding. */
const DEFENSIVE_DRAFTS = [
  "Hey. I didn't mean to upset you, but you're overreacting.",
  "I'm sorry you feel that way. You always do this.",
  "calm down, it's not a big deal. whatever.",
  "That's not what I meant. You took it the wrong way.",
  "Well, you never told me about the dinner. It's not my fault, nobody told me.",
  "You're being irrational. That's not how it happened.",
  "I'm sorry, but you did it too?",
  "Whatever. I'm done talking.",
  "Yes, but you never told me you wanted to come.",
  "hey i didnt mean to upset u, ur overreacting",
  "Hey. I'm sorry I upset you, but you're overreacting.",
  "I'm sorry I yelled, but you kept pushing me.",
  "Hi Sam,\n\nI didn't mean to upset you. You're overreacting.\n\nLove,\nAlex",
  "I was busy at work all week because the project was due and I had to stay late every night so I couldn't call you back.",
];

function rewriteOf(text: string) {
  const analysis = analyzer.analyze(text);
  return { analysis, rewrite: composeRewrite(text, analysis.findings, analysis.suggestions) };
}

describe("composeRewrite on the engine's own output", () => {
  for (const draft of DEFENSIVE_DRAFTS) {
    it(JSON.stringify(draft), () => {
      const { analysis, rewrite } = rewriteOf(draft);
      expect(analysis.findings.length).toBeGreaterThan(0);
      const opener = analysis.suggestions.find((s) => s.kind === "opener")!.text;
      const question = analysis.suggestions.find((s) => s.kind === "question")!.text;

      // Every flagged move is gone. (An "unacknowledged" finding is the draft's own explanation:
      // the opener answers it, and the explanation stays.)
      for (const f of analysis.findings) {
        if (f.category === "unacknowledged") continue;
        expect(rewrite.toLowerCase(), f.excerpt).not.toContain(f.excerpt.toLowerCase());
      }

      // Opener first (after a greeting, which stays first), question last (before a sign-off).
      const body = rewrite.replace(/^(?:hey|hi \w+),?\.?\s*/i, "");
      expect(body.toLowerCase().startsWith(opener.toLowerCase().slice(0, 20))).toBe(true);
      const main = rewrite.replace(/\n\nLove,\nAlex$/, "");
      expect(main.endsWith(question) || main.endsWith("?")).toBe(true);
      expect(rewrite.split(opener).length - 1 + rewrite.split(opener.charAt(0).toLowerCase() + opener.slice(1)).length - 1).toBe(1);

      // Tidy: no doubled spaces, no space before punctuation, no ", ." or "?." leftovers.
      expect(rewrite).not.toMatch(/ {2}/);
      expect(rewrite).not.toMatch(/ [,.!?;:]/);
      expect(rewrite).not.toMatch(/[,;:][.!?]|[!?]\.|[.!?],|\.\.(?!\.)/);
      expect(rewrite).toBe(rewrite.trim());
      // Every sentence starts with a capital, except the writer's own lower-case style after a greeting.
      for (const start of rewrite.matchAll(/[.!?]\s+(\S)/g)) expect(start[1], rewrite).toMatch(/[\p{Lu}"“'‘(0-9]/u);
    });
  }

  it("puts the opener after a greeting and before the rest", () => {
    const { rewrite, analysis } = rewriteOf("Hey. I didn't mean to upset you, but you're overreacting.");
    const opener = analysis.suggestions.find((s) => s.kind === "opener")!.text;
    expect(rewrite.startsWith(`Hey. ${opener} `)).toBe(true);
    // "…, but you're overreacting" became its own sentence.
    expect(rewrite).toContain("I'm sorry I upset you. I can see");
  });

  it("keeps an email's greeting, paragraphs and sign-off in place", () => {
    const { rewrite, analysis } = rewriteOf("Hi Sam,\n\nI didn't mean to upset you. You're overreacting.\n\nLove,\nAlex");
    const question = analysis.suggestions.find((s) => s.kind === "question")!.text;
    expect(rewrite.startsWith("Hi Sam,\n\nIt sounds like")).toBe(true);
    expect(rewrite.endsWith(`${question}\n\nLove,\nAlex`)).toBe(true);
  });

  it("capitalizes a replacement that starts a sentence", () => {
    const { rewrite } = rewriteOf("calm down, it's not a big deal. whatever.");
    expect(rewrite).toMatch(/\. I can see how upset you are/);
    expect(rewrite).toMatch(/\. I'm frustrated and need a minute/);
  });

  it("adds the opener when the apology at the start is itself flagged, and never repeats its first words", () => {
    // The engine flags from "sorry" in "I'm sorry I upset you, but ..." and suggests "I'm sorry".
    const { rewrite, analysis } = rewriteOf("Hey. I'm sorry I upset you, but you're overreacting.");
    const opener = analysis.suggestions.find((s) => s.kind === "opener")!.text;
    expect(rewrite.startsWith(`Hey. ${opener}`)).toBe(true);
    expect(rewrite).not.toMatch(/\b(\S+) \1\b/i);
  });

  it("does not double a replacement's own closing punctuation", () => {
    const { rewrite } = rewriteOf("I'm sorry, but you did it too?");
    expect(rewrite).not.toContain("?.");
    expect(rewrite).not.toMatch(/I'm sorry\?/);
  });
});

/** A hand-made finding over `excerpt` in `text`. */
function finding(text: string, excerpt: string, suggestion: string, extra: Partial<Finding> = {}): Finding {
  const start = text.indexOf(excerpt);
  if (start < 0) throw new Error(`${excerpt} not in ${text}`);
  return {
    rule: "minimizing/test",
    category: "minimizing",
    severity: "medium",
    start,
    end: start + excerpt.length,
    excerpt,
    message: "test",
    suggestions: [{ text: suggestion }, { text: "second choice" }],
    ...extra,
  };
}

const OPENER: MessageSuggestion = { kind: "opener", text: "I can hear how much this hurt you." };
const QUESTION: MessageSuggestion = { kind: "question", text: "What would help most right now?" };

describe("composeRewrite on a long draft", () => {
  // Each replacement reads only the end of the text before it (the last words, the clause): a
  // draft whose findings sit between long stretches of plain text must come out exactly as the
  // same draft with short stretches does.
  const plain = (sentences: number) => Array.from({ length: sentences }, () => "We talked about the trip on Sunday and the plan for the week.").join(" ");
  for (let i = 0; i + 2 < DEFENSIVE_DRAFTS.length; i += 3) {
    const drafts = DEFENSIVE_DRAFTS.slice(i, i + 3);
    it(`${drafts.map((d) => JSON.stringify(d)).join(", ")}, 4,000 characters apart`, () => {
      const joined = (gap: string) => drafts.join(`\n${gap}\n`);
      const short = rewriteOf(joined(plain(1))).rewrite.split("\n");
      const long = rewriteOf(joined(plain(64))).rewrite.split("\n");
      expect(long).toHaveLength(short.length);
      for (let line = 0; line < short.length; line += 2) expect(long[line]).toBe(short[line]);
      expect(long[1]).toBe(plain(64));
    });
  }
});

describe("composeRewrite on hand-made findings", () => {
  it("replaces from the last finding backwards without shifting earlier ones", () => {
    const text = "calm down. you always do this. whatever";
    const findings = [
      finding(text, "calm down", "I can see you're upset"),
      finding(text, "you always do this", "this keeps hurting you"),
      finding(text, "whatever", "I need a minute"),
    ];
    expect(composeRewrite(text, findings, [OPENER, QUESTION])).toBe(
      "I can hear how much this hurt you. I can see you're upset. This keeps hurting you. I need a minute. What would help most right now?",
    );
  });

  it("counts a finding inside another once, and merges one that runs past the first", () => {
    const text = "I was trying to help, you took it the wrong way.";
    const outer = finding(text, "I was trying to help, you took it the wrong way", "I'm sorry it didn't feel like help");
    const inner = finding(text, "you took it the wrong way", "INNER");
    expect(composeRewrite(text, [inner, outer], [])).toBe("I'm sorry it didn't feel like help.");

    const t2 = "Well, you never told me.";
    const a = finding(t2, "Well, you", "I hear you");
    const b = finding(t2, "you never told me", "I wish I'd known");
    expect(composeRewrite(t2, [a, b], [])).toBe("I hear you. I wish I'd known.");
  });

  it("uses another suggestion rather than repeat the same words twice", () => {
    const text = "Oh, poor you. Must be nice.";
    const findings = [finding(text, "Oh, poor you", "I'm frustrated"), finding(text, "Must be nice", "I'm frustrated")];
    expect(composeRewrite(text, findings, [])).toBe("I'm frustrated. Second choice.");
  });

  it("lower-cases a replacement in the middle of a sentence, keeping 'I'", () => {
    const text = "And honestly calm down about it.";
    expect(composeRewrite(text, [finding(text, "calm down", "Take a breath with me")], [])).toBe("And honestly take a breath with me about it.");
    expect(composeRewrite(text, [finding(text, "calm down", "I hear you")], [])).toBe("And honestly I hear you about it.");
  });

  it("drops words the replacement repeats from just before the range", () => {
    const text = "Hey, I'm sorry I was late, but you never said.";
    const f = finding(text, "sorry I was late, but you never said", "I'm sorry I was late");
    expect(composeRewrite(text, [f], [])).toBe("Hey, I'm sorry I was late.");
  });

  it("skips the opener when the draft already acknowledges, and the question when it already asks", () => {
    const text = "I can see this hurt you. But calm down, okay?";
    const rewrite = composeRewrite(text, [finding(text, "calm down", "I'm listening")], [OPENER, QUESTION]);
    expect(rewrite).toBe("I can see this hurt you. But I'm listening, okay?");
  });

  it("adds a full stop before the question when the draft has none", () => {
    const text = "it's not a big deal";
    expect(composeRewrite(text, [finding(text, "it's not a big deal", "I can see it matters to you")], [OPENER, QUESTION])).toBe(
      "I can hear how much this hurt you. I can see it matters to you. What would help most right now?",
    );
  });

  it("ignores findings whose range does not fit the text, and returns empty for an empty draft", () => {
    const text = "fine.";
    const bad = { ...finding(text, "fine", "ok"), start: 3, end: 40 };
    expect(composeRewrite(text, [bad], [])).toBe("fine.");
    expect(composeRewrite("   ", [], [OPENER, QUESTION])).toBe("");
  });
});

describe("startsWithAcknowledgment / endsWithQuestion", () => {
  it("knows an acknowledging start", () => {
    for (const s of ["I hear you.", "It sounds like you're hurt.", "Hey, I can see why you're upset", "I'm so sorry I hurt you", "That sounds awful", "You’re right, I forgot."])
      expect(startsWithAcknowledgment(s), s).toBe(true);
    for (const s of ["I'm sorry you feel that way.", "I'm sorry, but", "I didn't mean it", "Calm down", "Hey. You always do this"])
      expect(startsWithAcknowledgment(s), s).toBe(false);
  });

  it("knows a question at the end", () => {
    expect(endsWithQuestion("Can we talk? 🙏")).toBe(true);
    expect(endsWithQuestion("What happened?\n")).toBe(true);
    expect(endsWithQuestion("Why? Because.")).toBe(false);
  });
});
