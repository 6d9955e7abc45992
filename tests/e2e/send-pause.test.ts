/**
 * Pause before sending, in real Chromium with the built extension, on a page of four composers
 * that send the way the default sites' do (tests/e2e/fixtures/editors/send): Enter in a
 * React-controlled textarea, Enter in Lexical, a form (Enter in its input, or its submit button),
 * and a Send button that reads Quill's model. Each records what it sent in window.__sent.
 *
 * For each path: a draft with a high-severity finding is held and "Take a breath" shows; Send
 * anyway sends exactly the draft, once; Edit sends nothing and keeps the draft, and the next send
 * goes through (once per draft); Apply puts the rewrite into the editor and sends nothing.
 * Shift+Enter and the Enter that confirms an input method's candidate are never intercepted.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { Page } from "playwright-core";
import { launchWithExtension, repoRoot, serveAsSite, type ExtensionSession, E2E_POLL } from "./browser";
import { clickField, modelText, waitForBoxes } from "./overlay-probe";
import { buildFixtures } from "./fixtures/build.mjs";

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000, expect: { poll: E2E_POLL } });

const FLAGGED = "I am sorry you feel that way, but you are overreacting.";
const COMPOSER = { textarea: 0, lexical: 1, form: 2, quill: 3, trustedOnly: 4 } as const;
const shots = path.join(repoRoot, "test-results", "screenshots");

let session: ExtensionSession;
let site: string;
const pageErrors: string[] = [];

interface Sent {
  composer: string;
  text: string;
}

async function openSendPage(): Promise<Page> {
  const page = await session.context.newPage();
  page.on("pageerror", (e) => pageErrors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") pageErrors.push(m.text());
  });
  await page.goto(`${site}/dist/fixtures/send/`);
  await page.evaluate(() => window.__fixture.ready);
  // What reached the page's own listeners: a key our capture listener held never gets here.
  await page.evaluate(() => {
    const w = window as unknown as { __keys: { key: string; shift: boolean; composing: boolean; keyCode: number; prevented: boolean }[] };
    w.__keys = [];
    window.addEventListener("keydown", (e) => {
      if (e.key === "Enter" || e.key === "Process") w.__keys.push({ key: e.key, shift: e.shiftKey, composing: e.isComposing, keyCode: e.keyCode, prevented: e.defaultPrevented });
    });
  });
  return page;
}

const sent = (page: Page) => page.evaluate(() => (window as unknown as { __sent: Sent[] }).__sent.slice());
const pauseCard = (page: Page) =>
  page.evaluate(() => {
    const card = document.querySelector("receptive-overlay")?.shadowRoot?.querySelector<HTMLElement>("[data-receptive-pause]");
    if (!card) return null;
    return {
      title: card.querySelector(".card-title")?.textContent ?? "",
      flagged: [...card.querySelectorAll(".pause-flagged q")].map((q) => q.textContent ?? ""),
      suggestion: card.querySelector(".pause-suggestion")?.textContent ?? null,
      focused: (document.querySelector("receptive-overlay")!.shadowRoot!.activeElement as HTMLElement | null)?.dataset.receptivePauseAction ?? null,
    };
  });
/** The text of the "not sent yet" note after a Send anyway, or null when none is shown. */
const sendHint = (page: Page) =>
  page.evaluate(() => document.querySelector("receptive-overlay")?.shadowRoot?.querySelector("[data-receptive-send-hint]")?.textContent ?? null);
const pressPause = (page: Page, action: "apply" | "edit" | "send") =>
  page.evaluate((a) => {
    document.querySelector("receptive-overlay")!.shadowRoot!.querySelector<HTMLButtonElement>(`[data-receptive-pause-action="${a}"]`)!.click();
  }, action);

async function setSendPause(on: boolean): Promise<void> {
  await session.worker.evaluate((value) => chrome.storage.sync.set({ settings: { version: 3, sendPause: { on: value, sites: {} } } }), on);
}

/** Types `text` into composer `index` and waits for its highlights (analysis done). */
async function draft(page: Page, index: number, text = FLAGGED): Promise<void> {
  await clickField(page, index);
  await page.keyboard.type(text);
  await expect.poll(() => modelText(page, index)).toBe(text);
  await waitForBoxes(page, "minimizing/overreacting", index);
}

/** The send gesture of each composer. */
async function send(page: Page, index: number): Promise<void> {
  if (index === COMPOSER.quill) await page.click("#quill-send");
  else await page.keyboard.press("Enter");
}

beforeAll(async () => {
  await buildFixtures();
  await mkdir(shots, { recursive: true });
  session = await launchWithExtension();
  site = await serveAsSite(session.context);
});

afterAll(async () => {
  await session?.close();
});

describe("pause before sending, off (the default)", () => {
  it("never holds a send", async () => {
    const page = await openSendPage();
    await draft(page, COMPOSER.textarea);
    await page.keyboard.press("Enter");
    await expect.poll(() => sent(page)).toEqual([{ composer: "react-textarea", text: FLAGGED }]);
    expect(await pauseCard(page)).toBeNull();
    await page.close();
  });
});

describe("pause before sending, on", () => {
  let page: Page;
  beforeAll(async () => {
    await setSendPause(true);
    await session.worker.evaluate(() => chrome.storage.local.clear());
    page = await openSendPage();
  });

  it.each([
    ["Enter in a React-controlled textarea", COMPOSER.textarea, "react-textarea"],
    ["Enter in Lexical", COMPOSER.lexical, "lexical"],
    ["Enter in a form's input", COMPOSER.form, "form"],
    ["a Send button that reads Quill's model", COMPOSER.quill, "quill"],
  ])("holds %s, and Send anyway sends the draft exactly once", async (_label, index, composer) => {
    const before = (await sent(page)).length;
    await draft(page, index);
    await send(page, index);
    await expect.poll(() => pauseCard(page)).not.toBeNull();
    const card = (await pauseCard(page))!;
    expect(card.title).toBe("Take a breath");
    expect(card.flagged).toEqual(["I am sorry you feel that way", "but you are overreacting"]);
    expect(card.suggestion).toBe("I'm sorry I hurt you");
    // Edit first: a second Enter pressed in a hurry goes back to the draft.
    expect(card.focused).toBe("edit");
    expect((await sent(page)).length).toBe(before);
    expect(await modelText(page, index)).toBe(FLAGGED);
    if (index === COMPOSER.textarea) await page.screenshot({ path: path.join(shots, "send-pause-card.png") });

    await pressPause(page, "send");
    await expect.poll(async () => (await sent(page)).length).toBe(before + 1);
    expect((await sent(page)).at(-1)).toEqual({ composer, text: FLAGGED });
    expect(await pauseCard(page)).toBeNull();
    // Never twice: nothing more is sent while the page settles.
    await page.waitForTimeout(600);
    expect((await sent(page)).length).toBe(before + 1);
    expect(await modelText(page, index)).toBe("");
  });

  it("holds the form's own submit button too", async () => {
    const before = (await sent(page)).length;
    await draft(page, COMPOSER.form);
    await page.click("#form-submit");
    await expect.poll(() => pauseCard(page)).not.toBeNull();
    expect((await sent(page)).length).toBe(before);
    await pressPause(page, "send");
    await expect.poll(async () => (await sent(page)).length).toBe(before + 1);
    expect((await sent(page)).at(-1)).toEqual({ composer: "form", text: FLAGGED });
  });

  it("Edit sends nothing and keeps the draft; the next send of that draft goes through", async () => {
    const before = (await sent(page)).length;
    await draft(page, COMPOSER.lexical);
    await page.keyboard.press("Enter");
    await expect.poll(() => pauseCard(page)).not.toBeNull();
    await page.keyboard.press("Enter"); // the focused button: Edit
    await expect.poll(() => pauseCard(page)).toBeNull();
    expect((await sent(page)).length).toBe(before);
    expect(await modelText(page, COMPOSER.lexical)).toBe(FLAGGED);
    // The caret is back in the editor: typing goes on there.
    await page.keyboard.type(" Sorry.");
    await expect.poll(() => modelText(page, COMPOSER.lexical)).toBe(`${FLAGGED} Sorry.`);
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await sent(page)).length).toBe(before + 1);
    expect(await pauseCard(page)).toBeNull();
    expect((await sent(page)).at(-1)).toEqual({ composer: "lexical", text: `${FLAGGED} Sorry.` });
  });

  it("where the site ignores the replayed Enter, says so after Send anyway, and the person's own Enter sends it once", async () => {
    const before = (await sent(page)).length;
    await draft(page, COMPOSER.trustedOnly);
    await page.keyboard.press("Enter");
    await expect.poll(() => pauseCard(page)).not.toBeNull();
    await pressPause(page, "send");
    // The replay reached the page's handler, which wants a real key press: nothing went.
    await expect.poll(() => sendHint(page)).toBe("Not sent yet? Send it again: Receptive won't stop this message again.");
    expect((await sent(page)).length).toBe(before);
    expect(await modelText(page, COMPOSER.trustedOnly)).toBe(FLAGGED);
    await page.screenshot({ path: path.join(shots, "send-pause-hint.png") });
    // The focus is back in the box: the person's Enter sends it, once, and the note goes.
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await sent(page)).length).toBe(before + 1);
    expect((await sent(page)).at(-1)).toEqual({ composer: "trusted-only", text: FLAGGED });
    expect(await sendHint(page)).toBeNull();
    expect(await pauseCard(page)).toBeNull();
  });

  it("says nothing after a Send anyway that sent", async () => {
    const before = (await sent(page)).length;
    await draft(page, COMPOSER.textarea);
    await page.keyboard.press("Enter");
    await expect.poll(() => pauseCard(page)).not.toBeNull();
    await pressPause(page, "send");
    await expect.poll(async () => (await sent(page)).length).toBe(before + 1);
    // Past the moment the check runs.
    await page.waitForTimeout(1_500);
    expect(await sendHint(page)).toBeNull();
  });

  it("Apply puts the top rewrite into the editor, and sends nothing", async () => {
    const before = (await sent(page)).length;
    await draft(page, COMPOSER.textarea);
    await page.keyboard.press("Enter");
    await expect.poll(() => pauseCard(page)).not.toBeNull();
    await pressPause(page, "apply");
    await expect.poll(() => modelText(page, COMPOSER.textarea)).toBe(FLAGGED.replace("I am sorry you feel that way", "I'm sorry I hurt you"));
    await expect.poll(() => pauseCard(page)).toBeNull();
    expect((await sent(page)).length).toBe(before);
    // Clear the box for the next test.
    await page.keyboard.press("Control+a");
    await page.keyboard.press("Delete");
    await expect.poll(() => modelText(page, COMPOSER.textarea)).toBe("");
  });

  it("Escape is Edit", async () => {
    const before = (await sent(page)).length;
    await draft(page, COMPOSER.textarea);
    await page.keyboard.press("Enter");
    await expect.poll(() => pauseCard(page)).not.toBeNull();
    await page.keyboard.press("Escape");
    await expect.poll(() => pauseCard(page)).toBeNull();
    expect(await modelText(page, COMPOSER.textarea)).toBe(FLAGGED);
    expect((await sent(page)).length).toBe(before);
    await page.keyboard.press("Control+a");
    await page.keyboard.press("Delete");
  });

  it("leaves a draft without a high-severity finding alone", async () => {
    const before = (await sent(page)).length;
    const mild = "I hear you. Can we talk tonight?";
    await clickField(page, COMPOSER.textarea);
    await page.keyboard.type(mild);
    await page.waitForTimeout(400);
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await sent(page)).length).toBe(before + 1);
    expect(await pauseCard(page)).toBeNull();
  });

  it("holds a send pressed before the last words were analysed", async () => {
    const before = (await sent(page)).length;
    await clickField(page, COMPOSER.textarea);
    // No pause between the last key and Enter: the analysis cannot have come back yet.
    await page.keyboard.type("You are overreacting.");
    await page.keyboard.press("Enter");
    await expect.poll(() => pauseCard(page)).not.toBeNull();
    expect((await sent(page)).length).toBe(before);
    await pressPause(page, "send");
    await expect.poll(async () => (await sent(page)).length).toBe(before + 1);
    expect((await sent(page)).at(-1)!.text).toBe("You are overreacting.");
  });

  it("sends once when Enter is pressed twice while the last words are being analysed", async () => {
    const before = (await sent(page)).length;
    await clickField(page, COMPOSER.textarea);
    const keys = await page.evaluate(() => (window as unknown as { __keys: unknown[] }).__keys.length);
    await page.keyboard.type("Can we talk tonight?");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await sent(page)).length).toBe(before + 1);
    await page.waitForTimeout(600);
    expect((await sent(page)).slice(before)).toEqual([{ composer: "react-textarea", text: "Can we talk tonight?" }]);
    // Both presses were held; the page saw one Enter: the replay of the first.
    const seen = await page.evaluate((n) => (window as unknown as { __keys: unknown[] }).__keys.slice(n), keys);
    expect(seen).toHaveLength(1);
  });

  it("never intercepts Shift+Enter: it makes a new line", async () => {
    await draft(page, COMPOSER.textarea);
    const keys = await page.evaluate(() => (window as unknown as { __keys: unknown[] }).__keys.length);
    await page.keyboard.press("Shift+Enter");
    await expect.poll(() => modelText(page, COMPOSER.textarea)).toBe(`${FLAGGED}\n`);
    expect(await pauseCard(page)).toBeNull();
    const last = await page.evaluate((n) => (window as unknown as { __keys: unknown[] }).__keys.slice(n), keys);
    expect(last).toEqual([{ key: "Enter", shift: true, composing: false, keyCode: 13, prevented: false }]);
    await page.keyboard.press("Control+a");
    await page.keyboard.press("Delete");
  });

  it("never intercepts the Enter that confirms an input method's candidate", async () => {
    await draft(page, COMPOSER.textarea);
    const cdp = await session.context.newCDPSession(page);
    const keys = await page.evaluate(() => (window as unknown as { __keys: unknown[] }).__keys.length);
    await cdp.send("Input.imeSetComposition", { text: "にほんご", selectionStart: 4, selectionEnd: 4 });
    // What Chromium sends for a key an input method takes: keyCode 229, during the composition.
    await cdp.send("Input.dispatchKeyEvent", { type: "rawKeyDown", key: "Enter", code: "Enter", windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 });
    await cdp.send("Input.insertText", { text: "日本語" });
    await cdp.send("Input.dispatchKeyEvent", { type: "keyUp", key: "Enter", code: "Enter", windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 });
    await expect.poll(() => modelText(page, COMPOSER.textarea)).toBe(`${FLAGGED}日本語`);
    expect(await pauseCard(page)).toBeNull();
    const seen = (await page.evaluate((n) => (window as unknown as { __keys: { composing: boolean; keyCode: number; prevented: boolean }[] }).__keys.slice(n), keys));
    expect(seen.length).toBe(1);
    expect(seen[0]!.keyCode).toBe(229);
    expect(seen[0]!.prevented).toBe(false);
    await cdp.detach();
  });

  it("a site turned off for pausing sends at once", async () => {
    await session.worker.evaluate(() =>
      chrome.storage.sync.set({ settings: { version: 3, sendPause: { on: true, sites: { "https://app.slack.com": false } } } }),
    );
    await page.keyboard.press("Control+a");
    await page.keyboard.press("Delete");
    const before = (await sent(page)).length;
    await draft(page, COMPOSER.textarea);
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await sent(page)).length).toBe(before + 1);
    expect(await pauseCard(page)).toBeNull();
  });

  it("counted each pause and what followed it, kept no text, and left a repair offer", async () => {
    const local = await session.worker.evaluate(() => chrome.storage.local.get(null));
    const weeks = Object.values((local.progress as { weeks: Record<string, Record<string, unknown>> }).weeks);
    expect(weeks).toHaveLength(1);
    const week = weeks[0] as { pausesShown: number; afterPause: Record<string, number>; suggestionsApplied: number; draftsChecked: number; findings: number };
    // Shown: the four paths, the form's button, the site that ignores a replayed Enter, a Send
    // anyway that sent, Edit, Apply, Escape, and the send before analysis.
    expect(week.pausesShown).toBe(11);
    expect(week.afterPause).toEqual({ edited: 2, applied: 1, sentAnyway: 8 });
    expect(week.suggestionsApplied).toBe(1);
    expect(week.draftsChecked).toBeGreaterThanOrEqual(11);
    expect(week.findings).toBeGreaterThanOrEqual(11);
    expect(local.repairOffer).toEqual({ at: expect.any(Number) });
    const stored = JSON.stringify(local);
    for (const words of ["overreacting", "sorry", "talk tonight", "app.slack.com"]) expect(stored).not.toContain(words);
  });

  it("saw no error from the extension", () => {
    expect(pageErrors).toEqual([]);
  });
});
