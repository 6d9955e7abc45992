// Every rule carries examples that must flag and must pass; a rule whose examples fail is refused.
import { describe, expect, it } from "vitest";
import { createAnalyzer } from "../../src/engine/analyzer";
import { compileRules } from "../../src/engine/compile";
import { CATEGORIES } from "../../src/engine/rules";

// Each rule's examples run with only that rule on: where two rules match the same words the
// engine keeps one finding, and that choice must not decide whether a rule's own examples pass.
const allRuleIds = CATEGORIES.flatMap((c) => c.rules.map((r) => `${c.id}/${r.name}`));
const analyzerFor = (ruleId: string) =>
  createAnalyzer({ sensitivity: "strict", disabledRules: allRuleIds.filter((id) => id !== ruleId) });

describe("rule data", () => {
  it("compiles every pattern (no nested groups, known macros)", () => {
    expect(() => compileRules(CATEGORIES)).not.toThrow();
    for (const rule of compileRules(CATEGORIES)) {
      for (const p of rule.patterns) expect(p.source, rule.id).not.toMatch(/%[A-Z]+%/);
    }
  });

  it("gives every pattern a literal word to gate on, so a sentence is parsed only when a rule could match", () => {
    for (const rule of compileRules(CATEGORIES)) {
      for (const p of rule.patterns) expect(p.requires.length, `${rule.id}: ${p.source}`).toBeGreaterThan(0);
    }
  });

  it("has unique rule ids, a message and at least two suggestions per rule", () => {
    const ids = new Set<string>();
    for (const category of CATEGORIES) {
      for (const rule of category.rules) {
        const id = `${category.id}/${rule.name}`;
        expect(ids.has(id), id).toBe(false);
        ids.add(id);
        expect(rule.message.length, id).toBeGreaterThan(20);
        expect(rule.suggestions.length, id).toBeGreaterThanOrEqual(2);
        expect(rule.examples.flag.length, id).toBeGreaterThanOrEqual(1);
        expect(rule.examples.pass.length, id).toBeGreaterThanOrEqual(1);
      }
    }
  });
});

for (const category of CATEGORIES) {
  describe(category.id, () => {
    for (const rule of category.rules) {
      const id = `${category.id}/${rule.name}`;
      const analyzer = analyzerFor(id);
      for (const text of rule.examples.flag) {
        it(`${rule.name} flags ${JSON.stringify(text)}`, () => {
          const finding = analyzer.analyze(text).findings.find((f) => f.rule === id);
          expect(finding, `${id} should flag`).toBeDefined();
          expect(text.slice(finding!.start, finding!.end)).toBe(finding!.excerpt);
          expect(finding!.suggestions.length).toBeGreaterThanOrEqual(2);
        });
      }
      for (const text of rule.examples.pass) {
        it(`${rule.name} passes ${JSON.stringify(text)}`, () => {
          const hits = analyzer.analyze(text).findings.filter((f) => f.rule === id);
          expect(hits.map((f) => f.excerpt)).toEqual([]);
        });
      }
    }
  });
}
