/**
 * The person's settings: a versioned, typed object in storage.sync (storage.local where sync is
 * unavailable). Whatever is stored is read through `parseSettings`, which keeps every valid part,
 * puts defaults in place of the rest and says what it replaced, so a corrupted value never breaks
 * a page or the background.
 */
import { CATEGORY_IDS, type AnalyzerOptions, type CategoryId, type Sensitivity } from "../engine/types";

export const SETTINGS_VERSION = 1;
export const SETTINGS_KEY = "settings";

export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** Rule ids turned off ("minimizing/overreacting"). */
  disabledRules: string[];
  disabledCategories: CategoryId[];
  sensitivity: Sensitivity;
  /** Per-origin choices; an origin not listed follows the default site list. */
  sites: Record<string, boolean>;
  alwaysFlag: string[];
  neverFlag: string[];
  ownAcknowledgments: string[];
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: SETTINGS_VERSION,
  disabledRules: [],
  disabledCategories: [],
  sensitivity: "strict",
  sites: {},
  alwaysFlag: [],
  neverFlag: [],
  ownAcknowledgments: [],
});

export interface ParsedSettings {
  settings: Settings;
  /** One line per part that was invalid and replaced by its default; empty when all was well. */
  problems: string[];
}

const SENSITIVITIES: readonly Sensitivity[] = ["gentle", "standard", "strict"];
const MAX_LIST = 500;
const MAX_PHRASE = 200;

function stringList(value: unknown, name: string, problems: string[], valid: (s: string) => boolean = () => true): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.push(`${name} was not a list; using the default`);
    return [];
  }
  const kept = value.filter((v): v is string => typeof v === "string" && v.trim().length > 0 && v.length <= MAX_PHRASE && valid(v));
  if (kept.length !== value.length) problems.push(`${name}: dropped ${value.length - kept.length} invalid entries`);
  return [...new Set(kept)].slice(0, MAX_LIST);
}

function isOrigin(s: string): boolean {
  try {
    const url = new URL(s);
    return (url.protocol === "https:" || url.protocol === "http:") && url.origin === s;
  } catch {
    return false;
  }
}

export function parseSettings(raw: unknown): ParsedSettings {
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { settings: structuredClone(DEFAULT_SETTINGS) as Settings, problems };
  if (typeof raw !== "object" || Array.isArray(raw)) {
    return { settings: structuredClone(DEFAULT_SETTINGS) as Settings, problems: ["settings were not an object; using the defaults"] };
  }
  const r = raw as Record<string, unknown>;
  if (r.version !== undefined && r.version !== SETTINGS_VERSION) {
    // Never String() a stored object: JSON can give it a toString that is not a function.
    const shown = typeof r.version === "number" || typeof r.version === "string" ? String(r.version) : typeof r.version;
    problems.push(`unknown settings version ${shown}; reading what fits`);
  }

  let sensitivity: Sensitivity = DEFAULT_SETTINGS.sensitivity;
  if (r.sensitivity !== undefined) {
    if (SENSITIVITIES.includes(r.sensitivity as Sensitivity)) sensitivity = r.sensitivity as Sensitivity;
    else problems.push("sensitivity was not gentle, standard or strict; using the default");
  }

  const sites: Record<string, boolean> = {};
  if (r.sites !== undefined) {
    if (typeof r.sites !== "object" || r.sites === null || Array.isArray(r.sites)) {
      problems.push("sites was not a map of origins; using the default");
    } else {
      let dropped = 0;
      for (const [origin, on] of Object.entries(r.sites)) {
        if (isOrigin(origin) && typeof on === "boolean") sites[origin] = on;
        else dropped += 1;
      }
      if (dropped > 0) problems.push(`sites: dropped ${dropped} invalid entries`);
    }
  }

  return {
    settings: {
      version: SETTINGS_VERSION,
      disabledRules: stringList(r.disabledRules, "disabledRules", problems, (s) => /^[a-z-]+\/[a-z0-9-]+$/.test(s)),
      disabledCategories: stringList(r.disabledCategories, "disabledCategories", problems, (s) =>
        (CATEGORY_IDS as readonly string[]).includes(s),
      ) as CategoryId[],
      sensitivity,
      sites,
      alwaysFlag: stringList(r.alwaysFlag, "alwaysFlag", problems),
      neverFlag: stringList(r.neverFlag, "neverFlag", problems),
      ownAcknowledgments: stringList(r.ownAcknowledgments, "ownAcknowledgments", problems),
    },
    problems,
  };
}

/** The analyzer options these settings ask for. */
export function analyzerOptions(settings: Settings): AnalyzerOptions {
  return {
    disabledRules: settings.disabledRules,
    disabledCategories: settings.disabledCategories,
    sensitivity: settings.sensitivity,
    alwaysFlag: settings.alwaysFlag,
    neverFlag: settings.neverFlag,
    ownAcknowledgments: settings.ownAcknowledgments,
  };
}
