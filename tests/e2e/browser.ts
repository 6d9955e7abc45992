/**
 * Shared by the e2e tests and `npm start`: real Chromium with the built extension loaded, and a
 * tiny static server for the repository (dist/ and tests/e2e/fixtures/). No vitest imports here.
 *
 * Chromium is Debian's (`apt-get install chromium`), or CHROMIUM_PATH. Playwright's own browser
 * downloads are not used.
 */
import { chromium, type BrowserContext, type Page, type Worker } from "playwright-core";
import { createServer } from "node:http";
import { existsSync } from "node:fs";
import { cp, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
/**
 * expect.poll's defaults for the e2e files: vitest's own (1 s) is shorter than a loaded two-core
 * CI machine sometimes takes to open a page and render it, and a poll stops as soon as it passes.
 */
export const E2E_POLL = { timeout: 10_000, interval: 50 };
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const defaultExtensionDir = path.join(repoRoot, "dist", "chrome");

/**
 * Flags for a machine without network access: without these Chromium keeps retrying background
 * connections (component updates, sync, QUIC probes). --no-sandbox because CI runs as root.
 */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

export interface LaunchOptions {
  /** Default: true. Chromium >= 132 runs `--headless` as the new headless mode, which loads extensions. */
  headless?: boolean;
  /** An unpacked extension directory. Default: dist/chrome. */
  extensionDir?: string;
  /** Default: 1280x800. */
  viewport?: { width: number; height: number };
  /** A profile to use and keep (to test what survives a restart). Default: a new one, deleted on close. */
  userDataDir?: string;
  /** More Chromium switches (say, --log-net-log=<file>). */
  extraArgs?: string[];
}

export interface ExtensionSession {
  context: BrowserContext;
  /** The extension's id, taken from its service worker's URL. */
  extensionId: string;
  /** The extension's service worker as it was when the session started. */
  worker: Worker;
  /**
   * The first-run page the extension opens on install, already open when the session starts
   * (null in a profile it was installed in before). Waited for so that it never opens in front
   * of a page a test has just brought forward: tests find "their" tab as the active one.
   */
  firstRun: Page | null;
  /**
   * What the extension's service worker reported as errors so far: `console.error` calls and
   * uncaught exceptions or promise rejections (read from Chromium's own log).
   */
  extensionErrors(): Promise<string[]>;
  close(): Promise<void>;
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  const extensionDir = path.resolve(options.extensionDir ?? defaultExtensionDir);
  if (!existsSync(chromiumPath)) {
    throw new Error(`No Chromium at ${chromiumPath}: run \`apt-get install -y chromium\` or set CHROMIUM_PATH.`);
  }
  if (!existsSync(path.join(extensionDir, "manifest.json"))) {
    throw new Error(`No extension at ${extensionDir}: run \`node build.mjs\` first.`);
  }
  const keepProfile = options.userDataDir !== undefined;
  const userDataDir = options.userDataDir ?? (await mkdtemp(path.join(os.tmpdir(), "receptive-chromium-")));
  // A profile Chromium has run in already has the extension installed: no first-run page then.
  const installs = !existsSync(path.join(userDataDir, "Default"));
  const logFile = path.join(userDataDir, "chromium.log");
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: chromiumPath,
      headless: options.headless ?? true,
      viewport: options.viewport ?? { width: 1280, height: 800 },
      // Playwright passes --disable-extensions by default, which wins over --load-extension.
      ignoreDefaultArgs: ["--disable-extensions"],
      args: [
        ...chromiumArgs,
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        // Service-worker exceptions reach no Playwright event; Chromium logs them here.
        "--enable-logging",
        `--log-file=${logFile}`,
        ...(options.extraArgs ?? []),
      ],
    });
  } catch (e) {
    if (!keepProfile) await rm(userDataDir, { recursive: true, force: true });
    throw e;
  }

  const consoleErrors: string[] = [];
  try {
    const isExtensionWorker = (w: Worker) => w.url().startsWith("chrome-extension://");
    const worker =
      context.serviceWorkers().find(isExtensionWorker) ??
      (await context
        .waitForEvent("serviceworker", { predicate: isExtensionWorker, timeout: 30_000 })
        .catch(async (e: unknown) => {
          const log = await readFile(logFile, "utf8").catch(() => "");
          const relevant = log.split("\n").filter((l) => /extension|CONSOLE|manifest/i.test(l));
          throw new Error(
            `The extension's service worker did not start (${extensionDir}): ${e instanceof Error ? e.message : e}` +
              (relevant.length ? `\nChromium's log:\n${relevant.slice(-20).join("\n")}` : ""),
          );
        }));
    const extensionId = new URL(worker.url()).host;
    const origin = `chrome-extension://${extensionId}/`;
    const isFirstRun = (p: Page) => p.url() === `${origin}first-run.html`;
    const firstRun = installs
      ? (context.pages().find(isFirstRun) ??
        (await context.waitForEvent("page", { predicate: isFirstRun, timeout: 15_000 }).catch(() => null)))
      : null;
    context.on("console", (message) => {
      const source = message.worker()?.url() ?? "";
      if (message.type() === "error" && source.startsWith(origin)) consoleErrors.push(message.text());
    });

    let closed = false;
    return {
      context,
      extensionId,
      worker,
      firstRun,
      async extensionErrors() {
        const log = await readFile(logFile, "utf8").catch(() => "");
        // e.g. [pid:tid:time:INFO:CONSOLE:12] "Uncaught Error: boom", source: chrome-extension://<id>/background.js (12)
        const uncaught = log
          .split("\n")
          .filter((line) => line.includes(":CONSOLE") && line.includes(`source: ${origin}`))
          .map((line) => /"(Uncaught.*)", source: /.exec(line)?.[1])
          .filter((m): m is string => m !== undefined);
        return [...consoleErrors, ...uncaught];
      },
      async close() {
        if (closed) return;
        closed = true;
        await context.close().catch(() => {});
        if (!keepProfile) await rm(userDataDir, { recursive: true, force: true, maxRetries: 3 });
      },
    };
  } catch (e) {
    await context.close().catch(() => {});
    if (!keepProfile) await rm(userDataDir, { recursive: true, force: true, maxRetries: 3 });
    throw e;
  }
}

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

export interface StaticServer {
  /** e.g. http://127.0.0.1:43817 (no trailing slash) */
  url: string;
  close(): Promise<void>;
}

interface FileResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer | string;
}

/** What the static server answers for `pathname` under `base`: the file, or 301/403/404. */
async function fileResponse(base: string, pathname: string): Promise<FileResponse> {
  const text = (status: number, body: string): FileResponse => ({
    status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
    body,
  });
  let file = path.resolve(base, "." + pathname);
  if (file !== base && !file.startsWith(base + path.sep)) return text(403, "forbidden");
  if (pathname.split("/").some((part) => part.startsWith(".") && part.length > 0)) return text(404, "not found");
  try {
    if ((await stat(file)).isDirectory()) {
      if (!pathname.endsWith("/")) return { status: 301, headers: { location: pathname + "/" }, body: "" };
      file = path.join(file, "index.html");
    }
    const body = await readFile(file);
    return {
      status: 200,
      headers: {
        "content-type": contentTypes[path.extname(file)] ?? "application/octet-stream",
        "content-length": String(body.length),
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
      },
      body,
    };
  } catch {
    return text(404, "not found");
  }
}

/** Serves `root` (default: the repository) read-only on 127.0.0.1 at a free port. */
export async function serveStatic(root: string = repoRoot): Promise<StaticServer> {
  const base = path.resolve(root);
  const server = createServer(async (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { "content-type": "text/plain; charset=utf-8" });
      return res.end("method not allowed");
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    } catch {
      res.writeHead(400, { "content-type": "text/plain; charset=utf-8" });
      return res.end("bad request");
    }
    const answer = await fileResponse(base, pathname);
    res.writeHead(answer.status, answer.headers);
    res.end(req.method === "HEAD" ? undefined : answer.body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("static server has no port");
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * The tab id of `page`, a site page our content script runs in. Without the "tabs" permission
 * tabs carry no URL: the page is brought to the front, and the active tab's content script is
 * asked for its origin until it is the page's (a tab that opened meanwhile cannot be taken for it).
 */
export async function tabIdOf(session: ExtensionSession, page: Page): Promise<number> {
  const origin = new URL(page.url()).origin;
  const deadline = Date.now() + 15_000;
  for (;;) {
    await page.bringToFront();
    const id = await session.worker.evaluate(async (want) => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      if (tab?.id === undefined) return null;
      const reply = (await chrome.tabs.sendMessage(tab.id, { type: "draft" }, { frameId: 0 }).catch(() => null)) as { origin?: string } | null;
      return reply?.origin === want ? tab.id : null;
    }, origin);
    if (id !== null) return id;
    if (Date.now() > deadline) throw new Error(`The active tab is not ${page.url()} (no content script there answered with its origin).`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * A host where Receptive is on by default: the tests and `npm start` serve their pages under it,
 * so the extension runs exactly as it would on the real site, through its manifest's own content
 * scripts. The browser never reaches the real host: every request to it is answered from `root`.
 */
export const SITE_HOST = "app.slack.com";

export interface SiteOptions {
  /**
   * Response headers to add to particular files, keyed by their path under the site (say, a
   * Content-Security-Policy for one page). They are added to a file that is found and served,
   * never to an error, and cannot replace the server's own headers.
   */
  headers?: Record<string, Record<string, string>>;
}

/** Answers every request to https://<host>/ in `context` from the files under `root`. */
export async function serveAsSite(
  context: BrowserContext,
  root: string = repoRoot,
  host: string = SITE_HOST,
  options: SiteOptions = {},
): Promise<string> {
  const base = path.resolve(root);
  const extraHeaders = new Map(Object.entries(options.headers ?? {}));
  await context.route(`https://${host}/**`, async (route) => {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(route.request().url()).pathname);
    } catch {
      return route.fulfill({ status: 400, body: "bad request" });
    }
    const answer = await fileResponse(base, pathname);
    const extra = answer.status === 200 ? extraHeaders.get(pathname) : undefined;
    const headers = extra ? { ...lowerCaseKeys(extra), ...answer.headers } : answer.headers;
    await route.fulfill({ status: answer.status, headers, body: answer.body });
  });
  return `https://${host}`;
}

function lowerCaseKeys(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}

/** The demo page's path (built by tests/e2e/fixtures/build.mjs), under serveAsSite or serveStatic. */
export const demoPath = "/dist/fixtures/demo/";

/**
 * A throwaway copy of the built extension for one test: with `e2e-probe.html`, an empty extension
 * page (never shipped) from which tests send messages as the popup does, and manifest changes
 * the test needs (say, a host permission granted at install, where a permission prompt cannot be
 * driven). Returns the copy's directory and a function that deletes it.
 */
export async function extensionCopy(manifestChanges: Record<string, unknown> = {}): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "receptive-copy-"));
  await cp(defaultExtensionDir, dir, { recursive: true });
  await writeFile(path.join(dir, "e2e-probe.html"), '<!doctype html><meta charset="utf-8"><title>probe</title>\n');
  const manifestPath = path.join(dir, "manifest.json");
  const manifest = JSON.parse(await readFile(manifestPath, "utf8")) as Record<string, unknown>;
  await writeFile(manifestPath, JSON.stringify({ ...manifest, ...manifestChanges }, null, 2));
  return { dir, remove: () => rm(dir, { recursive: true, force: true, maxRetries: 3 }) };
}
