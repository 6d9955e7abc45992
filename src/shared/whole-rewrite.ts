/**
 * The whole-message rewrite the popup offers: the draft redone acknowledgment-first. An opener
 * that names their feeling, the draft with every flagged move replaced by its best suggestion,
 * and a curious question at the end. Plain string work on the engine's output; no DOM.
 */
import type { Finding, MessageSuggestion } from "../engine/types";

/**
 * Openings that already meet the other person's feelings: "I hear you", "It sounds like...",
 * "I can see how much this hurt", "I'm so sorry I hurt you", "You're right", "That must have...".
 */
const ACKNOWLEDGING_START = new RegExp(
  "^(?:" +
    [
      "i hear (?:you|that|how|what)",
      "i can (?:see|hear|tell|understand|imagine)",
      "i (?:really )?(?:understand|get) (?:how|why|that|it)",
      "it sounds like",
      "(?:that|this) (?:sounds|must)",
      "(?:you must|you'?re right|you have every right|it makes sense)",
      "i'?m (?:so |really |truly |very )?sorry (?:i|that|for|about|it)",
      "i (?:really )?(?:hurt|upset|let) you",
      "thank you for (?:telling|sharing|being honest)",
      "i know (?:you'?re|this|that|how)",
    ].join("|") +
    ")\\b",
  "i",
);

/** A salutation the opener goes after: "Hey.", "Hi Sam,", "Hello my love!", "Dear Maria,", "Hey". */
const GREETING_WORD = "(?:hey|hi|hiya|hello|dear|morning|good (?:morning|afternoon|evening))";
const NAME_WORD = "(?!(?:i|i'm|i’m|you|it|that|this|so|ok|okay|well|yes|no|sorry)\\b)[\\p{L}'’-]+";
const GREETING_WITH_NAME = new RegExp(`^${GREETING_WORD}(?:[ \\t]+${NAME_WORD}){1,2}[ \\t]*[,.!](?=\\s|$)`, "iu");
const GREETING_ALONE = new RegExp(`^${GREETING_WORD}\\b[ \\t]*[,.!]?(?=\\s|$)`, "iu");

/**
 * A sign-off the closing question goes before: a last line like "Love," / "Thanks,\nSam".
 * Each run of spaces has exactly one place in the pattern that can take it: when three could
 * ("thanks" [ \t]* [,.!]? [ \t]* … [ \s]*), a long run of spaces after "thanks" took cubic time.
 */
const SIGN_OFF =
  /\n[ \t]*(?:thanks|thank you|love|lots of love|best|best wishes|cheers|regards|kind regards|best regards|warmly|take care|xo+|x+)(?:[ \t]*[,.!])?(?:[ \t]*\n[ \t]*[^ \t\n][^\n]{0,39})?\s*$/iu;

const APOSTROPHES = /[’‘]/g;

/** Whether `text` (after any greeting) already opens by acknowledging the other person's feelings. */
export function startsWithAcknowledgment(text: string): boolean {
  const { rest } = splitGreeting(text);
  return ACKNOWLEDGING_START.test(rest.trimStart().replace(APOSTROPHES, "'"));
}

/** Whether the last sentence of `text` is a question (ignoring trailing spaces, quotes and emoji). */
export function endsWithQuestion(text: string): boolean {
  // The lookbehind starts the run only once (at its first character), not at each of its characters.
  const trimmed = text.replace(/(?<![\s"'”’)\]\p{Extended_Pictographic}\u200d\ufe0f])[\s"'”’)\]\p{Extended_Pictographic}\u200d\ufe0f]+$/u, "");
  return trimmed.endsWith("?");
}

function splitGreeting(text: string): { greeting: string; rest: string } {
  const lead = /^\s*/.exec(text)![0];
  const start = text.slice(lead.length);
  const match = GREETING_WITH_NAME.exec(start) ?? GREETING_ALONE.exec(start);
  if (!match) return { greeting: "", rest: text };
  const afterGreeting = text.slice(lead.length + match[0].length);
  // "Hi, I didn't..." and "Hey I didn't mean" keep the greeting; "Hello world is..." is unlikely in a reply.
  const space = /^\s*/.exec(afterGreeting)![0];
  return { greeting: text.slice(0, lead.length + match[0].length) + space, rest: afterGreeting.slice(space.length) };
}

function capitalize(s: string): string {
  return s.replace(/^(\s*["'“‘(]?)(\p{Ll})/u, (_, pre: string, c: string) => pre + c.toUpperCase());
}

/** Lower-cases the first word unless it is "I" or one of its contractions, or looks like a name. */
function decapitalize(s: string): string {
  return s.replace(/^(\s*)(\p{Lu})(\p{Ll}*)(?=[\s,.!?'’]|$)/u, (all, pre: string, c: string, rest: string) => {
    if (c === "I" && rest === "") return all;
    return pre + c.toLowerCase() + rest;
  });
}

const QUESTION_START = /^(?:what|how|why|when|where|who|which|can|could|would|will|do|does|did|is|are|was|were|should|may|might|have|has|am)\b/i;

/** Whether the last sentence of `s` reads as a question. */
function looksLikeQuestion(s: string): boolean {
  const last = s.split(/(?<=[.!?])\s+/).pop() ?? s;
  return QUESTION_START.test(last.trim());
}

/** Where a sentence starts: the text before ends with . ! ? or a line break, or is empty. */
function atSentenceStart(before: string): boolean {
  const t = before.replace(/(?<![ \t])[ \t]+$/, "");
  return t === "" || /[.!?…]["'”’)]*$/.test(t) || t.endsWith("\n");
}

/** How much of the text before a replacement is looked at: far more than the words and clause the checks read. */
const TAIL_CHARS = 1_000;

/**
 * Splits `text` into a head the next replacement cannot change and a tail of at least TAIL_CHARS
 * (all of it when shorter), cut after a sentence end or a line break so the tail starts where a
 * sentence or clause does.
 */
function splitTail(text: string): [string, string] {
  if (text.length <= TAIL_CHARS) return ["", text];
  const from = text.length - TAIL_CHARS;
  const cut = /[.!?\n][ \t]*/g;
  let at = -1;
  // The last sentence end before the tail's start: searched backwards in a bounded window.
  const window = text.slice(Math.max(0, from - TAIL_CHARS), from);
  for (let m = cut.exec(window); m; m = cut.exec(window)) at = m.index + m[0].length;
  if (at < 0) {
    // No sentence end near: cut at a space, which the checks (words, clause length) read the same.
    const space = window.search(/\s\S*$/);
    if (space < 0) return ["", text];
    at = space + 1;
  }
  const split = Math.max(0, from - TAIL_CHARS) + at;
  return [text.slice(0, split), text.slice(split)];
}

/** Words in the clause that ends `before` (back to the last sentence end). */
function clauseWords(before: string): number {
  const clause = before.split(/[.!?\n]/).pop() ?? "";
  return clause.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}

/**
 * Picks the findings to replace, in order. A finding inside an earlier one is dropped (the outer
 * one's suggestion covers it); one that starts inside an earlier one but runs past its end is
 * merged into it, so no half of a flagged phrase is left behind.
 */
interface Edit {
  start: number;
  end: number;
  replacements: string[];
}

function planEdits(text: string, findings: readonly Finding[], skipCategories: ReadonlySet<string>): Edit[] {
  const usable = findings
    .filter(
      (f) =>
        !skipCategories.has(f.category) &&
        Number.isInteger(f.start) &&
        Number.isInteger(f.end) &&
        f.start >= 0 &&
        f.end > f.start &&
        f.end <= text.length &&
        f.suggestions.length > 0 &&
        f.suggestions[0]!.text.trim() !== "",
    )
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const edits: Edit[] = [];
  const used = new Set<string>();
  for (const f of usable) {
    const last = edits[edits.length - 1];
    if (last && f.start < last.end && f.end <= last.end) continue;
    // The first suggestion, unless an earlier move already got those exact words.
    const texts = f.suggestions.map((s) => s.text.trim()).filter((t) => t !== "");
    const replacement = texts.find((t) => !used.has(t.toLowerCase())) ?? texts[0]!;
    used.add(replacement.toLowerCase());
    if (last && f.start < last.end) {
      last.end = f.end;
      last.replacements.push(replacement);
      continue;
    }
    edits.push({ start: f.start, end: f.end, replacements: [replacement] });
  }
  return edits;
}

/**
 * Removes words at the end of `before` that `replacement` starts with again: a range that begins
 * at "sorry" in "I'm sorry I ..." with the suggestion "I'm sorry" must not give "I'm I'm sorry".
 */
function dropRepeatedWords(before: string, replacement: string): string {
  const norm = (w: string) => w.toLowerCase().replace(/[’‘]/g, "'");
  const head = replacement.split(/\s+/).slice(0, 3).map(norm);
  // Tried from word starts only: tried from every letter, a long word made this quadratic.
  const tail = /(?<![\p{L}'’])((?:[\p{L}'’]+[ \t]+){1,3})$/u.exec(before);
  if (!tail) return before;
  const words = tail[1]!.trim().split(/\s+/);
  for (let k = Math.min(words.length, head.length); k >= 1; k--) {
    const last = words.slice(-k).map(norm);
    if (last.every((w, i) => w === head[i])) {
      const cut = new RegExp(`(?<![\\p{L}'’])(?:[\\p{L}'’]+[ \\t]+){${k}}$`, "u");
      return before.replace(cut, "");
    }
  }
  return before;
}

/** Whether a finding (other than the whole-message one) starts in the draft's first sentence, after any greeting. */
function flaggedInFirstSentence(text: string, findings: readonly Finding[]): boolean {
  const { greeting } = splitGreeting(text);
  const from = greeting.length;
  const stop = /[.!?\n]/.exec(text.slice(from));
  const end = stop ? from + stop.index : text.length;
  return findings.some((f) => f.category !== "unacknowledged" && f.start < end && f.end > from);
}

/** Joins two suggestions that replace one merged range as two sentences. */
function joinSentences(parts: string[]): string {
  return parts.reduce((acc, part) => {
    if (acc === "") return part;
    const ended = /[.!?]$/.test(acc) ? acc : acc + ".";
    return `${ended} ${capitalize(part)}`;
  }, "");
}

/** Final clean-up of spacing and punctuation the joins may have left. */
function tidy(text: string): string {
  return (
    text
      // No space before punctuation, none doubled. (Runs are matched from their first character
      // only, so a long run of spaces or commas is read once, not once per character.)
      .replace(/(?<![ \t])[ \t]+([,.!?;:])/g, "$1")
      .replace(/[ \t]{2,}/g, " ")
      // ", ." / ",." / ";." -> "."; "?." -> "?"; "..": one full stop (an ellipsis stays).
      .replace(/(?<![,;:])[,;:]+([.!?])/g, "$1")
      .replace(/([!?])\.(?!\.)/g, "$1")
      .replace(/(?<!\.)\.\.(?!\.)/g, ".")
      .replace(/([.!?]),/g, "$1")
      .replace(/,{2,}/g, ",")
      // A sentence end needs a space after it before a letter.
      .replace(/([a-z][.!?])(\p{L})/gu, (all, end: string, next: string) => (/\p{Lu}/u.test(next) ? `${end} ${next}` : all))
      .replace(/(?<![ \t])[ \t]+\n/g, "\n")
      .trim()
  );
}

/**
 * The draft redone acknowledgment-first:
 *   1. the first "opener" suggestion, unless the draft already starts by acknowledging them
 *      (after any greeting, which stays first);
 *   2. the draft with each finding's range replaced by its first suggestion; overlapping findings
 *      count once; a replacement at a sentence start is capitalized, and a full-sentence
 *      replacement after a comma starts a new sentence;
 *   3. the first "question" suggestion, unless the text already ends with a question (before any
 *      sign-off such as "Love,\nSam").
 * "Unacknowledged" findings (a whole explanation with no acknowledgment) are answered by the
 * opener, so their ranges are kept as written when an opener is added.
 */
export function composeRewrite(text: string, findings: Finding[], suggestions: MessageSuggestion[]): string {
  if (text.trim() === "") return "";
  const opener = suggestions.find((s) => s.kind === "opener" && s.text.trim() !== "")?.text.trim();
  const question = suggestions.find((s) => s.kind === "question" && s.text.trim() !== "")?.text.trim();
  const addOpener = opener !== undefined && !(startsWithAcknowledgment(text) && !flaggedInFirstSentence(text, findings));
  const skip = new Set<string>(addOpener ? ["unacknowledged"] : []);

  // 2. The replacements, built left to right from slices of the original (offsets stay valid).
  let body = "";
  let cursor = 0;
  for (const edit of planEdits(text, findings, skip)) {
    let replacement = joinSentences(edit.replacements);
    // Only the end of what comes before is read and changed (the last few words, the sentence
    // end): working on all of it made a long draft with many findings quadratic.
    const [settled, tail] = splitTail(body + text.slice(cursor, edit.start));
    let before = dropRepeatedWords(tail, replacement);
    if (atSentenceStart(before)) {
      replacement = capitalize(replacement);
    } else if (/^\p{Lu}/u.test(replacement) && /[,;][ \t]*$/.test(before) && clauseWords(before) >= 3) {
      // "I'm sorry I upset you, but you're overreacting" -> "I'm sorry I upset you. I can see ..."
      before = before.replace(/[,;]([ \t]*)$/, ".$1");
    } else if (/[\p{L}\d][ \t]*$/u.test(before)) {
      replacement = decapitalize(replacement);
    }
    // A whole question replaced by a statement: "I'm sorry, but you did it too?" -> "I'm sorry."
    if (atSentenceStart(before) && text[edit.end] === "?" && !/[.!?]$/.test(replacement) && !looksLikeQuestion(replacement)) {
      replacement += ".";
    }
    body = settled + before + replacement;
    cursor = edit.end;
    // The suggestion ended its sentence: drop the original's punctuation right after the range
    // ("...come back to this?." / "I'm sorry.,") and start what follows with a capital.
    if (/[.!?]$/.test(replacement)) {
      const punctuation = /^[ \t]*[.!?,;:]+/.exec(text.slice(cursor));
      if (punctuation) cursor += punctuation[0].length;
      const next = /^(\s*)(\p{Ll})/u.exec(text.slice(cursor));
      if (next) {
        body += (next[1] || " ") + next[2]!.toUpperCase();
        cursor += next[0].length;
      }
    }
  }
  body += text.slice(cursor);

  // 1. The opener, after any greeting.
  if (addOpener) {
    const { greeting, rest } = splitGreeting(body);
    const openerSentence = /[.!?]$/.test(opener) ? opener : opener + ".";
    const restText = capitalize(rest);
    if (greeting === "") {
      body = restText === "" ? openerSentence : `${openerSentence} ${restText}`;
    } else if (/,\s*$/.test(greeting) && !/\n/.test(greeting)) {
      // "Hey, it sounds like you're hurt. I'm sorry..."
      body = `${greeting}${decapitalize(openerSentence)} ${restText}`;
    } else if (/\n[^\S\n]*$/.test(greeting)) {
      body = `${greeting}${openerSentence} ${restText}`;
    } else {
      const g = /[,.!]\s*$/.test(greeting) ? greeting.trimEnd() + " " : greeting.trimEnd() + ", ";
      body = /, $/.test(g) ? `${g}${decapitalize(openerSentence)} ${restText}` : `${g}${openerSentence} ${restText}`;
    }
  }

  // 3. The question, before any sign-off.
  if (question !== undefined) {
    const signOff = SIGN_OFF.exec(body);
    const main = signOff ? body.slice(0, signOff.index) : body;
    const tail = signOff ? body.slice(signOff.index) : "";
    if (!endsWithQuestion(main)) {
      const trimmed = main.trimEnd();
      const space = main.slice(trimmed.length);
      const ended = /[.!?…]["'”’)]*$/.test(trimmed) || /\p{Extended_Pictographic}$/u.test(trimmed) ? trimmed : trimmed + ".";
      body = `${ended} ${question}${space}${tail}`;
    }
  }
  return tidy(body);
}
