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

/** Patterns match the normalized text, where compromise has already split every contraction. */
const CONTRACTIONS: ReadonlyArray<[RegExp, string]> = [
  [/\b(can)'t\b/g, "can not"],
  [/\bwon't\b/g, "will not"],
  [/\b(\w+)n't\b/g, "$1 not"],
  [/\b(\w+)'re\b/g, "$1 are"],
  [/\bi'm\b/g, "i am"],
  [/\blet's\b/g, "let us"],
  [/\b(it|that|what|there|who|he|she|this|here|where|how)'s\b/g, "$1 is"],
  [/\b(\w+)'ve\b/g, "$1 have"],
  [/\b(\w+)'ll\b/g, "$1 will"],
];

/**
 * compromise tries the alternatives of `(a|b)` in order and does not backtrack, so `(you|you are)
 * the one` never matches "you are the one". Longer alternatives go first.
 */
function longestAlternativeFirst(source: string): string {
  return source.replace(/\(([^()]*\|[^()]*)\)/g, (_, body: string) => {
    const options = body.split("|");
    const words = (o: string) => o.trim().split(/\s+/).length;
    return `(${options.map((o, i) => [o, i] as const).sort((a, b) => words(b[0]) - words(a[0]) || a[1] - b[1]).map(([o]) => o).join("|")})`;
  });
}

export function expandMacros(written: string): string {
  let source = written.replace(/%[A-Z]+%/g, (m) => MACROS[m] ?? m);
  for (const [pattern, replacement] of CONTRACTIONS) source = source.replace(pattern, replacement);
  return longestAlternativeFirst(source);
}

function compilePattern(written: string): CompiledPattern {
  const source = expandMacros(written);
  // compromise silently mis-parses nested groups; a rule that needs one must be split in two.
  if (/\([^()]*\(/.test(source.replace(/%[A-Z]+%/g, ""))) throw new Error(`nested group in pattern: ${written}`);
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
