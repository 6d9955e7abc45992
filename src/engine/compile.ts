/**
 * Turns rule data into matchers once, at analyzer construction: compromise patterns are parsed a
 * single time, and each pattern's literal words become a cheap gate so that a sentence is parsed
 * only when some rule could match it.
 */
import nlp from "./nlp";
import type { CategorySpec, RuleSpec } from "./rule";
import type { CategoryId } from "./types";

type ParsedMatch = ReturnType<typeof nlp.parseMatch>;

export interface CompiledPattern {
  source: string;
  parsed: ParsedMatch;
  /** Every inner set must meet the sentence's words (AND of ORs). */
  requires: ReadonlySet<string>[];
  groups: string[];
}

export interface CompiledRule {
  id: string;
  category: CategoryId;
  categoryName: string;
  spec: RuleSpec;
  patterns: CompiledPattern[];
  exceptions: CompiledPattern[];
}

interface MatchToken {
  word?: string;
  fastOr?: Set<string>;
  optional?: boolean;
  negative?: boolean;
  min?: number;
}

/**
 * Shorthands shared by the rule files. compromise's `x*` fails to match zero terms before a
 * literal word, so optional runs are written as `{0,n}`.
 */
const MACROS: Readonly<Record<string, string>> = {
  "%ADV%":
    "(#Adverb|so|just|only|really|totally|completely|honestly|literally|simply|seriously|clearly|obviously|way|too|very|pretty|even|still|kinda|being|acting|getting|a|bit|little|kind|of|sort|such){0,4}",
  "%BE%": "(am|is|are|was|were|be|been|being)",
  "%OBJ%": "(it|that|this|things|everything|me|what i said|my words)",
};

export function expandMacros(source: string): string {
  return source.replace(/%[A-Z]+%/g, (m) => MACROS[m] ?? m);
}

function compilePattern(written: string): CompiledPattern {
  const source = expandMacros(written);
  const parsed = nlp.parseMatch(source);
  const requires: Set<string>[] = [];
  for (const token of parsed as unknown as MatchToken[]) {
    if (token.optional || token.negative || token.min === 0) continue;
    if (token.word) requires.push(new Set([token.word]));
    else if (token.fastOr && token.fastOr.size > 0 && [...token.fastOr].every((w) => !w.startsWith("#"))) {
      requires.push(new Set(token.fastOr));
    }
  }
  const groups = [...source.matchAll(/\[<(\w+)>/g)].map((m) => m[1]!);
  return { source, parsed, requires, groups };
}

export function compileRules(categories: readonly CategorySpec[]): CompiledRule[] {
  const rules: CompiledRule[] = [];
  for (const category of categories) {
    for (const spec of category.rules) {
      rules.push({
        id: `${category.id}/${spec.name}`,
        category: category.id,
        categoryName: category.name,
        spec,
        patterns: spec.patterns.map(compilePattern),
        exceptions: (spec.exceptions ?? []).map(compilePattern),
      });
    }
  }
  return rules;
}

/** Contractions as compromise expands them, so the gate sees "are" in "you're". */
const EXPANSIONS: ReadonlyArray<[RegExp, string[]]> = [
  [/^(?:ca|can)n't$/, ["can", "not"]],
  [/^won't$/, ["will", "not"]],
  [/^shan't$/, ["shall", "not"]],
  [/^ain't$/, ["is", "not", "are", "am"]],
  [/^(\w+)n't$/, ["not"]],
  [/^(\w+)'re$/, ["are"]],
  [/^(\w+)'m$/, ["am"]],
  [/^(\w+)'s$/, ["is", "has"]],
  [/^(\w+)'ve$/, ["have"]],
  [/^(\w+)'d$/, ["would", "had", "did"]],
  [/^(\w+)'ll$/, ["will"]],
  [/^(gonna)$/, ["going", "to"]],
  [/^(wanna)$/, ["want", "to"]],
  [/^(gotta)$/, ["got", "to"]],
];

/** The words of a normalized sentence, with contraction parts, for the gate. */
export function wordSet(normalized: string): Set<string> {
  const words = new Set<string>();
  for (const m of normalized.matchAll(/[\p{L}\p{N}']+/gu)) {
    const word = m[0].replace(/^'+|'+$/g, "");
    if (!word) continue;
    words.add(word);
    if (!word.includes("'") && !/^(gonna|wanna|gotta)$/.test(word)) continue;
    for (const [pattern, parts] of EXPANSIONS) {
      const hit = pattern.exec(word);
      if (!hit) continue;
      for (const part of parts) words.add(part);
      if (hit[1]) words.add(hit[1]);
      break;
    }
  }
  return words;
}

export function gateOpen(pattern: CompiledPattern, words: ReadonlySet<string>): boolean {
  for (const any of pattern.requires) {
    let met = false;
    for (const w of any) {
      if (words.has(w)) {
        met = true;
        break;
      }
    }
    if (!met) return false;
  }
  return true;
}
