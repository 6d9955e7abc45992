/**
 * The person's settings: a versioned, typed object in storage.sync (storage.local where sync is
 * unavailable). Whatever is stored is read through `parseSettings`, which keeps every valid part,
 * puts defaults in place of the rest and says what it replaced, so a corrupted value never breaks
 * a page or the background.
 */
import { CATEGORY_IDS, type AnalyzerOptions, type CategoryId, type Sensitivity } from "../engine/types";

export const SETTINGS_VERSION = 3;
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
  /**
   * Pause before sending: when the person sends a draft with a high-severity finding, a card asks
   * them to take a breath first. Off unless they turn it on; `sites` holds per-origin choices that
   * override `on`.
   */
  sendPause: { on: boolean; sites: Record<string, boolean> };
  /** After a flagged draft was sent anyway, the popup offers a repair message. */
  repairOffers: boolean;
  /** Weekly counts of the practice (never any text), kept in storage.local on this machine only. */
  progress: boolean;
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
  sendPause: Object.freeze({ on: false, sites: Object.freeze({}) }) as Settings["sendPause"],
  repairOffers: true,
  progress: true,
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

/** A map of origins to on/off; invalid entries are dropped and reported. */
function originMap(value: unknown, name: string, problems: string[]): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  if (value === undefined) return out;
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    problems.push(`${name} was not a map of origins; using the default`);
    return out;
  }
  let dropped = 0;
  for (const [origin, on] of Object.entries(value)) {
    if (isOrigin(origin) && typeof on === "boolean") out[origin] = on;
    else dropped += 1;
  }
  if (dropped > 0) problems.push(`${name}: dropped ${dropped} invalid entries`);
  return out;
}

function flag(value: unknown, name: string, fallback: boolean, problems: string[]): boolean {
  if (value === undefined) return fallback;
  if (typeof value === "boolean") return value;
  problems.push(`${name} was not true or false; using the default`);
  return fallback;
}

/**
 * Each migration takes the stored object of version N (a plain object, already known to be one)
 * to version N + 1. Stored settings with no version are version 1, the first shape.
 */
const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  // 2 added the global pause.
  1: (old) => ({ ...old, version: 2, pausedUntil: null }),
  // 3 added pause before sending, repair offers and private progress.
  2: (old) => ({ ...old, version: 3, sendPause: { on: false, sites: {} }, repairOffers: true, progress: true }),
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

  const sites = originMap(r.sites, "sites", problems);

  const sendPause: Settings["sendPause"] = { on: false, sites: {} };
  if (r.sendPause !== undefined) {
    if (typeof r.sendPause !== "object" || r.sendPause === null || Array.isArray(r.sendPause)) {
      problems.push("sendPause was not an object; pause before sending is off");
    } else {
      const p = r.sendPause as Record<string, unknown>;
      if (typeof p.on === "boolean") sendPause.on = p.on;
      else if (p.on !== undefined) problems.push("sendPause.on was not true or false; pause before sending is off");
      sendPause.sites = originMap(p.sites, "sendPause.sites", problems);
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
      sendPause,
      repairOffers: flag(r.repairOffers, "repairOffers", DEFAULT_SETTINGS.repairOffers, problems),
      progress: flag(r.progress, "progress", DEFAULT_SETTINGS.progress, problems),
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

/** Whether pause before sending is on for pages of `origin`. */
export function isSendPauseOn(origin: string, settings: Pick<Settings, "sendPause">): boolean {
  return settings.sendPause.sites[origin] ?? settings.sendPause.on;
}
