/**
 * The engine's public vocabulary. Everything here is plain data so that a result can cross
 * `postMessage`/`runtime.sendMessage` unchanged and be written as JSON by the CLI.
 */

export type Severity = "low" | "medium" | "high";

/** Every category a finding can carry: the rule files' categories, the whole-message rule, personal phrases. */
export const CATEGORY_IDS = [
  "intent-over-impact",
  "non-apology",
  "yes-but",
  "minimizing",
  "counter-attack",
  "denial",
  "innocent-victim",
  "excuses",
  "correcting-facts",
  "mind-reading",
  "absolutes",
  "stonewalling",
  "kitchen-sinking",
  "contempt",
  "unacknowledged",
  "personal",
] as const;

export type CategoryId = (typeof CATEGORY_IDS)[number];

export interface Suggestion {
  /** The replacement text for the finding's range (or, for message-level suggestions, text to add). */
  text: string;
  /** Why this wording helps, in a few words; shown as a tooltip or secondary line. */
  label?: string;
}

export interface Finding {
  /** Stable rule id, "<category>/<name>", e.g. "intent-over-impact/didnt-mean-to". */
  rule: string;
  category: CategoryId;
  severity: Severity;
  /** UTF-16 offsets into the exact input: `text.slice(start, end) === excerpt`. */
  start: number;
  end: number;
  excerpt: string;
  /** One line on why this phrasing may land badly. */
  message: string;
  /** Replacements for `excerpt`, best first; at least two. */
  suggestions: Suggestion[];
}

export type MessageSuggestionKind = "opener" | "question" | "repair";

export interface MessageSuggestion extends Suggestion {
  kind: MessageSuggestionKind;
}

export interface Analysis {
  findings: Finding[];
  /** Message-level suggestions: an acknowledgment opener, a curious question, a repair line. */
  suggestions: MessageSuggestion[];
}

export type Sensitivity = "gentle" | "standard" | "strict";

export interface AnalyzerOptions {
  /** Categories to leave out entirely. */
  disabledCategories?: readonly CategoryId[];
  /** Rule ids to leave out entirely. */
  disabledRules?: readonly string[];
  /** gentle: high severity only; standard: medium and up; strict: everything. Default: standard. */
  sensitivity?: Sensitivity;
  /** Extra phrases the person always wants flagged (matched case-insensitively on word boundaries). */
  alwaysFlag?: readonly string[];
  /** Phrases the person never wants flagged: a finding whose excerpt contains one is dropped. */
  neverFlag?: readonly string[];
  /** The person's own acknowledgment lines, offered first among message-level openers. */
  ownAcknowledgments?: readonly string[];
  /** How many sentences the per-sentence cache keeps. Default 4,096. */
  cacheSize?: number;
  /**
   * Told of every error the analyzer caught instead of letting it reach the person's typing (the
   * draft, or the one sentence that failed, then has no findings). Without it such a failure is
   * silent; the fuzz tests listen here so that a swallowed exception still fails them.
   */
  onError?: (error: unknown) => void;
}

export interface AnalyzerStats {
  /** Sentences currently cached. */
  cachedSentences: number;
  /** Sentences read (normalized, gated and possibly parsed) since the analyzer was made. */
  sentencesRead: number;
}

export interface Analyzer {
  analyze(text: string): Analysis;
  stats(): AnalyzerStats;
  /** Drops every cached sentence (the heap returns to its post-construction size). */
  clear(): void;
}
