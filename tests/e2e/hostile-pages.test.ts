/**
 * Hostile pages, in real Chromium with the built extension: Receptive keeps working or quietly
 * steps aside; the page never breaks and typing never lags. One fixture page each
 * (tests/e2e/fixtures/pages/hostile-*.html), served under a default messaging host:
 * - DOM prototypes overridden (attachShadow throws, addEventListener drops capture listeners,
 *   getBoundingClientRect returns zeros): highlights and the card still work, because Chromium
 *   runs a content script in an isolated world with prototypes of its own, which the page's
 *   overrides never reach (checked here, not assumed);
 * - a strict CSP with Trusted Types enforced and no inline style: highlights and the card are
 *   styled (a constructed stylesheet, inline styles set through the CSSOM), nothing of ours is
 *   reported as a violation, and applying a suggestion works;
 * - global CSS aimed at our element (`* { all: unset !important }`, `receptive-overlay { display:
 *   none !important }`): the host's inline !important styles win, highlights are visible;
 * - a page that removes every element it does not know: the overlay goes back twice, then stays
 *   out (no highlights, no tug of war); the toolbar badge still counts the findings;
 * - 5,000 editable fields; a MutationObserver storm of 1,000 mutations a second: highlights as
 *   usual, no lag;
 * - a 1 MB draft: over the limit Receptive checks (src/shared/draft-limit.ts), so no highlights,
 *   no reading after each keystroke, and the popup says why; shortened, it is checked again.
 * For each: the page's own script still works, every typed character is kept, nothing of ours
 * reaches the page's console, and no long task the page sees is the extension's (long-tasks.ts).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { Page } from "playwright-core";
import { launchWithExtension, repoRoot, serveAsSite, type ExtensionSession, E2E_POLL, tabIdOf } from "./browser";
import { abandonTaskTrace, startTaskTrace, stopTaskTrace, type TaskReport } from "./long-tasks";
import { clickBox, clickField, expectAligned, modelText, waitForBoxes, waitForCard } from "./overlay-probe";

vi.setConfig({ testTimeout: 90_000, hookTimeout: 120_000, expect: { poll: E2E_POLL } });

const PAGES = "/tests/e2e/fixtures/pages/";
const CSP_PAGE = `${PAGES}hostile-csp.html`;
/** No inline script or style, Trusted Types required for every DOM sink, and no policy allowed. */
const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self' 'report-sample'",
  "style-src 'self' 'report-sample'",
  "img-src 'self' data:",
  "require-trusted-types-for 'script'",
  "trusted-types 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");
const DRAFT = "Hey. I didn't mean to upset you, but you're overreacting.";
/** The finding in DRAFT that every test waits for, and where it is. */
const RULE = "minimizing/overreacting";
const FLAGGED = { start: 33, end: 56 };
const shots = path.join(repoRoot, "test-results", "screenshots");

let session: ExtensionSession;
let site: string;

beforeAll(async () => {
  if (!existsSync(path.join(repoRoot, "dist/chrome/content.js"))) {
    execFileSync(process.execPath, ["build.mjs"], { cwd: repoRoot, stdio: "inherit" });
  }
  await mkdir(shots, { recursive: true });
  session = await launchWithExtension();
  site = await serveAsSite(session.context, repoRoot, undefined, {
    headers: { [CSP_PAGE]: { "Content-Security-Policy": STRICT_CSP } },
  });
});

afterAll(async () => {
  await session?.close();
});

/** The page a test opened: closed after it, whether it passed or not. */
let current: Page | null = null;

afterEach(async () => {
  await abandonTaskTrace();
  await current?.close().catch(() => undefined);
  current = null;
});

interface Opened {
  page: Page;
  /** Uncaught exceptions and console errors, except what the page logs on purpose. */
  errors: string[];
  /** The page's response headers. */
  headers: Record<string, string>;
}

/**
 * Opens a fixture page, traced from before it loads, and waits for it to be ready. `ownErrors`
 * tells the page's own deliberate console errors from anyone else's.
 */
async function openHostile(name: string, ownErrors: (text: string, url: string) => boolean = () => false): Promise<Opened> {
  const page = await session.context.newPage();
  current = page;
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(`uncaught: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error" && !ownErrors(m.text(), m.location().url)) errors.push(`console: ${m.text()} (${m.location().url})`);
  });
  await startTaskTrace(page);
  const response = await page.goto(site + PAGES + name);
  await page.evaluate(() => window.__fixture.ready);
  await page.bringToFront();
  return { page, errors, headers: response?.headers() ?? {} };
}

/**
 * Ends the trace and checks that none of the long tasks the page observed since it loaded was
 * the extension's; returns the numbers for the log.
 */
async function expectNoLongTaskOfOurs(page: Page, label: string): Promise<TaskReport> {
  const report = await stopTaskTrace(page, `chrome-extension://${session.extensionId}/`);
  console.info(
    `${label}: ${report.longTasks.length} long task(s) seen by the page ${JSON.stringify(report.longTasks.map((t) => [t.duration, t.cpuMs, t.extensionMs]))} ` +
      `([ms, CPU ms, extension ms]); ${report.extensionMs} ms in the extension's scripts in all; ` +
      `its start: ${JSON.stringify(report.scriptStart)}`,
  );
  expect(report.causedByExtension, "long tasks the extension caused").toEqual([]);
  return report;
}

async function expectNoErrorsOfOurs(opened: Opened): Promise<void> {
  expect(opened.errors).toEqual([]);
  expect(await session.extensionErrors()).toEqual([]);
}

/** Clicks into the field, puts the caret at the end, types `text`. */
async function typeAtEnd(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).click();
  await page.keyboard.press("Control+End");
  await page.keyboard.type(text);
}

/** The field's text: its value, or its rendered text with typed no-break spaces read as spaces. */
function fieldText(page: Page, selector: string): Promise<string> {
  return page.evaluate((sel) => {
    const field = document.querySelector<HTMLElement>(sel)!;
    return "value" in field ? (field as HTMLTextAreaElement).value : field.innerText.replace(/\u00a0/g, " ").replace(/\n$/, "");
  }, selector);
}

/** What the page's own input listener counted. */
function pageCount(page: Page): Promise<number> {
  return page.evaluate(() => Number(document.getElementById("typed")!.textContent));
}

function overlayCount(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelectorAll("receptive-overlay").length);
}

/**
 * The highlight boxes for [start, end) over the field and where the browser draws that text, each
 * as one rect, measured through Range alone: on these pages getBoundingClientRect may lie, and
 * page CSS with !important would restyle the copy of a textarea that overlay-probe.ts lays over it.
 */
function measureByRange(page: Page, selector: string, start: number, end: number) {
  return page.evaluate(
    ({ selector, start, end }) => {
      const rectOf = (node: Node) => {
        const range = document.createRange();
        range.selectNode(node);
        return range.getBoundingClientRect();
      };
      const union = (rects: DOMRect[]) => {
        const visible = rects.filter((r) => r.width > 0.5);
        if (visible.length === 0) return null;
        return {
          left: Math.min(...visible.map((r) => r.left)),
          top: Math.min(...visible.map((r) => r.top)),
          right: Math.max(...visible.map((r) => r.right)),
          bottom: Math.max(...visible.map((r) => r.bottom)),
        };
      };
      const field = document.querySelector<HTMLElement>(selector)!;
      const f = rectOf(field);
      const root = document.querySelector("receptive-overlay")?.shadowRoot;
      const shown = [...(root?.querySelectorAll<HTMLElement>("[data-receptive-highlight]") ?? [])]
        .filter((el) => Number(el.dataset.start) === start && Number(el.dataset.end) === end)
        .map(rectOf)
        .filter((r) => r.left + r.width / 2 >= f.left && r.left + r.width / 2 <= f.right && r.top + r.height / 2 >= f.top && r.top + r.height / 2 <= f.bottom);
      let text: DOMRect[];
      if (field instanceof HTMLTextAreaElement) {
        // A copy of the textarea's text with all its computed styles, laid over it.
        const style = getComputedStyle(field);
        const copy = document.createElement("div");
        for (const prop of style) copy.style.setProperty(prop, style.getPropertyValue(prop), "important");
        const over: Record<string, string> = { position: "fixed", left: `${f.left}px`, top: `${f.top}px`, margin: "0", visibility: "hidden", "white-space": "pre-wrap", "overflow-wrap": "break-word", overflow: "hidden" };
        for (const [prop, value] of Object.entries(over)) copy.style.setProperty(prop, value, "important");
        const node = document.createTextNode(field.value);
        copy.append(node);
        document.body.append(copy);
        const range = document.createRange();
        range.setStart(node, start);
        range.setEnd(node, end);
        text = [...range.getClientRects()];
        copy.remove();
      } else {
        const node = field.firstChild as Text;
        const range = document.createRange();
        range.setStart(node, start);
        range.setEnd(node, end);
        text = [...range.getClientRects()];
      }
      return { shown: union(shown), text: union(text) };
    },
    { selector, start, end },
  );
}

/** The flagged words' boxes in the field are within 2 px of the text, measured through Range. */
async function expectAlignedByRange(page: Page, selector: string): Promise<void> {
  await expect.poll(async () => (await measureByRange(page, selector, FLAGGED.start, FLAGGED.end)).shown, { timeout: 5_000 }).not.toBeNull();
  // Highlights are redrawn in the frame after an edit: measure once that frame ran.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const { shown, text } = await measureByRange(page, selector, FLAGGED.start, FLAGGED.end);
  for (const side of ["left", "top", "right", "bottom"] as const) {
    expect(Math.abs(shown![side] - text![side]), `${selector} ${side}: ${shown![side]} vs ${text![side]}`).toBeLessThanOrEqual(2);
  }
}

describe("a page that overrides attachShadow, addEventListener and getBoundingClientRect", () => {
  it("still highlights, aligned, and opens the card: the overrides never reach the content script", async () => {
    const opened = await openHostile("hostile-prototypes.html");
    const { page } = opened;
    // The overrides are real for the page's own scripts.
    const proof = await page.evaluate(() => {
      let shadowRefused = false;
      try {
        document.createElement("div").attachShadow({ mode: "open" });
      } catch {
        shadowRefused = true;
      }
      const r = document.body.getBoundingClientRect();
      return { shadowRefused, rect: [r.left, r.top, r.width, r.height], hostile: { ...window.__hostile } };
    });
    expect(proof.shadowRefused).toBe(true);
    expect(proof.rect).toEqual([0, 0, 0, 0]);
    expect(proof.hostile.dropped).toEqual(["keydown"]);

    for (const selector of ["#plain", "#rich"]) {
      await typeAtEnd(page, selector, DRAFT);
      expect(await fieldText(page, selector)).toBe(DRAFT);
      await expectAlignedByRange(page, selector);
    }
    // Every keystroke reached the page's own (wrapped) listeners too.
    expect(await pageCount(page)).toBe(2 * DRAFT.length);

    const { shown } = await measureByRange(page, "#rich", FLAGGED.start, FLAGGED.end);
    await page.mouse.click((shown!.left + shown!.right) / 2, (shown!.top + shown!.bottom) / 2);
    const card = await (
      await page.waitForFunction(() => {
        const el = document.querySelector("receptive-overlay")?.shadowRoot?.querySelector("[data-receptive-card]");
        if (!el) return null;
        const range = document.createRange();
        range.selectNode(el);
        const r = range.getBoundingClientRect();
        return { rule: (el as HTMLElement).dataset.rule, width: r.width, top: r.top };
      })
    ).jsonValue();
    expect(card!.rule).toBe(RULE);
    expect(card!.width).toBeGreaterThan(100);
    expect(Math.abs(card!.top - shown!.bottom)).toBeLessThanOrEqual(10);
    await page.keyboard.press("Escape");

    // The content script went through neither override: the only calls are the proof's own. (Its
    // capture listeners for focusin and input, which the page drops, evidently work too: without
    // them nothing would have been checked.)
    const after = await page.evaluate(() => ({ ...window.__hostile }));
    expect([after.shadowsRefused, after.rectsFaked]).toEqual([1, 1]);

    await expectNoLongTaskOfOurs(page, "prototypes");
    await expectNoErrorsOfOurs(opened);
    await page.close();
  });
});

describe("a strict CSP with Trusted Types enforced", () => {
  it("styles the highlights and the card, applies a suggestion, and causes no violation", async () => {
    // The browser reports the page's own probes (hostile-csp.js) as console errors.
    const opened = await openHostile("hostile-csp.html", (_text, url) => url.endsWith(`${PAGES}hostile-csp.js`));
    const { page } = opened;
    expect(opened.headers["content-security-policy"]).toBe(STRICT_CSP);
    expect(await page.evaluate(() => window.__enforced)).toEqual({ policyRefused: true, innerHTMLRefused: true, inlineStyleRefused: true });
    // The page's own three probes, each refused and reported.
    const pageViolations = await page.evaluate(() => window.__record.violations.length);
    expect(pageViolations).toBe(3);

    for (const [index, selector] of [[0, "#plain"], [1, "#rich"]] as const) {
      await typeAtEnd(page, selector, DRAFT);
      expect(await fieldText(page, selector)).toBe(DRAFT);
      await expectAligned(page, RULE, FLAGGED.start, FLAGGED.end, index);
    }
    expect(await pageCount(page)).toBe(2 * DRAFT.length);

    const styling = await page.evaluate(() => {
      const host = document.querySelector("receptive-overlay")!;
      const root = host.shadowRoot!;
      const box = getComputedStyle(root.querySelector("[data-receptive-highlight]")!);
      return {
        sheets: root.adoptedStyleSheets.length,
        styleElements: root.querySelectorAll("style").length,
        host: getComputedStyle(host).position,
        box: [box.position, box.borderBottomWidth, box.borderBottomStyle],
      };
    });
    expect(styling).toEqual({ sheets: 1, styleElements: 0, host: "fixed", box: ["absolute", "2px", "solid"] });

    const box = (await waitForBoxes(page, RULE, 1))[0]!;
    await clickBox(page, box, 1);
    expect((await waitForCard(page, 1)).rule).toBe(RULE);
    // Let the card be placed by a redraw or two.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const card = await page.evaluate(() => {
      const el = document.querySelector("receptive-overlay")!.shadowRoot!.querySelector("[data-receptive-card]")!;
      const s = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      return { style: [s.position, s.backgroundColor, s.borderTopLeftRadius], top: r.top, bottom: r.bottom };
    });
    expect(card.style).toEqual(["absolute", "rgb(255, 255, 255)", "10px"]);
    // Next to the words clicked, though the other field holds the same words, flagged the same way.
    const gap = Math.min(Math.abs(card.top - box.bottom), Math.abs(box.top - card.bottom));
    expect(gap, `card ${card.top}-${card.bottom}, words ${box.top}-${box.bottom}`).toBeLessThanOrEqual(10);
    await page.screenshot({ path: path.join(shots, "hostile-csp-card.png") });
    // Applying goes through the editing command, which Trusted Types does not govern.
    const point = await page.evaluate(() => {
      const r = document.querySelector("receptive-overlay")!.shadowRoot!.querySelector("button[data-receptive-suggestion]")!.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => fieldText(page, "#rich")).not.toContain("you're overreacting");
    expect(await fieldText(page, "#rich")).toMatch(/^Hey\. I didn't mean to upset you, /);

    const violations = await page.evaluate(() => window.__record.violations);
    expect(violations.length).toBe(pageViolations);
    for (const v of violations) expect(v.sample).toContain("page-probe");
    await expectNoLongTaskOfOurs(page, "csp");
    await expectNoErrorsOfOurs(opened);
    await page.close();
  });
});

describe("global CSS aimed at our element", () => {
  it("cannot hide the highlights: the host's inline !important styles win", async () => {
    const opened = await openHostile("hostile-css.html");
    const { page } = opened;
    // The page's rules are in force: the reset reaches its elements, and an element of our tag
    // without our inline styles is hidden.
    const proof = await page.evaluate(() => {
      const bare = document.createElement("receptive-overlay");
      document.documentElement.append(bare);
      const s = getComputedStyle(bare);
      const hidden = [s.display, s.visibility, s.opacity];
      bare.remove();
      return { hidden, probeWeight: getComputedStyle(document.getElementById("unset-probe")!).fontWeight };
    });
    expect(proof).toEqual({ hidden: ["none", "hidden", "0"], probeWeight: "400" });

    for (const selector of ["#plain", "#rich"]) {
      await typeAtEnd(page, selector, DRAFT);
      expect(await fieldText(page, selector)).toBe(DRAFT);
      await expectAlignedByRange(page, selector);
    }
    expect(await pageCount(page)).toBe(2 * DRAFT.length);

    const shown = await page.evaluate(() => {
      const host = document.querySelector("receptive-overlay")!;
      const h = getComputedStyle(host);
      return {
        host: [h.display, h.visibility, h.opacity, h.position, h.transform],
        boxes: [...host.shadowRoot!.querySelectorAll("[data-receptive-highlight]")].map((el) => {
          const s = getComputedStyle(el);
          const r = el.getBoundingClientRect();
          return [s.display, s.visibility, s.borderBottomWidth, r.width > 10, r.height > 10];
        }),
      };
    });
    expect(shown.host).toEqual(["block", "visible", "1", "fixed", "none"]);
    // Two findings in each field's draft.
    expect(shown.boxes).toEqual(Array(4).fill(["block", "visible", "2px", true, true]));
    await page.screenshot({ path: path.join(shots, "hostile-css.png") });

    await expectNoLongTaskOfOurs(page, "css");
    await expectNoErrorsOfOurs(opened);
    await page.close();
  });
});

describe("a page that removes elements it does not know", () => {
  it("gets the overlay back twice, then no more of it; typing and the page go on", async () => {
    const opened = await openHostile("hostile-remover.html", (text) => text.startsWith("[page]"));
    const { page } = opened;
    const removed = () => page.evaluate(() => ({ ...window.__hostile.removed }));
    expect(await removed()).toEqual({ "mystery-widget": 1 });

    await typeAtEnd(page, "#plain", DRAFT);
    expect(await fieldText(page, "#plain")).toBe(DRAFT);
    // Long enough for the analysis to come back and be drawn (and removed) a few times over.
    await page.waitForTimeout(1_000);
    expect(await removed()).toEqual({ "mystery-widget": 1, "receptive-overlay": 3 });

    // From now on nothing of ours is added, however much is typed.
    await typeAtEnd(page, "#rich", DRAFT);
    expect(await fieldText(page, "#rich")).toBe(DRAFT);
    await page.waitForTimeout(1_000);
    expect(await removed()).toEqual({ "mystery-widget": 1, "receptive-overlay": 3 });
    expect(await overlayCount(page)).toBe(0);
    expect(await pageCount(page)).toBe(2 * DRAFT.length);
    // The drafts are still checked: the toolbar badge counts the findings in the box in use.
    const tabId = await tabIdOf(session, page);
    await expect.poll(() => session.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe("2");

    await expectNoLongTaskOfOurs(page, "remover");
    await expectNoErrorsOfOurs(opened);
    await page.close();
  });
});

describe("5,000 editable fields", () => {
  it("highlights in the field in use, with no long task of ours", async () => {
    const opened = await openHostile("hostile-fields.html");
    const { page } = opened;
    expect(await page.evaluate(() => document.querySelectorAll("[data-field]").length)).toBe(5000);
    // An input, a contenteditable and a textarea, far apart.
    for (const index of [4321, 4997, 12]) {
      await clickField(page, index);
      await page.keyboard.type(DRAFT);
      expect(await modelText(page, index)).toBe(DRAFT);
      await expectAligned(page, RULE, FLAGGED.start, FLAGGED.end, index);
    }
    expect(await pageCount(page)).toBe(3 * DRAFT.length);
    await expectNoLongTaskOfOurs(page, "5,000 fields");
    await expectNoErrorsOfOurs(opened);
    await page.close();
  });
});

describe("a MutationObserver storm", () => {
  it("1,000 mutations a second around and inside the editors: typing exact, highlights, no long task of ours", async () => {
    const opened = await openHostile("hostile-storm.html");
    const { page } = opened;
    const observed = () => page.evaluate(() => window.__hostile.stats.observed);
    const before = await observed();
    await page.waitForTimeout(1_000);
    expect(await observed()).toBeGreaterThanOrEqual(before + 900);

    for (const [index, selector] of [[0, "#plain"], [1, "#rich"]] as const) {
      await typeAtEnd(page, selector, DRAFT);
      expect(await fieldText(page, selector)).toBe(DRAFT);
      await expectAligned(page, RULE, FLAGGED.start, FLAGGED.end, index);
    }
    // The third editor holds a ticker the page rewrites all the time; the draft is the rest.
    await typeAtEnd(page, "#decorated", DRAFT);
    const typed = await page.evaluate(() => {
      const copy = document.getElementById("decorated")!.cloneNode(true) as HTMLElement;
      copy.querySelector(".ticker")!.remove();
      return copy.textContent!.replace(/\u00a0/g, " ");
    });
    expect(typed).toBe(DRAFT);
    expect((await waitForBoxes(page, RULE, 2)).length).toBeGreaterThan(0);
    expect(await pageCount(page)).toBe(3 * DRAFT.length);

    const start = await observed();
    await page.waitForTimeout(500);
    expect(await observed()).toBeGreaterThanOrEqual(start + 450);
    await expectNoLongTaskOfOurs(page, "storm");
    await expectNoErrorsOfOurs(opened);
    await page.close();
  });
});

describe("a 1 MB draft", () => {
  const TYPED = " You're overreacting, calm down.";
  const MB = 1_000_000;

  async function popupSays(tabId: number): Promise<string> {
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
    const text = await popup.locator("section.state-too-long").innerText({ timeout: 10_000 });
    await popup.close();
    return text;
  }

  it("is not checked (the popup says why), typing keeps every character, no long task of ours; shortened, it is checked again", async () => {
    const opened = await openHostile("hostile-big-draft.html");
    const { page } = opened;
    for (const selector of ["#plain", "#rich"]) {
      await page.bringToFront();
      await page.locator(selector).click();
      const restored = await page.evaluate(
        ({ selector, size }) => window.__hostile.restore(document.querySelector(selector)!, size),
        { selector, size: MB },
      );
      expect(restored).toBe(MB);
      const before = await fieldText(page, selector);
      await page.keyboard.type(TYPED);
      expect(await fieldText(page, selector)).toBe(before + TYPED);
      // Past the time highlights take to appear: none, and the popup says why.
      await page.waitForTimeout(1_000);
      expect(await page.evaluate(() => document.querySelector("receptive-overlay")?.shadowRoot?.querySelectorAll("[data-receptive-highlight]").length ?? 0)).toBe(0);
      expect(await popupSays(await tabIdOf(session, page))).toMatch(/too long to check[\s\S]*100,000 characters/);
    }

    // Replaced by a short reply, the draft is checked again.
    await page.bringToFront();
    await page.locator("#rich").click();
    await page.keyboard.press("Control+a");
    await page.keyboard.type(DRAFT);
    expect(await fieldText(page, "#rich")).toBe(DRAFT);
    await waitForBoxes(page, RULE, 1);
    expect(await pageCount(page)).toBe(2 * TYPED.length + DRAFT.length);

    await expectNoLongTaskOfOurs(page, "1 MB draft");
    await expectNoErrorsOfOurs(opened);
    await page.close();
  });
});

declare global {
  interface Window {
    __record: {
      longTasks: { start: number; duration: number }[];
      violations: { directive: string; blocked: string; sample: string; source: string }[];
    };
    __enforced: Record<string, boolean>;
    __hostile: {
      dropped: string[];
      wrapped: number;
      shadowsRefused: number;
      rectsFaked: number;
      sawKeydownInCapture?: boolean;
      removed: Record<string, number>;
      stats: { done: number; observed: number };
      restore(field: Element, size: number): number;
    };
  }
}
