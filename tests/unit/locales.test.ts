// Every UI string lives in src/_locales/en/messages.json: each key the code or the manifest asks
// for must be there, with a description for translators and well-formed placeholders.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
const messages = JSON.parse(readFileSync(path.join(root, "src/_locales/en/messages.json"), "utf8")) as Record<
  string,
  { message: string; description?: string; placeholders?: Record<string, { content: string }> }
>;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

describe("_locales/en/messages.json", () => {
  it("has every key that the code asks t() for by name", () => {
    const missing: string[] = [];
    for (const file of sources(path.join(root, "src"))) {
      for (const [, key] of readFileSync(file, "utf8").matchAll(/\bt\(\s*"([A-Za-z0-9_]+)"/g)) {
        if (!Object.hasOwn(messages, key!)) missing.push(`${path.relative(root, file)}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("has every key the manifest names", () => {
    const manifest = readFileSync(path.join(root, "manifest.json"), "utf8");
    const keys = [...manifest.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(messages, key).toHaveProperty(key);
  });

  it("describes each message and declares each placeholder it uses", () => {
    for (const [key, entry] of Object.entries(messages)) {
      expect(key).toMatch(/^[A-Za-z0-9_]+$/);
      expect(entry.message.length, key).toBeGreaterThan(0);
      expect(entry.description?.length ?? 0, `${key} has no description`).toBeGreaterThan(0);
      for (const [, name] of entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)) {
        expect(Object.keys(entry.placeholders ?? {}).map((p) => p.toLowerCase()), `${key}: $${name}$`).toContain(name!.toLowerCase());
      }
    }
  });
});
