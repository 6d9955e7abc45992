/**
 * No network request from any extension context. Chromium records every request it makes in a
 * net log (--log-net-log), with the origin that initiated it: the service worker and the
 * extension's pages appear as chrome-extension://<id>, content scripts as the page's origin. A full
 * session on the fixture pages (typing, the card, a rewrite, the popup, the options and first-run
 * pages) must leave no request from the extension's origin, and none from the fixture pages'
 * origin except the one the test itself makes as a control (so a request, were there one, would
 * be seen).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { launchWithExtension, SITE_HOST, serveAsSite, type ExtensionSession, E2E_POLL, tabIdOf } from "./browser";
import { clickBox, clickField, clickFirstSuggestion, waitForBoxes, waitForCard } from "./overlay-probe";

vi.setConfig({ testTimeout: 90_000, hookTimeout: 120_000, expect: { poll: E2E_POLL } });

const CONTROL_URL = "https://example.org/receptive-privacy-control";

interface Logged {
  url: string;
  initiator: string;
}

/** Every request in a net log: URL and initiating origin. The log may be cut short at its end. */
async function requestsIn(file: string): Promise<Logged[]> {
  let text = (await readFile(file, "utf8")).trim();
  if (!text.endsWith("}")) text = text.replace(/,\s*$/, "") + "]}";
  const log = JSON.parse(text) as {
    constants: { logEventTypes: Record<string, number> };
    events: { type: number; params?: { url?: string; initiator?: string } }[];
  };
  const start = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  return log.events
    .filter((e) => e.type === start && e.params?.url)
    .map((e) => ({ url: e.params!.url!, initiator: e.params!.initiator ?? "" }));
}

describe("privacy", () => {
  let session: ExtensionSession;
  let dir: string;
  let logFile: string;
  let extensionOrigin: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "receptive-netlog-"));
    logFile = path.join(dir, "netlog.json");
    session = await launchWithExtension({ extraArgs: [`--log-net-log=${logFile}`] });
    extensionOrigin = `chrome-extension://${session.extensionId}`;
    const site = await serveAsSite(session.context);

    // A full session: pages with editors, typing, the card, a rewrite.
    for (const pagePath of ["/tests/e2e/fixtures/pages/layout.html", "/dist/fixtures/demo/", "/dist/fixtures/lexical/"]) {
      const page = await session.context.newPage();
      await page.goto(site + pagePath);
      await page.bringToFront();
      if (pagePath !== "/tests/e2e/fixtures/pages/layout.html") await page.evaluate(() => window.__fixture.ready);
      await clickField(page, 0);
      await page.keyboard.type("I didn't mean to upset you, but you're overreacting. Whatever.");
      const box = (await waitForBoxes(page, "minimizing/overreacting", 0))[0]!;
      await clickBox(page, box, 0);
      await waitForCard(page, 0);
      await clickFirstSuggestion(page, 0);
      await page.waitForTimeout(300);
      if (pagePath === "/tests/e2e/fixtures/pages/layout.html") {
        // The control: a request the page itself makes, which the log must show.
        await page.evaluate((url) => fetch(url).catch(() => undefined), CONTROL_URL);
        const tabId = await tabIdOf(session, page);
        const popup = await session.context.newPage();
        await popup.goto(`${extensionOrigin}/popup.html?tab=${tabId}`);
        await popup.waitForTimeout(800);
        await popup.close();
      }
    }
    for (const page of ["options.html", "first-run.html"]) {
      const p = await session.context.newPage();
      await p.goto(`${extensionOrigin}/${page}`);
      await p.waitForTimeout(500);
    }
    await session.close();
  });

  afterAll(async () => {
    await session?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("the log saw the page's own control request (the method can see requests)", async () => {
    const fromPages = (await requestsIn(logFile)).filter((r) => r.initiator === `https://${SITE_HOST}`);
    expect(fromPages.map((r) => r.url)).toContain(CONTROL_URL);
  });

  it("the service worker and the extension's pages made no request", async () => {
    const fromExtension = (await requestsIn(logFile)).filter((r) => r.initiator === extensionOrigin && !r.url.startsWith(`${extensionOrigin}/`));
    expect(fromExtension).toEqual([]);
  });

  it("the content scripts made no request (the pages made none but the control)", async () => {
    const fromPages = (await requestsIn(logFile)).filter((r) => r.initiator === `https://${SITE_HOST}` && r.url !== CONTROL_URL);
    expect(fromPages).toEqual([]);
  });
});

/**
 * Only our own contexts can talk to the background and to the content script: a page that posts
 * messages shaped like ours (window.postMessage, DOM events) or calls the runtime API gets nothing
 * and changes nothing.
 */
describe("a page posting lookalike messages", () => {
  let session: ExtensionSession;
  afterAll(async () => {
    await session?.close();
  });

  it("changes nothing and gets no answer", async () => {
    session = await launchWithExtension();
    const site = await serveAsSite(session.context);
    const page = await session.context.newPage();
    await page.goto(site + "/tests/e2e/fixtures/pages/layout.html");
    await clickField(page, 0);
    const draft = "You're overreacting.";
    await page.keyboard.type(draft);
    await waitForBoxes(page, "minimizing/overreacting", 0);
    const settingsBefore = await session.worker.evaluate(() => chrome.storage.sync.get(null));
    // The draft was counted (the background writes it a moment after the analysis).
    await expect.poll(() => session.worker.evaluate(() => chrome.storage.local.get("progress"))).toHaveProperty("progress");
    const progressBefore = await session.worker.evaluate(() => chrome.storage.local.get("progress"));

    const answers = await page.evaluate(
      async ({ id, origin }) => {
        const lookalikes = [
          { type: "setSite", origin, on: false },
          { type: "disableRule", rule: "minimizing/overreacting" },
          { type: "setPause", until: 4102444800000 },
          { type: "replaceDraft", expected: "You're overreacting.", text: "hijacked" },
          { type: "apply", finding: { rule: "minimizing/overreacting", excerpt: "You're overreacting", start: 0, end: 19 }, replacement: "hijacked" },
          { type: "draft" },
          { type: "practice", event: { kind: "pauseSentAnyway" } },
          { type: "eraseProgress" },
        ];
        const seen: unknown[] = [];
        window.addEventListener("message", (e) => {
          // Anything but the page's own posts would be an answer.
          if (e instanceof MessageEvent && !lookalikes.some((m) => JSON.stringify(m) === JSON.stringify(e.data))) seen.push(e.data);
        });
        for (const message of lookalikes) {
          window.postMessage(message, "*");
          document.dispatchEvent(new CustomEvent("receptive", { detail: message }));
          window.dispatchEvent(new CustomEvent("message", { detail: message }));
        }
        // The page's world has no way into the extension without externally_connectable.
        const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: (...a: unknown[]) => Promise<unknown> } } }).chrome?.runtime;
        let direct: string;
        if (!runtime?.sendMessage) direct = "no runtime.sendMessage in the page";
        else direct = await runtime.sendMessage(id, lookalikes[0]).then((r) => `answered ${JSON.stringify(r)}`, (e: Error) => `refused: ${e.message}`);
        await new Promise((r) => setTimeout(r, 500));
        return { seen, direct };
      },
      { id: session.extensionId, origin: `https://${SITE_HOST}` },
    );

    expect(answers.seen).toEqual([]);
    expect(answers.direct).not.toMatch(/^answered/);
    expect(await page.evaluate(() => window.__fixture.text(0))).toBe(draft);
    expect(await session.worker.evaluate(() => chrome.storage.sync.get(null))).toEqual(settingsBefore);
    expect(await session.worker.evaluate(() => chrome.storage.local.get(null))).not.toHaveProperty("repairOffer");
    expect(await session.worker.evaluate(() => chrome.storage.local.get("progress"))).toEqual(progressBefore);
    // Still on, still flagging.
    await waitForBoxes(page, "minimizing/overreacting", 0);
  });
});
