/**
 * Engine fuzzing (issue 6, "Trust"): 100,000 random and adversarial drafts, none of which may make
 * the engine throw, report a range that is not exactly the text it flagged, or cost more than
 * linear time in the draft's length.
 *
 * Every run is seeded, so a failure prints a seed and a path that replay it exactly (fast-check
 * shrinks the draft first). FUZZ_SEED=<n> explores other seeds without editing the file.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import * as esbuild from "esbuild";
import fc from "fast-check";
// vitest runs on vite, so its parser is always installed alongside; it reads TypeScript.
import { parseAst } from "vite";
import { describe, expect, it, vi } from "vitest";
import { compileRules } from "../../src/engine/compile";
import { analyze, createAnalyzer, CATEGORIES, CATEGORY_IDS } from "../../src/engine/index";
import { excludedRanges, sentences } from "../../src/engine/segment";
import type { Analysis, Analyzer, AnalyzerOptions } from "../../src/engine/types";
import { composeRewrite } from "../../src/shared/whole-rewrite";
import { backtrackingRisks, type Risk } from "./regex-backtracking";

const BASE_SEED = Number(process.env.FUZZ_SEED ?? 20_261_206);
const root = path.resolve(__dirname, "../..");

// ---------------------------------------------------------------------------------------------
// What the engine promises about every result, checked on every input.
// ---------------------------------------------------------------------------------------------

const CATEGORY_SET = new Set<string>(CATEGORY_IDS);
const SEVERITIES = new Set(["low", "medium", "high"]);
const MESSAGE_KINDS = new Set(["opener", "question", "repair"]);

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Whether offset `at` falls between the two halves of one astral character. */
function splitsPair(text: string, at: number): boolean {
  return at > 0 && at < text.length && isHighSurrogate(text.charCodeAt(at - 1)) && isLowSurrogate(text.charCodeAt(at));
}

class BrokenPromise extends Error {}

function fail(what: string, detail: unknown): never {
  throw new BrokenPromise(`${what}: ${JSON.stringify(detail)}`);
}

/**
 * The engine's contract (types.ts) for one draft and its analysis. Plain checks that throw, not
 * expect(): this runs a hundred thousand times and must stay cheap.
 */
function checkAnalysis(text: string, result: Analysis): void {
  if (!result || !Array.isArray(result.findings) || !Array.isArray(result.suggestions)) fail("not an Analysis", result);
  for (const f of result.findings) {
    const { start, end } = f;
    if (!Number.isInteger(start) || !Number.isInteger(end)) fail("offsets are not integers", f);
    if (!(0 <= start && start < end && end <= text.length)) fail("range outside the draft or empty", { length: text.length, f });
    if (splitsPair(text, start) || splitsPair(text, end)) fail("range splits a surrogate pair", f);
    if (text.slice(start, end) !== f.excerpt) fail("excerpt is not the text at its range", { actual: text.slice(start, end), f });
    if (!CATEGORY_SET.has(f.category) || !f.rule.startsWith(`${f.category}/`)) fail("unknown category or rule id", f);
    if (!SEVERITIES.has(f.severity)) fail("unknown severity", f);
    if (typeof f.message !== "string" || f.message.length === 0) fail("no message", f);
    if (!Array.isArray(f.suggestions) || f.suggestions.length < 2) fail("fewer than two suggestions", f);
    for (const s of f.suggestions) {
      if (typeof s.text !== "string" || s.text.trim() === "") fail("a suggestion without text", f);
      if (s.label !== undefined && typeof s.label !== "string") fail("a suggestion label that is not a string", f);
    }
  }
  if (result.findings.length === 0 && result.suggestions.length > 0) fail("message-level suggestions without a finding", result);
  for (const s of result.suggestions) {
    if (!MESSAGE_KINDS.has(s.kind) || typeof s.text !== "string" || s.text.trim() === "") fail("a malformed message-level suggestion", s);
  }
  // The popup's "rewrite the whole message": every finding replaced by its first suggestion.
  const rewrite = composeRewrite(text, result.findings, result.suggestions);
  if (result.findings.length > 0 && rewrite.trim() === "") fail("composeRewrite returned nothing for a flagged draft", result);
}

// ---------------------------------------------------------------------------------------------
// Analyzers: the default one (what analyze() uses) and two configured ones, every one of them
// reporting the errors it would otherwise swallow.
// ---------------------------------------------------------------------------------------------

const swallowed: unknown[] = [];
const onError = (error: unknown) => void swallowed.push(error);

const PROFILES: readonly AnalyzerOptions[] = [
  {},
  {
    sensitivity: "strict",
    // Personal phrases become a regex: metacharacters, apostrophes and spaces must all be taken literally.
    alwaysFlag: ["you people", "c'mon", "a+b (c)?", "[x]*", "’", "so…", "\\d+", "i’m done"],
    neverFlag: ["calm down", "whatever", "(", "’s"],
    ownAcknowledgments: ["Love, I hear you.", "  "],
  },
  { sensitivity: "gentle", disabledCategories: ["minimizing", "unacknowledged"], disabledRules: ["non-apology/sorry-but"] },
];
const warm: Analyzer[] = PROFILES.map((options) => createAnalyzer({ ...options, onError }));

let analyzed = 0;

/**
 * Analyzes one draft with one profile and checks everything about the result. Every twentieth
 * draft is also read by a cold analyzer and, for the default profile, by the public analyze(): the
 * per-sentence cache must never change an answer.
 */
function fuzzOne(text: string, profile: number): void {
  swallowed.length = 0;
  const result = warm[profile]!.analyze(text);
  analyzed++;
  if (swallowed.length > 0) throw swallowed[0];
  checkAnalysis(text, result);
  if (analyzed % 20 === 0) {
    const again = warm[profile]!.analyze(text);
    const cold = createAnalyzer({ ...PROFILES[profile], onError }).analyze(text);
    if (swallowed.length > 0) throw swallowed[0];
    const expected = JSON.stringify(result);
    // A result crosses runtime.sendMessage as JSON, so it must be plain data that survives it.
    expect(JSON.parse(expected)).toStrictEqual(result);
    if (JSON.stringify(again) !== expected) fail("a second analysis differs", { result, again });
    if (JSON.stringify(cold) !== expected) fail("a cold analyzer disagrees with a warm one", { result, cold });
    if (profile === 0 && JSON.stringify(analyze(text)) !== expected) fail("analyze() disagrees with createAnalyzer()", { result });
  }
}

// ---------------------------------------------------------------------------------------------
// Material: phrases the rules are written for, real drafts, and characters that break things.
// ---------------------------------------------------------------------------------------------

const ruleExamples = CATEGORIES.flatMap((c) => c.rules.flatMap((r) => [...r.examples.flag, ...r.examples.pass]));
const flagExamples = CATEGORIES.flatMap((c) => c.rules.flatMap((r) => r.examples.flag));

function corpusTexts(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith(".jsonl")) {
        for (const line of readFileSync(full, "utf8").split("\n")) if (line.trim()) out.push((JSON.parse(line) as { text: string }).text);
      }
    }
  };
  walk(path.join(root, "tests/corpus"));
  return out;
}
const corpus = corpusTexts();

/** Trigger fragments as people type them, including the repetitions a stuck key or a rant makes. */
const TRIGGERS = [
  "but", "but but but", "sorry", "sorry sorry", "I'm", "I'm I'm I'm", "im", "i’m", "Iʼm", "you always", "you always you always",
  "you never", "not what I meant", "thats not what i meant", "That’s not what I meant", "calm down", "you're overreacting",
  "youre", "ur", "u", "whatever", "fine.", "I didn't mean to", "i didnt mean", "didn’t", "didnʼt", "it's not a big deal",
  "I'm sorry you feel that way", "I was just trying to help", "you took it the wrong way", "well you", "at least I",
  "if you had", "because", "so", "and", "literally", "honestly", "just", "too sensitive", "dramatic", "what about you",
  "Yes, but", "I hear you, but", "no offense", "must be nice", "lol", "ok", "k.", "idk", "wtf", "😒", "🙄",
];

/** Single units and short sequences that have broken text engines before. */
const HAZARDS = [
  "\u200B", "\uFEFF", "\u2060", "\u200C", "\u200D", "\u00AD", // zero-width
  "\u202E", "\u202C", "\u200F", "\u200E", "\u2066", "\u2069", "\u061C", // bidi controls
  "\r\n", "\r", "\n", "\n\n", "\t", "\v", "\f", "\u2028", "\u2029", "\u0085", // line breaks and spaces
  "\u00A0", "\u3000", "\u2009",
  "\u0000", "\u0001", "\u001B", "\u007F", "\uFFFE", "\uFFFF", "\uFFFD", // NUL and control
  "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uD83D", "\uDE12", // lone surrogates (and halves of 😒)
  "\u0301", "\u0308", "\u20DD", "\u0336", // combining marks
  "’", "‘", "ʼ", "`", "´", "'", "\"", "“", "”", "«", "»", "„", "‚", // apostrophes and quotes
  "😀", "😒", "👍🏽", "👨‍👩‍👧", "🏳️‍🌈", "❤️", "𝒜", "\u{10FFFF}", "🇺🇸", // astral and sequences
  "İ", "ẞ", "ß", "ﬁ", "Σ", "ς", "ǅ", "ı", // case mappings that change length or are lossy
  "שלום", "مرحبا", "עברית you're", "你好", "こんにちは", "Привет", // RTL and other scripts
  "…", "—", "–", "!", "?", "?!", ".", "...", ",", ";", ":", "(", ")", "[", "]", "{", "}", "<", ">", "*", "_", "~", "#", "@", "/", "\\",
];

/** Text that looks like markup, code, addresses and numbers: things the segmenter carves out or should. */
const STRUCTURES = [
  "> ", "\n> ", ">> ", "```", "```\n", "~~~", "`", "**", "__", "# ", "- ", "1. ", "<b>", "</b>", "<p>", "<br/>", "&amp;", "&#x27;",
  "<script>alert(1)</script>", "https://example.com/calm-down?x=1&y=2#frag", "http://a.b/c", "www.example.org", "ftp://x",
  "me@example.com", "a.b+c@d-e.co.uk", "@here", "@", "3.14", "1,000,000", "12:30", "2024-01-02", "+1 (555) 010-9999", "#1",
  "e.g.", "i.e.", "Mr.", "Dr. Smith", "a.m.", "etc.", ":)", ":-(", "<3", "¯\\_(ツ)_/¯", "$$$", "100%",
];

/** Units whose long runs have made regexes backtrack in other projects. */
const RUN_UNITS = [
  "a", "!", ".", " ", "\n", "\r\n", "\t", "'", "’", "\"", "`", "@", "a@", "-", "_", ",", "?", "? ", "…", "\u200B", "😒", "\uD800",
  "but ", "but but ", "sorry ", "sorry sorry ", "I'm ", "I’m ", "you always ", "you always you always ", "not what I meant ",
  "so ", "very ", "lol ", "ha", "> ", "http://", "```", "(", "[", "{", "<", "*", "#", "a'", "a’a ", "I ", "u ", "ur ",
];

const SEPARATORS = ["", " ", "  ", "\n", "\r\n", ". ", "! ", "? ", ", ", "\t", "…", "\u200B", " — ", ";"];

// ---------------------------------------------------------------------------------------------
// Arbitraries. Most drafts are short (under 200 units) as real ones are; a tail runs to thousands.
// ---------------------------------------------------------------------------------------------

const hazard = fc.constantFrom(...HAZARDS);
const structure = fc.constantFrom(...STRUCTURES);
const trigger = fc.constantFrom(...TRIGGERS);
const example = fc.constantFrom(...ruleExamples);
const flagged = fc.constantFrom(...flagExamples);
const separator = fc.constantFrom(...SEPARATORS);
const word = fc.constantFrom(...[...new Set(ruleExamples.join(" ").split(/\s+/))].filter(Boolean));

const junk = fc.oneof(
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.string({ unit: "grapheme", maxLength: 12 }),
  fc.string({ unit: hazard, maxLength: 6 }),
  structure,
  fc.integer().map(String),
);

/** Mostly drafts under 200 units, as real ones are, with one in ten running to thousands. */
function shortWithLongTail(short: fc.Arbitrary<string>, long: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.oneof({ arbitrary: short, weight: 9 }, { arbitrary: long, weight: 1 });
}

const anyUnit = fc.oneof(fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), hazard);
const asciiWithHazards = fc.oneof({ arbitrary: fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 1 }), weight: 4 }, { arbitrary: hazard, weight: 1 });

/** Random unicode: every code point, lone surrogates, graphemes, and ASCII with hazards mixed in. */
const randomUnicode = shortWithLongTail(
  fc.oneof(
    fc.string({ unit: "binary", maxLength: 200, size: "medium" }),
    fc.string({ unit: "grapheme", maxLength: 100, size: "medium" }),
    fc.string({ unit: anyUnit, maxLength: 200, size: "medium" }),
    fc.string({ unit: asciiWithHazards, maxLength: 200, size: "medium" }),
  ),
  fc.oneof(fc.string({ unit: "binary", maxLength: 2000, size: "max" }), fc.string({ unit: asciiWithHazards, maxLength: 2000, size: "max" })),
);

const soupPart = fc.oneof({ arbitrary: trigger, weight: 3 }, { arbitrary: word, weight: 3 }, { arbitrary: junk, weight: 1 }, { arbitrary: separator, weight: 3 });

/** Trigger words, rule vocabulary and junk in any order. */
const tokenSoup = shortWithLongTail(
  fc.array(soupPart, { maxLength: 40, size: "medium" }).map((parts) => parts.join("")),
  fc.array(soupPart, { maxLength: 300, size: "max" }).map((parts) => parts.join("")),
);

/** A long run of one unit, optionally inside a real sentence: the classic backtracking trap. */
const longRun = fc
  .tuple(
    fc.oneof(fc.constant(""), example, trigger),
    fc.constantFrom(...RUN_UNITS),
    fc.oneof({ arbitrary: fc.integer({ min: 2, max: 60 }), weight: 4 }, { arbitrary: fc.integer({ min: 60, max: 1500 }), weight: 1 }),
    fc.oneof(fc.constant(""), fc.constant("x"), example, trigger, hazard),
  )
  .map(([before, unit, count, after]) => before + unit.repeat(count).slice(0, 6000) + after);

/** Known defensive and innocent sentences from the rules, spliced with junk and each other. */
const splicePart = fc
  .tuple(
    fc.oneof(
      { arbitrary: example, weight: 3 },
      { arbitrary: flagged, weight: 2 },
      // Junk inside a sentence: the phrase a rule looks for, broken at any point.
      { arbitrary: fc.tuple(example, fc.nat(), junk).map(([s, at, j]) => s.slice(0, at % (s.length + 1)) + j + s.slice(at % (s.length + 1))), weight: 3 },
      { arbitrary: junk, weight: 1 },
    ),
    separator,
  )
  .map(([part, sep]) => part + sep);
const spliced = shortWithLongTail(
  fc.array(splicePart, { minLength: 1, maxLength: 5 }).map((parts) => parts.join("")),
  fc.array(splicePart, { minLength: 10, maxLength: 30, size: "max" }).map((parts) => parts.join("")),
);

type Mutation = { at: number; kind: number; insert: string; span: number };
const mutation = fc.record({ at: fc.nat(), kind: fc.integer({ min: 0, max: 5 }), insert: fc.oneof(hazard, junk, trigger), span: fc.integer({ min: 1, max: 8 }) });

function mutate(text: string, m: Mutation): string {
  const at = text.length === 0 ? 0 : m.at % (text.length + 1);
  switch (m.kind) {
    case 0: // insert
      return text.slice(0, at) + m.insert + text.slice(at);
    case 1: // delete
      return text.slice(0, at) + text.slice(at + m.span);
    case 2: // swap two neighbours
      return at + 1 < text.length ? text.slice(0, at) + text[at + 1] + text[at] + text.slice(at + 2) : text;
    case 3: // replace one unit (which may leave half of a surrogate pair behind)
      return text.slice(0, at) + m.insert.slice(0, 1) + text.slice(at + 1);
    case 4: // duplicate a stretch
      return text.slice(0, at + m.span) + text.slice(at, at + m.span) + text.slice(at + m.span);
    default: // shout or whisper a stretch
      return text.slice(0, at) + (m.span % 2 ? text.slice(at, at + 4 * m.span).toUpperCase() : text.slice(at, at + 4 * m.span).toLowerCase()) + text.slice(at + 4 * m.span);
  }
}

/** Real drafts from the labelled corpus, typed badly. */
const corpusDraft = fc.constantFrom(...corpus);
const mutatedCorpus = fc
  .tuple(
    shortWithLongTail(corpusDraft, fc.array(fc.tuple(corpusDraft, separator), { minLength: 5, maxLength: 20 }).map((parts) => parts.flat().join(""))),
    fc.array(mutation, { minLength: 1, maxLength: 6 }),
  )
  .map(([text, mutations]) => mutations.reduce(mutate, text));

/** Very long words, alone or inside a trigger phrase. */
const longWord = fc
  .tuple(
    fc.oneof(fc.constant(""), trigger.map((t) => t + " ")),
    fc.string({ unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz'’-_.@é😒\u0301"), minLength: 100, maxLength: 3000, size: "max" }),
    fc.oneof(fc.constant(""), trigger.map((t) => " " + t), fc.constant("@x.com")),
  )
  .map(([a, w, b]) => a + w + b);

/** Quotes within quotes, quoted email, code and links around defensive phrases. */
const structured = fc
  .tuple(
    fc.constantFrom(
      (s: string) => `she said "${s}"`,
      (s: string) => `he wrote 'you said “${s}”' and left`,
      (s: string) => `“${s}`,
      (s: string) => `"${s}" ${s}`,
      (s: string) => `> ${s}\n${s}`,
      (s: string) => "```\n" + s + "\n```\n" + s,
      (s: string) => "```" + s,
      (s: string) => "`" + s + "` " + s,
      (s: string) => `<p>${s}</p><br/>${s}`,
      (s: string) => `https://example.com/${s.replace(/\s+/g, "-").slice(0, 80)} ${s}`,
      (s: string) => `${s} me@example.com ${s}`,
      (s: string) => `**${s}** _${s}_`,
      (s: string) => `- ${s}\n- ${s}\n\n1. ${s}`,
      (s: string) => `«${s}» „${s}“ ‘${s}’`,
      (s: string) => `Hi Sam,\n\n${s}\n\nLove,\nAlex`,
      (s: string) => `${s}\r\n${s}\r${s}\n`,
    ),
    fc.oneof(example, trigger, tokenSoup),
  )
  .map(([wrap, s]) => wrap(s));

const profile = fc.integer({ min: 0, max: PROFILES.length - 1 });

interface Family {
  name: string;
  runs: number;
  draft: fc.Arbitrary<string>;
}

const FAMILIES: readonly Family[] = [
  { name: "random unicode (every code point, lone surrogates, graphemes)", runs: 20_000, draft: randomUnicode },
  { name: "trigger words, rule vocabulary and junk in any order", runs: 12_000, draft: tokenSoup },
  { name: "long runs of one unit", runs: 12_000, draft: longRun },
  { name: "rule examples spliced with junk and each other", runs: 15_000, draft: spliced },
  { name: "corpus drafts with typos, insertions and deletions", runs: 20_000, draft: mutatedCorpus },
  { name: "very long words", runs: 5_000, draft: longWord },
  { name: "quotes, quoted email, code, markup and links", runs: 16_000, draft: structured },
];

describe("engine fuzzing: 100,000 drafts", () => {
  it("adds up to 100,000 drafts", () => {
    expect(FAMILIES.reduce((sum, f) => sum + f.runs, 0)).toBe(100_000);
  });

  FAMILIES.forEach((family, index) => {
    it(family.name, { timeout: 300_000 }, () => {
      const before = analyzed;
      fc.assert(
        fc.property(family.draft, profile, (text, p) => fuzzOne(text, p)),
        { numRuns: family.runs, seed: BASE_SEED + index },
      );
      expect(analyzed - before).toBeGreaterThanOrEqual(family.runs);
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Bugs this file found, kept as plain cases so that they stay fixed whatever the seed.
// ---------------------------------------------------------------------------------------------

describe("bugs this file found", () => {
  it("a personal phrase of apostrophes alone flags nothing (it matched the empty string, and looped forever inside code)", () => {
    const analyzer = createAnalyzer({ alwaysFlag: ["'", "’’"], neverFlag: ["'"], onError });
    for (const text of ["you're late, ok", "a `!` b", "calm down"]) {
      swallowed.length = 0;
      const result = analyzer.analyze(text);
      expect(swallowed).toEqual([]);
      checkAnalysis(text, result);
    }
    // The never-flag "'" matched every excerpt too, and so dropped every finding.
    expect(analyzer.analyze("calm down").findings.map((f) => f.excerpt)).toEqual(["calm down"]);
  });

  it('"You never." on its own gets two suggestions like every finding (it got one)', () => {
    for (const text of ["You never.", "you never", "you always"]) {
      const result = analyze(text);
      expect(result.findings.map((f) => f.rule)).toEqual(["absolutes/you-never"]);
      checkAnalysis(text, result);
    }
  });

  it("a range capped at 60 units never ends inside an astral character (it ended between the halves of 𒁈)", () => {
    for (const text of ["I didn't mean to yell " + "𒁈".repeat(40), "I didn't mean to yell x" + "𒁈".repeat(40)]) {
      const result = createAnalyzer({ sensitivity: "strict", onError }).analyze(text);
      expect(result.findings.length).toBeGreaterThan(0);
      checkAnalysis(text, result);
    }
  });

  it("a sentence too long to parse whole is never cut inside an astral character", () => {
    const text = "x".repeat(399) + "😒" + "y".repeat(10);
    for (const span of sentences(text)) {
      expect(splitsPair(text, span.start)).toBe(false);
      expect(splitsPair(text, span.end)).toBe(false);
    }
  });

  it("email addresses are still left out after the email pattern stopped backtracking", () => {
    expect(excludedRanges("write to me@example.com, calm down").map((r) => [r.start, r.end])).toEqual([[9, 23]]);
    expect(excludedRanges("aaaa.b+c@d-e.co.uk").map((r) => [r.start, r.end])).toEqual([[0, 18]]);
  });
});

// ---------------------------------------------------------------------------------------------
// Linear time, read off the patterns: no regex the engine runs can backtrack super-linearly.
// See regex-backtracking.ts for what is checked and why a static check rather than a clock.
// ---------------------------------------------------------------------------------------------

/** Everything that reads a draft or a message: the engine, its rules, and the shared string helpers. */
const SCANNED = ["src/engine", "src/shared"];

interface FoundRegex {
  where: string;
  pattern: string;
  flags: string;
}

function tsFilesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return tsFilesUnder(full);
    return /\.tsx?$/.test(name) && !name.endsWith(".d.ts") ? [full] : [];
  });
}

/** The regex literals in a source file, and the lines where it calls `new RegExp(...)`. */
function regexesIn(file: string): { literals: FoundRegex[]; constructed: string[] } {
  const code = readFileSync(file, "utf8");
  const lineStarts = [0];
  for (let i = code.indexOf("\n"); i >= 0; i = code.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  const lineOf = (offset: number) => {
    let line = 0;
    while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= offset) line++;
    return line + 1;
  };
  const where = (offset: number) => `${path.relative(root, file)}:${lineOf(offset)}`;
  const literals: FoundRegex[] = [];
  const constructed: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== "object") return;
    const n = node as { type?: string; start: number; regex?: { pattern: string; flags: string }; callee?: { type: string; name?: string } };
    if (n.type === "Literal" && n.regex) literals.push({ where: where(n.start), pattern: n.regex.pattern, flags: n.regex.flags });
    if ((n.type === "NewExpression" || n.type === "CallExpression") && n.callee?.type === "Identifier" && n.callee.name === "RegExp") {
      constructed.push(where(n.start));
    }
    for (const [key, value] of Object.entries(n)) if (key !== "parent") visit(value);
  };
  visit(parseAst(code, { lang: /\.tsx$/.test(file) ? "tsx" : /\.ts$/.test(file) ? "ts" : "js" }, file));
  return { literals, constructed };
}

function risksOf(regexes: readonly FoundRegex[], kinds: readonly Risk["kind"][] = ["exponential", "polynomial"]): string[] {
  return regexes.flatMap((r) =>
    backtrackingRisks(r.pattern, r.flags)
      .filter((f) => kinds.includes(f.kind))
      .map((f) => `${r.where} /${r.pattern}/${r.flags}: ${f.kind} on a run of ${JSON.stringify(f.run)} (${f.loops.join(" then ")})`),
  );
}

const scanned = SCANNED.flatMap((dir) => tsFilesUnder(path.join(root, dir))).map((file) => ({ file, ...regexesIn(file) }));

/** Regexes that must be reported: textbook cases, and the engine's own before this test fixed them. */
const KNOWN_SUPERLINEAR: readonly RegExp[] = [
  /(x+)+y/,
  /(a|a)*b/,
  /(\w+\s?)+$/,
  /(a*)*b/,
  /(?:a|a){0,30}b/,
  /\s*\s*$/,
  /a.*b.*c/s,
  /x+y/,
  /[ \t]+$/,
  // Before: segment.ts (email), compile.ts, context.ts, sentence.ts, rewrite.ts, whole-rewrite.ts.
  /[\w.+-]+@[\w-]+\.[\w.-]+/g,
  /\(([^()]*\|[^()]*)\)/g,
  /^'+|'+$/g,
  /\?\s*[\p{Extended_Pictographic}\s]*$/u,
  /[,;:.!?…()"“”]\s*([^,;:.!?…()"“”]*)$/,
  /[.!]+$/,
  /\n[ \t]*(?:thanks|thank you|love|lots of love|best|best wishes|cheers|regards|kind regards|best regards|warmly|take care|xo+|x+)[ \t]*[,.!]?[ \t]*(?:\n[ \t]*[^\n]{1,40})?[ \s]*$/iu,
  /[\s"'”’)\]\p{Extended_Pictographic}\u200d\ufe0f]+$/u,
  /((?:[\p{L}'’]+[ \t]+){1,3})$/u,
  /[ \t]+([,.!?;:])/g,
  /[,;:]+([.!?])/g,
  /[ \t]+\n/g,
  /\n\s*$/,
  /\s*$/,
];

/** Regexes that must pass: shapes that look risky but cannot backtrack more than linearly. */
const KNOWN_LINEAR: readonly RegExp[] = [
  /[\p{L}\p{N}']+/gu,
  /\b\w+_\w+\b/, // after a whole run of word characters, \b always holds: nothing to retry
  /```[\s\S]*?(?:```|$)/g, // can always run on to the end, where $ matches
  /"[^"\n]{0,300}"/g, // bounded
  /\bi(?:'m| am) (?:so |really |truly )*sorry/, // the alternatives cannot split one text two ways
  /(?<=[.!?])\s+/,
  /^[ \t]*>.*$/gm,
  /(?<![\p{L}\p{N}])['‘](?=[\p{L}\p{N}])[^\n]{0,300}?(?<=[\p{L}\p{N}.!?,])['’](?![\p{L}\p{N}])/gu,
];

describe("no regex the engine runs can backtrack more than linearly", () => {
  it("the checker reports every known super-linear pattern and passes the linear ones", () => {
    for (const re of KNOWN_SUPERLINEAR) expect(backtrackingRisks(re.source, re.flags), String(re)).not.toEqual([]);
    for (const re of KNOWN_LINEAR) expect(backtrackingRisks(re.source, re.flags), String(re)).toEqual([]);
  });

  it("every regex literal in the engine, its rules and the shared string helpers", () => {
    const literals = scanned.flatMap((s) => s.literals);
    // A scan that found nothing would pass vacuously.
    expect(literals.length).toBeGreaterThan(150);
    expect(risksOf(literals)).toEqual([]);
  });

  it("every regex they build at run time, caught as it is built", { timeout: 60_000 }, async () => {
    const sites = scanned.flatMap((s) => s.constructed);
    expect(sites.length).toBeGreaterThan(5);
    const srcRoot = path.join(root, "src") + path.sep;
    const built = new Map<string, FoundRegex[]>();
    const Native = globalThis.RegExp;
    globalThis.RegExp = new Proxy(Native, {
      construct(target, args: ConstructorParameters<RegExpConstructor>) {
        const re = Reflect.construct(target, args) as RegExp;
        // The first frame in the project's sources is the line that built it.
        for (const m of (new Error().stack ?? "").matchAll(/(\/[^\s():]+\.tsx?):(\d+):\d+/g)) {
          if (!m[1]!.startsWith(srcRoot)) continue;
          const where = `${path.relative(root, m[1]!)}:${m[2]}`;
          built.set(where, [...(built.get(where) ?? []), { where, pattern: re.source, flags: re.flags }]);
          break;
        }
        return re;
      },
    });
    try {
      // Fresh copies, so that module-level regexes are built again while we watch.
      vi.resetModules();
      for (const file of new Set(sites.map((s) => s.split(":")[0]!))) await import(path.join(root, file));
      const engine = await import("../../src/engine/index");
      const rewrite = await import("../../src/shared/whole-rewrite");
      // Built per analyzer from the person's phrases.
      const analyzer = engine.createAnalyzer({ alwaysFlag: ["you people", "c'mon", "a+b (c)?", "so   what"], neverFlag: ["whatever", "’s"] });
      analyzer.analyze("Honestly, you people. C’mon, so what. Whatever.");
      // Built per rewrite when a replacement starts with the words before it ("I'm" + "I'm sorry").
      const text = "Well I'm sorry I was late.";
      const start = text.indexOf("sorry");
      const finding = {
        rule: "non-apology/sorry-but",
        category: "non-apology" as const,
        severity: "high" as const,
        start,
        end: text.length - 1,
        excerpt: text.slice(start, -1),
        message: "m",
        suggestions: [{ text: "I'm sorry I was late" }, { text: "x" }],
      };
      expect(rewrite.composeRewrite(text, [finding], [])).not.toContain("I'm I'm");
    } finally {
      globalThis.RegExp = Native;
    }
    expect(sites.filter((site) => !built.has(site))).toEqual([]);
    expect(risksOf([...built.values()].flat())).toEqual([]);
  });

  it("every regex inside a rule pattern", () => {
    type Token = { regex?: RegExp; choices?: Token[][] };
    const regexes: FoundRegex[] = [];
    const visit = (tokens: Token[], where: string) => {
      for (const t of tokens) {
        if (t.regex) regexes.push({ where, pattern: t.regex.source, flags: t.regex.flags });
        for (const choice of t.choices ?? []) visit(choice, where);
      }
    };
    for (const rule of compileRules(CATEGORIES)) {
      for (const p of [...rule.patterns, ...rule.exceptions]) visit(p.parsed as unknown as Token[], rule.id);
    }
    expect(regexes.length).toBeGreaterThan(0);
    expect(risksOf(regexes)).toEqual([]);
  });

  it("rule patterns repeat a term a bounded number of times", () => {
    // compromise tries a pattern from every word, so an unbounded repeat ("#Noun+", ".*") costs up
    // to the sentence's length from each of them. The longest bounded repeat in use is 15.
    type Token = { greedy?: boolean; max?: number; choices?: Token[][] };
    const unbounded: string[] = [];
    const visit = (tokens: Token[], source: string) => {
      for (const t of tokens) {
        if (t.greedy && !(Number.isFinite(t.max) && t.max! <= 20)) unbounded.push(source);
        for (const choice of t.choices ?? []) visit(choice, source);
      }
    };
    for (const rule of compileRules(CATEGORIES)) {
      for (const p of [...rule.patterns, ...rule.exceptions]) visit(p.parsed as unknown as Token[], `${rule.id}: ${p.source}`);
    }
    expect(unbounded).toEqual([]);
  });

  it("compromise's own regexes are never exponential, and only ever read one bounded sentence", { timeout: 60_000 }, async () => {
    // compromise is a dependency: its patterns cannot be changed here. A dozen of them are
    // quadratic on a long run (a trailing " *$", say), which is harmless as long as what they
    // read is bounded: the segmenter hands compromise one sentence of at most 400 units
    // (MAX_SENTENCE in segment.ts), so their cost per sentence is bounded and the draft's linear.
    // An exponential one would not be saved by the bound.
    const result = await esbuild.build({
      stdin: { contents: 'export { default } from "compromise/two";', resolveDir: root },
      bundle: true,
      write: false,
      metafile: true,
      format: "esm",
      platform: "neutral",
      mainFields: ["module", "main"],
      conditions: ["import"],
      logLevel: "silent",
    });
    const files = Object.keys(result.metafile.inputs).filter((f) => f.includes("node_modules/"));
    const literals = files.flatMap((f) => regexesIn(path.resolve(root, f)).literals);
    expect(literals.length).toBeGreaterThan(100);
    expect(risksOf(literals, ["exponential"])).toEqual([]);
    fc.assert(
      fc.property(fc.oneof(longRun, tokenSoup, longWord, randomUnicode), (text) => {
        for (const span of sentences(text)) if (span.end - span.start > 400) return false;
        return true;
      }),
      { numRuns: 2_000, seed: BASE_SEED },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Linear time, measured: adversarial drafts eight times as long cost about eight times as much.
// ---------------------------------------------------------------------------------------------

/** An eightfold longer draft may cost at most this many times as much: linear is 8, quadratic 64. */
const GROWTH_BOUND = 40;

/**
 * CPU time this process has used, in ms. Not wall time: on a shared machine wall time also counts
 * the time spent waiting for a core, which is most of the noise.
 */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * The least CPU time one call of `work` takes over a few runs after a warm-up: disturbance only
 * ever adds time. A run repeats calls until it lasts 2 ms, so that quick ones are timed too.
 */
function leastCpu(work: () => void, runs = 3): number {
  work();
  let least = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = cpuMs();
    let calls = 0;
    do {
      work();
      calls++;
    } while (cpuMs() - start < 2);
    least = Math.min(least, (cpuMs() - start) / calls);
  }
  return least;
}

interface Shape {
  name: string;
  /** The smaller size, in UTF-16 units; big enough that a quadratic term would dominate at 8n. */
  n: number;
  make: (n: number) => string;
}

/** `unit` repeated to exactly n units. */
const fill = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

/**
 * Phrases numbered one after another to n units. Numbered, so that no two sentences are alike:
 * a plain repetition is read once and then served from the sentence cache, which measures nothing.
 */
const numbered = (phrase: string, n: number) =>
  Array.from({ length: Math.ceil(n / phrase.length) }, (_, i) => `${phrase} ${i}`).join(" ").slice(0, n);

/**
 * How many times as much `work` costs on the 8n draft as on the n draft. A real super-linear cost
 * shows in every measurement, noise only now and then, so a shape gets up to three measurements
 * and the smallest ratio counts (or the largest, for a control that must show growth).
 */
function growth(shape: Shape, work: (text: string) => () => void, want: "linear" | "superlinear"): number {
  const small = work(shape.make(shape.n));
  const large = work(shape.make(8 * shape.n));
  let best = want === "linear" ? Infinity : 0;
  for (let attempt = 0; attempt < 3; attempt++) {
    const ratio = leastCpu(large) / leastCpu(small);
    best = want === "linear" ? Math.min(best, ratio) : Math.max(best, ratio);
    if (want === "linear" ? best < GROWTH_BOUND : best > GROWTH_BOUND) break;
    // Far past the bound is no accident of noise, and measuring a slow case again only waits longer.
    if (ratio > 2 * GROWTH_BOUND) break;
  }
  return best;
}

const corpusRun = corpus.join(" ");

/** Drafts made of what has made text engines slow before, at a size where quadratic cost would show. */
const ENGINE_SHAPES: readonly Shape[] = [
  { name: "a run of address characters before an @", n: 16_000, make: (n) => "a".repeat(n - 1) + "@" },
  { name: "a run of spaces after a finding", n: 16_000, make: (n) => "You're overreacting. " + " ".repeat(n) + "x" },
  { name: "blank lines", n: 16_000, make: (n) => "you're overreacting\n" + "\n".repeat(n) + "calm down" },
  { name: "CRLF lines of findings", n: 8_000, make: (n) => numbered("calm down\r\nyou always do this\r\n", n) },
  { name: "runs of ! ? . and ,", n: 16_000, make: (n) => "Calm down" + fill("!!!!???....,,,,", n) + " whatever" },
  { name: "one word with no space", n: 16_000, make: (n) => "a".repeat(n) },
  { name: "apostrophes inside long words", n: 16_000, make: (n) => fill("a" + "'".repeat(300) + "b ", n) },
  { name: "single quotes on a line with a finding", n: 16_000, make: (n) => fill(" 'a", n) + " you're overreacting" },
  // Many code spans or links between two full stops: each gap between them is a chunk to split.
  { name: "inline code with no full stop", n: 16_000, make: (n) => fill("`a", n) + " calm down" },
  { name: "fences", n: 16_000, make: (n) => fill("```a ~~~ ", n) + " calm down" },
  { name: "links and addresses with no full stop", n: 16_000, make: (n) => fill("see https://x.io/a me@x.io or www.y.org ", n) + "calm down" },
  { name: "a trigger repeated without a sentence break", n: 8_000, make: (n) => numbered("but you always", n) },
  { name: "sorry and I'm repeated", n: 8_000, make: (n) => numbered("sorry sorry I'm I'm", n) },
  { name: "emoji, zero-width characters and lone surrogates", n: 16_000, make: (n) => fill("😒\u200B\uD800\u202E ", n) },
  { name: "real drafts back to back", n: 8_000, make: (n) => fill(corpusRun + " ", n) },
  // Same length, same start, middle and end: the sentence cache's fingerprint cannot tell them
  // apart, which once made every lookup walk all of them. Quadratic only shows past ~100 KB.
  {
    name: "a numbered list of same-length sentences",
    n: 128_000,
    make: (n) => Array.from({ length: Math.ceil(n / 56) }, (_, i) => `Sentence ${String(i).padStart(9, "0")} xxxxxxxxxxxxxxxxxxxx talking about zz.\n`).join("").slice(0, n),
  },
];

/**
 * Drafts for the whole-message rewrite, each with one or two findings. Its regexes are what is
 * measured here: the rewrite also re-reads the text before each finding it replaces, so its cost
 * grows with length times findings, which a draft dense with findings would show.
 */
const REWRITE_SHAPES: readonly Shape[] = [
  // Small: this one was cubic, and a regression should fail in seconds rather than hours.
  { name: "a sign-off followed by spaces", n: 500, make: (n) => "You're overreacting.\nthanks" + " ".repeat(n) + "x" },
  { name: "a long word before a finding", n: 4_000, make: (n) => "a".repeat(n) + ", you're overreacting" },
  { name: "spaces and commas before the end", n: 4_000, make: (n) => "You're overreacting" + fill(" ,", n) + "x." },
  { name: "spaces and quotes after a question", n: 4_000, make: (n) => "Calm down?" + fill(" \"'", n) + "x" },
];

describe("time grows linearly with the draft", () => {
  it("the measurement catches a quadratic regex (control)", () => {
    // The email pattern as it was: on "aaaa…@" every start re-reads the rest of the run.
    const quadratic = /[\w.+-]+@[\w-]+\.[\w.-]+/g;
    const shape: Shape = { name: "control", n: 4_000, make: (n) => "a".repeat(n - 1) + "@" };
    const ratio = growth(shape, (text) => () => void text.match(quadratic), "superlinear");
    expect(ratio).toBeGreaterThan(GROWTH_BOUND);
  });

  it.each(ENGINE_SHAPES)("analyze(): $name", { timeout: 120_000 }, (shape) => {
    const ratio = growth(shape, (text) => () => void createAnalyzer().analyze(text), "linear");
    expect(ratio).toBeLessThan(GROWTH_BOUND);
  });

  it.each(REWRITE_SHAPES)("composeRewrite(): $name", { timeout: 120_000 }, (shape) => {
    const ratio = growth(
      shape,
      (text) => {
        const { findings, suggestions } = createAnalyzer().analyze(text);
        return () => void composeRewrite(text, findings, suggestions);
      },
      "linear",
    );
    expect(ratio).toBeLessThan(GROWTH_BOUND);
  });
});
