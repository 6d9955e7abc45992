/**
 * Turns rule data into matchers once, at analyzer construction: compromise patterns are parsed a
 * single time, and each pattern's literal words become a cheap gate so that a sentence is parsed
 * only when some rule could match it.
 */
import nlp from "./nlp";
import type { CategorySpec, RuleSpec } from "./rule";
import type { CategoryId } from "./types";

type ParsedMatch = ReturnType<typeof nlp.parseMatch>;

/** One term of a pattern, as the gate sees it: any of these word sequences (each word needed). */
type Requirement = readonly (readonly string[])[];

export interface CompiledPattern {
  source: string;
  parsed: ParsedMatch;
  /** Every requirement must be met by the sentence's words for the pattern to be tried. */
  requires: readonly Requirement[];
  /**
   * For a fast first test: per requirement, the rarest word of each option, rarest requirement
   * first. A sentence missing all of a requirement's words cannot match, whatever the order.
   */
  quick: readonly (readonly string[])[];
  /**
   * adjacent[r]: requirement r comes right after requirement r-1 in the pattern (no tag,
   * optional or repeated term between), so its words must follow on the next word.
   * tight[r][o]: option o of requirement r is a run of consecutive words.
   */
  adjacent: readonly boolean[];
  tight: readonly (readonly boolean[])[];
  /** The first requirement must be met by the sentence's first word (a `^word` pattern). */
  anchored: boolean;
  /** The last requirement must end on the sentence's last word (a `word$` pattern). */
  anchoredEnd: boolean;
  groups: string[];
}

export interface CompiledRule {
  id: string;
  category: CategoryId;
  categoryName: string;
  spec: RuleSpec;
  patterns: CompiledPattern[];
  exceptions: CompiledPattern[];
  /**
   * Every suggestion stands on its own rather than leading into the rest of the sentence
   * ("You're right, and …" leads in), so the range may take in a short leftover tail.
   */
  wholeSuggestions: boolean;
}

/** A suggestion that leads into what follows it: it ends on a joining word or carries {rest}. */
function leadsIn(template: string): boolean {
  return template.includes("{rest}") || /(?:\b(?:and|but|or|so|when|because|that|if|while|as|where|how)|,)\s*$/i.test(template);
}

interface MatchToken {
  start?: boolean;
  end?: boolean;
  greedy?: boolean;
  max?: number;
  word?: string;
  fastOr?: Set<string>;
  choices?: MatchToken[][];
  operator?: string;
  optional?: boolean;
  negative?: boolean;
  min?: number;
}

/** The literal words a term needs, or undefined when it can match without any (a tag, "."). */
function requirementOf(token: MatchToken): Requirement | undefined {
  if (token.optional || token.negative || token.min === 0) return undefined;
  if (token.word) return [[token.word]];
  if (token.fastOr && token.fastOr.size > 0) {
    const words = [...token.fastOr];
    return words.some((w) => w.startsWith("#")) ? undefined : words.map((w) => [w]);
  }
  if (token.choices && token.operator === "and") {
    // (word && @hasComma): every part must hold, so any part's literal word is required.
    for (const part of token.choices) {
      const words = part.flatMap((t) => requirementOf(t)?.[0] ?? []);
      if (words.length > 0) return [words];
    }
    return undefined;
  }
  if (token.choices && token.choices.length > 0) {
    const options: string[][] = [];
    for (const choice of token.choices) {
      const words = choice.flatMap((t) => requirementOf(t)?.[0] ?? []);
      // A choice made only of tags or optional words could match anything: no gate here.
      if (words.length === 0) return undefined;
      options.push(words);
    }
    return options;
  }
  return undefined;
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
  // The body's first "|" is found without trying every other one as the split: linear time.
  return source.replace(/\(([^()|]*\|[^()]*)\)/g, (_, body: string) => {
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
  if (/\(\^\||\|\^[|)]/.test(source)) throw new Error(`'^' inside a group never matches: ${written}`);
  if (/\^\s/.test(source)) throw new Error(`'^' followed by a space never matches: ${written}`);
  const parsed = nlp.parseMatch(source);
  const requires: Requirement[] = [];
  const adjacent: boolean[] = [];
  const tight: boolean[][] = [];
  // The next requirement may be held to the next word only when this one ends exactly on its
  // last literal word: not after a repeat, and not after an option that holds tags or optional
  // words the gate cannot see.
  let previousEndsOnWord = false;
  for (const token of parsed as unknown as MatchToken[]) {
    const requirement = requirementOf(token);
    const repeated = Boolean(token.greedy || token.max !== undefined || token.min !== undefined);
    if (!requirement) {
      previousEndsOnWord = false;
      continue;
    }
    const optionsTight =
      token.choices && token.operator !== "and"
        ? token.choices.map((choice) => choice.every((t) => requirementOf(t) !== undefined && !t.greedy && t.max === undefined && t.min === undefined))
        : requirement.map(() => true);
    requires.push(requirement);
    adjacent.push(previousEndsOnWord);
    tight.push(optionsTight);
    previousEndsOnWord = !repeated && token.operator !== "and" && optionsTight.every(Boolean);
  }
  const groups = [...source.matchAll(/\[<(\w+)>/g)].map((m) => m[1]!);
  const quick = requires
    .map((r) => r.map((seq) => rarestWord(seq)))
    .sort((a, b) => share(a) - share(b));
  const first = (parsed as unknown as MatchToken[])[0];
  const anchored = Boolean(first?.start && requirementOf(first));
  const last = (parsed as unknown as MatchToken[]).at(-1);
  const anchoredEnd = Boolean(last?.end && requirementOf(last));
  return { source, parsed, requires, adjacent, tight, quick, anchored, anchoredEnd, groups };
}

/**
 * compromise never matches `^` inside a group, so "(^|well|oh) like you" would silently lose its
 * sentence-start reading: it becomes two patterns, "^ like you" and "(well|oh) like you".
 */
function splitStartAnchor(pattern: string): string[] {
  const m = /^\(\^\|([^()]*)\)(.*)$/.exec(pattern.trim());
  if (!m) return [pattern];
  return [`^${m[2]!.trimStart()}`, `(${m[1]})${m[2]}`];
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
        patterns: spec.patterns.flatMap(splitStartAnchor).map(compilePattern),
        exceptions: (spec.exceptions ?? []).map(compilePattern),
        wholeSuggestions: !spec.suggestions.some(leadsIn),
      });
    }
  }
  return rules;
}

/**
 * Contractions as compromise expands them, so the gate sees "are" in "you're". Each entry gives
 * the parts in order; a part may be any of several words ("'s" is "is" or "has"). A captured stem
 * ("you" in "you're") comes first.
 */
const EXPANSIONS: ReadonlyArray<[RegExp, string[][]]> = [
  [/^let's$/, [["let"], ["us"]]],
  [/^(?:ca|can)n't$/, [["can"], ["not"]]],
  [/^cannot$/, [["can"], ["not"]]],
  [/^won't$/, [["will"], ["not"]]],
  [/^shan't$/, [["shall"], ["not"]]],
  [/^ain't$/, [["is", "are", "am"], ["not"]]],
  [/^(\w+)n't$/, [["not"]]],
  [/^(\w+)'re$/, [["are"]]],
  [/^(\w+)'m$/, [["am"]]],
  [/^(\w+)'s$/, [["is", "has"]]],
  [/^(\w+)'ve$/, [["have"]]],
  [/^(\w+)'d$/, [["would", "had", "did"]]],
  [/^(\w+)'ll$/, [["will"]]],
  [/^(gonna)$/, [["going"], ["to"]]],
  [/^(wanna)$/, [["want"], ["to"]]],
  [/^(gotta)$/, [["got"], ["to"]]],
];

/** Each word of a sentence with the positions it occurs at, in order. */
export type WordIndex = ReadonlyMap<string, readonly number[]>;

/** A key no word can have: its one position is where the sentence's last word starts. */
const LAST_WORD = "\u0000";

/**
 * The words of a normalized sentence, with contraction parts, for the gate. Word k sits at
 * position 4k and its contraction parts just after it, so "you're" reads as "you" then "are".
 */
export function wordSet(normalized: string): WordIndex {
  const words = new Map<string, number[]>();
  const add = (w: string, at: number) => {
    const list = words.get(w);
    if (!list) words.set(w, [at]);
    else if (list[list.length - 1] !== at) list.push(at);
  };
  let k = 0;
  for (const m of normalized.matchAll(/[\p{L}\p{N}']+/gu)) {
    // Trailing apostrophes are matched from the start of their run only, or a word of many would
    // be re-read from each one.
    const word = m[0].replace(/^'+|(?<!')'+$/g, "");
    if (!word) continue;
    const at = 4 * k++;
    add(word, at);
    if (!word.includes("'") && !/^(?:gonna|wanna|gotta|cannot)$/.test(word)) continue;
    for (const [pattern, parts] of EXPANSIONS) {
      const hit = pattern.exec(word);
      if (!hit) continue;
      let slot = at;
      if (hit[1]) add(hit[1], slot++);
      for (const options of parts) {
        for (const w of options) add(w, slot);
        slot++;
      }
      break;
    }
  }
  if (k > 0) words.set(LAST_WORD, [4 * (k - 1)]);
  return words;
}

/** The first position in `positions` after `after`, or -1. */
function firstAfter(positions: readonly number[] | undefined, after: number): number {
  if (!positions) return -1;
  for (const p of positions) if (p > after) return p;
  return -1;
}

/**
 * Whether a sentence could match: every requirement's words occur, in the pattern's order.
 * Taking the earliest possible end for each requirement in turn never rules out a real match.
 */
export function gateOpen(pattern: CompiledPattern, words: WordIndex): boolean {
  for (const any of pattern.quick) {
    let present = false;
    for (const w of any) {
      if (words.has(w)) {
        present = true;
        break;
      }
    }
    if (!present) return false;
  }
  const lastWord = words.get(LAST_WORD)?.[0] ?? 0;
  return fits(pattern, words, 0, -1, lastWord);
}

/** Word k sits at positions 4k..4k+3 (the word, then its contraction parts). */
const slot = (position: number) => position >> 2;

/**
 * Whether requirements r.. can be met after position `at`, in order, on the next word where the
 * pattern puts them side by side, at the first word for `^` and ending on the last for `$`.
 * Sentences are short and requirements few, so trying each occurrence in turn costs little.
 */
function fits(pattern: CompiledPattern, words: WordIndex, r: number, at: number, lastWord: number): boolean {
  if (r === pattern.requires.length) return !pattern.anchoredEnd || at >= lastWord;
  const options = pattern.requires[r]!;
  const mustFollow = at >= 0 && pattern.adjacent[r]!;
  for (let o = 0; o < options.length; o++) {
    const sequence = options[o]!;
    const tight = pattern.tight[r]![o]!;
    for (const begin of words.get(sequence[0]!) ?? []) {
      if (begin <= at) continue;
      if (r === 0 && pattern.anchored && begin >= 4) break;
      if (mustFollow && slot(begin) > slot(at) + 1) break;
      let pos = begin;
      for (let k = 1; k < sequence.length && pos >= 0; k++) {
        const next = firstAfter(words.get(sequence[k]!), pos);
        pos = next >= 0 && (!tight || slot(next) <= slot(pos) + 1) ? next : -1;
      }
      if (pos >= 0 && fits(pattern, words, r + 1, pos, lastWord)) return true;
    }
  }
  return false;
}


export interface OpenRule {
  index: number;
  patterns: CompiledPattern[];
}

/**
 * Indexes every pattern under the words of its most selective requirement, so that a sentence
 * only checks the patterns one of its words can open, not every pattern of every rule.
 */
/**
 * The most frequent words of the Brown corpus (edited American English), most frequent first,
 * with the chat forms of the commonest ones. A word's rank estimates how many sentences it opens.
 */
const FREQUENT: ReadonlyMap<string, number> = new Map(
  ("i you am it's i'm don't that's can't didn't won't isn't wasn't u ur im just really ok okay yeah lol sorry please thanks " +
    "the of and to a in that is was he for it with as his on be at by i this had not are but from or " +
    "have an they which one you were all her she there would their we him been has when who will no " +
    "more if out so up said what its about than into them can only other time new some could these " +
    "two may first then do any like my now over such our man me even most made after also did many " +
    "before must well back through years much where your down way should because long each just state " +
    "people those too how little good world make very year still see work own men day get here old " +
    "both between life being under three never know same last another while us off might great go " +
    "come since against right came take used states himself house american few use place during " +
    "without high again home around small however found part thought school went say general once " +
    "upon every left war don't does got united number hand course water until always away public " +
    "something fact less though far put head think set called almost enough end took government night " +
    "yet system four better told nothing eyes city why president going present point didn't look find " +
    "asked room second next later group social business knew program side half give face toward white " +
    "five let days young")
    .split(" ")
    .map((w, rank) => [w, rank] as const),
);

/** Roughly how many sentences in a thousand contain `word` (rarer words are treated as ~1). */
function sentenceShare(word: string): number {
  const rank = FREQUENT.get(word);
  return rank === undefined ? 1 : 1000 / (1 + rank / 8);
}

/** A sequence is as selective as its rarest word. */
function rarestWord(seq: readonly string[]): string {
  return seq.reduce((a, b) => (sentenceShare(b) < sentenceShare(a) ? b : a));
}

/** How many sentences in a thousand could satisfy a requirement whose options are these words. */
function share(words: readonly string[]): number {
  return words.reduce((sum, w) => sum + sentenceShare(w), 0);
}

export function buildGate(rules: readonly CompiledRule[]): (words: WordIndex) => OpenRule[] {
  // Patterns are numbered in rule order, so sorting open ids groups them by rule in order.
  const patterns: { rule: number; pattern: CompiledPattern }[] = [];
  rules.forEach((rule, ruleIndex) => rule.patterns.forEach((pattern) => patterns.push({ rule: ruleIndex, pattern })));
  const index = new Map<string, number[]>();
  // A requirement opens on any of its options.
  const cost = (r: Requirement) => share(r.map(rarestWord));
  patterns.forEach(({ pattern }, id) => {
    // compileRules guarantees (and a test checks) that every pattern has at least one requirement.
    const key = [...pattern.requires].sort((a, b) => cost(a) - cost(b))[0] ?? [[""]];
    for (const option of key) {
      const word = rarestWord(option);
      let list = index.get(word);
      if (!list) index.set(word, (list = []));
      if (list[list.length - 1] !== id) list.push(id);
    }
  });
  const seen = new Uint32Array(patterns.length);
  let stamp = 0;
  return (words) => {
    stamp = (stamp + 1) >>> 0 || 1;
    const open: number[] = [];
    for (const word of words.keys()) {
      if (word === LAST_WORD) continue;
      const ids = index.get(word);
      if (!ids) continue;
      for (const id of ids) {
        if (seen[id] === stamp) continue;
        seen[id] = stamp;
        if (gateOpen(patterns[id]!.pattern, words)) open.push(id);
      }
    }
    if (open.length === 0) return [];
    open.sort((a, b) => a - b);
    const out: OpenRule[] = [];
    for (const id of open) {
      const { rule, pattern } = patterns[id]!;
      const last = out[out.length - 1];
      if (last && last.index === rule) last.patterns.push(pattern);
      else out.push({ index: rule, patterns: [pattern] });
    }
    return out;
  };
}
