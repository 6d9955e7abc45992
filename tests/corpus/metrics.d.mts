// Types for metrics.mjs, so that the TypeScript tests can import it under `strict`.
import type { Analyzer, CategoryId } from "../../src/engine/types";

export declare const CATEGORIES: readonly CategoryId[];

export interface DefensiveMessage {
  text: string;
  categories: CategoryId[];
  line: number;
}
export interface CleanMessage {
  text: string;
  trap: string | null;
  line: number;
}
export interface Corpus {
  defensive: DefensiveMessage[];
  clean: CleanMessage[];
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}
export interface FindingBrief {
  rule: string;
  category: CategoryId;
  excerpt: string;
}
export interface Evaluation {
  message: Scores & { defensive: number; clean: number; tp: number; fp: number; fn: number; tn: number };
  categories: (Scores & { category: CategoryId; support: number; tp: number; fp: number; fn: number })[];
  misses: { line: number; text: string; categories: CategoryId[] }[];
  categoryMisses: { line: number; text: string; missing: CategoryId[]; found: CategoryId[] }[];
  categoryExtras: { line: number; text: string; categories: CategoryId[]; findings: FindingBrief[] }[];
  falseAlarms: { line: number; text: string; trap: string | null; findings: FindingBrief[] }[];
  falseAlarmsByTrap: Record<string, number>;
}
export interface CorpusStats {
  defensive: number;
  clean: number;
  trapTotal: number;
  /** Messages whose first (main) category is this one. */
  main: Record<CategoryId, number>;
  /** Messages labelled with this category anywhere. */
  any: Record<CategoryId, number>;
  traps: Record<string, number>;
}
export interface ProseEvaluation {
  sentences: number;
  flaggedSentences: number;
  findings: number;
  flaggedPer1000: number;
  findingsPer1000: number;
  categories: { category: CategoryId; sentences: number; per1000: number }[];
  topExcerpts: { rule: string; excerpt: string; count: number }[];
}

export declare function loadCorpus(dir?: string): Corpus;
export declare function corpusStats(corpus: Corpus): CorpusStats;
export declare function evaluate(analyzer: Pick<Analyzer, "analyze">, corpus: Corpus): Evaluation;
export declare function brownSentences(dir?: string): string[];
export declare function evaluateProse(analyzer: Pick<Analyzer, "analyze">, sentences: readonly string[], top?: number): ProseEvaluation;
