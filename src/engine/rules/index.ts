/** Every category, in the order the popup and options page list them. */
import type { CategorySpec } from "../rule";
import { absolutes } from "./absolutes";
import { contempt } from "./contempt";
import { correctingFacts } from "./correcting-facts";
import { counterAttack } from "./counter-attack";
import { denial } from "./denial";
import { excuses } from "./excuses";
import { innocentVictim } from "./innocent-victim";
import { intentOverImpact } from "./intent-over-impact";
import { kitchenSinking } from "./kitchen-sinking";
import { mindReading } from "./mind-reading";
import { minimizing } from "./minimizing";
import { nonApology } from "./non-apology";
import { stonewalling } from "./stonewalling";
import { yesBut } from "./yes-but";

export const CATEGORIES: readonly CategorySpec[] = [
  intentOverImpact,
  nonApology,
  yesBut,
  minimizing,
  counterAttack,
  denial,
  innocentVictim,
  excuses,
  correctingFacts,
  mindReading,
  absolutes,
  stonewalling,
  kitchenSinking,
  contempt,
];
