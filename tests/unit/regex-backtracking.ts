/**
 * A static check for regular expressions that a backtracking engine such as V8's can run in more
 * than linear time.
 *
 * Why static: a timed test only catches the slow pattern its input happens to hit, and timing on a
 * shared machine is noise. Backtracking blows up for structural reasons that can be read off the
 * pattern, following the usual theory (Weideman et al., "Analyzing matching time behavior of
 * backtracking regular expression matchers by using ambiguity of NFA", 2016):
 *
 * - exponential: some loop can match the same text in two different ways, so each extra character
 *   doubles the ways a failing match is retried: `(x+)+y`, `(a|a)*b`, `(\w+\s?)+$`.
 * - polynomial: two loops can both take the same run of characters with a path between them, so a
 *   failing match retries every way of splitting the run: `\s*\s*$`, `a.*b.*c`. A search (any
 *   regex not anchored with `^` or the `y` flag) is itself a loop over start positions, so `x+y`
 *   or `[ \t]+$` is quadratic on a long run of x or spaces: every start re-reads the rest of the run.
 *
 * Either only costs time when the match can then fail, so a finding also needs a text after the
 * run that no path accepts (`\w+\b` never fails at the end of a run of word characters).
 *
 * The pattern is parsed into a Thompson NFA over a sample alphabet: every ASCII and Latin-1
 * character plus letters, digits, spaces, quotes, marks, surrogates and emoji from across Unicode,
 * with character classes evaluated by the regex engine itself (so \p{L}, the i flag and so on are
 * exact on the samples). Pumping is tried one character at a time ("a run of c"), which covers the
 * classic shapes; ambiguity that needs a run of a longer string, like `(ab|a(b))*`, is not found.
 * Assertions are evaluated inside the run (`\b` between two c's, `^` after one) and lookarounds
 * whose body is one character class are exact; other lookarounds are assumed to pass, which can only
 * report more. Loops bounded by more than EXPAND_LIMIT count for the exponential check, since
 * `(a|a){0,30}` is 2^30, but not the polynomial one: a bounded loop only multiplies the work by its
 * bound.
 */

export interface Risk {
  kind: "exponential" | "polynomial";
  /** One character whose long run triggers it. */
  run: string;
  /** The character classes or literals of the loops involved. */
  loops: string[];
}

type Node =
  | { kind: "char"; source: string }
  | { kind: "assert"; what: "^" | "$" | "b" | "B" }
  | { kind: "look"; behind: boolean; negative: boolean; body: Node }
  | { kind: "backref" }
  | { kind: "seq"; items: Node[] }
  | { kind: "alt"; options: Node[] }
  | { kind: "repeat"; min: number; max: number; body: Node };

/** Bounded repeats up to this are unrolled exactly; larger ones are treated as loops. */
const EXPAND_LIMIT = 16;
const SYNTAX = new Set("^$\\.*+?()[]{}|/");

class Parser {
  private at = 0;
  constructor(
    private readonly src: string,
    private readonly unicode: boolean,
  ) {}

  parse(): Node {
    const node = this.alternation();
    if (this.at < this.src.length) throw new Error(`unbalanced ')' at ${this.at} in /${this.src}/`);
    return node;
  }

  private alternation(): Node {
    const options = [this.sequence()];
    while (this.src[this.at] === "|") {
      this.at++;
      options.push(this.sequence());
    }
    return options.length === 1 ? options[0]! : { kind: "alt", options };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.at < this.src.length && this.src[this.at] !== "|" && this.src[this.at] !== ")") items.push(this.quantified(this.atom()));
    return { kind: "seq", items };
  }

  private quantified(atom: Node): Node {
    const m = /^(?:([*+?])|\{(\d+)(?:(,)(\d*))?\})\??/.exec(this.src.slice(this.at));
    if (!m) return atom;
    this.at += m[0].length;
    let min: number;
    let max: number;
    if (m[1] === "*") [min, max] = [0, Infinity];
    else if (m[1] === "+") [min, max] = [1, Infinity];
    else if (m[1] === "?") [min, max] = [0, 1];
    else {
      min = Number(m[2]);
      max = m[3] ? (m[4] ? Number(m[4]) : Infinity) : min;
    }
    return { kind: "repeat", min, max, body: atom };
  }

  private atom(): Node {
    const src = this.src;
    const ch = src[this.at]!;
    if (ch === "(") {
      const head = /^\((\?:|\?=|\?!|\?<=|\?<!|\?<[A-Za-z_$][\w$]*>)?/.exec(src.slice(this.at))![0];
      this.at += head.length;
      const body = this.alternation();
      if (src[this.at] !== ")") throw new Error(`unclosed group in /${src}/`);
      this.at++;
      if (head === "(?=" || head === "(?!") return { kind: "look", behind: false, negative: head === "(?!", body };
      if (head === "(?<=" || head === "(?<!") return { kind: "look", behind: true, negative: head === "(?<!", body };
      return body;
    }
    if (ch === "[") {
      const start = this.at++;
      if (src[this.at] === "^") this.at++;
      while (src[this.at] !== "]") {
        if (this.at >= src.length) throw new Error(`unclosed class in /${src}/`);
        this.at += src[this.at] === "\\" ? 2 : 1;
      }
      this.at++;
      return { kind: "char", source: src.slice(start, this.at) };
    }
    if (ch === "\\") return this.escape();
    this.at++;
    if (ch === "^") return { kind: "assert", what: "^" };
    if (ch === "$") return { kind: "assert", what: "$" };
    if (ch === ".") return { kind: "char", source: "." };
    if (this.unicode && /[\uD800-\uDBFF]/.test(ch) && /[\uDC00-\uDFFF]/.test(src[this.at] ?? "")) {
      return { kind: "char", source: ch + src[this.at++] };
    }
    return { kind: "char", source: SYNTAX.has(ch) ? `\\${ch}` : ch };
  }

  private escape(): Node {
    const rest = this.src.slice(this.at);
    const m =
      /^\\(?:[pP]\{[^}]*\}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|k<[^>]*>|[1-9]\d*|0|[^])/.exec(rest);
    if (!m) throw new Error(`bad escape in /${this.src}/`);
    this.at += m[0].length;
    const e = m[0];
    if (e === "\\b") return { kind: "assert", what: "b" };
    if (e === "\\B") return { kind: "assert", what: "B" };
    if (/^\\(?:[1-9]|k<)/.test(e)) return { kind: "backref" };
    return { kind: "char", source: e };
  }
}

/** Samples standing in for every character a draft can hold. */
const SAMPLES: readonly string[] = (() => {
  const out: string[] = [];
  for (let c = 0; c < 0x100; c++) out.push(String.fromCharCode(c));
  const extra =
    "Āİıſ\u0301\u0345ΑσςЖжא\u05D0ا٠०ᚠ\u180E\u2000\u200A\u200B\u200C\u200D\u200E\u200F‐–—‘’‚“”„…\u2028\u2029\u202E\u202F\u205F\u2060™K❤\u3000あ中한ﬁ\uFEFFＡ\uFFFD";
  out.push(...extra);
  out.push("\uD800", "\uDC00", "😀", "😒", "𝒜", "𐐀", "🏽", "🇺", "\u{10FFFF}");
  return out;
})();
const SAMPLE_INDEX = new Map(SAMPLES.map((c, i) => [c, i]));
const EOF = undefined;

interface Position {
  /** Which samples the character matcher accepts. */
  accepts: boolean[];
  source: string;
  from: number;
  to: number;
  /** The innermost loop around it, if any. */
  loop: { unbounded: boolean } | undefined;
}

type Context = { prev: string | undefined; next: string | undefined };
type Edge = { to: number; test?: (ctx: Context) => boolean };

const isLineTerminator = (c: string | undefined) => c === "\n" || c === "\r" || c === "\u2028" || c === "\u2029";

class Nfa {
  readonly eps: Edge[][] = [];
  readonly chars: number[][] = [];
  readonly positions: Position[] = [];
  readonly accept: number;
  readonly start: number;
  /** The search loop's position (an unanchored search tries every start), if the regex searches. */
  readonly search: number | undefined;
  private readonly matchers = new Map<string, boolean[]>();
  private readonly word: RegExp;
  /** Character sources that lookarounds test. */
  private readonly looks: string[] = [];
  /**
   * Samples that every part of the pattern treats alike, as one representative each: pumping or
   * failing with one of them is the same as with any other.
   */
  representatives: number[] = [];
  classOf: number[] = [];

  constructor(
    root: Node,
    private readonly flags: string,
  ) {
    const classFlags = flags.replace(/[gmyd]/g, "");
    this.word = new RegExp("^\\w$", classFlags.replace(/s/g, ""));
    this.start = this.state();
    this.accept = this.state();
    if (flags.includes("y")) this.search = undefined;
    else {
      this.search = this.positions.length;
      const afterAny = this.state();
      this.addPosition({ accepts: SAMPLES.map(() => true), source: "(search)", from: this.start, to: afterAny, loop: { unbounded: true } });
      this.link(afterAny, this.start);
    }
    const body = this.state();
    this.link(this.start, body);
    this.build(root, body, this.accept, []);
    const signatures = new Map<string, number>();
    // Without the u flag a pattern reads UTF-16 units, so an astral sample is two characters to it.
    const unicode = /[uv]/.test(flags);
    SAMPLES.forEach((c, i) => {
      if (!unicode && c.length > 1) return;
      const signature =
        this.positions.map((p) => (p.accepts[i] ? 1 : 0)).join("") +
        (this.isWord(c) ? 1 : 0) +
        (isLineTerminator(c) ? 1 : 0) +
        this.looks.map((source) => (this.accepts(source, c) ? 1 : 0)).join("");
      let id = signatures.get(signature);
      if (id === undefined) {
        signatures.set(signature, (id = this.representatives.length));
        this.representatives.push(i);
      }
      this.classOf[i] = id;
    });
  }

  private state(): number {
    this.eps.push([]);
    this.chars.push([]);
    return this.eps.length - 1;
  }

  private link(from: number, to: number, test?: (ctx: Context) => boolean): void {
    this.eps[from]!.push(test ? { to, test } : { to });
  }

  private addPosition(p: Position): void {
    this.chars[p.from]!.push(this.positions.length);
    this.positions.push(p);
  }

  accepts(source: string, c: string): boolean {
    return this.acceptsAll(source)[SAMPLE_INDEX.get(c) ?? -1] ?? false;
  }

  acceptsAll(source: string): boolean[] {
    let row = this.matchers.get(source);
    if (!row) {
      const re = new RegExp(`^(?:${source})$`, this.flags.replace(/[gmyd]/g, ""));
      row = SAMPLES.map((c) => re.test(c));
      this.matchers.set(source, row);
    }
    return row;
  }

  private isWord(c: string | undefined): boolean {
    return c !== undefined && this.word.test(c);
  }

  private build(node: Node, from: number, to: number, loops: { unbounded: boolean }[]): void {
    switch (node.kind) {
      case "char":
        this.addPosition({ accepts: this.acceptsAll(node.source), source: node.source, from, to, loop: loops.at(-1) });
        return;
      case "backref":
        this.link(from, to);
        return;
      case "assert": {
        const multiline = this.flags.includes("m");
        const test =
          node.what === "^"
            ? (x: Context) => x.prev === EOF || (multiline && isLineTerminator(x.prev))
            : node.what === "$"
              ? (x: Context) => x.next === EOF || (multiline && isLineTerminator(x.next))
              : node.what === "b"
                ? (x: Context) => this.isWord(x.prev) !== this.isWord(x.next)
                : (x: Context) => this.isWord(x.prev) === this.isWord(x.next);
        this.link(from, to, test);
        return;
      }
      case "look": {
        const single = singleChar(node.body);
        if (!single) {
          this.link(from, to);
          return;
        }
        this.looks.push(single);
        const test = (x: Context) => {
          const c = node.behind ? x.prev : x.next;
          const hit = c !== EOF && this.accepts(single, c);
          return node.negative ? !hit : hit;
        };
        this.link(from, to, test);
        return;
      }
      case "seq": {
        let at = from;
        node.items.forEach((item, i) => {
          const next = i === node.items.length - 1 ? to : this.state();
          this.build(item, at, next, loops);
          at = next;
        });
        if (node.items.length === 0) this.link(from, to);
        return;
      }
      case "alt":
        for (const option of node.options) this.build(option, from, to, loops);
        return;
      case "repeat": {
        const { min, max, body } = node;
        if (max !== Infinity && max <= EXPAND_LIMIT) {
          // Unrolled: `min` copies, then optional ones, each of which may end the repeat.
          let at = from;
          for (let k = 0; k < max; k++) {
            if (k >= min) this.link(at, to);
            const next = k === max - 1 ? to : this.state();
            this.build(body, at, next, loops);
            at = next;
          }
          if (max === 0) this.link(from, to);
          return;
        }
        // Mandatory copies add length, not loops; two stand in for any number.
        let at = from;
        for (let k = 0; k < Math.min(min, 2); k++) {
          const next = this.state();
          this.build(body, at, next, loops);
          at = next;
        }
        const loop = this.state();
        const bodyEnd = this.state();
        this.link(at, loop);
        this.build(body, loop, bodyEnd, [...loops, { unbounded: max === Infinity }]);
        this.link(bodyEnd, loop);
        this.link(loop, to);
        return;
      }
    }
  }

  /**
   * The positions reachable from `state` without reading a character, with how many distinct
   * paths lead to each (capped at 2), and whether the end of the pattern is reachable. A path
   * that comes back to a state it passed (a loop whose body can match nothing) counts as two:
   * JavaScript rejects the empty iteration but still tries the ways around it.
   */
  closure(states: readonly number[], ctx: Context): { next: Map<number, number>; accepts: boolean } {
    const next = new Map<number, number>();
    let accepts = false;
    let cyclic = false;
    const memo = new Map<number, Map<number, number>>();
    const onStack = new Set<number>();
    const visit = (s: number): Map<number, number> => {
      const known = memo.get(s);
      if (known) return known;
      if (onStack.has(s)) {
        cyclic = true;
        return new Map();
      }
      onStack.add(s);
      const counts = new Map<number, number>();
      if (s === this.accept) accepts = true;
      for (const p of this.chars[s]!) counts.set(p, Math.min(2, (counts.get(p) ?? 0) + 1));
      for (const e of this.eps[s]!) {
        if (e.test && !e.test(ctx)) continue;
        for (const [p, n] of visit(e.to)) counts.set(p, Math.min(2, (counts.get(p) ?? 0) + n));
      }
      onStack.delete(s);
      memo.set(s, counts);
      return counts;
    };
    for (const s of states) for (const [p, n] of visit(s)) next.set(p, Math.min(2, (next.get(p) ?? 0) + n));
    if (cyclic) for (const p of next.keys()) next.set(p, 2);
    return { next, accepts };
  }
}

function singleChar(node: Node): string | undefined {
  if (node.kind === "char") return node.source;
  if (node.kind === "seq" && node.items.length === 1) return singleChar(node.items[0]!);
  return undefined;
}

/** Strongly connected components (Tarjan), each as a list of nodes. */
function components(nodes: readonly number[], edges: ReadonlyMap<number, ReadonlyMap<number, number>>): number[][] {
  const index = new Map<number, number>();
  const low = new Map<number, number>();
  const stack: number[] = [];
  const onStack = new Set<number>();
  const out: number[][] = [];
  let counter = 0;
  const strong = (v: number) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v)?.keys() ?? []) {
      if (!index.has(w)) {
        strong(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: number[] = [];
      let w: number;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      out.push(component);
    }
  };
  for (const v of nodes) if (!index.has(v)) strong(v);
  return out;
}

/**
 * Whether some text after a run of `c` makes every path from these positions fail: a subset
 * construction over the samples, which gives up (answering yes) past a few hundred subsets.
 */
function canFail(nfa: Nfa, from: readonly number[], c: string): boolean {
  const seen = new Set<string>();
  const queue: { states: number[]; prev: string }[] = [{ states: from.map((p) => nfa.positions[p]!.to), prev: c }];
  while (queue.length > 0) {
    const { states, prev } = queue.shift()!;
    const key = `${nfa.classOf[SAMPLE_INDEX.get(prev)!]} ${[...new Set(states)].sort((a, b) => a - b).join(",")}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (seen.size > 300) return true;
    if (!nfa.closure(states, { prev, next: EOF }).accepts) return true;
    for (const i of nfa.representatives) {
      const z = SAMPLES[i]!;
      const { next, accepts } = nfa.closure(states, { prev, next: z });
      if (accepts) continue; // a match already ends here, whatever follows
      const targets = [...next.keys()].filter((p) => nfa.positions[p]!.accepts[i]);
      if (targets.length === 0) return true;
      queue.push({ states: targets.map((p) => nfa.positions[p]!.to), prev: z });
    }
  }
  return false;
}

/** Everything in `pattern` (with `flags`) that can make a failing match super-linear. */
export function backtrackingRisks(pattern: string, flags: string): Risk[] {
  const unicode = flags.includes("u") || flags.includes("v");
  const nfa = new Nfa(new Parser(pattern, unicode).parse(), flags);
  const risks: Risk[] = [];
  const reported = new Set<string>();
  const report = (kind: Risk["kind"], run: string, group: readonly number[]) => {
    const loops = [...new Set(group.map((p) => nfa.positions[p]!.source))];
    const key = `${kind} ${loops.join(" ")}`;
    if (reported.has(key)) return;
    reported.add(key);
    risks.push({ kind, run, loops });
  };

  for (const ci of nfa.representatives) {
    const c = SAMPLES[ci]!;
    // The graph of positions that read c, with an edge for each way to go on to the next c.
    const nodes = nfa.positions.map((p, i) => (p.accepts[ci] ? i : -1)).filter((i) => i >= 0);
    if (nodes.length === 0) continue;
    const edges = new Map<number, Map<number, number>>();
    for (const u of nodes) {
      const { next } = nfa.closure([nfa.positions[u]!.to], { prev: c, next: c });
      const out = new Map<number, number>();
      for (const [v, n] of next) if (nfa.positions[v]!.accepts[ci]) out.set(v, n);
      edges.set(u, out);
    }
    const comps = components(nodes, edges);
    const compOf = new Map<number, number>();
    comps.forEach((comp, i) => comp.forEach((v) => compOf.set(v, i)));
    const looping = comps.map((comp) => comp.length > 1 || (edges.get(comp[0]!)?.has(comp[0]!) ?? false));

    // Exponential: inside one loop, some position has two ways to go on reading c.
    comps.forEach((comp, i) => {
      if (!looping[i] || comp.includes(nfa.search ?? -1)) return;
      const ambiguous = comp.some((u) => [...edges.get(u)!].reduce((n, [v, k]) => n + (compOf.get(v) === i ? k : 0), 0) >= 2);
      if (ambiguous && canFail(nfa, comp, c)) report("exponential", c, comp);
    });

    // Polynomial: one unbounded loop leads to another while reading c.
    const unbounded = comps.map((comp, i) => looping[i]! && comp.some((v) => nfa.positions[v]!.loop?.unbounded));
    comps.forEach((a, i) => {
      if (!unbounded[i]) return;
      const reach = new Set<number>();
      const todo = [...a];
      while (todo.length > 0) {
        const u = todo.pop()!;
        for (const v of edges.get(u)!.keys()) {
          const cv = compOf.get(v)!;
          if (cv !== i && !reach.has(cv)) {
            reach.add(cv);
            todo.push(...comps[cv]!);
          }
        }
      }
      for (const j of reach) {
        if (!unbounded[j]) continue;
        // The search loop never fails by itself; what matters is whether the second loop's can.
        const from = a.includes(nfa.search ?? -1) ? comps[j]! : [...a, ...comps[j]!];
        if (canFail(nfa, from, c)) report("polynomial", c, [...a, ...comps[j]!].filter((p) => p !== nfa.search));
      }
    });
  }
  return risks;
}
