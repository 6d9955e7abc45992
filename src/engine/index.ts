/**
 * Receptive's engine: finds defensive moves in a message draft and suggests acknowledgment.
 * DOM-free; runs in Node, a service worker or a page.
 */
import { createAnalyzer } from "./analyzer";
import type { Analysis } from "./types";

export type * from "./types";
export { CATEGORY_IDS } from "./types";
export { createAnalyzer };
export { CATEGORIES } from "./rules";

let shared: ReturnType<typeof createAnalyzer> | undefined;

/** Analyzes one draft with default options (a shared analyzer, so repeated calls reuse its cache). */
export function analyze(text: string): Analysis {
  return (shared ??= createAnalyzer()).analyze(text);
}
