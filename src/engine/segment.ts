/**
 * Splits a draft into the sentences worth reading, with exact offsets.
 *
 * Text the person did not write as their own voice is left out before any rule sees it: lines
 * quoted from an earlier email ("> ..."), code (fenced blocks and `inline`) and URLs. Sentence
 * boundaries are found here rather than by compromise so that every sentence is a stable cache key
 * and an edit invalidates only the sentence it touches.
 */

export interface Span {
  start: number;
  end: number;
}

/** Longest sentence handed to the parser; longer runs are cut at a comma or a space. */
const MAX_SENTENCE = 400;

/** Each pattern runs only when its cheap marker is in the text at all. */
const EXCLUDED: ReadonlyArray<[marker: RegExp, pattern: RegExp]> = [
  [/```|~~~/, /```[\s\S]*?(?:```|$)|~~~[\s\S]*?(?:~~~|$)/g], // fenced code, also unterminated while typing
  [/`/, /`[^`\n]*`/g], // inline code
  [/>/, /^[ \t]*>.*$/gm], // quoted email lines
  [/https?:|www\./i, /\b(?:https?:\/\/|www\.)[^\s<>"]+/gi], // URLs
  // Email addresses. A match starts only where a run of address characters does: tried from
  // inside the run, "aaaa…a@" was re-read from every one of its characters (quadratic).
  [/@/, /(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+/g],
];

/** Ranges of `text` that no rule may read. Sorted, non-overlapping. */
export function excludedRanges(text: string): Span[] {
  const spans: Span[] = [];
  for (const [marker, pattern] of EXCLUDED) {
    if (!marker.test(text)) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      spans.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  spans.sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}

const ABBREVIATIONS = new Set(["mr", "mrs", "ms", "dr", "st", "vs", "etc", "e.g", "i.e", "jr", "sr", "approx"]);
const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);
const TERMINAL = /[.!?…]/;
const CLOSERS = /["'”’)\]]/;

const BLANK = /[\s\u200B-\u200D\u2060\uFEFF]/;

function trimSpan(text: string, start: number, end: number): Span | undefined {
  while (start < end && BLANK.test(text[start]!)) start++;
  while (end > start && BLANK.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : undefined;
}

/** Whether only spaces or tabs stand between `from` and the next line break (or the end). */
function blankUntilBreak(text: string, from: number): boolean {
  for (let k = from; k < text.length; k++) {
    const ch = text[k];
    if (ch === "\n") return true;
    if (ch !== " " && ch !== "\t") return false;
  }
  return true;
}

const LETTER = /[\p{L}.]/u;

/** The run of letters and dots just before `at` (at most 8 units back), lower-cased. */
function wordBefore(text: string, from: number, at: number): string {
  let k = at;
  while (k > Math.max(from, at - 8) && LETTER.test(text[k - 1]!)) k--;
  return text.slice(k, at).toLowerCase();
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Cuts an over-long run at the last comma or space before the limit, so parsing stays linear. */
function pushBounded(out: Span[], text: string, span: Span): void {
  let { start } = span;
  while (span.end - start > MAX_SENTENCE) {
    const window = text.slice(start, start + MAX_SENTENCE);
    let cut = Math.max(window.lastIndexOf(", "), window.lastIndexOf(" "));
    if (cut < MAX_SENTENCE / 4) cut = MAX_SENTENCE;
    // A cut between the two halves of an astral character would leave half of it in each piece.
    if (isLowSurrogate(text.charCodeAt(start + cut)) && isHighSurrogate(text.charCodeAt(start + cut - 1))) cut--;
    const piece = trimSpan(text, start, start + cut);
    if (piece) out.push(piece);
    start += cut;
  }
  const rest = trimSpan(text, start, span.end);
  if (rest) out.push(rest);
}

/** Whether a single line break ends the sentence (chat) or is just a hard wrap (email). */
function lineBreakEnds(text: string, lineStart: number, at: number): boolean {
  let end = at;
  while (end > lineStart && BLANK.test(text[end - 1]!)) end--;
  if (end - lineStart < 60) return true;
  // The last character, or the last two when it is the low half of an emoji.
  return /[.!?…:;)\p{Extended_Pictographic}]$/u.test(text.slice(Math.max(lineStart, end - 2), end));
}

const BOUNDARY = /[.!?…\n]/g;

/** Splits text[from, to) into sentences, jumping from one possible boundary to the next. */
function splitChunk(text: string, from: number, to: number, out: Span[]): void {
  let start = from;
  let lineStart = from;
  // Boundaries are looked for in this chunk only. Searched for in the whole text, a chunk without
  // one read on to the next boundary however far past its end: with many code spans or links
  // between two full stops, that was once per chunk, quadratic in the draft.
  const chunk = text.slice(from, to);
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(chunk); m; m = BOUNDARY.exec(chunk)) {
    const i = from + m.index;
    if (text[i] === "\n") {
      const beforeBlank = blankUntilBreak(text, i + 1);
      if (beforeBlank || lineBreakEnds(text, lineStart, i)) {
        pushBounded(out, text, { start, end: i });
        start = i + 1;
      }
      lineStart = i + 1;
      continue;
    }
    let j = i + 1;
    while (j < to && (TERMINAL.test(text[j]!) || CLOSERS.test(text[j]!))) j++;
    BOUNDARY.lastIndex = j - from;
    if (j < to && !isSpace(text[j])) continue; // "3.5", "e.g.x", "a.m.b"
    if (text[i] === ".") {
      const word = wordBefore(text, start, i);
      if (word && ABBREVIATIONS.has(word)) continue;
    }
    pushBounded(out, text, { start, end: j });
    start = j;
  }
  pushBounded(out, text, { start, end: to });
}

/** The sentences of `text` outside excluded ranges, in order. */
export function sentences(text: string, excluded: Span[] = excludedRanges(text)): Span[] {
  const out: Span[] = [];
  let at = 0;
  for (const ex of excluded) {
    if (ex.start > at) splitChunk(text, at, ex.start, out);
    at = Math.max(at, ex.end);
  }
  if (at < text.length) splitChunk(text, at, text.length, out);
  return out;
}

// Quotes are bounded in length so an unclosed mark costs a fixed look-ahead, keeping time linear.
const QUOTE_PAIRS: readonly RegExp[] = [
  /"[^"\n]{0,300}"/g,
  /“[^”\n]{0,300}”/g,
  /«[^»\n]{0,300}»/g,
  /„[^“”\n]{0,300}[“”]/g,
  // Single quotes only where they cannot be apostrophes: after a non-letter and before a letter.
  /(?<![\p{L}\p{N}])['‘](?=[\p{L}\p{N}])[^\n]{0,300}?(?<=[\p{L}\p{N}.!?,])['’](?![\p{L}\p{N}])/gu,
];

/** Ranges of the text inside quotation marks: quoted or mentioned words, not the person's own. */
export function quotedRanges(text: string): Span[] {
  const spans: Span[] = [];
  for (const pattern of QUOTE_PAIRS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}
