import { describe, expect, it } from "vitest";
import { CATEGORIES } from "../../src/engine/index";
import { CATEGORY_IDS } from "../../src/engine/types";
import { CATEGORY_NAMES } from "../../src/shared/category-names";

describe("CATEGORY_NAMES", () => {
  it("names every category the engine can report", () => {
    expect(Object.keys(CATEGORY_NAMES).sort()).toEqual([...CATEGORY_IDS].sort());
  });

  it("uses each rule file's own name", () => {
    for (const category of CATEGORIES) expect(CATEGORY_NAMES[category.id], category.id).toBe(category.name);
  });
});
