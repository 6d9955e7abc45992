/**
 * Reads one sentence: which rules match it, where, and what to say instead.
 * The result depends only on the sentence's own text, which is what makes it cacheable; context
 * from other sentences (quotes that span them, an earlier acknowledgment) is applied later.
 */
import nlp, { matchPointers, parse, type Term } from "./nlp";
import { normalize, toOriginal, type Normalized } from "./normalize";
import { gateOpen, wordSet, type CompiledPattern, type CompiledRule, type OpenRule, type WordIndex } from "./compile";
import {
  acknowledges,
  clauseEnd,
  explanationScore,
  isNegatedFrame,
  isReportedOrMentioned,
  isSelfQuestion,
  isTechnical,
  isWholeSentence,
  looksLikeCode,
} from "./context";
import { renderSuggestions, type Capture } from "./rewrite";

export interface Candidate {
  /** Index into the analyzer's compiled rules. */
  rule: number;
  /** Offsets relative to the sentence's start in the original text. */
  start: number;
  end: number;
  suggestions: string[];
}

export interface SentenceReading {
  candidates: Candidate[];
  acknowledges: boolean;
  /** How strongly this sentence explains or justifies (0 = not at all). */
  explains: number;
}

type Pointer = [number, number, number, ...unknown[]];

interface TermSpan {
  start: number;
  end: number;
}

/** Where each term's written text lies in the normalized string. */
function termSpans(doc: ReturnType<typeof nlp>, text: string): TermSpan[][] {
  const document = (doc as unknown as { document: Term[][] }).document;
  let at = 0;
  return document.map((terms) =>
    terms.map((term) => {
      if (!term.text) return { start: at, end: at };
      const found = text.indexOf(term.text, at);
      if (found < 0) return { start: at, end: at };
      at = found + term.text.length;
      return { start: found, end: at };
    }),
  );
}

/**
 * The normalized range a match covers. compromise's own offsets go wrong at contractions: the
 * implied half of "didn't" has no text, so a match starting or ending there is widened to the
 * written word that carries it.
 */
function matchRange(spans: TermSpan[][], ptr: Pointer): TermSpan | undefined {
  const [n, s, e] = ptr;
  const row = spans[n];
  if (!row) return undefined;
  let first = s;
  while (first > 0 && row[first] && row[first]!.start === row[first]!.end) first--;
  let last = e - 1;
  while (last > first && row[last]!.start === row[last]!.end) last--;
  const a = row[first];
  const b = row[last];
  if (!a || !b || b.end <= a.start) return undefined;
  return { start: a.start, end: b.end };
}

function overlaps(a: TermSpan, b: TermSpan): boolean {
  return a.start < b.end && b.start < a.end;
}

function matchAll(doc: ReturnType<typeof nlp>, pattern: CompiledPattern): { ptr: Pointer; captures: Map<string, Pointer> }[] {
  const { ptrs, byGroup } = matchPointers(doc, pattern.parsed);
  if (ptrs.length === 0) return [];
  const out = ptrs.map((ptr) => ({ ptr: ptr as Pointer, captures: new Map<string, Pointer>() }));
  for (const name of pattern.groups) {
    for (const g of (byGroup[name] ?? []) as Pointer[]) {
      const owner = out.find((o) => o.ptr[0] === g[0] && o.ptr[1] <= g[1] && g[2] <= o.ptr[2]);
      if (owner && !owner.captures.has(name)) owner.captures.set(name, g);
    }
  }
  return out;
}

function capture(doc: ReturnType<typeof nlp>, ptr: Pointer): Capture {
  const document = (doc as unknown as { document: Term[][] }).document;
  const terms = document[ptr[0]]?.slice(ptr[1], ptr[2]) ?? [];
  const words = terms.map((t) => t.implicit || t.normal || t.text.toLowerCase()).filter(Boolean);
  const tags = terms[0]?.tags ?? new Set<string>();
  const tense = ["PastTense", "Gerund", "Infinitive", "PresentTense", "Participle"].find((t) => tags.has(t));
  return { words, tense };
}

function readMatches(sentence: string, norm: Normalized, rules: readonly CompiledRule[], open: OpenRule[], words: WordIndex): Candidate[] {
  if (open.length === 0) return [];

  const text = norm.text;
  // A question about oneself, or a sentence of code, is nobody's defensive move: no need to parse.
  if (isSelfQuestion(text) || looksLikeCode(text)) return [];
  const doc = parse(text);
  const spans = termSpans(doc, text);
  const candidates: Candidate[] = [];

  for (const { index, patterns } of open) {
    const rule = rules[index]!;
    const spec = rule.spec;
    // Exceptions are matched only once the rule itself has matched: most sentences never need them.
    let exceptionRanges: TermSpan[] | undefined;
    const excepted = (range: TermSpan) =>
      (exceptionRanges ??= rule.exceptions
        .filter((p) => gateOpen(p, words))
        .flatMap((p) => matchAll(doc, p).map((m) => matchRange(spans, m.ptr)))
        .filter((r): r is TermSpan => r !== undefined)).some((r) => overlaps(r, range));
    for (const pattern of patterns) {
      for (const m of matchAll(doc, pattern)) {
        const range = matchRange(spans, m.ptr);
        if (!range) continue;
        if (excepted(range)) continue;
        if (spec.wholeSentence && !isWholeSentence(text, range.start, range.end)) continue;
        if (spec.notInTechnicalContext && isTechnical(text, range.end)) continue;
        if (isReportedOrMentioned(text, range.start) || isNegatedFrame(text, range.start)) continue;

        let end = range.end;
        let begin = range.start;
        let rest = "";
        if (spec.extendToClause) {
          end = Math.max(end, clauseEnd(text, range.end));
          while (end > range.end && /[\s'"]/.test(text[end - 1]!)) end--;
          rest = text.slice(range.end, end);
        } else if (rule.wholeSuggestions) {
          const absorbed = absorbShortTail(text, end);
          // A template ending on a capture ("And {what}") gives back the person's words up to the
          // match's end: the absorbed tail must follow them, or "do this" in "But you always do
          // this" would be lost.
          if (absorbed > end) rest = text.slice(end, absorbed);
          end = absorbed;
          begin = absorbShortHead(text, begin);
        }
        const [start, origEnd] = toOriginal(norm, begin, end);
        const captures = new Map<string, Capture>();
        for (const [name, ptr] of m.captures) captures.set(name, capture(doc, ptr));
        const restOriginal = rest ? sentence.slice(toOriginal(norm, range.end, end)[0], origEnd) : "";
        candidates.push({
          rule: index,
          start,
          end: trimEnd(sentence, start, origEnd),
          suggestions: renderSuggestions(
            spec.extendToClause ? spec.suggestions : spec.suggestions.map((t) => (ENDS_ON_CAPTURE.test(t) ? `${t}{rest}` : t)),
            captures,
            restOriginal,
            start === leadingStart(sentence),
          ),
        });
      }
    }
  }
  return candidates;
}

/** A template that ends with a capture other than {rest}. */
const ENDS_ON_CAPTURE = /\{(?!rest\})\w+\}\s*$/;

/**
 * A rewrite that says a whole thing ("I can see this really hurt you") would leave a stray tail
 * behind if the move ends a word or two before its clause does ("…paranoid| about this",
 * "…what I meant| at all"): such a tail of at most three words joins the range.
 */
function absorbShortTail(text: string, end: number): number {
  const clause = clauseEnd(text, end);
  const tail = text.slice(end, clause);
  if (!tail.trim() || (tail.match(/[\p{L}\p{N}']+/gu)?.length ?? 0) > 3) return end;
  let to = clause;
  while (to > end && /[\s'"]/.test(text[to - 1]!)) to--;
  return to;
}

/**
 * The same at the front: "Priya, the| comment was aimed at the process" or "but| have you seen
 * my workload" would keep a stray "the" or "but" before a rewrite that says a whole thing, so up
 * to three words back to the start of the clause join the range.
 */
function absorbShortHead(text: string, start: number): number {
  const before = text.slice(Math.max(0, start - 60), start);
  // No \s* before the group: it overlapped the group's own spaces, so a run of them was split
  // every possible way before failing. The leading space the group now keeps is trimmed below.
  const clause = /[,;:.!?…()"“”]([^,;:.!?…()"“”]*)$/.exec(before);
  const head = clause ? clause[1]! : start <= 60 ? before : "";
  if (!head.trim() || (head.match(/[\p{L}\p{N}']+/gu)?.length ?? 0) > 3) return start;
  // An opening quote before the move means it is being quoted; leave that to the quote check.
  if (/(?:^|\s)['‘]|["“”]/.test(head)) return start;
  return start - head.length + (head.length - head.trimStart().length);
}

/** Ends a range before trailing punctuation and space, which belong to the sentence, not the move. */
function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /[\s.,;:!?…"'“”’)\]\-–—]/.test(text[end - 1]!)) end--;
  return end;
}

function leadingStart(text: string): number {
  const m = /^[\s"'“‘(\[*_~-]*/.exec(text);
  return m ? m[0].length : 0;
}

/** Never throws: a sentence the parser chokes on simply yields no findings. */
export function readSentence(
  sentence: string,
  rules: readonly CompiledRule[],
  gate: (words: WordIndex) => OpenRule[],
  onError?: (error: unknown) => void,
): SentenceReading {
  const norm = normalize(sentence);
  const words = wordSet(norm.text);
  let candidates: Candidate[] = [];
  try {
    candidates = readMatches(sentence, norm, rules, gate(words), words);
  } catch (error) {
    onError?.(error);
    candidates = [];
  }
  return { candidates, acknowledges: acknowledges(norm.text), explains: explanationScore(norm.text) };
}
