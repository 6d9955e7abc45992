/**
 * Failure isolation, in real Chromium: whatever happens to the extension, typing goes on, no
 * character is lost, nothing reaches the page's console, and the highlights come back once the
 * background does.
 * - the service worker is stopped while the person types;
 * - the stored settings are corrupted;
 * - the engine throws on every draft for a while (a copy of the build whose background analyzer
 *   throws while a flag is set), then recovers;
 * - the extension is reloaded, leaving an orphaned content script in the open tab (it notices,
 *   removes its overlay and its listeners).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Page } from "playwright-core";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { extensionCopy, launchWithExtension, serveAsSite, type ExtensionSession, E2E_POLL } from "./browser";
import { clickField, modelText, waitForBoxes } from "./overlay-probe";

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000, expect: { poll: E2E_POLL } });

const LAYOUT = "/tests/e2e/fixtures/pages/layout.html";

let session: ExtensionSession;
let site: string;

beforeAll(async () => {
  session = await launchWithExtension();
  site = await serveAsSite(session.context);
});

afterAll(async () => {
  await session?.close();
});

async function openLayout(errors: string[]): Promise<Page> {
  const page = await session.context.newPage();
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  await page.goto(site + LAYOUT);
  await page.bringToFront();
  return page;
}

/** Stops the extension's service worker, as the browser does when it is idle or crashes. */
async function stopServiceWorker(): Promise<void> {
  const cdp = await session.context.browser()!.newBrowserCDPSession();
  const { targetInfos } = (await cdp.send("Target.getTargets")) as { targetInfos: { targetId: string; type: string; url: string }[] };
  const worker = targetInfos.find((t) => t.type === "service_worker" && t.url === `chrome-extension://${session.extensionId}/background.js`);
  expect(worker, "the extension's service worker target").toBeDefined();
  expect(await cdp.send("Target.closeTarget", { targetId: worker!.targetId })).toEqual({ success: true });
  await cdp.detach();
}

describe("when the service worker stops while the person types", () => {
  it("typing goes on with every character, and the highlights come back", async () => {
    const errors: string[] = [];
    const page = await openLayout(errors);
    await clickField(page, 0);
    await page.keyboard.type("Hey. I didn't mean to upset you, ");
    await stopServiceWorker();
    await page.keyboard.type("but you're overreacting.");
    expect(await modelText(page, 0)).toBe("Hey. I didn't mean to upset you, but you're overreacting.");
    await waitForBoxes(page, "minimizing/overreacting", 0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("when the stored settings are corrupted", () => {
  it("the page keeps working on defaults, and the popup and options page say what was reset", async () => {
    await session.worker.evaluate(() =>
      chrome.storage.sync.set({ settings: { version: { toString: 1 }, sites: "everywhere", disabledRules: 42, sensitivity: "loud" } }),
    );
    const errors: string[] = [];
    const page = await openLayout(errors);
    await clickField(page, 0);
    await page.keyboard.type("You're overreacting.");
    await waitForBoxes(page, "minimizing/overreacting", 0);

    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await expect.poll(() => options.locator("body").innerText()).toMatch(/could not be read/i);
    await expect.poll(() => options.locator("body").innerText()).toMatch(/sensitivity/);
    await options.close();
    expect(errors).toEqual([]);
    await session.worker.evaluate(() => chrome.storage.sync.remove("settings"));
    await page.close();
  });
});

describe("when the engine throws", () => {
  it("typing goes on, nothing reaches the page, and the highlights come back when it recovers", async () => {
    const copy = await extensionCopy();
    const background = path.join(copy.dir, "background.js");
    const source = readFileSync(background, "utf8");
    const call = "return analyzer.analyze(text);";
    expect(source.split(call).length, "one analyze call in the background bundle").toBe(2);
    writeFileSync(
      background,
      source.replace(call, `if (globalThis.__engineBroken !== false) throw new TypeError("engine failure for the test"); ${call}`),
    );
    const broken = await launchWithExtension({ extensionDir: copy.dir });
    try {
      const errors: string[] = [];
      const brokenSite = await serveAsSite(broken.context);
      const page = await broken.context.newPage();
      page.on("pageerror", (e) => errors.push(e.message));
      page.on("console", (m) => {
        if (m.type() === "error") errors.push(m.text());
      });
      await page.goto(brokenSite + LAYOUT);
      await clickField(page, 0);
      await page.keyboard.type("You're overreacting. Calm down.");
      expect(await modelText(page, 0)).toBe("You're overreacting. Calm down.");
      // The analysis failed (and is retried): no highlight, and the page saw nothing of it.
      await page.waitForTimeout(400);
      expect(await page.evaluate(() => document.querySelector("receptive-overlay")?.shadowRoot?.querySelectorAll("[data-receptive-highlight]").length ?? 0)).toBe(0);
      await broken.worker.evaluate(() => {
        (globalThis as { __engineBroken?: boolean }).__engineBroken = false;
      });
      await waitForBoxes(page, "minimizing/overreacting", 0);
      await page.keyboard.type(" Sorry.");
      expect(await modelText(page, 0)).toBe("You're overreacting. Calm down. Sorry.");
      expect(errors).toEqual([]);
    } finally {
      await broken.close();
      await copy.remove();
    }
  });
});

describe("when the extension is reloaded under an open tab", () => {
  // Chromium does not bring back an extension loaded with --load-extension after runtime.reload()
  // (its new content scripts find no chrome.runtime), so the return on the page's next load is
  // not checked here.
  it("the orphaned content script steps aside, and typing goes on with every character", async () => {
    const errors: string[] = [];
    const page = await openLayout(errors);
    await clickField(page, 0);
    await page.keyboard.type("You're overreacting.");
    await waitForBoxes(page, "minimizing/overreacting", 0);

    await session.worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    // The extension comes back as a new install of the same id; its old world is gone.
    await page.waitForTimeout(1_500);

    // The old script is cut off: typing still works, and it removes its highlights once it
    // notices (on its next call to the background).
    await clickField(page, 0);
    await page.keyboard.press("End");
    await page.keyboard.type(" Calm down.");
    expect(await modelText(page, 0)).toBe("You're overreacting. Calm down.");
    await expect.poll(() => page.evaluate(() => document.querySelectorAll("receptive-overlay").length), { timeout: 10_000 }).toBe(0);

    expect(errors).toEqual([]);
    await page.close();
  });
});
