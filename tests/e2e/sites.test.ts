/**
 * Per-site switching in real Chromium: a site beyond the default list, turned on, gets the content
 * script registered and injected into its open tabs; turned off, it loses both. Settings survive a
 * browser restart on the same profile.
 *
 * The permission prompt for a new site cannot be driven from a test, so this copy of the build
 * holds the permission for the local test server from install (host_permissions). The request
 * itself is made by the popup and the options page before they send `setSite`.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { extensionCopy, launchWithExtension, repoRoot, serveStatic, type ExtensionSession, type StaticServer, E2E_POLL } from "./browser";
import { boxes, clickField, waitForBoxes } from "./overlay-probe";

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000, expect: { poll: E2E_POLL } });

const LAYOUT = "/tests/e2e/fixtures/pages/layout.html";
const DRAFT = "Hey. I didn't mean to upset you, but you're overreacting.";

/** Sends a request from the copy's extension page, as the popup does. */
function fromExtensionPage(probe: Page, message: unknown) {
  return probe.evaluate((m) => chrome.runtime.sendMessage(m), message);
}

describe("a site the person turns on", () => {
  let session: ExtensionSession;
  let server: StaticServer;
  let copy: { dir: string; remove(): Promise<void> };
  let probe: Page;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await serveStatic(repoRoot);
    copy = await extensionCopy({ host_permissions: ["http://127.0.0.1/*"] });
    session = await launchWithExtension({ extensionDir: copy.dir });
    probe = await session.context.newPage();
    await probe.goto(`chrome-extension://${session.extensionId}/e2e-probe.html`);
    page = await session.context.newPage();
    page.on("pageerror", (e) => pageErrors.push(e.message));
    await page.goto(server.url + LAYOUT);
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
    await copy?.remove();
  });

  it("is off until then: nothing is flagged", async () => {
    await clickField(page, 0);
    await page.keyboard.type(DRAFT);
    await page.waitForTimeout(800);
    expect(await page.evaluate(() => document.querySelectorAll("receptive-overlay").length)).toBe(0);
  });

  it("turned on, gets the content script in the tab already open, without a reload", async () => {
    expect(await fromExtensionPage(probe, { type: "setSite", origin: server.url, on: true })).toEqual({ ok: true });
    await waitForBoxes(page, "minimizing/overreacting", 0);
    const registered = await session.worker.evaluate(() => chrome.scripting.getRegisteredContentScripts());
    expect(registered.map((s) => ({ id: s.id, matches: s.matches, js: s.js }))).toEqual([
      { id: `site-${server.url}`, matches: [`${server.url}/*`], js: ["content.js"] },
    ]);
  });

  it("and in tabs opened later", async () => {
    const later = await session.context.newPage();
    await later.goto(server.url + LAYOUT);
    await clickField(later, 3);
    await later.keyboard.type(DRAFT);
    await waitForBoxes(later, "minimizing/overreacting", 3);
    await later.close();
  });

  it("turned off, loses its highlights at once and its registration", async () => {
    expect(await fromExtensionPage(probe, { type: "setSite", origin: server.url, on: false })).toEqual({ ok: true });
    await expect.poll(() => page.evaluate(() => document.querySelectorAll("receptive-overlay").length)).toBe(0);
    expect(await session.worker.evaluate(() => chrome.scripting.getRegisteredContentScripts())).toEqual([]);
    // Turned on again, the script already in the tab takes over (it is never injected twice).
    expect(await fromExtensionPage(probe, { type: "setSite", origin: server.url, on: true })).toEqual({ ok: true });
    await waitForBoxes(page, "minimizing/overreacting", 0);
    expect(await page.evaluate(() => document.querySelectorAll("receptive-overlay").length)).toBe(1);
    expect((await boxes(page, 0)).filter((b) => b.rule === "minimizing/overreacting")).toHaveLength(1);
  });

  it("a page cannot switch a site: only extension pages and a site's own content script may", async () => {
    const answered = await page.evaluate(async () => {
      // A web page has no chrome.runtime.sendMessage to this extension (no externally_connectable).
      const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime;
      return typeof runtime?.sendMessage;
    });
    expect(answered).toBe("undefined");
  });

  it("threw nothing into the page", async () => {
    expect(pageErrors).toEqual([]);
    expect(await session.extensionErrors()).toEqual([]);
  });
});

describe("settings", () => {
  it("survive a browser restart on the same profile", async () => {
    const profile = await mkdtemp(path.join(os.tmpdir(), "receptive-profile-"));
    const copy = await extensionCopy();
    try {
      let session = await launchWithExtension({ extensionDir: copy.dir, userDataDir: profile });
      let probe = await session.context.newPage();
      await probe.goto(`chrome-extension://${session.extensionId}/e2e-probe.html`);
      await fromExtensionPage(probe, { type: "disableRule", rule: "minimizing/overreacting" });
      await fromExtensionPage(probe, { type: "setSite", origin: "https://discord.com", on: false });
      await fromExtensionPage(probe, { type: "setPause", until: 4_000_000_000_000 });
      const before = await session.worker.evaluate(() => chrome.storage.sync.get("settings"));
      await session.close();

      session = await launchWithExtension({ extensionDir: copy.dir, userDataDir: profile });
      probe = await session.context.newPage();
      const after = await session.worker.evaluate(() => chrome.storage.sync.get("settings"));
      expect(after).toEqual(before);
      expect(after.settings).toMatchObject({
        disabledRules: ["minimizing/overreacting"],
        sites: { "https://discord.com": false },
        pausedUntil: 4_000_000_000_000,
      });
      await session.close();
    } finally {
      await copy.remove();
      await rm(profile, { recursive: true, force: true, maxRetries: 3 });
    }
  });
});
