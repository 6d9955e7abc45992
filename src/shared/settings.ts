/**
 * The person's settings: a versioned, typed object in storage.sync (storage.local where sync is
 * unavailable). Whatever is stored is read through `parseSettings`, which keeps every valid part,
 * puts defaults in place of the rest and says what it replaced, so a corrupted value never breaks
 * a page or the background.
 */
import { CATEGORY_IDS, type AnalyzerOptions, type CategoryId, type Sensitivity } from "../engine/types";

export const SETTINGS_VERSION = 2;
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
  /**
   * Receptive is paused everywhere until this time (ms since the epoch); null when not paused.
   * PAUSED_UNTIL_TURNED_ON pauses it until the person turns it back on.
   */
  pausedUntil: number | null;
}

/** `pausedUntil` for "until I turn it back on". */
export const PAUSED_UNTIL_TURNED_ON = Number.MAX_SAFE_INTEGER;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: SETTINGS_VERSION,
  disabledRules: [],
  disabledCategories: [],
  sensitivity: "strict",
  sites: {},
  alwaysFlag: [],
  neverFlag: [],
  ownAcknowledgments: [],
  pausedUntil: null,
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

/**
 * Each migration takes the stored object of version N (a plain object, already known to be one)
 * to version N + 1. Stored settings with no version are version 1, the first shape.
 */
const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  // 2 added the global pause.
  1: (old) => ({ ...old, version: 2, pausedUntil: null }),
};

/** Brings a stored object up to SETTINGS_VERSION; a version from the future is read as is. */
export function migrateSettings(raw: Record<string, unknown>): Record<string, unknown> {
  let current = raw;
  let version: unknown = current.version === undefined ? 1 : current.version;
  while (typeof version === "number" && version < SETTINGS_VERSION && MIGRATIONS[version]) {
    current = MIGRATIONS[version]!(current);
    version = current.version;
  }
  return current;
}

export function parseSettings(raw: unknown): ParsedSettings {
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { settings: structuredClone(DEFAULT_SETTINGS) as Settings, problems };
  if (typeof raw !== "object" || Array.isArray(raw)) {
    return { settings: structuredClone(DEFAULT_SETTINGS) as Settings, problems: ["settings were not an object; using the defaults"] };
  }
  const r = migrateSettings(raw as Record<string, unknown>);
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

  let pausedUntil: number | null = null;
  if (r.pausedUntil !== undefined && r.pausedUntil !== null) {
    if (typeof r.pausedUntil === "number" && Number.isFinite(r.pausedUntil) && r.pausedUntil > 0) pausedUntil = r.pausedUntil;
    else problems.push("pausedUntil was not a time; Receptive is not paused");
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
      pausedUntil,
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

/** Whether the global pause is on at `now`. */
export function isPaused(settings: Pick<Settings, "pausedUntil">, now: number = Date.now()): boolean {
  return settings.pausedUntil !== null && settings.pausedUntil > now;
}
