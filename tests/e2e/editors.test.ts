/**
 * The content script in every editor family, in real Chromium with the built extension loaded.
 *
 * The fixture pages (tests/e2e/fixtures/editors/, built from the real npm packages) are served
 * under a messaging host where Receptive is on by default (see serveAsSite), so the manifest's own
 * content scripts run there. Each page exposes `window.__fixture` to read the editor's MODEL.
 *
 * For each fixture: type a defensive message; a highlight appears over the right words, within
 * 2 px of where the browser draws them (Range rects, or a full-style clone for textareas); a click
 * on it opens the card; applying the first suggestion changes the editor's model by exactly that
 * range and keeps formatting outside it; Ctrl+Z restores the original; typing then continues
 * where it should. Also: 200 random edits leave exactly the typed text, and nothing throws into
 * the page.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "playwright-core";
import type * as Engine from "../../src/engine/index";
import type { Finding } from "../../src/engine/types";
import { launchWithExtension, repoRoot, serveAsSite, type ExtensionSession, E2E_POLL } from "./browser";
import { EDITOR_CONFIGS, editorLabel } from "./editor-configs";
import { buildFixtures } from "./fixtures/build.mjs";
import {
  boxes,
  cardLocator,
  clickBox,
  clickField,
  clickFirstSuggestion,
  expectAligned,
  modelText,
  waitForBoxes,
} from "./overlay-probe";

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000, expect: { poll: E2E_POLL } });

const shots = path.join(repoRoot, "test-results", "screenshots");

const GREETING = "Hey ";
const NAME = "Sam";
const BODY = ". I didn't mean to upset you, but you're overreacting.";
const TYPED = GREETING + NAME + BODY;
/** Longer than any editor's window for merging edits into one undo step. */
const UNDO_GROUP_MS = 1_100;

let engine: typeof Engine;
let session: ExtensionSession;
let site: string;

beforeAll(async () => {
  if (!existsSync(path.join(repoRoot, "dist/chrome/content.js")) || !existsSync(path.join(repoRoot, "dist/engine.js"))) {
    execFileSync(process.execPath, ["build.mjs"], { cwd: repoRoot, stdio: "inherit" });
  }
  await buildFixtures();
  engine = (await import(pathToFileURL(path.join(repoRoot, "dist/engine.js")).href)) as typeof Engine;
  await mkdir(shots, { recursive: true });
  session = await launchWithExtension();
  site = await serveAsSite(session.context);
}, 300_000);

afterAll(async () => {
  await session?.close();
});

async function typeDraft(page: Page, rich: boolean): Promise<void> {
  await page.keyboard.type(GREETING);
  if (rich) await page.keyboard.press("Control+b");
  await page.keyboard.type(NAME);
  if (rich) await page.keyboard.press("Control+b");
  await page.keyboard.type(BODY);
}

function randomEdits(seed: number, count: number): ({ type: string } | { backspace: number } | { pause: true })[] {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
  const words = ["I", "didn't", "mean", "to", "upset", "you", "but", "you're", "overreacting", "calm", "down", "sorry", "hear", "okay", "it", "was", "just", "a", "joke", "."];
  const out: ({ type: string } | { backspace: number } | { pause: true })[] = [];
  for (let i = 0; i < count; i++) {
    const r = next();
    if (r < 0.65) out.push({ type: words[Math.floor(next() * words.length)]! + (next() < 0.8 ? " " : "") });
    else if (r < 0.9) out.push({ backspace: 1 + Math.floor(next() * 4) });
    else out.push({ pause: true });
  }
  return out;
}

for (const config of EDITOR_CONFIGS) {
  const { name, index, rich } = config;
  const label = editorLabel(config);
  describe(`${label} fixture`, () => {
    let page: Page;
    const pageErrors: string[] = [];
    let findings: Finding[];

    beforeAll(async () => {
      page = await session.context.newPage();
      page.on("pageerror", (e) => pageErrors.push(e.message));
      page.on("console", (m) => {
        if (m.type() === "error") pageErrors.push(m.text());
      });
      await page.goto(`${site}/dist/fixtures/${name}/`);
      await page.evaluate(() => window.__fixture.ready);
      findings = engine.analyze(TYPED).findings;
    });

    afterAll(async () => {
      await page?.close();
    });

    it("highlights the defensive words, aligned within 2 px of the text", async () => {
      await clickField(page, index);
      await typeDraft(page, rich);
      expect(await modelText(page, index)).toBe(TYPED);
      expect(findings.map((f) => f.rule)).toContain("minimizing/overreacting");
      for (const finding of findings) {
        const shown = await waitForBoxes(page, finding.rule, index);
        expect(shown.every((b) => b.start === finding.start && b.end === finding.end && b.severity === finding.severity)).toBe(true);
        await expectAligned(page, finding.rule, finding.start, finding.end, index);
      }
      await page.screenshot({ path: path.join(shots, `${label}-highlights.png`) });
    });

    it("opens the card on a click at the centre of a highlight", async () => {
      const box = (await waitForBoxes(page, "minimizing/overreacting", index))[0]!;
      await clickBox(page, box, index);
      await expect.poll(() => cardLocator(page, index)).not.toBeNull();
      const card = (await cardLocator(page, index))!;
      const finding = findings.find((f) => f.rule === "minimizing/overreacting")!;
      expect(card.role).toBe("dialog");
      expect(card.rule).toBe(finding.rule);
      expect(card.suggestions).toEqual(finding.suggestions.slice(0, 4).map((s) => s.text));
      await page.screenshot({ path: path.join(shots, `${label}-card.png`) });
    });

    it("applies the first suggestion to the editor's model, and to nothing else", async () => {
      const finding = findings.find((f) => f.rule === "minimizing/overreacting")!;
      // A person reads the card before choosing. Editors merge edits made within a moment of each
      // other into one undo step (ProseMirror 500 ms, Quill 1 s), which would fold the rewrite
      // into the typing before it.
      await page.waitForTimeout(UNDO_GROUP_MS);
      await clickFirstSuggestion(page, index);
      const expected = TYPED.slice(0, finding.start) + finding.suggestions[0]!.text + TYPED.slice(finding.end);
      await expect.poll(() => modelText(page, index)).toBe(expected);
      if (rich) expect(await page.evaluate((i) => window.__fixture.bold(i), index)).toEqual([NAME]);
      // The card closes once the editor has re-rendered (a frame after the model changed).
      await expect.poll(() => cardLocator(page, index)).toBeNull();
    });

    it("undoes the rewrite with Ctrl+Z", async () => {
      await page.keyboard.press("Control+z");
      await expect.poll(() => modelText(page, index)).toBe(TYPED);
    });

    it("keeps typing at the caret after a rewrite", async () => {
      const finding = findings.find((f) => f.rule === "minimizing/overreacting")!;
      const box = (await waitForBoxes(page, finding.rule, index))[0]!;
      await clickBox(page, box, index);
      await expect.poll(() => cardLocator(page, index)).not.toBeNull();
      await page.waitForTimeout(UNDO_GROUP_MS);
      await clickFirstSuggestion(page, index);
      const applied = TYPED.slice(0, finding.start) + finding.suggestions[0]!.text + TYPED.slice(finding.end);
      await expect.poll(() => modelText(page, index)).toBe(applied);
      await expect.poll(() => cardLocator(page, index)).toBeNull();
      await page.keyboard.type(" truly");
      const at = finding.start + finding.suggestions[0]!.text.length;
      await expect.poll(() => modelText(page, index)).toBe(applied.slice(0, at) + " truly" + applied.slice(at));
    });

    it("leaves exactly the typed text after 200 random edits", async () => {
      // Start from an empty field: select all and delete, as a person would.
      await clickField(page, index);
      await page.keyboard.press("Control+a");
      await page.keyboard.press("Backspace");
      await expect.poll(() => modelText(page, index)).toBe("");
      let expected = "";
      for (const edit of randomEdits((name.length + index) * 7919, 200)) {
        if ("type" in edit) {
          await page.keyboard.type(edit.type);
          expected += edit.type;
        } else if ("backspace" in edit) {
          for (let i = 0; i < edit.backspace; i++) await page.keyboard.press("Backspace");
          expected = [...expected].slice(0, Math.max(0, [...expected].length - edit.backspace)).join("");
        } else {
          // Let the highlights arrive mid-draft, as they do between bursts of typing.
          await page.waitForTimeout(150);
        }
      }
      await expect.poll(() => modelText(page, index)).toBe(expected);
    });

    it("threw nothing into the page", () => {
      expect(pageErrors).toEqual([]);
    });
  });
}

describe("the extension's own errors", () => {
  it("logged none from the background", async () => {
    expect(await session.extensionErrors()).toEqual([]);
  });
});

