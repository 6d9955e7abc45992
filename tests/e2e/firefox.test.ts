/**
 * The Firefox build (dist/firefox) in Firefox, driven over WebDriver BiDi by puppeteer-core
 * (Playwright drives only its own patched Firefox). Debian's firefox-esr, or FIREFOX_PATH.
 *
 * What differs from Chromium and so needs Firefox itself: the background is an event page, not a
 * service worker; the content script's loader imports the rest through a moz-extension URL
 * (web_accessible_resources without use_dynamic_url); the polyfill runs on Firefox's own
 * `browser`. The page: tests/e2e/fixtures/pages/layout.html from a local server.
 *
 * A copy of the build is installed, with two test-only changes: the content script also matches
 * the local server, and its loader first turns Receptive on for the page's origin in storage (the
 * person would do it from the popup, which BiDi cannot open: it refuses to navigate to
 * moz-extension pages).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { existsSync } from "node:fs";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import type * as Engine from "../../src/engine/index";
import { repoRoot, E2E_POLL } from "./browser";

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000, expect: { poll: E2E_POLL } });

const firefoxPath = process.env.FIREFOX_PATH ?? "/usr/bin/firefox-esr";
const DRAFT = "Hey. I didn't mean to upset you, but you're overreacting.";

let engine: typeof Engine;
let browser: Browser;
let server: http.Server;
let base: string;
let page: Page;
let copyDir: string;
const pageErrors: string[] = [];

const TYPES: Record<string, string> = { ".js": "text/javascript", ".css": "text/css", ".html": "text/html", ".json": "application/json" };

async function firefoxCopy(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "receptive-firefox-"));
  await cp(path.join(repoRoot, "dist", "firefox"), dir, { recursive: true });
  const manifestPath = path.join(dir, "manifest.json");
  const manifest = JSON.parse(await readFile(manifestPath, "utf8"));
  manifest.content_scripts[0].matches.push("http://127.0.0.1/*");
  manifest.host_permissions = ["http://127.0.0.1/*"];
  await writeFile(manifestPath, JSON.stringify(manifest, null, 2));
  const loader = path.join(dir, "content.js");
  // Marks the page once the setting is stored, so the test reloads only after that.
  const turnOn =
    '(()=>{const a=chrome.storage.sync;a.get("settings").then(s=>s.settings||a.set({settings:{version:3,sites:{[location.origin]:true}}}))' +
    '.then(()=>{document.documentElement.dataset.receptiveTestOn="1"})})();';
  await writeFile(loader, turnOn + (await readFile(loader, "utf8")));
  return dir;
}

/** The highlight boxes in the overlay's shadow root: rule and viewport centre. */
function boxes(p: Page) {
  return p.evaluate(() => {
    const root = document.querySelector("receptive-overlay")?.shadowRoot;
    return [...(root?.querySelectorAll<HTMLElement>("[data-receptive-highlight]") ?? [])].map((b) => {
      const r = b.getBoundingClientRect();
      return { rule: b.dataset.rule!, start: Number(b.dataset.start), end: Number(b.dataset.end), x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
  });
}

async function poll<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    value = await read();
  }
  return value;
}

const fieldValue = (p: Page) => p.evaluate(() => (document.getElementById("padded") as HTMLTextAreaElement).value);

beforeAll(async () => {
  if (!existsSync(firefoxPath)) throw new Error(`No Firefox at ${firefoxPath}: run \`apt-get install -y firefox-esr\` or set FIREFOX_PATH.`);
  engine = (await import(pathToFileURL(path.join(repoRoot, "dist/engine.js")).href)) as typeof Engine;
  server = http.createServer(async (req, res) => {
    const file = path.join(repoRoot, decodeURIComponent((req.url ?? "/").split("?")[0]!));
    if (!file.startsWith(repoRoot + path.sep)) return void res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  copyDir = await firefoxCopy();
  browser = await puppeteer.launch({ browser: "firefox", executablePath: firefoxPath, headless: true });
  await browser.installExtension(copyDir);
  page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  page.on("pageerror", (e) => pageErrors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") pageErrors.push(m.text());
  });
  // The first load turns the site on (see above); the next runs with it on. Content scripts can
  // start matching a moment after installExtension returns: load again until the mark is there.
  const marked = () => page.evaluate(() => document.documentElement.dataset.receptiveTestOn === "1");
  await page.goto(`${base}/tests/e2e/fixtures/pages/layout.html`);
  for (let tries = 0; !(await poll(marked, (m) => m, 3_000)) && tries < 5; tries += 1) await page.reload();
  if (!(await marked())) throw new Error("The test copy's loader never stored the setting that turns the page's site on.");
  await page.reload();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
  if (copyDir) await rm(copyDir, { recursive: true, force: true });
});

describe("the Firefox build, in Firefox", () => {
  it("installs, and leaves a page where nobody typed alone", async () => {
    expect(await browser.version()).toMatch(/^firefox\//);
    // The loader waits for a text field: no overlay, nothing else of ours in the page.
    expect(await page.evaluate(() => document.querySelectorAll("receptive-overlay").length)).toBe(0);
  });

  it("highlights what analyze() finds, once the person types", async () => {
    await page.click("#padded");
    await page.keyboard.type(DRAFT);
    expect(await fieldValue(page)).toBe(DRAFT);
    const expected = engine.analyze(DRAFT).findings.map((f) => [f.rule, f.start, f.end]);
    const seen = await poll(
      () => boxes(page),
      (b) => new Set(b.map((x) => x.rule)).size === expected.length,
    );
    const unique = [...new Map(seen.map((b) => [`${b.rule}:${b.start}`, [b.rule, b.start, b.end]])).values()];
    expect(unique).toEqual(expected);
  });

  it("opens the card on a click and applies a rewrite into the field; Ctrl+Z undoes it", async () => {
    const box = (await boxes(page)).find((b) => b.rule === "minimizing/overreacting")!;
    await page.mouse.click(box.x, box.y);
    const suggestion = await poll(
      () => page.evaluate(() => document.querySelector("receptive-overlay")!.shadowRoot!.querySelector("[data-receptive-suggestion]")?.textContent ?? null),
      (s) => s !== null,
    );
    expect(suggestion).toBeTruthy();
    await page.evaluate(() => document.querySelector("receptive-overlay")!.shadowRoot!.querySelector<HTMLButtonElement>("[data-receptive-suggestion]")!.click());
    const f = engine.analyze(DRAFT).findings.find((x) => x.rule === "minimizing/overreacting")!;
    const applied = DRAFT.slice(0, f.start) + suggestion + DRAFT.slice(f.end);
    expect(await poll(() => fieldValue(page), (v) => v === applied)).toBe(applied);
    await page.keyboard.down("Control");
    await page.keyboard.press("z");
    await page.keyboard.up("Control");
    expect(await poll(() => fieldValue(page), (v) => v === DRAFT)).toBe(DRAFT);
  });

  it("typing goes on after it", async () => {
    await page.click("#padded");
    await page.keyboard.press("End");
    await page.keyboard.type(" Sorry.");
    expect(await fieldValue(page)).toBe(`${DRAFT} Sorry.`);
  });

  it("saw no error in the page", () => {
    expect(pageErrors).toEqual([]);
  });
});
