/**
 * axe-core (the accessibility engine behind Lighthouse and most audits) on every page a person
 * sees: the popup, the options page, the first-run page, and the suggestion card in a page, and
 * the popup and options page again with the practice showing (a repair offer, the chart, the
 * table of counts, the erase question). Zero violations, in light and in dark. Screenshots of
 * each land in test-results/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { readFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import type { Page } from "playwright-core";
import { emptyProgress, recordPractice } from "../../src/shared/progress";
import { launchWithExtension, repoRoot, serveAsSite, type ExtensionSession, E2E_POLL, tabIdOf } from "./browser";
import { cardLocator, clickBox, clickField, waitForBoxes } from "./overlay-probe";

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000, expect: { poll: E2E_POLL } });

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const shots = path.join(repoRoot, "test-results", "screenshots");

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * Runs axe on the page and returns its violations, briefly. `within` narrows it to our own UI in
 * a page whose other parts are the fixture's, not ours (a selector path into shadow roots).
 */
async function violations(page: Page, within?: string[]): Promise<Violation[]> {
  // evaluate() is not subject to the page's CSP, which allows no inline or injected scripts.
  await page.evaluate(axeSource);
  return page.evaluate(async (within) => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown }[] }[] }> } }).axe;
    const result = await axe.run(within ? { include: [within] } : document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => JSON.stringify(n.target)) }));
  }, within);
}

let session: ExtensionSession;
let site: string;

beforeAll(async () => {
  await mkdir(shots, { recursive: true });
  session = await launchWithExtension();
  site = await serveAsSite(session.context);
});

afterAll(async () => {
  await session?.close();
});

describe.each(["light", "dark"] as const)("in %s mode", (scheme) => {
  let tabId: number;
  let fixture: Page;

  beforeAll(async () => {
    fixture = await session.context.newPage();
    await fixture.emulateMedia({ colorScheme: scheme });
    await fixture.goto(`${site}/tests/e2e/fixtures/pages/layout.html`);
    await clickField(fixture, 0);
    await fixture.keyboard.type("Hey. I didn't mean to upset you, but you're overreacting.");
    tabId = await tabIdOf(session, fixture);
  });

  afterAll(async () => {
    await fixture?.close();
  });

  it("the card has no violations", async () => {
    const box = (await waitForBoxes(fixture, "minimizing/overreacting", 0))[0]!;
    await clickBox(fixture, box, 0);
    await expect.poll(() => cardLocator(fixture, 0)).not.toBeNull();
    await fixture.screenshot({ path: path.join(shots, `card-${scheme}.png`) });
    expect(await violations(fixture, ["receptive-overlay", "[data-receptive-card]"])).toEqual([]);
  });

  it("the Take a breath card has no violations", async () => {
    // Its theme follows the field's own background: the layout page's dark field (6) for dark.
    const field = scheme === "dark" ? 6 : 2;
    await session.worker.evaluate(() => chrome.storage.sync.set({ settings: { version: 3, sendPause: { on: true, sites: {} } } }));
    try {
      await fixture.waitForTimeout(200);
      await clickField(fixture, field);
      await fixture.keyboard.type("You're overreacting.");
      await waitForBoxes(fixture, "minimizing/overreacting", field);
      await fixture.keyboard.press("Enter");
      await expect
        .poll(() => fixture.evaluate(() => !!document.querySelector("receptive-overlay")?.shadowRoot?.querySelector("[data-receptive-pause]")))
        .toBe(true);
      expect(await fixture.evaluate(() => document.querySelector("receptive-overlay")!.shadowRoot!.querySelector<HTMLElement>("[data-receptive-pause]")!.dataset.theme)).toBe(scheme);
      await fixture.screenshot({ path: path.join(shots, `pause-card-${scheme}.png`) });
      expect(await violations(fixture, ["receptive-overlay", "[data-receptive-pause]"])).toEqual([]);
      await fixture.keyboard.press("Escape");
    } finally {
      await session.worker.evaluate(() => chrome.storage.sync.remove("settings"));
    }
  });

  it.each([
    ["popup", () => `popup.html?tab=${tabId}`],
    ["options", () => "options.html"],
    ["first-run", () => "first-run.html"],
  ])("the %s page has no violations", async (name, url) => {
    const page = await session.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    if (name === "popup") await page.setViewportSize({ width: 400, height: 600 });
    await page.goto(`chrome-extension://${session.extensionId}/${url()}`);
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout(300);
    expect(await page.locator("#app").evaluate((el) => el.childElementCount)).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(shots, `${name}-${scheme}.png`), fullPage: true });
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  describe("with the practice showing", () => {
    beforeAll(async () => {
      const now = Date.now();
      let progress = emptyProgress();
      for (let week = 0; week < 8; week += 1) {
        for (const kind of ["draftChecked", "suggestionApplied", "pauseShown", "pauseEdited", "pauseSentAnyway"] as const) {
          for (let n = 0; n <= (week * 3 + kind.length) % 5; n += 1) progress = recordPractice(progress, { kind }, now - week * 7 * 86_400_000);
        }
        progress = recordPractice(progress, { kind: "findingsShown", count: week + 1 }, now - week * 7 * 86_400_000);
      }
      await session.worker.evaluate((items) => chrome.storage.local.set(items), { progress, repairOffer: { at: now } });
    });

    it("the popup with a repair offer and the chart open has no violations", async () => {
      const page = await session.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width: 400, height: 600 });
      await page.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
      await expect.poll(() => page.locator("section.repair").count()).toBe(1);
      await page.locator("section.progress summary").click();
      await expect.poll(() => page.locator("section.progress rect.chart-bar").count()).toBeGreaterThan(0);
      expect(await page.locator("#send-pause-switch").count()).toBe(1);
      await page.screenshot({ path: path.join(shots, `popup-practice-${scheme}.png`), fullPage: true });
      expect(await violations(page)).toEqual([]);
      await page.close();
    });

    it("the options page with the counts as a table and the erase question open has no violations", async () => {
      const page = await session.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`chrome-extension://${session.extensionId}/options.html`);
      await page.getByRole("button", { name: "Show the numbers as a table" }).click();
      await page.getByRole("button", { name: "Erase the counts" }).click();
      await expect.poll(() => page.locator("section.practice .confirm").count()).toBe(1);
      await page.screenshot({ path: path.join(shots, `options-practice-${scheme}.png`), fullPage: true });
      expect(await violations(page)).toEqual([]);
      await page.close();
    });
  });
});
