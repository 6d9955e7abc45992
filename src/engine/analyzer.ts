/**
 * The analyzer: sentences in, findings out, with a per-sentence cache so that re-reading a long
 * draft after a one-character edit costs about one sentence.
 */
import { LruCache } from "./cache";
import { buildGate, compileRules, type CompiledRule } from "./compile";
import { messageSuggestions, unacknowledgedFinding, type SentenceFacts } from "./message";
import { CATEGORIES } from "./rules";
import { excludedRanges, quotedRanges, sentences, type Span } from "./segment";
import { readSentence, type SentenceReading } from "./sentence";
import type { Analysis, Analyzer, AnalyzerOptions, Finding, Severity } from "./types";

const SEVERITY_RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2 };
const MIN_RANK = { gentle: 2, standard: 1, strict: 0 } as const;

/** Every rule, compiled once per module load; analyzers filter by their options. */
let allRules: CompiledRule[] | undefined;
function compiledRules(): CompiledRule[] {
  return (allRules ??= compileRules(CATEGORIES));
}

/** Gates are built once per set of enabled rules, so making an analyzer costs next to nothing. */
const gates = new Map<string, ReturnType<typeof buildGate>>();
function gateFor(rules: readonly CompiledRule[]): ReturnType<typeof buildGate> {
  const key = rules.map((r) => r.id).join("\n");
  let gate = gates.get(key);
  if (!gate) {
    if (gates.size >= 8) gates.clear();
    gates.set(key, (gate = buildGate(rules)));
  }
  return gate;
}

interface CachedSentence {
  sentence: string;
  reading: SentenceReading;
}

/** Whether the sentence at `start` opens with the word "but" (after any punctuation). */
function opensWithBut(text: string, start: number): boolean {
  let k = start;
  while (k < text.length && k < start + 4 && !/[\p{L}]/u.test(text[k]!)) k++;
  return (text[k] === "b" || text[k] === "B") && /^but\b/i.test(text.slice(k, k + 4));
}

/**
 * A cheap fingerprint of text[start, end): its length and up to 24 units from its ends and
 * middle. Equal sentences always agree; the rare different ones that agree are told apart by the
 * startsWith() comparison in the cache lookup. Hashing every character of a long draft on every
 * keystroke cost more than everything else the lookup does.
 */
function hashRange(text: string, start: number, end: number): number {
  const length = end - start;
  let h = Math.imul(0x811c9dc5 ^ length, 0x01000193);
  const take = (from: number, to: number) => {
    for (let k = from; k < to; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  };
  if (length <= 24) take(start, end);
  else {
    const mid = start + (length >> 1);
    take(start, start + 8);
    take(mid - 4, mid + 4);
    take(end - 8, end);
  }
  return h >>> 0;
}

/** A hash of every unit of text[start, end), for sentences the fingerprint cannot tell apart. */
function hashAll(text: string, start: number, end: number): number {
  let h = Math.imul(0x811c9dc5 ^ (end - start), 0x01000193);
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return h >>> 0;
}

/** Most sentences one cache bucket holds. */
const MAX_BUCKET = 4;

/** A flat copy of a string, sharing no storage with the string it was sliced from. */
function detach(s: string): string {
  return JSON.parse(JSON.stringify(s)) as string;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function phraseMatcher(phrases: readonly string[] | undefined): RegExp | undefined {
  // Apostrophes become optional below, so a phrase of apostrophes alone would match the empty
  // string at almost every position of the draft.
  const cleaned = (phrases ?? []).map((p) => p.trim()).filter((p) => p.length > 0 && p.length <= 200 && /[^'’]/.test(p));
  if (cleaned.length === 0) return undefined;
  const body = cleaned.map((p) => escapeRegExp(p).replace(/['’]/g, "['’]?").replace(/\s+/g, "\\s+")).join("|");
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, "giu");
}

function inside(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((s) => s.start <= start && end <= s.end);
}

/**
 * Answers "does this offset start inside quotation marks on its line?", scanning each line at
 * most once per analysis however many findings it holds.
 */
function quoteChecker(text: string): (start: number) => boolean {
  const lineStarts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  // Per line: quoted ranges sorted by start, with the furthest end reached so far.
  const lines = new Map<number, { starts: number[]; reach: number[] }>();
  return (start) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= start) lo = mid;
      else hi = mid - 1;
    }
    const lineStart = lineStarts[lo]!;
    let quoted = lines.get(lineStart);
    if (!quoted) {
      const next = lineStarts[lo + 1];
      const spans = quotedRanges(text.slice(lineStart, next === undefined ? text.length : next - 1)).sort((a, b) => a.start - b.start);
      let reach = 0;
      quoted = { starts: spans.map((q) => q.start), reach: spans.map((q) => (reach = Math.max(reach, q.end))) };
      lines.set(lineStart, quoted);
    }
    const at = start - lineStart;
    // The last range opening before `at`; inside a quote if any range opened so far reaches past it.
    let a = 0;
    let b = quoted.starts.length;
    while (a < b) {
      const mid = (a + b) >> 1;
      if (quoted.starts[mid]! < at) a = mid + 1;
      else b = mid;
    }
    return a > 0 && quoted.reach[a - 1]! > at;
  };
}

function rankOrder(a: Finding, b: Finding): number {
  return SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || b.end - b.start - (a.end - a.start) || a.start - b.start;
}

/**
 * Drops findings wholly inside a stronger or longer one, so a highlight never sits on another.
 * Findings are compared only within a run of overlapping ones, which keeps this linear.
 */
function dropNested(findings: Finding[]): Finding[] {
  const byStart = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Finding[] = [];
  let cluster: Finding[] = [];
  let clusterEnd = -1;
  const flush = () => {
    const kept: Finding[] = [];
    for (const f of cluster.sort(rankOrder)) {
      if (!kept.some((k) => k.start <= f.start && f.end <= k.end)) kept.push(f);
    }
    out.push(...kept.sort((a, b) => a.start - b.start || a.end - b.end));
    cluster = [];
  };
  for (const f of byStart) {
    if (f.start >= clusterEnd) flush();
    cluster.push(f);
    clusterEnd = Math.max(clusterEnd, f.end);
  }
  flush();
  return out;
}

export function createAnalyzer(options: AnalyzerOptions = {}): Analyzer {
  const disabledCategories = new Set<string>(options.disabledCategories ?? []);
  const disabledRules = new Set<string>(options.disabledRules ?? []);
  const minRank = MIN_RANK[options.sensitivity ?? "standard"] ?? MIN_RANK.standard;
  const rules = compiledRules().filter(
    (r) => !disabledCategories.has(r.category) && !disabledRules.has(r.id) && SEVERITY_RANK[r.spec.severity] >= minRank,
  );
  const gate = gateFor(rules);
  const neverFlag = phraseMatcher(options.neverFlag);
  const alwaysFlag = disabledCategories.has("personal") ? undefined : phraseMatcher(options.alwaysFlag);
  const unacknowledgedOn =
    !disabledCategories.has("unacknowledged") && !disabledRules.has("unacknowledged/explains-without-acknowledging") && minRank <= 1;
  // Keyed by a hash of the sentence's characters, so that looking a sentence up in a long draft
  // allocates nothing: the stored sentence is compared in place with startsWith().
  const cache = new LruCache<number, CachedSentence[]>(Math.max(16, options.cacheSize ?? 4096));
  // Sentences whose fingerprint is crowded (see read()), keyed by a hash of all their units.
  const crowded = new LruCache<number, CachedSentence[]>(Math.max(16, options.cacheSize ?? 4096));

  let sentencesRead = 0;
  function read(text: string, start: number, end: number): SentenceReading {
    const find = (bucket: CachedSentence[] | undefined) =>
      bucket?.find((c) => c.sentence.length === end - start && text.startsWith(c.sentence, start));
    let store = cache;
    let key = hashRange(text, start, end);
    let bucket = cache.get(key);
    let hit = find(bucket);
    if (hit) return hit.reading;
    // Sentences of one length that differ only where the fingerprint does not look (a numbered
    // list, or text made to collide) once piled into one bucket without limit, and every lookup
    // walked all of them: quadratic in the draft. Past a few, they are told apart by every unit.
    if (bucket && bucket.length >= MAX_BUCKET) {
      store = crowded;
      key = hashAll(text, start, end);
      bucket = crowded.get(key);
      hit = find(bucket);
      if (hit) return hit.reading;
    }
    sentencesRead++;
    // A slice can keep the whole draft alive in V8; the cached copy must not.
    const sentence = detach(text.slice(start, end));
    const reading = readSentence(sentence, rules, gate, options.onError);
    store.set(key, [...(bucket ?? []).slice(1 - MAX_BUCKET), { sentence, reading }]);
    return reading;
  }

  function personalFindings(text: string, excluded: readonly Span[]): Finding[] {
    if (!alwaysFlag) return [];
    const out: Finding[] = [];
    alwaysFlag.lastIndex = 0;
    for (let m = alwaysFlag.exec(text); m && out.length < 1000; m = alwaysFlag.exec(text)) {
      // exec() does not move past an empty match by itself: without this the loop never ends.
      if (m[0].length === 0) {
        alwaysFlag.lastIndex++;
        continue;
      }
      const start = m.index;
      const end = start + m[0].length;
      if (inside(excluded, start, end)) continue;
      out.push({
        rule: "personal/always-flag",
        category: "personal",
        severity: "medium",
        start,
        end,
        excerpt: m[0],
        message: "You asked Receptive to point this phrase out.",
        suggestions: [
          { text: "I can see this really hurt you", label: "Acknowledge instead" },
          { text: "Help me understand what this was like for you", label: "Get curious" },
        ],
      });
    }
    return out;
  }

  function run(text: string): Analysis {
    const excluded = excludedRanges(text);
    const spans = sentences(text, excluded);
    // Only what the whole-message rule needs: whether anything acknowledges, and what explains.
    let anyAcknowledgment = false;
    const explaining: SentenceFacts[] = [];
    let findings: Finding[] = [];
    let acknowledgedBefore = false;
    const isQuoted = quoteChecker(text);

    for (const span of spans) {
      const reading = read(text, span.start, span.end);
      // "I get that you're upset. But I only meant…": a sentence opening with "but" takes the
      // acknowledgment back, so what follows is read as if none had been made.
      if (opensWithBut(text, span.start)) acknowledgedBefore = false;
      anyAcknowledgment ||= reading.acknowledges;
      if (reading.explains > 0) explaining.push({ start: span.start, end: span.end, explains: reading.explains });
      for (const c of reading.candidates) {
        const rule = rules[c.rule]!;
        if (rule.spec.unlessAcknowledged && (acknowledgedBefore || reading.acknowledges)) continue;
        const start = span.start + c.start;
        const end = span.start + c.end;
        if (isQuoted(start)) continue;
        findings.push({
          rule: rule.id,
          category: rule.category,
          severity: rule.spec.severity,
          start,
          end,
          excerpt: text.slice(start, end),
          message: rule.spec.message,
          suggestions: c.suggestions.map((s) => ({ text: s })),
        });
      }
      acknowledgedBefore ||= reading.acknowledges;
    }

    findings.push(...personalFindings(text, excluded));
    if (neverFlag) {
      findings = findings.filter((f) => {
        neverFlag.lastIndex = 0;
        return !neverFlag.test(f.excerpt);
      });
    }
    findings = dropNested(findings);
    if (unacknowledgedOn && !anyAcknowledgment) {
      const whole = unacknowledgedFinding(text, explaining, findings);
      if (whole) findings = [...findings, whole].sort((a, b) => a.start - b.start);
    }
    return { findings, suggestions: messageSuggestions(text, findings, options.ownAcknowledgments) };
  }

  return {
    analyze(text: string): Analysis {
      if (typeof text !== "string") text = text == null ? "" : String(text);
      if (text.trim() === "") return { findings: [], suggestions: [] };
      try {
        return run(text);
      } catch (error) {
        // The person's typing must never fail because of us; an unreadable draft has no findings.
        options.onError?.(error);
        return { findings: [], suggestions: [] };
      }
    },
    clear(): void {
      cache.clear();
      crowded.clear();
    },
    stats() {
      return { cachedSentences: cache.size + crowded.size, sentencesRead };
    },
  };
}
