/**
 * Category names for the page and the popup, which must not load the rules to show a title.
 * tests/unit/category-names.test.ts keeps this in step with each rule file's `name`.
 */
import type { CategoryId } from "../engine/types";

export const CATEGORY_NAMES: Readonly<Record<CategoryId, string>> = {
  "intent-over-impact": "Intent over impact",
  "non-apology": "Non-apology",
  "yes-but": "Yes, but",
  minimizing: "Minimizing",
  "counter-attack": "Counter-attack",
  denial: "Denial",
  "innocent-victim": "Innocent victim",
  excuses: "Excuses",
  "correcting-facts": "Correcting the facts",
  "mind-reading": "Mind-reading",
  absolutes: "Absolutes",
  stonewalling: "Stonewalling",
  "kitchen-sinking": "Kitchen-sinking",
  contempt: "Contempt and sarcasm",
  unacknowledged: "No acknowledgment yet",
  personal: "Your own phrase",
};
