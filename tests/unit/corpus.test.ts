import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import type { Analyzer, AnalyzerOptions } from "../../src/engine/types";
import { CATEGORIES, corpusStats, evaluate, loadCorpus, type Evaluation } from "../corpus/metrics.mjs";

// The built bundle, not the sources: the corpus scores what ships (`npm test` builds first).
const engineUrl = pathToFileURL(
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../dist/engine.js"),
).href;

const corpus = loadCorpus();

/** Enough examples to act on without burying the assertion. */
function sample(lines: string[], n = 25): string {
  return lines.slice(0, n).join("\n") + (lines.length > n ? `\n... and ${lines.length - n} more (npm run eval lists all)` : "");
}

describe("labelled corpus", () => {
  const stats = corpusStats(corpus);

  it("is big enough to measure", () => {
    expect(stats.defensive).toBeGreaterThanOrEqual(200);
    expect(stats.clean).toBeGreaterThanOrEqual(200);
    expect(stats.trapTotal).toBeGreaterThanOrEqual(80);
  });

  it.each(CATEGORIES)("has at least 10 messages whose main category is %s", (category) => {
    expect(stats.main[category]).toBeGreaterThanOrEqual(10);
  });

  it("has no message in both files", () => {
    const defensive = new Set(corpus.defensive.map((m) => m.text));
    expect(corpus.clean.filter((m) => defensive.has(m.text)).map((m) => m.text)).toEqual([]);
  });
});

describe("engine on the labelled corpus", () => {
  let result: Evaluation;

  beforeAll(async () => {
    const { createAnalyzer } = (await import(engineUrl)) as {
      createAnalyzer(options?: AnalyzerOptions): Analyzer;
    };
    result = evaluate(createAnalyzer(), corpus);
  });

  it("rarely flags a clean message (message-level precision >= 0.95)", () => {
    const alarms = result.falseAlarms.map((a) => `${a.trap ?? "ordinary"}: ${a.findings[0]?.rule} in ${a.text}`);
    expect(result.message.precision, sample(alarms)).toBeGreaterThanOrEqual(0.95);
  });

  it("flags most defensive messages (message-level recall >= 0.90)", () => {
    const misses = result.misses.map((m) => `[${m.categories.join(", ")}] ${m.text}`);
    expect(result.message.recall, sample(misses)).toBeGreaterThanOrEqual(0.9);
  });
});
