/**
 * The toolbar popup, opened as a page pointed at a fixture tab (popup.html?tab=<id>), with the
 * built extension in real Chromium: it lists the draft's findings; Apply changes the page's
 * editor through the content script; the whole-message rewrite replaces the draft; the site
 * switch makes the highlights vanish from the open tab and come back. Screenshots, light and dark.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "playwright-core";
import type * as Engine from "../../src/engine/index";
import { launchWithExtension, repoRoot, serveAsSite, type ExtensionSession, E2E_POLL, tabIdOf } from "./browser";
import { boxes, clickField, modelText, waitForBoxes } from "./overlay-probe";

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000, expect: { poll: E2E_POLL } });

const DRAFT = "Hey. I didn't mean to upset you, but you're overreacting.";
const shots = path.join(repoRoot, "test-results", "screenshots");

let engine: typeof Engine;
let session: ExtensionSession;
let site: string;
let fixture: Page;
let popup: Page;
let tabId: number;
const pageErrors: string[] = [];

async function openPopup(): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 400, height: 720 });
  page.on("pageerror", (e) => pageErrors.push(`popup: ${e.message}`));
  await page.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
  return page;
}

beforeAll(async () => {
  engine = (await import(pathToFileURL(path.join(repoRoot, "dist/engine.js")).href)) as typeof Engine;
  await mkdir(shots, { recursive: true });
  session = await launchWithExtension();
  site = await serveAsSite(session.context);
  fixture = await session.context.newPage();
  fixture.on("pageerror", (e) => pageErrors.push(`page: ${e.message}`));
  await fixture.goto(`${site}/tests/e2e/fixtures/pages/layout.html`);
  await clickField(fixture, 0);
  await fixture.keyboard.type(DRAFT);
  await waitForBoxes(fixture, "minimizing/overreacting", 0);
  tabId = await tabIdOf(session, fixture);
  popup = await openPopup();
});

afterAll(async () => {
  await session?.close();
});

describe("the popup", () => {
  it("lists the draft's findings, each with its suggestions", async () => {
    const expected = engine.analyze(DRAFT).findings;
    await expect.poll(() => popup.locator("li.finding").count()).toBe(expected.length);
    const shown = await popup.locator("li.finding").evaluateAll((items) =>
      items.map((li) => ({
        rule: li.getAttribute("data-rule"),
        suggestions: [...li.querySelectorAll(".suggestion-text")].map((s) => s.textContent),
      })),
    );
    expect(shown).toEqual(expected.map((f) => ({ rule: f.rule, suggestions: f.suggestions.map((s) => s.text) })));
    // The toolbar badge counts the same findings for that tab.
    expect(await session.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe(String(expected.length));
    await popup.screenshot({ path: path.join(shots, "popup-findings-light.png"), fullPage: true });
    await popup.emulateMedia({ colorScheme: "dark" });
    await popup.screenshot({ path: path.join(shots, "popup-findings-dark.png"), fullPage: true });
    await popup.emulateMedia({ colorScheme: "light" });
  });

  it("applies a suggestion in the page's editor", async () => {
    const finding = engine.analyze(DRAFT).findings.find((f) => f.rule === "minimizing/overreacting")!;
    await popup.locator('li.finding[data-rule="minimizing/overreacting"] .suggestion button').first().click();
    const applied = DRAFT.slice(0, finding.start) + finding.suggestions[0]!.text + DRAFT.slice(finding.end);
    await expect.poll(() => modelText(fixture, 0)).toBe(applied);
    // The list follows the draft.
    await expect.poll(() => popup.locator('li.finding[data-rule="minimizing/overreacting"]').count()).toBe(0);
  });

  it("replaces the whole draft with the acknowledgment-first rewrite", async () => {
    const rewrite = popup.locator("[data-receptive-rewrite]");
    await expect.poll(() => rewrite.count()).toBe(1);
    const text = (await rewrite.textContent())!.trim();
    expect(text.length).toBeGreaterThan(0);
    await popup.locator("section.rewrite button").first().click();
    await expect.poll(() => modelText(fixture, 0)).toBe(text);
    // Ctrl+Z in the page brings the draft back: the rewrite went through the editor.
    await fixture.bringToFront();
    await fixture.keyboard.press("Control+z");
    await expect.poll(() => modelText(fixture, 0)).not.toBe(text);
  });

  it("switches the site off: the highlights vanish from the open tab; on: they come back", async () => {
    await clickField(fixture, 0);
    await fixture.keyboard.press("Control+a");
    await fixture.keyboard.type(DRAFT);
    await waitForBoxes(fixture, "minimizing/overreacting", 0);
    const toggle = popup.locator('input[role="switch"]').first();
    expect(await toggle.isChecked()).toBe(true);
    await toggle.click({ force: true });
    await expect.poll(() => fixture.evaluate(() => document.querySelectorAll("receptive-overlay").length)).toBe(0);
    await expect.poll(() => popup.locator("section.state-off").count()).toBe(1);
    await popup.screenshot({ path: path.join(shots, "popup-site-off.png"), fullPage: true });
    await toggle.click({ force: true });
    await expect.poll(async () => (await boxes(fixture, 0)).length).toBeGreaterThan(0);
  });

  it("threw nothing", async () => {
    expect(pageErrors).toEqual([]);
    expect(await session.extensionErrors()).toEqual([]);
  });
});
