/**
 * The analyzer: sentences in, findings out, with a per-sentence cache so that re-reading a long
 * draft after a one-character edit costs about one sentence.
 */
import { LruCache } from "./cache";
import { compileRules, type CompiledRule } from "./compile";
import { messageSuggestions, unacknowledgedFinding, type SentenceFacts } from "./message";
import { CATEGORIES } from "./rules";
import { excludedRanges, quotedRanges, sentences, type Span } from "./segment";
import { readSentence, type SentenceReading } from "./sentence";
import type { Analysis, Analyzer, AnalyzerOptions, Finding, Severity } from "./types";

const SEVERITY_RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2 };
const MIN_RANK = { gentle: 2, standard: 1, strict: 0 } as const;
const EMPTY: Analysis = Object.freeze({ findings: [], suggestions: [] }) as Analysis;

/** Every rule, compiled once per module load; analyzers filter by their options. */
let allRules: CompiledRule[] | undefined;
function compiledRules(): CompiledRule[] {
  return (allRules ??= compileRules(CATEGORIES));
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function phraseMatcher(phrases: readonly string[] | undefined): RegExp | undefined {
  const cleaned = (phrases ?? []).map((p) => p.trim()).filter((p) => p.length > 0 && p.length <= 200);
  if (cleaned.length === 0) return undefined;
  const body = cleaned.map((p) => escapeRegExp(p).replace(/['’]/g, "['’]?").replace(/\s+/g, "\\s+")).join("|");
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, "giu");
}

function inside(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((s) => s.start <= start && end <= s.end);
}

/** Whether [start, end) sits inside quotation marks on its line. */
function isQuoted(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  let lineEnd = text.indexOf("\n", end);
  if (lineEnd < 0) lineEnd = text.length;
  return inside(quotedRanges(text.slice(lineStart, lineEnd)), start - lineStart, end - lineStart);
}

/** Drops findings wholly inside a stronger or longer one, so a highlight never sits on another. */
function dropNested(findings: Finding[]): Finding[] {
  const ranked = [...findings].sort(
    (a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: Finding[] = [];
  for (const f of ranked) {
    if (!kept.some((k) => k.start <= f.start && f.end <= k.end)) kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

export function createAnalyzer(options: AnalyzerOptions = {}): Analyzer {
  const disabledCategories = new Set<string>(options.disabledCategories ?? []);
  const disabledRules = new Set<string>(options.disabledRules ?? []);
  const minRank = MIN_RANK[options.sensitivity ?? "standard"] ?? MIN_RANK.standard;
  const rules = compiledRules().filter(
    (r) => !disabledCategories.has(r.category) && !disabledRules.has(r.id) && SEVERITY_RANK[r.spec.severity] >= minRank,
  );
  const neverFlag = phraseMatcher(options.neverFlag);
  const alwaysFlag = disabledCategories.has("personal") ? undefined : phraseMatcher(options.alwaysFlag);
  const unacknowledgedOn =
    !disabledCategories.has("unacknowledged") && !disabledRules.has("unacknowledged/explains-without-acknowledging") && minRank <= 1;
  const cache = new LruCache<string, SentenceReading>(Math.max(16, options.cacheSize ?? 4096));

  function read(sentence: string): SentenceReading {
    let reading = cache.get(sentence);
    if (!reading) {
      reading = readSentence(sentence, rules);
      cache.set(sentence, reading);
    }
    return reading;
  }

  function personalFindings(text: string, excluded: readonly Span[]): Finding[] {
    if (!alwaysFlag) return [];
    const out: Finding[] = [];
    alwaysFlag.lastIndex = 0;
    for (let m = alwaysFlag.exec(text); m && out.length < 1000; m = alwaysFlag.exec(text)) {
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
    const facts: SentenceFacts[] = [];
    let findings: Finding[] = [];
    let acknowledgedBefore = false;

    for (const span of spans) {
      const reading = read(text.slice(span.start, span.end));
      facts.push({ start: span.start, end: span.end, acknowledges: reading.acknowledges, explains: reading.explains });
      for (const c of reading.candidates) {
        const rule = rules[c.rule]!;
        if (rule.spec.unlessAcknowledged && (acknowledgedBefore || reading.acknowledges)) continue;
        const start = span.start + c.start;
        const end = span.start + c.end;
        if (isQuoted(text, start, end)) continue;
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
    if (unacknowledgedOn) {
      const whole = unacknowledgedFinding(text, facts, findings);
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
      } catch {
        // The person's typing must never fail because of us; an unreadable draft has no findings.
        return { findings: [...EMPTY.findings], suggestions: [] };
      }
    },
    clear(): void {
      cache.clear();
    },
  };
}
