/**
 * Settings as a file: what Export writes and Import reads. Pure functions, no browser APIs, so
 * they are unit-tested in Node (tests/unit/settings-io.test.ts).
 */
import { parseSettings, type Settings } from "../shared/settings";

/** Larger than any real settings file (500 phrases of 200 characters in three lists is ~300 KB). */
export const MAX_IMPORT_CHARS = 2_000_000;

/** Why an import was refused: the page shows its own sentence for each. */
export type ImportFailure = "not-json" | "not-object" | "too-large";

export type ImportResult =
  | { ok: true; settings: Settings; problems: string[] }
  | { ok: false; reason: ImportFailure; error: string };

/** The settings as a pretty-printed JSON document, ending in a newline. */
export function exportSettings(settings: Settings): string {
  return JSON.stringify(settings, null, 2) + "\n";
}

/**
 * Reads an exported settings file. Anything that is a JSON object is read through parseSettings:
 * valid parts are kept, older versions are migrated, and every part that was replaced by its
 * default is named in `problems`. Text that is not JSON, or JSON that is not an object, is refused.
 */
export function importSettings(text: string): ImportResult {
  if (text.length > MAX_IMPORT_CHARS) {
    return { ok: false, reason: "too-large", error: "This file is too large to be a Receptive settings file." };
  }
  let raw: unknown;
  try {
    // A byte-order mark is what some editors put at the start of a UTF-8 file.
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, reason: "not-json", error: `This file is not JSON (${detail}).` };
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    const kind = raw === null ? "null" : Array.isArray(raw) ? "a list" : `a ${typeof raw}`;
    return { ok: false, reason: "not-object", error: `This file is JSON, but ${kind}, not a settings object.` };
  }
  const { settings, problems } = parseSettings(raw);
  return { ok: true, settings, problems };
}
