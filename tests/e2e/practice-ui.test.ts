/**
 * The practice in real Chromium, with the built extension: pause before sending switched from the
 * popup for one site; a repair offer shown, copied and dismissed; practice events sent from a
 * page's content-script world through the real background, counted, and shown in the popup's
 * and the options page's chart; Export with the same counts; Erase. Screenshots of the chart,
 * light and dark, in test-results/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { Page } from "playwright-core";
import type { PracticeEvent } from "../../src/shared/messages";
import { emptyProgress, recordPractice, weekKey, type Progress, type WeekCounts } from "../../src/shared/progress";
import type { Settings } from "../../src/shared/settings";
import { launchWithExtension, repoRoot, serveAsSite, type ExtensionSession, E2E_POLL, tabIdOf } from "./browser";
import { clickField } from "./overlay-probe";

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000, expect: { poll: E2E_POLL } });

const shots = path.join(repoRoot, "test-results", "screenshots");
const SITE_ORIGIN = "https://app.slack.com";
const WEEK_MS = 7 * 86_400_000;

let session: ExtensionSession;
let fixture: Page;
let tabId: number;
const pageErrors: string[] = [];

async function openPage(url: string, size = { width: 400, height: 900 }): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize(size);
  page.on("pageerror", (e) => pageErrors.push(`${url}: ${e.message}`));
  await page.goto(`chrome-extension://${session.extensionId}/${url}`);
  return page;
}

const openPopup = () => openPage(`popup.html?tab=${tabId}`);

function storedSettings(): Promise<Settings> {
  return session.worker.evaluate(async () => {
    const sync = await chrome.storage.sync.get("settings");
    return (sync.settings ?? (await chrome.storage.local.get("settings")).settings) as Settings;
  });
}

function storedLocal(key: string): Promise<unknown> {
  return session.worker.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key);
}

function setLocal(items: Record<string, unknown>): Promise<void> {
  return session.worker.evaluate((i) => chrome.storage.local.set(i), items);
}

/**
 * Sends practice events from the fixture's content-script world (the isolated world our content
 * script runs in, found through the DevTools protocol), exactly as the content script sends them;
 * returns the background's replies.
 */
async function sendFromPage(events: PracticeEvent[]): Promise<unknown[]> {
  const cdp = await session.context.newCDPSession(fixture);
  try {
    const contexts: { id: number; origin: string; auxData?: { frameId?: string; type?: string } }[] = [];
    cdp.on("Runtime.executionContextCreated", ({ context }) => contexts.push(context));
    await cdp.send("Runtime.enable");
    const { frameTree } = await cdp.send("Page.getFrameTree");
    const world = contexts.find(
      (c) => c.auxData?.type === "isolated" && c.auxData.frameId === frameTree.frame.id && c.origin === `chrome-extension://${session.extensionId}`,
    );
    if (!world) throw new Error(`no content-script world in the fixture: ${JSON.stringify(contexts)}`);
    const { result, exceptionDetails } = await cdp.send("Runtime.evaluate", {
      contextId: world.id,
      expression: `Promise.all(${JSON.stringify(events)}.map((event) => chrome.runtime.sendMessage({ type: "practice", event })))`,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as unknown[];
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** The numbers in a chart table's row for `week` (data-field -> value). */
function tableRow(page: Page, scope: string, week: string): Promise<Record<string, number>> {
  return page.locator(`${scope} table tr[data-week="${week}"] td`).evaluateAll((cells) =>
    Object.fromEntries(cells.map((td) => [td.getAttribute("data-field"), Number(td.textContent)])),
  );
}

function asRow(c: WeekCounts): Record<string, number> {
  return {
    draftsChecked: c.draftsChecked,
    findings: c.findings,
    suggestionsApplied: c.suggestionsApplied,
    pausesShown: c.pausesShown,
    "afterPause.edited": c.afterPause.edited,
    "afterPause.applied": c.afterPause.applied,
    "afterPause.sentAnyway": c.afterPause.sentAnyway,
  };
}

/** Seven earlier weeks of made-up practice, so the chart has something to show. */
function history(now: number): Progress {
  let p = emptyProgress();
  const perWeek = [
    [3, 5, 1, 1],
    [6, 9, 2, 2],
    [2, 2, 1, 0],
    [0, 0, 0, 0],
    [8, 6, 4, 3],
    [5, 3, 3, 1],
    [7, 4, 4, 2],
  ];
  perWeek.forEach(([drafts, findings, applied, pauses], i) => {
    const at = now - (7 - i) * WEEK_MS;
    for (let n = 0; n < drafts!; n += 1) p = recordPractice(p, { kind: "draftChecked" }, at);
    if (findings! > 0) p = recordPractice(p, { kind: "findingsShown", count: findings! }, at);
    for (let n = 0; n < applied!; n += 1) p = recordPractice(p, { kind: "suggestionApplied" }, at);
    for (let n = 0; n < pauses!; n += 1) {
      p = recordPractice(p, { kind: "pauseShown" }, at);
      p = recordPractice(p, { kind: n % 2 === 0 ? "pauseEdited" : "pauseSentAnyway" }, at);
    }
  });
  return p;
}

const THIS_WEEK_EVENTS: PracticeEvent[] = [
  { kind: "draftChecked" },
  { kind: "draftChecked" },
  { kind: "draftChecked" },
  { kind: "findingsShown", count: 2 },
  { kind: "findingsShown", count: 3 },
  { kind: "suggestionApplied" },
  { kind: "pauseShown" },
  { kind: "pauseEdited" },
  { kind: "pauseShown" },
  { kind: "pauseApplied" },
];
const THIS_WEEK: WeekCounts = {
  draftsChecked: 3,
  findings: 5,
  suggestionsApplied: 1,
  pausesShown: 2,
  afterPause: { edited: 1, applied: 1, sentAnyway: 0 },
};

beforeAll(async () => {
  await mkdir(shots, { recursive: true });
  session = await launchWithExtension();
  const site = await serveAsSite(session.context);
  fixture = await session.context.newPage();
  fixture.on("pageerror", (e) => pageErrors.push(`page: ${e.message}`));
  await fixture.goto(`${site}/tests/e2e/fixtures/pages/layout.html`);
  // The content script loads its body on the first focus in a text field; until then it answers nothing.
  await clickField(fixture, 0);
  tabId = await tabIdOf(session, fixture);
  // Without an origin: Chromium refuses one with the chrome-extension: scheme ("opaque origin").
  await session.context.grantPermissions(["clipboard-read", "clipboard-write"]);
});

afterAll(async () => {
  await session?.close();
});

describe("pause before sending, from the popup", () => {
  it("is off by default, and its switch writes this site's own choice", async () => {
    const popup = await openPopup();
    const toggle = popup.locator("#send-pause-switch");
    await expect.poll(() => toggle.count()).toBe(1);
    expect(await toggle.isChecked()).toBe(false);
    expect(await popup.locator("#send-pause-hint").textContent()).toContain("Following your default");
    await toggle.click({ force: true });
    await expect.poll(async () => (await storedSettings()).sendPause).toEqual({ on: false, sites: { [SITE_ORIGIN]: true } });
    await expect.poll(() => toggle.isChecked()).toBe(true);
    expect(await popup.locator("#send-pause-hint").textContent()).toContain("Chosen for app.slack.com");
    await toggle.click({ force: true });
    await expect.poll(async () => (await storedSettings()).sendPause).toEqual({ on: false, sites: { [SITE_ORIGIN]: false } });
    await popup.close();
  });

  it("shows the default where the site has no choice of its own", async () => {
    await session.worker.evaluate(async () => {
      const area = (await chrome.storage.sync.get("settings")).settings ? chrome.storage.sync : chrome.storage.local;
      const { settings } = (await area.get("settings")) as { settings: Record<string, unknown> };
      await area.set({ settings: { ...settings, sendPause: { on: true, sites: {} } } });
    });
    const popup = await openPopup();
    const toggle = popup.locator("#send-pause-switch");
    await expect.poll(() => toggle.count()).toBe(1);
    await expect.poll(() => toggle.isChecked()).toBe(true);
    await toggle.click({ force: true });
    await expect.poll(async () => (await storedSettings()).sendPause).toEqual({ on: true, sites: { [SITE_ORIGIN]: false } });
    await popup.close();
  });

  it("is not offered where Receptive is off", async () => {
    const popup = await openPopup();
    await expect.poll(() => popup.locator("#send-pause-switch").count()).toBe(1);
    await popup.locator("#site-switch").click({ force: true });
    await expect.poll(() => popup.locator("#send-pause-switch").count()).toBe(0);
    await popup.locator("#site-switch").click({ force: true });
    await expect.poll(() => popup.locator("#send-pause-switch").count()).toBe(1);
    await popup.close();
  });
});

describe("pause before sending, on the options page", () => {
  it("lists the popup's choice for the site, takes a new site, and gives a site back to the default", async () => {
    const options = await openPage("options.html", { width: 1000, height: 900 });
    const section = options.locator("section[aria-labelledby=send-pause-title]");
    const rows = section.locator("li.site-row");
    // The previous tests left the default on and app.slack.com off.
    await expect.poll(() => rows.evaluateAll((li) => li.map((l) => l.getAttribute("data-origin")))).toEqual([SITE_ORIGIN]);
    expect(await section.locator("#send-pause-default").isChecked()).toBe(true);
    await section.locator("#send-pause-add-input").fill("https://example.com/some/page");
    await section.getByRole("button", { name: "Add site" }).click();
    await expect.poll(async () => (await storedSettings()).sendPause).toEqual({ on: true, sites: { [SITE_ORIGIN]: false, "https://example.com": false } });
    expect(await section.locator(".field-note").textContent()).toBe("Receptive will not pause before sending on example.com.");
    for (const scheme of ["light", "dark"] as const) {
      await options.emulateMedia({ colorScheme: scheme });
      await section.screenshot({ path: path.join(shots, `practice-send-pause-${scheme}.png`) });
    }
    await options.emulateMedia({ colorScheme: "light" });
    await section.getByRole("button", { name: "Use the default on example.com" }).click();
    await section.locator("#send-pause-default").click({ force: true });
    await expect.poll(async () => (await storedSettings()).sendPause).toEqual({ on: false, sites: { [SITE_ORIGIN]: false } });
    // app.slack.com is now off like the default: said so, and still listed until given back.
    await expect.poll(() => rows.first().textContent()).toContain("the same as the default");
    await options.close();
  });
});

describe("a repair offer", () => {
  it("appears when one is waiting; Copy puts its text on the clipboard; Dismiss removes it", async () => {
    const popup = await openPopup();
    await expect.poll(() => popup.locator("section.state, section.acknowledge").count()).toBeGreaterThan(0);
    expect(await popup.locator("section.repair").count()).toBe(0);
    // Placed while the popup is open: it follows storage.
    await setLocal({ repairOffer: { at: Date.now() } });
    const offer = popup.locator("section.repair");
    await expect.poll(() => offer.count()).toBe(1);
    const texts = await offer.locator(".phrasing-text").allTextContents();
    expect(texts).toHaveLength(3);
    for (const scheme of ["light", "dark"] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.screenshot({ path: path.join(shots, `practice-repair-${scheme}.png`) });
    }
    await popup.emulateMedia({ colorScheme: "light" });
    await popup.bringToFront();
    const copy = offer.locator(".phrasing").first().getByRole("button");
    await copy.click();
    await expect.poll(() => copy.textContent()).toBe("Copied");
    expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe(texts[0]);
    await offer.getByRole("button", { name: "Dismiss" }).click();
    await expect.poll(() => offer.count()).toBe(0);
    await expect.poll(() => storedLocal("repairOffer")).toBeUndefined();
    await popup.close();
  });

  it("is left by the background when a draft is sent anyway, and not shown once it is a week old", async () => {
    expect(await sendFromPage([{ kind: "pauseSentAnyway" }])).toEqual([{ ok: true }]);
    const offer = (await storedLocal("repairOffer")) as { at: number };
    expect(Object.keys(offer)).toEqual(["at"]);
    expect(Math.abs(offer.at - Date.now())).toBeLessThan(60_000);
    const popup = await openPopup();
    await expect.poll(() => popup.locator("section.repair").count()).toBe(1);
    await setLocal({ repairOffer: { at: Date.now() - 8 * 86_400_000 } });
    await expect.poll(() => popup.locator("section.repair").count()).toBe(0);
    await popup.close();
  });

  it("\"Don't offer these\" turns offers off: none is shown or left afterwards", async () => {
    await setLocal({ repairOffer: { at: Date.now() } });
    const popup = await openPopup();
    const offer = popup.locator("section.repair");
    await expect.poll(() => offer.count()).toBe(1);
    await offer.getByRole("button", { name: "Don't offer these" }).click();
    await expect.poll(async () => (await storedSettings()).repairOffers).toBe(false);
    await expect.poll(() => storedLocal("repairOffer")).toBeUndefined();
    await expect.poll(() => offer.count()).toBe(0);
    await sendFromPage([{ kind: "pauseSentAnyway" }]);
    expect(await storedLocal("repairOffer")).toBeUndefined();
    await setLocal({ repairOffer: { at: Date.now() } });
    await popup.reload();
    await expect.poll(() => popup.locator("section.acknowledge").count()).toBe(1);
    expect(await offer.count()).toBe(0);
    await popup.close();
  });
});

describe("private progress", () => {
  const now = Date.now();
  const week = weekKey(now)!;
  const seeded = history(now);

  it("counts events from a page's content script through the background, exactly, and none from an extension page", async () => {
    await setLocal({ progress: seeded });
    const replies = await sendFromPage(THIS_WEEK_EVENTS);
    expect(replies).toEqual(THIS_WEEK_EVENTS.map(() => ({ ok: true })));
    const stored = (await storedLocal("progress")) as Progress;
    expect(stored.weeks[week]).toEqual(THIS_WEEK);
    // The earlier weeks are as seeded.
    for (const [key, counts] of Object.entries(seeded.weeks)) expect(stored.weeks[key]).toEqual(counts);

    const popup = await openPopup();
    const reply = await popup.evaluate(() =>
      chrome.runtime.sendMessage({ type: "practice", event: { kind: "draftChecked" } }).then(
        (r: unknown) => ({ reply: r ?? null }),
        (e: unknown) => ({ failed: String(e) }),
      ),
    );
    expect(reply).not.toEqual({ reply: { ok: true } });
    expect(((await storedLocal("progress")) as Progress).weeks[week]).toEqual(THIS_WEEK);
    await popup.close();
  });

  it("shows this week's counts and the chart in the popup", async () => {
    const popup = await openPopup();
    const stats = popup.locator("section.progress .week-stat dd");
    await expect.poll(() => stats.allTextContents()).toEqual(["3", "5", "1", "2"]);
    expect(await tableRow(popup, "section.progress", week)).toEqual(asRow(THIS_WEEK));
    const label = await popup.locator("section.progress svg[role=img]").evaluate((svg) => svg.getAttribute("aria-labelledby"));
    expect(label).toBeTruthy();
    await popup.locator("section.progress summary").click();
    expect(await popup.locator("section.progress rect.chart-bar").count()).toBeGreaterThan(20);
    // The table for screen readers takes no room: the popup does not scroll sideways.
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
    // It follows new counts while open.
    await sendFromPage([{ kind: "draftChecked" }]);
    await expect.poll(() => stats.first().textContent()).toBe("4");
    for (const scheme of ["light", "dark"] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.locator("section.progress").scrollIntoViewIfNeeded();
      await popup.screenshot({ path: path.join(shots, `practice-popup-${scheme}.png`), fullPage: true });
      await popup.locator("section.progress").screenshot({ path: path.join(shots, `practice-popup-chart-${scheme}.png`) });
    }
    await popup.close();
  });

  it("shows the same counts on the options page, and exports them as JSON and CSV", async () => {
    const options = await openPage("options.html", { width: 1000, height: 900 });
    const expected = { ...THIS_WEEK, draftsChecked: 4 };
    await expect.poll(() => tableRow(options, "section.practice", week)).toEqual(asRow(expected));
    await options.getByRole("button", { name: "Show the numbers as a table" }).click();
    for (const scheme of ["light", "dark"] as const) {
      await options.emulateMedia({ colorScheme: scheme });
      await options.locator("section.practice").screenshot({ path: path.join(shots, `practice-options-${scheme}.png`) });
    }
    await options.emulateMedia({ colorScheme: "light" });

    const [json] = await Promise.all([options.waitForEvent("download"), options.getByRole("button", { name: "Export as JSON" }).click()]);
    expect(json.suggestedFilename()).toBe("receptive-progress.json");
    const doc = JSON.parse(await readFile((await json.path())!, "utf8")) as { format: string; weeks: (WeekCounts & { week: string })[] };
    expect(doc.format).toBe("receptive-progress");
    const { week: _w, start: _s, ...exported } = doc.weeks.find((w) => w.week === week) as WeekCounts & { week: string; start: string };
    expect(exported).toEqual(expected);
    expect(doc.weeks.map((w) => w.week)).toEqual([...Object.keys(seeded.weeks), week].sort());

    const [csv] = await Promise.all([options.waitForEvent("download"), options.getByRole("button", { name: "Export as CSV" }).click()]);
    expect(csv.suggestedFilename()).toBe("receptive-progress.csv");
    const lines = (await readFile((await csv.path())!, "utf8")).trimEnd().split("\r\n");
    expect(lines[0]).toBe("week,week_start,drafts_checked,findings,suggestions_applied,pauses_shown,after_pause_edited,after_pause_applied,after_pause_sent_anyway");
    expect(lines.find((l) => l.startsWith(week + ","))!.split(",").slice(2).map(Number)).toEqual([4, 5, 1, 2, 1, 1, 0]);
    await options.close();
  });

  it("erases the counts after a confirmation, and Cancel keeps them", async () => {
    const options = await openPage("options.html", { width: 1000, height: 900 });
    const erase = options.getByRole("button", { name: "Erase the counts" });
    await erase.click();
    await options.getByRole("button", { name: "Cancel" }).click();
    expect(await storedLocal("progress")).toBeDefined();
    await erase.click();
    await options.locator(".confirm").getByRole("button", { name: "Erase", exact: true }).click();
    await expect.poll(() => storedLocal("progress")).toBeUndefined();
    await expect.poll(() => tableRow(options, "section.practice", week)).toEqual(asRow({ ...THIS_WEEK, draftsChecked: 0, findings: 0, suggestionsApplied: 0, pausesShown: 0, afterPause: { edited: 0, applied: 0, sentAnyway: 0 } }));
    expect(await options.locator("section.practice .erase-outcome").textContent()).toBe("The counts are erased.");
    expect(await erase.isDisabled()).toBe(true);
    await expect.poll(() => options.evaluate(() => document.activeElement?.textContent)).toBe("Export as JSON");
    await options.locator("section.practice").screenshot({ path: path.join(shots, "practice-options-erased.png") });
    await options.close();
  });

  it("counts nothing while turned off, and keeps what was counted", async () => {
    await sendFromPage([{ kind: "draftChecked" }]);
    const before = await storedLocal("progress");
    expect(before).toBeDefined();
    const options = await openPage("options.html", { width: 1000, height: 900 });
    await options.locator("#progress-switch").click({ force: true });
    await expect.poll(async () => (await storedSettings()).progress).toBe(false);
    expect(await sendFromPage([{ kind: "draftChecked" }, { kind: "findingsShown", count: 4 }])).toEqual([{ ok: true }, { ok: true }]);
    expect(await storedLocal("progress")).toEqual(before);
    // The popup no longer shows the week.
    const popup = await openPopup();
    await expect.poll(() => popup.locator("section.acknowledge").count()).toBe(1);
    expect(await popup.locator("section.progress").count()).toBe(0);
    await options.locator("#progress-switch").click({ force: true });
    await expect.poll(async () => (await storedSettings()).progress).toBe(true);
    await popup.close();
    await options.close();
  });

  it("threw nothing", async () => {
    expect(pageErrors).toEqual([]);
    expect(await session.extensionErrors()).toEqual([]);
  });
});
