/**
 * How the highlights and the card behave on a page, in real Chromium with the built extension:
 * alignment across field styles (padding, borders, line-height, letter-spacing, RTL, one-line
 * inputs, contenteditable), after scrolling the page or a container, resizing and zooming; a
 * field scrolled inside; a fixed composer; the keyboard path through the card; Ignore, Turn off
 * this rule and Turn off on this site; fields that must be left alone; emptied and removed fields.
 *
 * The page is tests/e2e/fixtures/pages/layout.html, served under a default messaging host.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "playwright-core";
import type * as Engine from "../../src/engine/index";
import { launchWithExtension, repoRoot, serveAsSite, type ExtensionSession, E2E_POLL, tabIdOf } from "./browser";
import { boxes, cardLocator, clickBox, clickField, expectAligned, modelText, waitForBoxes } from "./overlay-probe";

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000, expect: { poll: E2E_POLL } });

const FIELD = { padded: 0, rtl: 1, single: 2, rich: 3, inBox: 4, scrolled: 5, dark: 6, outer: 7, caption: 8, fixed: 9 } as const;
const DRAFT = "Hey. I didn't mean to upset you, but you're overreacting.";
const shots = path.join(repoRoot, "test-results", "screenshots");

let engine: typeof Engine;
let session: ExtensionSession;
let site: string;
let page: Page;
const pageErrors: string[] = [];

async function openLayoutPage(): Promise<Page> {
  const p = await session.context.newPage();
  p.on("pageerror", (e) => pageErrors.push(e.message));
  p.on("console", (m) => {
    if (m.type() === "error") pageErrors.push(m.text());
  });
  await p.goto(`${site}/tests/e2e/fixtures/pages/layout.html`);
  return p;
}

/** Types `text` into field `index` (which must be empty) and waits for its highlights. */
async function typeInto(p: Page, index: number, text = DRAFT): Promise<void> {
  await clickField(p, index);
  await p.keyboard.type(text);
  expect(await modelText(p, index)).toBe(text);
  await waitForBoxes(p, "minimizing/overreacting", index);
}

/** Every finding's boxes in field `index` line up with the text. */
async function expectAllAligned(p: Page, index: number): Promise<void> {
  const text = await modelText(p, index);
  for (const f of engine.analyze(text).findings) await expectAligned(p, f.rule, f.start, f.end, index);
}

/** Waits two frames, so a redraw scheduled by the last event has happened. */
const settle = (p: Page) => p.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

async function setStoredSettings(value: unknown): Promise<void> {
  await session.worker.evaluate((v) => chrome.storage.sync.set({ settings: v }), value);
}

beforeAll(async () => {
  if (!existsSync(path.join(repoRoot, "dist/chrome/content.js"))) {
    execFileSync(process.execPath, ["build.mjs"], { cwd: repoRoot, stdio: "inherit" });
  }
  engine = (await import(pathToFileURL(path.join(repoRoot, "dist/engine.js")).href)) as typeof Engine;
  await mkdir(shots, { recursive: true });
  session = await launchWithExtension();
  site = await serveAsSite(session.context);
  page = await openLayoutPage();
});

afterAll(async () => {
  await session?.close();
});

describe("alignment", () => {
  it.each([
    ["padding, borders, line-height, letter-spacing, wrapping", FIELD.padded],
    ["right-to-left text", FIELD.rtl],
    ["a one-line input", FIELD.single],
    ["contenteditable", FIELD.rich],
    ["a fixed composer", FIELD.fixed],
  ])("holds within 2 px for %s", async (_label, index) => {
    await typeInto(page, index);
    await expectAllAligned(page, index);
  });

  it("holds after the page scrolls", async () => {
    await page.evaluate(() => window.scrollBy(0, 120));
    await settle(page);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    for (const index of [FIELD.padded, FIELD.rtl, FIELD.rich, FIELD.fixed]) await expectAllAligned(page, index);
    await page.screenshot({ path: path.join(shots, "layout-scrolled.png") });
  });

  it("holds after a resize reflows the text", async () => {
    const before = (await boxes(page, FIELD.padded)).map((b) => [b.left, b.top]);
    await page.setViewportSize({ width: 700, height: 800 });
    await settle(page);
    await expectAllAligned(page, FIELD.padded);
    await expectAllAligned(page, FIELD.rich);
    expect((await boxes(page, FIELD.padded)).map((b) => [b.left, b.top])).not.toEqual(before);
    await page.setViewportSize({ width: 1280, height: 800 });
    await settle(page);
    await expectAllAligned(page, FIELD.padded);
  });

  it("holds at 150% page zoom", async () => {
    const tabId = await tabIdOf(session, page);
    const zoomed = await session.worker.evaluate(async (id) => {
      await chrome.tabs.setZoom(id, 1.5);
      return chrome.tabs.getZoom(id);
    }, tabId);
    expect(zoomed).toBe(1.5);
    await settle(page);
    await expectAllAligned(page, FIELD.padded);
    await expectAllAligned(page, FIELD.rich);
    await session.worker.evaluate((id) => chrome.tabs.setZoom(id, 1), tabId);
    await settle(page);
  });

  // The textarea's layout is measured again only when something that decides it changed (see
  // measurePlainField): these are the changes it must not miss.
  it("holds while the draft grows below the highlights, and after the field's font changes", async () => {
    await clickField(page, FIELD.padded);
    await page.keyboard.press("Control+End");
    await page.keyboard.type("\n\nAnyway, let me know.");
    await settle(page);
    await expectAllAligned(page, FIELD.padded);
    const before = (await boxes(page, FIELD.padded)).map((b) => [b.left, b.top, b.right]);
    const setFontSize = (size: string) => page.evaluate((px) => (window.__fixture.field(0).style.fontSize = px), size);
    await setFontSize("21px");
    await settle(page);
    await settle(page);
    await expectAllAligned(page, FIELD.padded);
    expect((await boxes(page, FIELD.padded)).map((b) => [b.left, b.top, b.right])).not.toEqual(before);
    await setFontSize("");
    await settle(page);
    await expectAllAligned(page, FIELD.padded);
  });

  it("follows a field the page moves without any event (content inserted above it)", async () => {
    const before = (await boxes(page, FIELD.padded)).map((b) => b.top);
    // As a chat inserting a banner or a message above the composer: no scroll, resize or input.
    await page.evaluate(() => {
      const banner = document.createElement("div");
      banner.id = "inserted-banner";
      banner.style.height = "120px";
      window.__fixture.field(0).before(banner);
    });
    await settle(page);
    await settle(page);
    await expectAllAligned(page, FIELD.padded);
    expect((await boxes(page, FIELD.padded)).map((b) => b.top)).not.toEqual(before);
    await page.evaluate(() => document.getElementById("inserted-banner")!.remove());
    await settle(page);
    await settle(page);
    await expectAllAligned(page, FIELD.padded);
  });

  it("holds inside a scrolling container, and clips what scrolls out of it", async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await typeInto(page, FIELD.inBox);
    await expectAllAligned(page, FIELD.inBox);
    const container = await page.evaluate(() => {
      const box = document.getElementById("box")!;
      box.scrollTop = 30;
      return box.getBoundingClientRect().toJSON() as DOMRect;
    });
    await settle(page);
    await expectAllAligned(page, FIELD.inBox);
    // Scrolled so the text is above the container's top edge: nothing may be drawn outside it.
    await page.evaluate(() => (document.getElementById("box")!.scrollTop = 95));
    await settle(page);
    for (const b of await boxes(page, FIELD.inBox)) {
      expect(b.top).toBeGreaterThanOrEqual(container.top - 0.5);
      expect(b.bottom).toBeLessThanOrEqual(container.bottom + 0.5);
    }
  });

  it("follows a field scrolled inside, and draws nothing for text scrolled out of view", async () => {
    const text = "You're overreacting.\n" + "We can talk about dinner plans later.\n".repeat(6) + "Calm down.";
    await clickField(page, FIELD.scrolled);
    await page.keyboard.type(text);
    await waitForBoxes(page, "minimizing/calm-down", FIELD.scrolled);
    expect(await page.evaluate(() => document.getElementById("scrolled")!.scrollTop)).toBeGreaterThan(0);
    const calm = engine.analyze(text).findings.find((f) => f.rule === "minimizing/calm-down")!;
    await expectAligned(page, calm.rule, calm.start, calm.end, FIELD.scrolled);
    // The first line is scrolled out of the two visible rows.
    expect((await boxes(page, FIELD.scrolled)).filter((b) => b.rule === "minimizing/overreacting")).toEqual([]);
  });

  it("matches each field's own background: dark highlights on the dark field only", async () => {
    await clickField(page, FIELD.dark);
    await page.keyboard.type("Calm down, you're overreacting.");
    await waitForBoxes(page, "minimizing/overreacting", FIELD.dark);
    const colours = await page.evaluate(() => {
      const root = document.querySelector("receptive-overlay")!.shadowRoot!;
      const underline = (id: string) => {
        const field = document.getElementById(id)!.getBoundingClientRect();
        const box = [...root.querySelectorAll("[data-receptive-highlight][data-severity=high]")].find((b) => {
          const r = b.getBoundingClientRect();
          return r.top >= field.top && r.bottom <= field.bottom;
        })!;
        return { theme: box.closest(".layer")!.getAttribute("data-theme"), colour: getComputedStyle(box).borderBottomColor };
      };
      return { dark: underline("dark"), light: underline("padded") };
    });
    expect(colours.dark.theme).toBe("dark");
    expect(colours.light.theme).toBe("light");
    expect(colours.dark.colour).not.toBe(colours.light.colour);
    await page.screenshot({ path: path.join(shots, "layout-dark-field.png") });
  });
});

describe("the card from the keyboard", () => {
  it("opens with Alt+Shift+Enter at a flagged word, moves with arrows, and Escape gives the caret back", async () => {
    const text = await modelText(page, FIELD.padded);
    const f = engine.analyze(text).findings.find((x) => x.rule === "minimizing/overreacting")!;
    const caret = f.start + 5;
    await page.evaluate((c) => {
      const t = document.getElementById("padded") as HTMLTextAreaElement;
      t.focus();
      t.setSelectionRange(c, c);
    }, caret);
    const scrollBefore = await page.evaluate(() => window.scrollY);
    await page.keyboard.press("Alt+Shift+Enter");
    await expect.poll(() => cardLocator(page, FIELD.padded)).not.toBeNull();
    expect(await modelText(page, FIELD.padded)).toBe(text); // the shortcut typed nothing
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollBefore);
    const focused = () =>
      page.evaluate(() => {
        const root = document.querySelector("receptive-overlay")!.shadowRoot!;
        const el = root.activeElement as HTMLElement | null;
        return el ? { text: el.textContent, suggestion: el.hasAttribute("data-receptive-suggestion") } : null;
      });
    expect(await focused()).toEqual({ text: f.suggestions[0]!.text, suggestion: true });
    await page.keyboard.press("ArrowDown");
    expect(await focused()).toEqual({ text: f.suggestions[1]!.text, suggestion: true });
    await page.keyboard.press("ArrowUp");
    expect(await focused()).toEqual({ text: f.suggestions[0]!.text, suggestion: true });
    const card = await page.evaluate(() => {
      const r = document.querySelector("receptive-overlay")!.shadowRoot!.querySelector("[data-receptive-card]")!.getBoundingClientRect();
      return { ...r.toJSON(), vw: innerWidth, vh: innerHeight } as DOMRect & { vw: number; vh: number };
    });
    expect(card.left).toBeGreaterThanOrEqual(0);
    expect(card.top).toBeGreaterThanOrEqual(0);
    expect(card.right).toBeLessThanOrEqual(card.vw);
    expect(card.bottom).toBeLessThanOrEqual(card.vh);
    await page.screenshot({ path: path.join(shots, "layout-card-keyboard.png") });

    await page.keyboard.press("Escape");
    expect(await cardLocator(page, FIELD.padded)).toBeNull();
    expect(
      await page.evaluate(() => {
        const t = document.getElementById("padded") as HTMLTextAreaElement;
        return { active: document.activeElement === t, start: t.selectionStart, end: t.selectionEnd };
      }),
    ).toEqual({ active: true, start: caret, end: caret });
    expect(await modelText(page, FIELD.padded)).toBe(text);
  });

  it("applies the focused suggestion with Enter", async () => {
    const text = await modelText(page, FIELD.padded);
    const f = engine.analyze(text).findings.find((x) => x.rule === "minimizing/overreacting")!;
    await page.evaluate((c) => (document.getElementById("padded") as HTMLTextAreaElement).setSelectionRange(c, c), f.start + 2);
    await page.keyboard.press("Alt+Shift+Enter");
    await expect.poll(() => cardLocator(page, FIELD.padded)).not.toBeNull();
    await page.keyboard.press("Enter");
    await expect.poll(() => modelText(page, FIELD.padded)).toBe(text.slice(0, f.start) + f.suggestions[0]!.text + text.slice(f.end));
    await page.keyboard.press("Control+z");
    await expect.poll(() => modelText(page, FIELD.padded)).toBe(text);
  });
});

describe("the card's other actions", () => {
  it("Ignore removes that highlight and leaves the text alone", async () => {
    const text = await modelText(page, FIELD.rtl);
    const box = (await waitForBoxes(page, "minimizing/overreacting", FIELD.rtl))[0]!;
    await clickBox(page, box, FIELD.rtl);
    await expect.poll(() => cardLocator(page, FIELD.rtl)).not.toBeNull();
    await page.evaluate(() =>
      (document.querySelector("receptive-overlay")!.shadowRoot!.querySelector('[data-receptive-action="ignore"]') as HTMLElement).click(),
    );
    await expect.poll(async () => (await boxes(page, FIELD.rtl)).filter((b) => b.rule === "minimizing/overreacting").length).toBe(0);
    expect((await boxes(page, FIELD.rtl)).some((b) => b.rule === "intent-over-impact/didnt-mean-to")).toBe(true);
    expect(await modelText(page, FIELD.rtl)).toBe(text);
    // A later edit does not bring the ignored one back.
    await clickField(page, FIELD.rtl);
    await page.keyboard.press("End");
    await page.keyboard.type(" ok");
    await page.waitForTimeout(600);
    expect((await boxes(page, FIELD.rtl)).filter((b) => b.rule === "minimizing/overreacting")).toEqual([]);
  });

  it("Turn off this rule removes it everywhere, and it stays off after a reload", async () => {
    const box = (await waitForBoxes(page, "intent-over-impact/didnt-mean-to", FIELD.single))[0]!;
    await clickBox(page, box, FIELD.single);
    await expect.poll(() => cardLocator(page, FIELD.single)).not.toBeNull();
    await page.evaluate(() =>
      (document.querySelector("receptive-overlay")!.shadowRoot!.querySelector('[data-receptive-action="disable-rule"]') as HTMLElement).click(),
    );
    await expect.poll(async () => (await boxes(page, FIELD.rich)).filter((b) => b.rule === "intent-over-impact/didnt-mean-to").length).toBe(0);
    await expect
      .poll(() => session.worker.evaluate(async () => ((await chrome.storage.sync.get("settings")).settings as { disabledRules?: string[] } | undefined)?.disabledRules))
      .toEqual(["intent-over-impact/didnt-mean-to"]);

    const fresh = await openLayoutPage();
    await typeInto(fresh, FIELD.padded);
    await fresh.waitForTimeout(300);
    expect((await boxes(fresh, FIELD.padded)).filter((b) => b.rule === "intent-over-impact/didnt-mean-to")).toEqual([]);
    await fresh.close();
    await setStoredSettings({ version: 1 });
  });

  it("Turn off on this site removes every highlight at once; turning it back on brings them back", async () => {
    await page.bringToFront();
    const box = (await waitForBoxes(page, "minimizing/overreacting", FIELD.rich))[0]!;
    await clickBox(page, box, FIELD.rich);
    await expect.poll(() => cardLocator(page, FIELD.rich)).not.toBeNull();
    await page.evaluate(() =>
      (document.querySelector("receptive-overlay")!.shadowRoot!.querySelector('[data-receptive-action="disable-site"]') as HTMLElement).click(),
    );
    await expect.poll(() => page.evaluate(() => document.querySelectorAll("receptive-overlay").length)).toBe(0);
    await expect
      .poll(() => session.worker.evaluate(async () => ((await chrome.storage.sync.get("settings")).settings as { sites?: Record<string, boolean> } | undefined)?.sites))
      .toEqual({ [site]: false });
    // Typing on goes unchecked.
    await clickField(page, FIELD.rich);
    await page.keyboard.press("Control+End");
    await page.keyboard.type(" Calm down.");
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => document.querySelectorAll("receptive-overlay").length)).toBe(0);

    await setStoredSettings({ version: 1, sites: { [site]: true } });
    await waitForBoxes(page, "minimizing/calm-down", FIELD.rich);
    await setStoredSettings({ version: 1 });
  });
});

describe("fields", () => {
  it("leaves alone passwords, opted-out fields, code editors, search boxes and read-only fields", async () => {
    const p = await openLayoutPage();
    const ids = await p.evaluate(() => [...document.querySelectorAll("[data-skip]")].map((e) => e.id));
    expect(ids.length).toBe(9);
    for (const id of ids) {
      await p.locator(`#${id}`).click();
      await p.keyboard.type("You're overreacting, calm down.");
    }
    // Long enough for any analysis to have come back (highlights appear in ~100 ms).
    await p.waitForTimeout(1_000);
    const drawn = await p.evaluate(
      () => document.querySelector("receptive-overlay")?.shadowRoot?.querySelectorAll("[data-receptive-highlight]").length ?? 0,
    );
    expect(drawn).toBe(0);
    // The control: the same words in an ordinary field are flagged on this page.
    await typeInto(p, FIELD.padded, "You're overreacting, calm down.");
    await p.close();
  });

  it("checks a box that appears after the page loaded, as when a compose window opens", async () => {
    const p = await openLayoutPage();
    const index = await p.evaluate(() => {
      const late = document.createElement("textarea");
      late.setAttribute("data-field", "");
      late.setAttribute("aria-label", "New message");
      late.style.cssText = "display:block;width:420px;font-size:15px";
      document.querySelector("h1")!.after(late);
      return [...document.querySelectorAll("[data-field]")].indexOf(late);
    });
    await typeInto(p, index);
    await expectAllAligned(p, index);
    await p.close();
  });

  it("checks a nested editor on its own, and leaves its words out of the editor around it", async () => {
    const p = await openLayoutPage();
    await typeInto(p, FIELD.caption, "You're overreacting.");
    await expectAllAligned(p, FIELD.caption);
    // The post around it reads only its own words: it is checked (a layer of its own) and flags
    // nothing, so the only boxes on the page are the caption's.
    await clickField(p, FIELD.outer);
    await p.keyboard.type(" Lovely.");
    await p.waitForTimeout(500);
    const layers = await p.evaluate(() =>
      [...document.querySelector("receptive-overlay")!.shadowRoot!.querySelectorAll(".layer")].map((layer) =>
        [...layer.querySelectorAll<HTMLElement>("[data-receptive-highlight]")].map((b) => [b.dataset.rule, Number(b.dataset.start), Number(b.dataset.end)]),
      ),
    );
    expect(layers.length).toBe(2);
    expect(layers.filter((l) => l.length > 0)).toEqual([[["minimizing/overreacting", 0, 19]]]);
    expect((await boxes(p, FIELD.caption)).map((b) => [b.rule, b.start, b.end])).toEqual([["minimizing/overreacting", 0, 19]]);
    await p.close();
  });

  it("drops the highlights when the field is emptied or removed", async () => {
    const p = await openLayoutPage();
    await typeInto(p, FIELD.padded);
    await typeInto(p, FIELD.rich);
    await clickField(p, FIELD.padded);
    await p.keyboard.press("Control+a");
    await p.keyboard.press("Backspace");
    await expect.poll(async () => (await boxes(p, FIELD.rich)).length).toBeGreaterThan(0);
    await expect.poll(async () => (await boxes(p, FIELD.padded)).length).toBe(0);
    await p.evaluate(() => document.getElementById("rich")!.remove());
    await expect
      .poll(() => p.evaluate(() => document.querySelector("receptive-overlay")!.shadowRoot!.querySelectorAll("[data-receptive-highlight]").length))
      .toBe(0);
    await p.close();
  });

  it("drops the highlights when the site empties its box from script after sending", async () => {
    const p = await openLayoutPage();
    await typeInto(p, FIELD.fixed);
    // Enter "sends": the page clears the value from script, which fires no input event.
    await p.evaluate(() => {
      const t = document.getElementById("fixed") as HTMLTextAreaElement;
      t.addEventListener("keydown", (e) => {
        if (e.key === "Enter" && !e.shiftKey) {
          e.preventDefault();
          t.value = "";
        }
      });
    });
    await p.keyboard.press("Enter");
    await expect.poll(async () => (await boxes(p, FIELD.fixed)).length).toBe(0);
    await p.close();
  });
});

describe("the page", () => {
  it("saw no exception from the extension", async () => {
    expect(pageErrors).toEqual([]);
    expect(await session.extensionErrors()).toEqual([]);
  });
});
