/**
 * The built extension (dist/chrome) in real Chromium, and the demo page `npm start` opens.
 *
 * What is covered here:
 * - dist/chrome loads, its service worker starts, its manifest (name, version) and icons are
 *   what the repository says, and the worker reports no errors while the tests use it;
 * - the background's message handling for real: a test-only copy of dist/chrome gets one extra,
 *   empty extension page (e2e-probe.html, never shipped) so that `chrome.runtime.sendMessage`
 *   runs from the extension's own origin, the way the popup and content script will call it;
 * - on the demo page (tests/e2e/fixtures/editors/demo/), served under a default messaging host,
 *   the content script highlights exactly what `analyze` returns in Node for the same text,
 *   whatever the rules are, and shows draft text only as text.
 * The handler's branches that a real browser cannot reach on demand (another extension as the
 * sender, an analyzer that throws) are unit-tested in tests/unit/background-protocol.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "playwright-core";
import type * as Engine from "../../src/engine/index";
import type { Analysis } from "../../src/engine/types";
import { buildFixtures } from "./fixtures/build.mjs";
import {
  defaultExtensionDir,
  demoPath,
  extensionCopy,
  launchWithExtension,
  repoRoot,
  serveAsSite,
  type ExtensionSession,
  E2E_POLL,
} from "./browser";
import "./overlay-probe";

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000, expect: { poll: E2E_POLL } });

const manifest = JSON.parse(readFileSync(path.join(repoRoot, "manifest.json"), "utf8")) as {
  name: string;
  version: string;
  icons: Record<string, string>;
};
const pkg = JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8")) as { version: string };

const TEXTS = [
  "",
  "You're overreacting, calm down.",
  "I didn't mean to upset you, but you're overreacting. Calm down, it was just a joke.",
  "I'm sorry if you felt that way, but honestly it wasn't a big deal 🙄",
  "You always do this. I was only trying to help, and now I'm the bad guy?",
  "I'm so sorry I laughed. That must have felt awful. Can you tell me more about it?",
  // Markup in a draft must come back as text, never as elements.
  "You are too sensitive. <img src=x onerror=\"document.title='pwned'\"> <b>whatever</b>",
];

let engine: typeof Engine;

beforeAll(async () => {
  const built = ["dist/engine.js", "dist/chrome/manifest.json", "dist/chrome/background.js"];
  if (!built.every((file) => existsSync(path.join(repoRoot, file)))) {
    execFileSync(process.execPath, ["build.mjs"], { cwd: repoRoot, stdio: "inherit" });
  }
  // The same file the demo page imports.
  engine = (await import(pathToFileURL(path.join(repoRoot, "dist/engine.js")).href)) as typeof Engine;
}, 120_000);

/** The highlights on the demo page's textarea: one entry per finding (wrapped findings have several boxes). */
async function shownFindings(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector("receptive-overlay")?.shadowRoot;
    const seen = new Map<string, { rule: string; category: string; severity: string; start: number; end: number }>();
    for (const el of root?.querySelectorAll<HTMLElement>("[data-receptive-highlight]") ?? []) {
      const f = {
        rule: el.dataset.rule!,
        category: el.dataset.category!,
        severity: el.dataset.severity!,
        start: Number(el.dataset.start),
        end: Number(el.dataset.end),
      };
      seen.set(`${f.rule}@${f.start}`, f);
    }
    return [...seen.values()].sort((a, b) => a.start - b.start);
  });
}

function expectedShown(analysis: Analysis) {
  return analysis.findings
    .map((f) => ({ rule: f.rule, category: f.category, severity: f.severity, start: f.start, end: f.end }))
    .sort((a, b) => a.start - b.start);
}

describe("the built extension in Chromium", () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchWithExtension({ extensionDir: defaultExtensionDir });
  }, 120_000);

  afterAll(async () => {
    await session?.close();
  });

  it("loads, and its service worker starts and listens for messages", async () => {
    expect(session.extensionId).toMatch(/^[a-p]{32}$/);
    expect(session.worker.url()).toBe(`chrome-extension://${session.extensionId}/background.js`);
    // False if background.js threw before registering its listener.
    expect(await session.worker.evaluate(() => chrome.runtime.onMessage.hasListeners())).toBe(true);
  });

  it("has the manifest's name and the package's version", async () => {
    const running = await session.worker.evaluate(() => {
      const m = chrome.runtime.getManifest();
      return { name: m.name, version: m.version, manifest_version: m.manifest_version };
    });
    expect(running).toEqual({ name: manifest.name, version: manifest.version, manifest_version: 3 });
    expect(running.version).toBe(pkg.version);
  });

  it("ships every icon the manifest names, as PNGs of the stated size", async () => {
    const icons = await session.worker.evaluate(async (paths: Record<string, string>) => {
      const out: Record<string, { status: number; width: number; height: number }> = {};
      for (const [size, file] of Object.entries(paths)) {
        const res = await fetch(chrome.runtime.getURL(file));
        const bitmap = await createImageBitmap(await res.blob());
        out[size] = { status: res.status, width: bitmap.width, height: bitmap.height };
      }
      return out;
    }, manifest.icons);
    expect(Object.keys(icons).sort()).toEqual(["128", "16", "32", "48"]);
    for (const [size, icon] of Object.entries(icons)) {
      expect(icon).toEqual({ status: 200, width: Number(size), height: Number(size) });
    }
  });

  describe("the demo page (npm start), under a default messaging host", () => {
    let page: Page;
    const pageErrors: string[] = [];

    beforeAll(async () => {
      await buildFixtures();
      const site = await serveAsSite(session.context);
      page = await session.context.newPage();
      page.on("pageerror", (e) => pageErrors.push(e.message));
      page.on("console", (m) => {
        if (m.type() === "error") pageErrors.push(m.text());
      });
      await page.goto(site + demoPath);
      await page.evaluate(() => window.__fixture.ready);
    }, 120_000);

    afterAll(async () => {
      await page?.close();
    });

    it("highlights exactly what analyze() finds in Node for the same text", async () => {
      const reply = page.locator("#reply");
      for (const text of TEXTS) {
        await reply.click();
        await page.keyboard.press("Control+a");
        await page.keyboard.press("Backspace");
        if (text) await page.keyboard.insertText(text);
        const expected = expectedShown(engine.analyze(text));
        await expect.poll(() => shownFindings(page), { message: JSON.stringify(text), timeout: 5_000 }).toEqual(expected);
      }
    });

    it("shows draft text as text: no element comes from the draft", async () => {
      const text = TEXTS.at(-1)!;
      const reply = page.locator("#reply");
      await reply.click();
      await page.keyboard.press("Control+a");
      await page.keyboard.insertText(text);
      await expect.poll(async () => (await shownFindings(page)).length).toBeGreaterThan(0);
      const tags = await page.evaluate(() => {
        const root = document.querySelector("receptive-overlay")!.shadowRoot!;
        return [...root.querySelectorAll("*")].map((e) => e.tagName.toLowerCase());
      });
      expect(tags.filter((tag) => !["div", "span", "p", "ul", "li", "button"].includes(tag))).toEqual([]);
      expect(await page.title()).not.toBe("pwned");
    });

    it("logged no errors", () => {
      expect(pageErrors).toEqual([]);
    });
  });

  it("reported no errors from its service worker", async () => {
    expect(await session.extensionErrors()).toEqual([]);
  });
});

describe("the background's message handling, from an extension page", () => {
  let session: ExtensionSession;
  let page: Page;
  let copy: { dir: string; remove(): Promise<void> };

  beforeAll(async () => {
    copy = await extensionCopy();
    session = await launchWithExtension({ extensionDir: copy.dir });
    page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/e2e-probe.html`);
  }, 120_000);

  afterAll(async () => {
    await session?.close();
    await copy?.remove();
  });

  /** Sends a message as an extension page would: `{ reply }`, or `{ failed }` when nothing answered in 5 s. */
  const send = (message: unknown) =>
    page.evaluate(
      (m) =>
        Promise.race([
          chrome.runtime.sendMessage(m).then((reply: unknown) => ({ reply }), (e: unknown) => ({ failed: String(e) })),
          new Promise<{ failed: string }>((resolve) => setTimeout(() => resolve({ failed: "no answer in 5 s" }), 5_000)),
        ]),
      message,
    );

  it("answers ping", async () => {
    expect(await send({ type: "ping" })).toEqual({ reply: { ok: true } });
  });

  it("answers analyze with what analyze() returns in Node", async () => {
    for (const text of TEXTS) {
      expect(await send({ type: "analyze", text }), JSON.stringify(text)).toEqual({ reply: engine.analyze(text) });
    }
  });

  it("does not answer malformed messages", async () => {
    for (const message of [{ type: "analyze" }, { type: "analyze", text: 3 }, { type: "nope" }, "ping", null]) {
      const result = await send(message);
      expect(result, JSON.stringify(message)).not.toHaveProperty("reply.ok");
      expect((result as { reply?: unknown }).reply, JSON.stringify(message)).toBeUndefined();
    }
  });

  it("reported no errors from its service worker", async () => {
    expect(await session.extensionErrors()).toEqual([]);
  });
});
