// Benchmark of the built extension in real Chromium: what Receptive costs a page and a person
// typing. Run with `node tests/bench/chromium.mjs` (builds dist/ first if dist/chrome is missing).
// Prints a table with PASS/FAIL against each budget and writes tests/bench/chromium-results.json.
// It is a script, not a test: it exits 0 even when a budget fails, unless BENCH_STRICT=1 is set.
//
//   --quick             a few runs of everything (to check the script itself; numbers mean little)
//   --only=load,typing,memory,cold   run only some parts (memory needs typing for its "after typing" rows)
//
// What runs (details next to each part below):
//   two browsers, Debian's Chromium, headless, same flags (tests/e2e/browser.ts): one with
//   dist/chrome loaded (launchWithExtension), one without any extension; both answer
//   https://app.slack.com/ from this repository (serveAsSite), where the manifest's own content
//   script runs. The page is tests/bench/fixtures/heavy-chat.html: 2,000 messages (~16,000
//   elements, ~30,000 DOM nodes), 2 textareas and 2 contenteditables.
//
// Main-thread times come from CDP Performance.getMetrics in thread time (timeDomain
// "threadTicks"), so time the renderer spent descheduled on a busy machine does not count.
// ScriptDuration counts running scripts but not compiling them (checked while writing this: a
// content script that takes 95 ms to compile and 13 ms to run adds ~10 ms to it), so part 1 also
// traces a few loads and reads content.js's own compile + run time from the trace.
import * as esbuild from "esbuild";
import { chromium } from "playwright-core";
import { spawnSync } from "node:child_process";
import { existsSync, statSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");
const argv = process.argv.slice(2);
const QUICK = argv.includes("--quick");
const ONLY = new Set((argv.find((a) => a.startsWith("--only="))?.slice(7) ?? "load,typing,memory,cold").split(","));
const scriptStarted = performance.now();

// ---------------------------------------------------------------------------------------------
// Settings and budgets
// ---------------------------------------------------------------------------------------------

const LOADS = QUICK ? 3 : 20; // per browser, alternating
const IDLE_AFTER_LOAD_MS = 1000;
const TRACED_LOADS = QUICK ? 1 : 4; // extra loads with a CDP trace, to attribute the content script's own time
const ROUNDS = QUICK ? 2 : 12; // typing: bursts per (editor, size) in the extension's browser
const BASELINE_EVERY = 3; // a round in the browser without the extension every 3rd round
const KEY_DELAY_MS = 100; // page.keyboard.type delay: key held 100 ms, so ~10 characters a second
const TAIL_MS = 300; // recording continues this long after the highlight (or the last key)
const HIGHLIGHT_TIMEOUT_MS = 4000;
const LONG_RUN_CHARS = QUICK ? 60 : 6000; // ten minutes of typing at 10 characters a second, compressed (see part 3)
const COLD_REPS = QUICK ? 2 : 6;

const BUDGET = {
  loadScriptingMs: 3,
  loadLongTasks: 0,
  highlightP95Ms: 150,
  typingLongTasks: 0,
  heapAddedMB: 3,
  coldStartMs: 600,
};

const PAGE_PATH = "/tests/bench/fixtures/heavy-chat.html";
const VIEWPORT = { width: 1280, height: 800 };

// ---------------------------------------------------------------------------------------------
// The helper (TypeScript) compiled the way tests/e2e/start.mjs does it, and the build
// ---------------------------------------------------------------------------------------------

if (!existsSync(path.join(root, "dist/chrome/manifest.json")) || !existsSync(path.join(root, "dist/engine.js"))) {
  console.log("dist/chrome or dist/engine.js is missing: running node build.mjs");
  const built = spawnSync(process.execPath, [path.join(root, "build.mjs")], { stdio: "inherit", cwd: root });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

// tests/e2e/browser.ts is TypeScript and Node 20 runs no TypeScript: compile it into
// node_modules/.cache so its imports (playwright-core) resolve, keeping its own location.
const helperSource = path.join(root, "tests/e2e/browser.ts");
const helperOut = path.join(root, "node_modules", ".cache", "receptive-e2e", "browser.mjs");
await esbuild.build({
  entryPoints: [helperSource],
  define: { "import.meta.url": JSON.stringify(pathToFileURL(helperSource).href) },
  outfile: helperOut,
  bundle: true,
  packages: "external",
  platform: "node",
  format: "esm",
  logLevel: "warning",
});
const { launchWithExtension, serveAsSite, chromiumArgs, chromiumPath } = await import(pathToFileURL(helperOut).href);
const engine = await import(pathToFileURL(path.join(root, "dist/engine.js")).href);

// ---------------------------------------------------------------------------------------------
// Statistics and formatting
// ---------------------------------------------------------------------------------------------

function quantile(samples, q) {
  const s = [...samples].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]; // nearest rank
}
function median(samples) {
  const s = [...samples].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}
const sum = (xs) => xs.reduce((a, b) => a + b, 0);
const max = (xs) => (xs.length ? Math.max(...xs) : 0);
const round = (x, d = 2) => (Number.isFinite(x) ? Number(x.toFixed(d)) : x);
const MB = 1024 * 1024;
function fmt(x, digits = 1) {
  if (x === undefined || x === null || Number.isNaN(x)) return "—";
  return typeof x === "number" ? x.toFixed(digits) : String(x);
}
function table(headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join("  ");
  return [line(headers), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const log = (...a) => console.log(`[${((performance.now() - scriptStarted) / 1000).toFixed(0).padStart(3)} s]`, ...a);
// Other work on the machine inflates wall-clock numbers (long tasks, latencies, cold start): the
// 1-minute load average is sampled every 5 s (this script itself accounts for about 1).
const loadSamples = [];
const loadSampler = setInterval(() => loadSamples.push({ t: Math.round((performance.now() - scriptStarted) / 1000), load1: round(os.loadavg()[0], 2) }), 5000);
const partStarted = {};
const startPart = (name) => (partStarted[name] = Math.round((performance.now() - scriptStarted) / 1000));

// ---------------------------------------------------------------------------------------------
// Drafts: a deterministic message (chat sentences, about a quarter of them defensive) pre-filled,
// then short typed bursts, each ending on the keystroke that completes a defensive phrase
// ---------------------------------------------------------------------------------------------

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const SLOTS = {
  name: ["Sam", "Priya", "Jordan", "Maria", "Tom", "Aisha", "Lena", "Marcus"],
  day: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "the weekend"],
  time: ["9:30", "noon", "2:45", "4:30", "6 pm", "8 pm"],
  place: ["the office", "the café on Main Street", "your mum's", "the station", "the gym", "the restaurant"],
  item: ["the groceries", "the dishes", "the car", "the laundry", "the keys", "the rent", "the tickets"],
  topic: ["the dinner", "the comment at the party", "the budget", "the holiday plans", "the deadline", "the move"],
};
const SENTENCES = [
  "The meeting got moved to {day} at {time}, does that still work for you?",
  "I'll pick up {item} on the way home.",
  "The train gets in at {time}, so I should be at {place} by half past.",
  "Let me know if {time} on {day} is better for the call.",
  "{name} said the delivery should arrive on {day} between nine and noon.",
  "Could you check whether {place} is open on {day}?",
  "I booked the table at {place} for {time}.",
  "Thank you for telling me how you felt about {topic}.",
  "I can see why {topic} hurt, and I want to understand it better.",
  "I really enjoyed {day} with you at {place}.",
  "How are you feeling after {day}?",
  "Would it help if I took care of {item} this week?",
  "That's not what I meant about {topic}.",
  "You're overreacting about {topic}.",
  "I was just trying to help with {item}.",
  "I'm sorry you feel that way about {topic}.",
  "It's not a big deal, it was only {item}.",
  "I never said that about {topic}.",
];
const countWords = (s) => s.split(/\s+/).filter(Boolean).length;

/** Paragraphs of about `words` words (the last sentence without its full stop: a burst starts with ". "). */
function makeDraft(words, seed) {
  const rand = mulberry32(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const sentences = [];
  let n = 0;
  while (n < words) {
    const s = pick(SENTENCES).replace(/\{(\w+)\}/g, (_, k) => pick(SLOTS[k]));
    sentences.push(s);
    n += countWords(s);
  }
  const paragraphs = [];
  for (let i = 0; i < sentences.length; ) {
    const k = 2 + Math.floor(rand() * 3);
    paragraphs.push(sentences.slice(i, i + k).join(" "));
    i += k;
  }
  paragraphs[paragraphs.length - 1] = paragraphs.at(-1).replace(/[.?!]$/, "");
  return paragraphs;
}

/** Each typed burst: ". " then a short sentence whose last keystroke completes a defensive phrase. */
const BURSTS = [
  ". Honestly, you're overreacting",
  ". Calm down",
  ". I never said that",
  ". Look, it's not my fault",
  ". Must be nice",
  ". Okay, grow up",
  ". You did that on purpose",
  ". You're being too sensitive",
  ". Don't be so dramatic",
  ". Oh, poor you",
  ". Nobody told me",
  ". How dare you",
  ". That's not true",
  ". You just want to win",
  ". I couldn't help it",
  ". That's not how it happened",
  ". You're being irrational",
  ". It wasn't my fault",
  ". You don't care",
  ". It was just a joke",
  ". Get over it",
  ". You need to relax",
  ". Stop overreacting",
];

/**
 * The bursts for one draft, each checked with dist/engine.js (the engine the service worker runs):
 * no finding may start inside the burst before its last keystroke, and one must after it. A burst
 * that fails (it would be flagged early, or not at all, in this context) is skipped and reported.
 */
function planBursts(paragraphs, joiner, count, offset) {
  const analyzer = engine.createAnalyzer();
  let text = paragraphs.join(joiner);
  const plan = [];
  const rejected = [];
  for (let i = 0; plan.length < count && i < count * 4; i++) {
    const burst = BURSTS[(offset + i) % BURSTS.length];
    const base = text.length;
    const inBurst = (t) => analyzer.analyze(t).findings.filter((f) => f.start >= base + 2);
    let early = false;
    for (let k = 1; k < burst.length && !early; k++) early = inBurst(text + burst.slice(0, k)).length > 0;
    const found = inBurst(text + burst);
    if (early || found.length === 0) {
      rejected.push({ burst, reason: early ? "flagged before its last keystroke" : "not flagged" });
      continue;
    }
    plan.push({ burst, rule: found[0].rule, start: found[0].start });
    text += burst;
  }
  return { plan, rejected, finalText: text };
}

// ---------------------------------------------------------------------------------------------
// In-page instruments, installed before any page script (page.addInitScript) in both browsers
// ---------------------------------------------------------------------------------------------

function instruments() {
  const b = {
    longtasks: [],
    loafs: [],
    lastKey: 0,
    keys: 0,
    frames: null,
    watch: null,
  };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask", buffered: true });
  } catch {}
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        b.loafs.push({
          start: e.startTime,
          duration: e.duration,
          blocking: e.blockingDuration,
          scripts: e.scripts.map((s) => ({ url: s.sourceURL, invoker: s.invoker, duration: s.duration })),
        });
      }
    }).observe({ type: "long-animation-frame", buffered: true });
  } catch {}
  addEventListener("keydown", () => {
    b.lastKey = performance.now();
    b.keys += 1;
  }, true);
  b.startFrames = () => {
    b.frames = [];
    const loop = (t) => {
      if (!b.frames) return;
      b.frames.push(t);
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  };
  b.stopFrames = () => {
    const f = b.frames ?? [];
    b.frames = null;
    return f;
  };
  const shadow = () => document.querySelector("receptive-overlay")?.shadowRoot ?? null;
  const boxes = () => [...(shadow()?.querySelectorAll("[data-receptive-highlight]") ?? [])];
  b.highlightCount = () => boxes().length;
  /** Watches for a highlight box starting after every box drawn now: the next new finding. */
  b.watchNew = () => {
    b.watch?.observer?.disconnect();
    const starts = boxes().map((e) => Number(e.dataset.start));
    const w = { after: starts.length ? Math.max(...starts) : -1, seenAt: null, rule: null, start: null, observer: null };
    const check = () => {
      if (w.seenAt !== null) return;
      for (const e of boxes()) {
        if (Number(e.dataset.start) > w.after) {
          w.seenAt = performance.now();
          w.rule = e.dataset.rule;
          w.start = Number(e.dataset.start);
          return;
        }
      }
    };
    const root = shadow();
    if (root) {
      w.observer = new MutationObserver(check);
      w.observer.observe(root, { subtree: true, childList: true, attributes: true });
    }
    b.watch = w;
    return w.after;
  };
  b.watchResult = () => {
    const w = b.watch;
    w?.observer?.disconnect();
    return w ? { after: w.after, seenAt: w.seenAt, rule: w.rule, start: w.start } : null;
  };
  window.__bench = b;
}

// ---------------------------------------------------------------------------------------------
// Browsers
// ---------------------------------------------------------------------------------------------

const gitHead = spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root, encoding: "utf8" }).stdout?.trim() || "?";
const build = {
  gitHead,
  srcChanged: (spawnSync("git", ["status", "--porcelain", "--", "src", "manifest.json"], { cwd: root, encoding: "utf8" }).stdout ?? "").trim().length > 0,
  distChromeBuiltAt: statSync(path.join(root, "dist/chrome/content.js")).mtime.toISOString(),
  contentJsBytes: statSync(path.join(root, "dist/chrome/content.js")).size,
  backgroundJsBytes: statSync(path.join(root, "dist/chrome/background.js")).size,
};
const machine = {
  cpu: os.cpus()[0]?.model ?? "?",
  cores: os.cpus().length,
  memoryGB: round(os.totalmem() / 1024 ** 3, 1),
  os: `${os.type()} ${os.release()}`,
  node: process.version,
  loadAverageAtStart: os.loadavg().map((x) => round(x, 2)),
};

log("launching Chromium with dist/chrome, and Chromium without extensions");
const ext = await launchWithExtension({ headless: true, viewport: VIEWPORT });
const plainDir = await mkdtemp(path.join(os.tmpdir(), "receptive-bench-plain-"));
// The same flags as launchWithExtension, minus the two that load the extension.
const plain = await chromium.launchPersistentContext(plainDir, {
  executablePath: chromiumPath,
  headless: true,
  viewport: VIEWPORT,
  ignoreDefaultArgs: ["--disable-extensions"],
  args: [...chromiumArgs, "--enable-logging", `--log-file=${path.join(plainDir, "chromium.log")}`],
});
const browsers = { ext: ext.context, plain };
machine.chromium = ext.context.browser()?.version() ?? "?";
const site = await serveAsSite(ext.context, root);
await serveAsSite(plain, root);
const URL_ = `${site}${PAGE_PATH}`;
for (const context of Object.values(browsers)) await context.addInitScript(instruments);

// The extension opens its first-run page at install. Close it: the page under test must be the
// foreground tab (background tabs throttle timers and animation frames).
{
  const deadline = Date.now() + 5000;
  let closed = 0;
  while (Date.now() < deadline && closed === 0) {
    for (const p of ext.context.pages()) {
      if (p.url().includes("first-run.html")) {
        await p.close();
        closed += 1;
      }
    }
    if (closed === 0) await sleep(100);
  }
  machine.firstRunTabClosed = closed > 0;
}

const browserCdp = await ext.context.browser().newBrowserCDPSession();

/**
 * The extension's service worker through the browser's CDP session. Playwright's
 * context.newCDPSession() takes only pages and frames, and a flat attach needs a session id that
 * Playwright's CDPSession cannot send, so this attaches non-flat and talks through
 * Target.sendMessageToTarget. Detaches after each use (an attached debugger keeps a worker alive).
 */
async function serviceWorkerTarget() {
  const { targetInfos } = await browserCdp.send("Target.getTargets");
  return targetInfos.find((t) => t.type === "service_worker" && t.url.startsWith(`chrome-extension://${ext.extensionId}/`)) ?? null;
}
async function withServiceWorker(fn) {
  const target = await serviceWorkerTarget();
  if (!target) return null;
  const { sessionId } = await browserCdp.send("Target.attachToTarget", { targetId: target.targetId, flatten: false });
  let nextId = 1;
  const pending = new Map();
  const onMessage = (e) => {
    if (e.sessionId !== sessionId) return;
    const msg = JSON.parse(e.message);
    if (msg.id && pending.has(msg.id)) {
      pending.get(msg.id)(msg);
      pending.delete(msg.id);
    }
  };
  browserCdp.on("Target.receivedMessageFromTarget", onMessage);
  const send = (method, params = {}) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, (msg) => (msg.error ? reject(new Error(msg.error.message)) : resolve(msg.result)));
      browserCdp.send("Target.sendMessageToTarget", { sessionId, message: JSON.stringify({ id, method, params }) }).catch(reject);
    });
  try {
    return await fn(send);
  } finally {
    browserCdp.off("Target.receivedMessageFromTarget", onMessage);
    await browserCdp.send("Target.detachFromTarget", { sessionId }).catch(() => {});
  }
}
async function serviceWorkerHeap() {
  return withServiceWorker(async (send) => {
    await send("HeapProfiler.collectGarbage");
    const usage = await send("Runtime.getHeapUsage");
    return usage.usedSize;
  });
}

/** JS heap of a page's renderer (its one V8 isolate: the page's world and the content script's). */
async function pageHeap(cdp) {
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("HeapProfiler.collectGarbage");
  const { metrics } = await cdp.send("Performance.getMetrics");
  return metrics.find((m) => m.name === "JSHeapUsedSize").value;
}
const mbOrNull = (bytes) => (bytes == null ? null : round(bytes / MB, 2));
let timeDomain = "threadTicks";
const metricsOf = async (cdp) => Object.fromEntries((await cdp.send("Performance.getMetrics")).metrics.map((m) => [m.name, m.value]));

async function openHeavyPage(context, { trackContexts = false } = {}) {
  const page = await context.newPage();
  await page.bringToFront();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable", { timeDomain: "threadTicks" }).catch(() => {
    timeDomain = "timeTicks (threadTicks refused)";
    return cdp.send("Performance.enable");
  });
  const worlds = [];
  if (trackContexts) {
    cdp.on("Runtime.executionContextCreated", ({ context: c }) => worlds.push({ name: c.name, origin: c.origin, type: c.auxData?.type }));
    await cdp.send("Runtime.enable");
  }
  const t0 = performance.now();
  await page.goto(URL_, { waitUntil: "load" });
  await page.evaluate(() => window.__heavy.ready);
  const loadMs = performance.now() - t0;
  return { page, cdp, worlds, loadMs };
}

const results = {
  generatedAt: new Date().toISOString(),
  machine,
  build,
  page: { path: PAGE_PATH, messages: 2000 },
  notes: [],
};
// The worker as installed, before any analysis (the engine is built on the first one).
results.serviceWorkerHeapAtStartMB = mbOrNull(await serviceWorkerHeap());

// ---------------------------------------------------------------------------------------------
// 1. Page-load cost
// ---------------------------------------------------------------------------------------------

/**
 * Each load: a new tab (foreground), CDP Performance.enable, goto the heavy page, wait for the
 * load event and the page's own 2,000 messages, then 1 s idle; read Performance.getMetrics
 * (ScriptDuration, TaskDuration: cumulative for the tab's renderer since it was created), the
 * long tasks the page's PerformanceObserver saw (registered before any page script), then force
 * two GCs and read JSHeapUsedSize (the idle heap, part 3). The two browsers alternate A B B A.
 */
async function measureLoad(which) {
  const { page, cdp, worlds, loadMs } = await openHeavyPage(browsers[which], { trackContexts: true });
  await page.waitForTimeout(IDLE_AFTER_LOAD_MS);
  const m = await metricsOf(cdp);
  const inPage = await page.evaluate(() => ({
    longtasks: window.__bench.longtasks,
    loafs: window.__bench.loafs.filter((l) => l.blocking > 0).map((l) => ({ duration: l.duration, blocking: l.blocking })),
    nodes: document.getElementsByTagName("*").length,
  }));
  const heap = await pageHeap(cdp);
  const contentScriptRan = worlds.some((w) => w.type === "isolated" && /Receptive/i.test(w.name ?? ""));
  await cdp.detach().catch(() => {});
  await page.close();
  return {
    which,
    loadMs,
    scriptMs: m.ScriptDuration * 1000,
    taskMs: m.TaskDuration * 1000,
    layoutMs: m.LayoutDuration * 1000,
    recalcStyleMs: m.RecalcStyleDuration * 1000,
    longtasks: inPage.longtasks.map((t) => round(t.duration, 1)),
    longtaskStarts: inPage.longtasks.map((t) => round(t.start, 0)),
    heapUsed: heap,
    nodes: inPage.nodes,
    contentScriptRan,
    isolatedWorlds: worlds.filter((w) => w.type === "isolated").map((w) => w.name),
  };
}

/** Events on the page renderer's main thread from a trace, to see the content script's own work. */
function traceAttribution(traceEvents, extensionId) {
  const isExt = (e) => {
    const d = e.args?.data;
    const url = d?.url ?? d?.scriptName ?? d?.fileName ?? "";
    return typeof url === "string" && url.startsWith(`chrome-extension://${extensionId}/`);
  };
  const extEvents = traceEvents.filter((e) => e.ph === "X" && isExt(e));
  if (extEvents.length === 0) return { extensionMs: 0, events: 0, longestTaskWithExtensionMs: 0, tasksWithExtension: 0, byName: {} };
  const { pid, tid } = extEvents[0];
  const mine = extEvents.filter((e) => e.pid === pid && e.tid === tid).sort((a, b) => a.ts - b.ts);
  // Union of the intervals (events nest: FunctionCall inside EventDispatch inside a task...).
  let total = 0;
  let end = -Infinity;
  for (const e of mine) {
    const s = Math.max(e.ts, end);
    const f = e.ts + e.dur;
    if (f > s) total += f - s;
    end = Math.max(end, f);
  }
  const byName = {};
  for (const e of mine) byName[e.name] = round((byName[e.name] ?? 0) + e.dur / 1000, 2);
  // CPU time of the outermost extension events (tdur: thread time), so descheduling does not count.
  const outer = mine.filter((e) => !mine.some((o) => o !== e && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur && (o.ts < e.ts || o.dur > e.dur)));
  const threadMs = round(sum(outer.map((e) => e.tdur ?? e.dur)) / 1000, 2);
  const tasks = traceEvents.filter((e) => e.ph === "X" && e.pid === pid && e.tid === tid && (e.name === "RunTask" || e.name === "ThreadControllerImpl::RunTask"));
  const withExt = tasks.filter((t) => mine.some((e) => e.ts >= t.ts && e.ts < t.ts + t.dur));
  const longTasks = tasks.filter((t) => t.dur > 50_000 && t.name === "RunTask");
  return {
    extensionMs: round(total / 1000, 2),
    extensionThreadMs: threadMs,
    events: mine.length,
    byName,
    tasksWithExtension: new Set(withExt.map((t) => t.ts)).size,
    longestTaskWithExtensionMs: round(max(withExt.map((t) => t.dur)) / 1000, 1),
    longTasksInTrace: longTasks.length,
    longTasksWithExtension: longTasks.filter((t) => mine.some((e) => e.ts >= t.ts && e.ts < t.ts + t.dur)).length,
  };
}

if (ONLY.has("load")) {
  startPart("load");
  log(`1. page loads: ${LOADS} with the extension, ${LOADS} without, alternating`);
  const loads = { ext: [], plain: [] };
  // One warm-up load each (disk cache of Chromium's own resources, V8 code cache): not counted.
  await measureLoad("ext");
  await measureLoad("plain");
  for (let i = 0; i < LOADS; i++) {
    const order = i % 2 === 0 ? ["ext", "plain"] : ["plain", "ext"];
    for (const which of order) loads[which].push(await measureLoad(which));
  }
  const notInjected = loads.ext.filter((l) => !l.contentScriptRan).length;
  if (notInjected > 0) results.notes.push(`${notInjected} loads with the extension showed no Receptive isolated world`);

  // A few more loads with a trace, to attribute: the content script's own main-thread time.
  const traces = [];
  const browser = ext.context.browser();
  for (let i = 0; i < TRACED_LOADS; i++) {
    const page = await ext.context.newPage();
    await page.bringToFront();
    await page.goto("about:blank");
    await browser.startTracing(page, { categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "toplevel", "v8.execute"] });
    await page.goto(URL_, { waitUntil: "load" });
    await page.evaluate(() => window.__heavy.ready);
    await page.waitForTimeout(IDLE_AFTER_LOAD_MS);
    const buffer = await browser.stopTracing();
    traces.push(traceAttribution(JSON.parse(buffer.toString()).traceEvents, ext.extensionId));
    await page.close();
  }

  const med = (which, key) => median(loads[which].map((l) => l[key]));
  const ltCount = (which) => loads[which].map((l) => l.longtasks.length);
  results.load = {
    method:
      "new foreground tab per load; CDP Performance.getMetrics after load + the page's 2,000 messages + 1 s idle (cumulative for the tab's new renderer); longtask PerformanceObserver registered by addInitScript; browsers alternate A B B A; one uncounted warm-up load each",
    loadsPerBrowser: LOADS,
    ext: loads.ext,
    plain: loads.plain,
    medians: {
      scriptMs: { ext: round(med("ext", "scriptMs")), plain: round(med("plain", "scriptMs")) },
      taskMs: { ext: round(med("ext", "taskMs")), plain: round(med("plain", "taskMs")) },
      loadMs: { ext: round(med("ext", "loadMs")), plain: round(med("plain", "loadMs")) },
    },
    addedScriptMs: round(med("ext", "scriptMs") - med("plain", "scriptMs")),
    addedTaskMs: round(med("ext", "taskMs") - med("plain", "taskMs")),
    longTasks: {
      ext: { total: sum(ltCount("ext")), loadsWithAny: ltCount("ext").filter((n) => n > 0).length, longestMs: max(loads.ext.flatMap((l) => l.longtasks)) },
      plain: { total: sum(ltCount("plain")), loadsWithAny: ltCount("plain").filter((n) => n > 0).length, longestMs: max(loads.plain.flatMap((l) => l.longtasks)) },
    },
    traced: traces,
    contentScriptMsTraced: round(median(traces.map((t) => t.extensionMs))),
    contentScriptThreadMsTraced: round(median(traces.map((t) => t.extensionThreadMs))),
  };
  log(`   added scripting ${fmt(results.load.addedScriptMs, 2)} ms (median ${fmt(med("ext", "scriptMs"))} vs ${fmt(med("plain", "scriptMs"))}), content script in trace ${fmt(results.load.contentScriptMsTraced, 2)} ms`);
}

// ---------------------------------------------------------------------------------------------
// 2. Typing
// ---------------------------------------------------------------------------------------------

/**
 * Four tabs per browser, one per (editor, size): the #composer textarea or the #thread-composer
 * contenteditable, holding a 300- or 3,000-word message. Most of the message is pre-filled by
 * script before the box is focused (a textarea's value; a contenteditable's <div> paragraphs);
 * the rest is typed with page.keyboard.type(…, { delay: 100 }) (key held 100 ms: ~10 characters a
 * second) in short bursts, each ending on the keystroke that completes a defensive phrase.
 * Rounds go through the four tabs in turn (each brought to the front before its burst); every
 * BASELINE_EVERY-th round the same bursts are typed in the browser without the extension.
 *
 * Per burst, in the page: performance.now() at the last keydown; a MutationObserver on the
 * overlay's shadow root notes when a highlight box starting after all earlier boxes appears
 * (latency = that minus the last keydown; it includes the 90 ms pause the content script waits);
 * long tasks (PerformanceObserver) and requestAnimationFrame intervals from the first key to
 * TAIL_MS after the highlight (or after the last key without the extension). Around each burst,
 * CDP Performance.getMetrics (thread time) gives the main-thread cost per keystroke: script,
 * layout, style and all tasks, with and without the extension.
 */
const COMBOS = [
  { editor: "textarea", words: 300, selector: "#composer" },
  { editor: "textarea", words: 3000, selector: "#composer" },
  { editor: "contenteditable", words: 300, selector: "#thread-composer" },
  { editor: "contenteditable", words: 3000, selector: "#thread-composer" },
];

async function prefill(page, combo, paragraphs) {
  await page.evaluate(
    ({ selector, editor, paragraphs }) => {
      const field = document.querySelector(selector);
      if (editor === "textarea") field.value = paragraphs.join("\n\n");
      else {
        field.replaceChildren(
          ...paragraphs.map((p) => {
            const div = document.createElement("div");
            div.textContent = p;
            return div;
          }),
        );
      }
    },
    { selector: combo.selector, editor: combo.editor, paragraphs },
  );
}

/** Focus and caret at the very end (and scrolled there), as after typing. */
async function caretToEnd(page, combo) {
  await page.evaluate(({ selector, editor }) => {
    const field = document.querySelector(selector);
    field.focus({ preventScroll: true });
    if (editor === "textarea") field.setSelectionRange(field.value.length, field.value.length);
    else {
      const sel = document.getSelection();
      const range = document.createRange();
      range.selectNodeContents(field);
      range.collapse(false);
      sel.removeAllRanges();
      sel.addRange(range);
    }
    field.scrollTop = field.scrollHeight;
  }, combo);
}

async function waitForQuiet(page, ms = 400, timeout = 8000) {
  // Until the highlight count has not changed for `ms`.
  const deadline = Date.now() + timeout;
  let last = -1;
  let since = Date.now();
  while (Date.now() < deadline) {
    const n = await page.evaluate(() => window.__bench.highlightCount());
    if (n !== last) {
      last = n;
      since = Date.now();
    } else if (Date.now() - since >= ms && n > 0) return n;
    await sleep(50);
  }
  return last;
}

async function typeBurst(tab, step, which) {
  const { page } = tab;
  await page.bringToFront();
  await caretToEnd(page, tab.combo);
  await sleep(200);
  await page.evaluate(() => {
    window.__bench.watchNew();
    window.__bench.startFrames();
    window.__bench.firstKey = null;
  });
  const m0 = await metricsOf(tab.cdp);
  const t0 = await page.evaluate(() => performance.now());
  const wall0 = performance.now();
  await page.keyboard.type(step.burst, { delay: KEY_DELAY_MS });
  const typedMs = performance.now() - wall0;
  if (which === "ext") {
    await page.waitForFunction(() => window.__bench.watch?.seenAt !== null, undefined, { timeout: HIGHLIGHT_TIMEOUT_MS, polling: 20 }).catch(() => {});
  }
  await sleep(TAIL_MS);
  const r = await page.evaluate((t0) => {
    const b = window.__bench;
    const frames = b.stopFrames();
    const w = b.watchResult();
    const end = performance.now();
    const intervals = frames.slice(1).map((t, i) => t - frames[i]);
    return {
      lastKey: b.lastKey,
      watch: w,
      frames: frames.length,
      intervals,
      longtasks: b.longtasks.filter((t) => t.start >= t0 && t.start <= end),
      loafs: b.loafs.filter((l) => l.start >= t0 && l.start <= end && l.blocking > 0),
      windowMs: end - t0,
    };
  }, t0);
  const m1 = await metricsOf(tab.cdp);
  const perKey = (name) => round(((m1[name] - m0[name]) * 1000) / step.burst.length, 3);
  const latency = r.watch?.seenAt != null ? r.watch.seenAt - r.lastKey : null;
  return {
    which,
    editor: tab.combo.editor,
    words: tab.combo.words,
    burst: step.burst,
    expectedRule: step.rule,
    rule: r.watch?.rule ?? null,
    latencyMs: latency === null ? null : round(latency, 1),
    early: latency !== null && latency < 0,
    charsPerSecond: round(step.burst.length / (typedMs / 1000), 2),
    frames: r.frames,
    droppedFrames: r.intervals.filter((d) => d > 33).length,
    longestFrameMs: round(max(r.intervals), 1),
    longtasks: r.longtasks.map((t) => round(t.duration, 1)),
    loafBlockingMs: r.loafs.map((l) => round(l.blocking, 1)),
    windowMs: round(r.windowMs, 0),
    perKeyMs: { script: perKey("ScriptDuration"), layout: perKey("LayoutDuration"), style: perKey("RecalcStyleDuration"), task: perKey("TaskDuration") },
  };
}

/** From a trace of one burst: the extension's main-thread work per keystroke, by what ran it. */
function typingAttribution(traceEvents, extensionId, keys) {
  const isExt = (e) => String(e.args?.data?.url ?? "").startsWith(`chrome-extension://${extensionId}/`);
  const ext = traceEvents.filter((e) => e.ph === "X" && isExt(e));
  if (ext.length === 0) return null;
  const { pid, tid } = ext[0];
  const main = traceEvents.filter((e) => e.ph === "X" && e.pid === pid && e.tid === tid);
  const inside = (e, o) => e.ts >= o.ts && e.ts + e.dur <= o.ts + o.dur;
  const mine = ext.filter((e) => e.pid === pid && e.tid === tid);
  const outer = mine.filter((e) => !mine.some((o) => o !== e && inside(e, o) && (o.ts < e.ts || o.dur > e.dur)));
  const CAUSES = new Set(["EventDispatch", "FireAnimationFrame", "TimerFire", "RunMicrotasks"]);
  const byCause = {};
  for (const e of outer) {
    const cause = main.filter((o) => o !== e && CAUSES.has(o.name) && inside(e, o)).sort((a, b) => a.dur - b.dur)[0];
    const key = cause ? (cause.name === "EventDispatch" ? `event ${cause.args?.data?.type}` : cause.name) : e.name;
    const forced = sum(main.filter((l) => (l.name === "Layout" || l.name === "UpdateLayoutTree") && inside(l, e)).map((l) => l.tdur ?? l.dur));
    const row = (byCause[key] ??= { calls: 0, cpuMsPerKey: 0, forcedLayoutMsPerKey: 0 });
    row.calls += 1;
    row.cpuMsPerKey += (e.tdur ?? e.dur) / 1000 / keys;
    row.forcedLayoutMsPerKey += forced / 1000 / keys;
  }
  for (const row of Object.values(byCause)) {
    row.cpuMsPerKey = round(row.cpuMsPerKey, 2);
    row.forcedLayoutMsPerKey = round(row.forcedLayoutMsPerKey, 2);
  }
  const tasks = main.filter((t) => t.name === "RunTask" && mine.some((e) => inside(e, t)));
  const longest = tasks.sort((a, b) => (b.tdur ?? b.dur) - (a.tdur ?? a.dur))[0];
  return {
    keys,
    extensionCpuMsPerKey: round(sum(outer.map((e) => e.tdur ?? e.dur)) / 1000 / keys, 2),
    byCause,
    tasksWithExtension: tasks.length,
    longestTaskWithExtension: longest ? { cpuMs: round((longest.tdur ?? longest.dur) / 1000, 1), wallMs: round(longest.dur / 1000, 1) } : null,
  };
}

const tabs = { ext: [], plain: [] };
if (ONLY.has("typing")) {
  startPart("typing");
  log(`2. typing: ${ROUNDS} bursts per (editor, size) with the extension; every ${BASELINE_EVERY === 3 ? "3rd" : `${BASELINE_EVERY}th`} round also without`);
  const plans = COMBOS.map((combo, i) => {
    const paragraphs = makeDraft(combo.words, 1000 + i);
    const plan = planBursts(paragraphs, combo.editor === "textarea" ? "\n\n" : "\n", ROUNDS, i * 3);
    return { combo, paragraphs, ...plan };
  });
  for (const p of plans) {
    if (p.plan.length < ROUNDS) throw new Error(`only ${p.plan.length} usable bursts for ${p.combo.editor} ${p.combo.words}`);
    if (p.rejected.length) {
      const unique = [...new Map(p.rejected.map((r) => [r.burst, r])).values()];
      results.notes.push(`${p.combo.editor} ${p.combo.words} words: skipped ${unique.map((r) => `"${r.burst.slice(2)}" (${r.reason})`).join(", ")}`);
    }
  }
  for (const which of ["ext", "plain"]) {
    for (const p of plans) {
      const { page, cdp } = await openHeavyPage(browsers[which]);
      await prefill(page, p.combo, p.paragraphs);
      await caretToEnd(page, p.combo);
      const tab = { page, cdp, combo: p.combo, plan: p.plan, prefilledWords: countWords(p.paragraphs.join(" ")) };
      if (which === "ext") tab.initialHighlights = await waitForQuiet(page);
      tabs[which].push(tab);
    }
  }
  const bursts = [];
  for (let r = 0; r < ROUNDS; r++) {
    // Rotate the starting tab so no combination always follows the same one.
    for (let k = 0; k < COMBOS.length; k++) {
      const i = (k + r) % COMBOS.length;
      bursts.push(await typeBurst(tabs.ext[i], tabs.ext[i].plan[r], "ext"));
      if (r % BASELINE_EVERY === 0) bursts.push(await typeBurst(tabs.plain[i], tabs.plain[i].plan[r], "plain"));
    }
    if (r % 3 === 2 || r === ROUNDS - 1) log(`   round ${r + 1}/${ROUNDS}`);
  }
  const summarize = (list) => {
    const lat = list.map((b) => b.latencyMs).filter((x) => x !== null && x >= 0);
    return {
      bursts: list.length,
      highlighted: lat.length,
      missed: list.filter((b) => b.which === "ext" && b.latencyMs === null).length,
      early: list.filter((b) => b.early).length,
      latencyP50: round(median(lat), 1),
      latencyP95: round(quantile(lat, 0.95), 1),
      latencyMax: round(max(lat), 1),
      longTasks: sum(list.map((b) => b.longtasks.length)),
      longestTaskMs: max(list.flatMap((b) => b.longtasks)),
      frames: sum(list.map((b) => b.frames)),
      droppedFrames: sum(list.map((b) => b.droppedFrames)),
      longestFrameMs: max(list.map((b) => b.longestFrameMs)),
      charsPerSecond: round(median(list.map((b) => b.charsPerSecond)), 2),
      perKeyMs: Object.fromEntries(["script", "layout", "style", "task"].map((k) => [k, round(median(list.map((b) => b.perKeyMs[k])), 2)])),
    };
  };
  const byCombo = {};
  for (const which of ["ext", "plain"]) {
    for (const c of COMBOS) byCombo[`${which} ${c.editor} ${c.words}`] = summarize(bursts.filter((b) => b.which === which && b.editor === c.editor && b.words === c.words));
  }
  const extBursts = bursts.filter((b) => b.which === "ext");
  results.typing = {
    method:
      "most of the message pre-filled by script, then ~20-character bursts typed with page.keyboard.type(delay 100 ms) at ~10 chars/s, each ending on the keystroke that completes a defensive phrase; latency = first highlight box starting after all earlier ones (MutationObserver on the overlay's shadow root) minus the last keydown, both performance.now() in the page; long tasks and rAF intervals (> 33 ms = a dropped frame) from the first key to 300 ms after the highlight",
    combos: plans.map((p, i) => ({
      editor: p.combo.editor,
      words: p.combo.words,
      selector: p.combo.selector,
      prefilledWords: tabs.ext[i]?.prefilledWords,
      typedChars: sum(p.plan.map((s) => s.burst.length)),
      finalWords: countWords(p.finalText),
      initialHighlights: tabs.ext[i]?.initialHighlights,
    })),
    all: summarize(extBursts),
    byEditor: {
      textarea: summarize(extBursts.filter((b) => b.editor === "textarea")),
      contenteditable: summarize(extBursts.filter((b) => b.editor === "contenteditable")),
    },
    bySize: {
      300: summarize(extBursts.filter((b) => b.words === 300)),
      3000: summarize(extBursts.filter((b) => b.words === 3000)),
    },
    byCombo,
    baseline: summarize(bursts.filter((b) => b.which === "plain")),
    bursts,
  };
  // One more burst, traced, in the 3,000-word textarea (the heaviest per keystroke): the CPU time
  // of the longest task holding extension work, and where the extension's time per keystroke goes.
  {
    const tab = tabs.ext[1];
    const { plan } = planBursts([await tab.page.evaluate((s) => document.querySelector(s).value, tab.combo.selector)], "", 1, 7);
    await tab.page.bringToFront();
    await caretToEnd(tab.page, tab.combo);
    await sleep(200);
    const browser = ext.context.browser();
    await browser.startTracing(tab.page, { categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "toplevel", "v8.execute"] });
    await tab.page.keyboard.type(plan[0].burst, { delay: KEY_DELAY_MS });
    await sleep(700);
    const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
    results.typing.tracedBurst = { editor: tab.combo.editor, words: tab.combo.words, burst: plan[0].burst, ...typingAttribution(events, ext.extensionId, plan[0].burst.length) };
  }
  const wrongRule = extBursts.filter((b) => b.rule && b.rule !== b.expectedRule);
  if (wrongRule.length) results.notes.push(`${wrongRule.length} bursts drew a different rule first than the engine in Node predicted: ${JSON.stringify(wrongRule.map((b) => [b.burst, b.expectedRule, b.rule]))}`);
  log(`   highlight p50 ${fmt(results.typing.all.latencyP50)} ms, p95 ${fmt(results.typing.all.latencyP95)} ms; long tasks ${results.typing.all.longTasks}; dropped frames ${results.typing.all.droppedFrames}/${results.typing.all.frames}`);
}

// ---------------------------------------------------------------------------------------------
// 3. Memory
// ---------------------------------------------------------------------------------------------

/**
 * Per tab: JSHeapUsedSize (CDP Performance.getMetrics) after two HeapProfiler.collectGarbage: the
 * heap of the tab's renderer, whose one V8 isolate holds the page's world and the content
 * script's (each tab here gets its own renderer process; checked while writing this: the count
 * of renderer processes grows by one per tab). Idle: the page loads of part 1. After typing: the
 * four typing tabs of part 2 in each browser. Then "ten minutes" of typing: LONG_RUN_CHARS
 * (6,000, ten minutes at 10 characters a second) more characters typed in the 300-word textarea
 * and contenteditable tabs with the extension, two words at a time (keyboard.type, 10 ms between
 * keys) with a 110 ms pause after each pair, so the content script sends each state to the
 * background (about one analysis per 10 characters, ~600 per tab): every keystroke of the ten
 * minutes, in about three. The same tabs without the extension get the same text in one
 * insertText. The service
 * worker's heap: Runtime.getHeapUsage after HeapProfiler.collectGarbage, through the browser CDP
 * session (see withServiceWorker).
 */
async function longRun(tab, chars) {
  const { page } = tab;
  await page.bringToFront();
  await caretToEnd(page, tab.combo);
  const words = "and then I said we could talk about it later tonight if you want ".split(" ");
  let text = "";
  let i = 0;
  let groups = 0;
  const t0 = performance.now();
  while (text.length < chars) {
    const group = `${words[i++ % words.length]} ${words[i++ % words.length]} `;
    await page.keyboard.type(group, { delay: 10 });
    text += group;
    groups += 1;
    await sleep(110);
  }
  return { chars: text.length, groups, seconds: round((performance.now() - t0) / 1000, 1), text };
}

if (ONLY.has("memory")) {
  startPart("memory");
  log("3. memory");
  const memory = { method: "JSHeapUsedSize after 2× HeapProfiler.collectGarbage (page); Runtime.getHeapUsage after collectGarbage (service worker)" };
  if (results.load) {
    const idle = (which) => median(results.load[which].map((l) => l.heapUsed));
    memory.idle = { extMB: round(idle("ext") / MB, 2), plainMB: round(idle("plain") / MB, 2), addedMB: round((idle("ext") - idle("plain")) / MB, 2), loads: LOADS };
  }
  if (tabs.ext.length) {
    memory.afterTyping = [];
    for (let i = 0; i < tabs.ext.length; i++) {
      const e = await pageHeap(tabs.ext[i].cdp);
      const p = await pageHeap(tabs.plain[i].cdp);
      memory.afterTyping.push({ editor: tabs.ext[i].combo.editor, words: tabs.ext[i].combo.words, extMB: round(e / MB, 2), plainMB: round(p / MB, 2), addedMB: round((e - p) / MB, 2) });
    }
    memory.serviceWorkerAfterTypingMB = mbOrNull(await serviceWorkerHeap());
    memory.longRun = [];
    for (const i of [0, 2]) {
      const row = { editor: tabs.ext[i].combo.editor, words: tabs.ext[i].combo.words };
      const before = await pageHeap(tabs.ext[i].cdp);
      row.ext = await longRun(tabs.ext[i], LONG_RUN_CHARS);
      await sleep(500);
      const after = await pageHeap(tabs.ext[i].cdp);
      // The tab without the extension gets the same characters at once (no analysis to wait for there).
      await tabs.plain[i].page.bringToFront();
      await caretToEnd(tabs.plain[i].page, tabs.plain[i].combo);
      await tabs.plain[i].page.keyboard.insertText(row.ext.text);
      await sleep(300);
      const plainAfter = await pageHeap(tabs.plain[i].cdp);
      delete row.ext.text;
      Object.assign(row, {
        extBeforeMB: round(before / MB, 2),
        extAfterMB: round(after / MB, 2),
        extGrowthMB: round((after - before) / MB, 2),
        plainAfterMB: round(plainAfter / MB, 2),
        addedMB: round((after - plainAfter) / MB, 2),
      });
      memory.longRun.push(row);
    }
    memory.serviceWorkerAfterLongRunMB = mbOrNull(await serviceWorkerHeap());
  }
  results.memory = memory;
  log(`   idle added ${fmt(memory.idle?.addedMB, 2)} MB; after typing added ${(memory.afterTyping ?? []).map((r) => fmt(r.addedMB, 2)).join(", ")} MB; service worker ${fmt(memory.serviceWorkerAfterLongRunMB, 2)} MB`);
}

// ---------------------------------------------------------------------------------------------
// 4. Cold start
// ---------------------------------------------------------------------------------------------

/**
 * In the 300-word textarea tab (and, for a larger cold analysis, the 3,000-word one): type a
 * burst but its last character, let it be analysed, stop the service worker (CDP
 * ServiceWorker.stopAllWorkers from the page's session; checked: the worker target is gone from
 * Target.getTargets), then press the last character and time the highlight as in part 2. After
 * each run the new worker's performance.timeOrigin (read through the browser CDP session) splits
 * the time at the worker's start. One more run, not counted, is traced (Chromium's trace events
 * for the service worker) to say where the time goes.
 */
async function stopServiceWorker(cdp) {
  await cdp.send("ServiceWorker.enable");
  await cdp.send("ServiceWorker.stopAllWorkers");
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline) {
    if (!(await serviceWorkerTarget())) return true;
    await sleep(50);
  }
  return false;
}

/** The cold start's steps from a trace, in ms after the last keydown the page dispatched. */
function coldBreakdown(traceEvents) {
  const threadNames = new Map();
  for (const e of traceEvents) if (e.ph === "M" && e.name === "thread_name") threadNames.set(`${e.pid}:${e.tid}`, e.args?.name);
  const on = (e, name) => threadNames.get(`${e.pid}:${e.tid}`) === name;
  const keys = traceEvents.filter((e) => e.name === "EventDispatch" && e.args?.data?.type === "keydown");
  const requested = traceEvents.find((e) => e.name === "ServiceWorkerVersion::StartWorkerRequested");
  if (!keys.length || !requested) return null;
  const key = keys.filter((e) => e.ts <= requested.ts).at(-1) ?? keys.at(-1);
  const at = (ts) => round((ts - key.ts) / 1000, 1);
  const sw = (e) => on(e, "ServiceWorker thread");
  const compile = traceEvents.find((e) => e.name === "v8.compileModule" && sw(e) && String(e.args?.data?.url).endsWith("/background.js"));
  const evaluate = traceEvents.find((e) => e.name === "v8.evaluateModule" && sw(e));
  const finished = traceEvents.find((e) => e.name === "ServiceWorkerVersion::StartWorkerFinished");
  const afterStart = traceEvents.filter((e) => e.ph === "X" && e.name === "RunTask" && sw(e) && finished && e.ts >= finished.ts && e.ts < finished.ts + 2e6);
  const firstMessage = afterStart.sort((a, b) => b.dur - a.dur)[0];
  const gc = firstMessage
    ? sum(traceEvents.filter((e) => e.ph === "X" && sw(e) && /^(MinorGC|MajorGC)$/.test(e.name) && e.ts >= firstMessage.ts && e.ts < firstMessage.ts + firstMessage.dur).map((e) => e.dur)) / 1000
    : null;
  return {
    startRequestedAt: at(requested.ts),
    compileModule: compile ? { at: at(compile.ts), ms: round(compile.dur / 1000, 1) } : null,
    evaluateModule: evaluate ? { at: at(evaluate.ts), ms: round(evaluate.dur / 1000, 1) } : null,
    workerStartedAt: finished ? at(finished.ts) : null,
    firstMessageTask: firstMessage ? { at: at(firstMessage.ts), ms: round(firstMessage.dur / 1000, 1), gcMs: round(gc, 1) } : null,
    answeredAt: firstMessage ? at(firstMessage.ts + firstMessage.dur) : null,
  };
}

if (ONLY.has("cold")) {
  startPart("cold");
  log("4. cold start");
  if (tabs.ext.length === 0) {
    // Without part 2: open the two textarea tabs here.
    for (const i of [0, 1]) {
      const combo = COMBOS[i];
      const paragraphs = makeDraft(combo.words, 1000 + i);
      const { page, cdp } = await openHeavyPage(ext.context);
      await prefill(page, combo, paragraphs);
      await caretToEnd(page, combo);
      await waitForQuiet(page);
      tabs.ext[i] = { page, cdp, combo };
    }
  }
  const cold = {
    method: "burst typed but its last key, analysed; ServiceWorker.stopAllWorkers until the worker target is gone; +300 ms; the last key; highlight as in part 2",
    runs: [],
  };
  const traced = COLD_REPS + 2;
  for (let rep = 0; rep <= traced; rep++) {
    const tab = tabs.ext[rep >= COLD_REPS && rep < traced ? 1 : 0];
    const { page, cdp } = tab;
    await page.bringToFront();
    await caretToEnd(page, tab.combo);
    const text = await page.evaluate((s) => document.querySelector(s).value, tab.combo.selector);
    const { plan } = planBursts([text], "", 1, rep * 5 + 1);
    const burst = plan[0].burst;
    await page.keyboard.type(burst.slice(0, -1), { delay: 20 });
    await sleep(600); // analysed, highlights settled
    const stopped = await stopServiceWorker(cdp);
    await sleep(300);
    if (rep === traced) {
      await ext.context.browser().startTracing(undefined, {
        categories: ["devtools.timeline", "toplevel", "v8.execute", "disabled-by-default-devtools.timeline", "ServiceWorker"],
      });
    }
    await page.evaluate(() => window.__bench.watchNew());
    await page.keyboard.type(burst.slice(-1), { delay: KEY_DELAY_MS });
    await page.waitForFunction(() => window.__bench.watch?.seenAt !== null, undefined, { timeout: 10_000, polling: 10 }).catch(() => {});
    const r = await page.evaluate(() => ({ lastKey: window.__bench.lastKey, w: window.__bench.watchResult(), origin: performance.timeOrigin }));
    const latencyMs = r.w?.seenAt != null ? round(r.w.seenAt - r.lastKey, 1) : null;
    if (rep === traced) {
      await sleep(200);
      const buffer = await ext.context.browser().stopTracing();
      cold.tracedRun = { words: tab.combo.words, burst, stopped, latencyMs, steps: coldBreakdown(JSON.parse(buffer.toString()).traceEvents) };
      break;
    }
    const workerOrigin = await withServiceWorker(async (send) => (await send("Runtime.evaluate", { expression: "performance.timeOrigin", returnByValue: true })).result.value).catch(() => null);
    const keyEpoch = r.origin + r.lastKey;
    cold.runs.push({
      words: tab.combo.words,
      burst,
      stopped,
      latencyMs,
      keyToWorkerStartMs: workerOrigin != null ? round(workerOrigin - keyEpoch, 1) : null,
      workerStartToHighlightMs: workerOrigin != null && r.w?.seenAt != null ? round(r.origin + r.w.seenAt - workerOrigin, 1) : null,
      rule: r.w?.rule ?? null,
    });
    await sleep(300);
  }
  const counted = cold.runs.filter((r) => r.words === 300 && r.stopped && r.latencyMs !== null);
  cold.median300 = round(median(counted.map((r) => r.latencyMs)), 1);
  cold.max300 = round(max(counted.map((r) => r.latencyMs)), 1);
  cold.median3000 = round(median(cold.runs.filter((r) => r.words === 3000 && r.latencyMs !== null).map((r) => r.latencyMs)), 1);
  cold.medianKeyToWorkerStart = round(median(counted.map((r) => r.keyToWorkerStartMs).filter((x) => x !== null)), 1);
  cold.medianWorkerStartToHighlight = round(median(counted.map((r) => r.workerStartToHighlightMs).filter((x) => x !== null)), 1);
  cold.notStopped = cold.runs.filter((r) => !r.stopped).length;
  // A worker that just started and answered one request.
  cold.serviceWorkerHeapAfterColdStartMB = mbOrNull(await serviceWorkerHeap());
  results.cold = cold;
  log(`   cold start median ${fmt(cold.median300)} ms (max ${fmt(cold.max300)}), worker stopped in ${cold.runs.length - cold.notStopped}/${cold.runs.length}`);
}

// ---------------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------------

clearInterval(loadSampler);
results.machineLoad = {
  note: "1-minute load average, sampled every 5 s; this script accounts for about 1 of it",
  maxPerPart: Object.fromEntries(Object.entries(partStarted).map(([name, t], i, all) => {
    const end = all[i + 1]?.[1] ?? Infinity;
    return [name, max(loadSamples.filter((x) => x.t >= t && x.t < end).map((x) => x.load1))];
  })),
  samples: loadSamples,
};
results.extensionErrors = await ext.extensionErrors();
machine.performanceTimeDomain = timeDomain;
await ext.close();
await plain.close().catch(() => {});
await rm(plainDir, { recursive: true, force: true, maxRetries: 3 });
machine.loadAverageAtEnd = os.loadavg().map((x) => round(x, 2));
results.durationSeconds = round((performance.now() - scriptStarted) / 1000, 0);

const verdict = (ok) => (ok === null ? "n/a" : ok ? "PASS" : "FAIL");
const budgets = [];
if (results.load) {
  const l = results.load;
  budgets.push({
    budget: "page load: ScriptDuration added ≤ 3 ms",
    measured: `${fmt(l.addedScriptMs, 2)} ms (median ScriptDuration ${fmt(l.medians.scriptMs.ext)} vs ${fmt(l.medians.scriptMs.plain)}); traced: content.js ${fmt(l.contentScriptMsTraced, 2)} ms wall, ${fmt(l.contentScriptThreadMsTraced, 2)} ms CPU`,
    pass: l.addedScriptMs <= BUDGET.loadScriptingMs,
  });
  budgets.push({
    budget: "page load: content.js compile + run (trace CPU) ≤ 3 ms",
    measured: `median ${fmt(l.contentScriptThreadMsTraced, 2)} ms CPU (${fmt(l.contentScriptMsTraced, 2)} ms wall) over ${l.traced.length} traced loads; ScriptDuration leaves compilation out`,
    pass: l.contentScriptThreadMsTraced <= BUDGET.loadScriptingMs,
  });
  const extLong = l.traced.reduce((a, t) => a + (t.longTasksWithExtension ?? 0), 0);
  budgets.push({
    budget: "page load: no long task from the extension",
    measured: `long tasks with ${l.longTasks.ext.total} (in ${l.longTasks.ext.loadsWithAny} loads) vs without ${l.longTasks.plain.total} (in ${l.longTasks.plain.loadsWithAny}); traced: ${extLong} long tasks containing content-script work, longest task with it ${fmt(max(l.traced.map((t) => t.longestTaskWithExtensionMs)))} ms`,
    pass: extLong === 0 && max(l.traced.map((t) => t.longestTaskWithExtensionMs)) <= 50,
  });
}
if (results.typing) {
  const t = results.typing;
  budgets.push({
    budget: "typing: highlight p95 ≤ 150 ms after the last key",
    measured: `p50 ${fmt(t.all.latencyP50)} ms, p95 ${fmt(t.all.latencyP95)} ms over ${t.all.highlighted} bursts (${t.all.missed} missed, ${t.all.early} early)`,
    pass: t.all.latencyP95 <= BUDGET.highlightP95Ms && t.all.missed === 0,
  });
  budgets.push({
    budget: "typing: no long task (> 50 ms)",
    measured: `${t.all.longTasks} long tasks with (longest ${fmt(t.all.longestTaskMs)} ms), ${t.baseline.longTasks} without; dropped frames ${t.all.droppedFrames}/${t.all.frames} with, ${t.baseline.droppedFrames}/${t.baseline.frames} without`,
    pass: t.all.longTasks === 0,
  });
}
if (results.memory) {
  const m = results.memory;
  const added = [m.idle?.addedMB, ...(m.afterTyping ?? []).map((r) => r.addedMB), ...(m.longRun ?? []).map((r) => r.addedMB)].filter((x) => x !== undefined);
  budgets.push({
    budget: "memory: JS heap added per tab ≤ 3 MB",
    measured: `idle ${fmt(m.idle?.addedMB, 2)} MB, after typing ${(m.afterTyping ?? []).map((r) => fmt(r.addedMB, 2)).join(" / ")} MB, after the long run ${(m.longRun ?? []).map((r) => fmt(r.addedMB, 2)).join(" / ")} MB`,
    pass: added.length ? max(added) <= BUDGET.heapAddedMB : null,
  });
}
if (results.cold) {
  const c = results.cold;
  budgets.push({
    budget: "cold start: first highlight ≤ 600 ms",
    measured: `median ${fmt(c.median300)} ms, max ${fmt(c.max300)} ms over ${c.runs.filter((r) => r.words === 300).length} runs (300 words)`,
    pass: c.median300 <= BUDGET.coldStartMs,
  });
}
results.budgets = budgets.map((b) => ({ ...b, verdict: verdict(b.pass) }));

writeFileSync(path.join(here, "chromium-results.json"), JSON.stringify(results, null, 2) + "\n");

console.log("");
console.log(`Receptive in Chromium ${machine.chromium}, ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, Node ${machine.node}, ${machine.os}`);
console.log(`load average ${machine.loadAverageAtStart.join(" ")} at start, ${machine.loadAverageAtEnd.join(" ")} at end; ${results.durationSeconds} s`);
console.log(`highest 1-minute load average per part: ${Object.entries(results.machineLoad.maxPerPart).map(([k, v]) => `${k} ${fmt(v, 2)}`).join(", ")}`);
if (max(Object.values(results.machineLoad.maxPerPart)) > machine.cores) {
  console.log(`WARNING: other processes were busy during the run (load above ${machine.cores} on ${machine.cores} cores): wall-clock numbers (long tasks, dropped frames, latencies, cold start) are inflated; CPU-time numbers much less so`);
  results.notes.push("machine busy during the run: see machineLoad");
}
console.log(`dist/chrome built ${build.distChromeBuiltAt} (content.js ${build.contentJsBytes} B, background.js ${build.backgroundJsBytes} B), HEAD ${build.gitHead}${build.srcChanged ? ", src/ has uncommitted changes" : ""}`);
if (results.load) {
  const l = results.load;
  console.log("");
  console.log(`1. Page load: ${PAGE_PATH} (${l.ext[0]?.nodes} elements), ${LOADS} loads per browser, alternating; medians`);
  console.log(
    table(
      ["", "ScriptDuration ms", "TaskDuration ms", "load ms", "long tasks (loads)", "longest ms", "JS heap MB"],
      [
        ["with Receptive", fmt(l.medians.scriptMs.ext), fmt(l.medians.taskMs.ext), fmt(l.medians.loadMs.ext, 0), `${l.longTasks.ext.total} (${l.longTasks.ext.loadsWithAny})`, fmt(l.longTasks.ext.longestMs), fmt(results.memory?.idle?.extMB, 2)],
        ["without", fmt(l.medians.scriptMs.plain), fmt(l.medians.taskMs.plain), fmt(l.medians.loadMs.plain, 0), `${l.longTasks.plain.total} (${l.longTasks.plain.loadsWithAny})`, fmt(l.longTasks.plain.longestMs), fmt(results.memory?.idle?.plainMB, 2)],
        ["added", fmt(l.addedScriptMs, 2), fmt(l.addedTaskMs, 2), "", "", "", fmt(results.memory?.idle?.addedMB, 2)],
      ],
    ),
  );
  console.log(
    `   traced loads (${l.traced.length}, with the extension): content.js on the page's main thread ${l.traced.map((t) => fmt(t.extensionMs, 2)).join(", ")} ms wall,` +
      ` ${l.traced.map((t) => fmt(t.extensionThreadMs, 2)).join(", ")} ms CPU (${Object.entries(l.traced[0]?.byName ?? {}).map(([k, v]) => `${k} ${fmt(v, 2)}`).join(", ")});` +
      ` longest task holding it ${l.traced.map((t) => fmt(t.longestTaskWithExtensionMs)).join(", ")} ms`,
  );
}
if (results.typing) {
  const t = results.typing;
  console.log("");
  console.log(`2. Typing: most of each message pre-filled by script, then ${ROUNDS} bursts typed at ~10 chars/s (keyboard.type delay 100 ms), each ending on a defensive phrase`);
  const row = (name, s) => [
    name,
    s.bursts,
    fmt(s.latencyP50),
    fmt(s.latencyP95),
    fmt(s.latencyMax),
    `${s.longTasks}`,
    fmt(s.longestTaskMs),
    `${s.droppedFrames}/${s.frames}`,
    fmt(s.longestFrameMs),
    fmt(s.perKeyMs.script, 2),
    fmt(s.perKeyMs.layout + s.perKeyMs.style, 2),
    fmt(s.perKeyMs.task, 2),
    fmt(s.charsPerSecond),
  ];
  const rows = [];
  for (const c of t.combos) rows.push(row(`${c.editor} ${c.words} words`, t.byCombo[`ext ${c.editor} ${c.words}`]));
  rows.push(row("all, with Receptive", t.all));
  for (const c of t.combos) rows.push(row(`  without: ${c.editor} ${c.words}`, t.byCombo[`plain ${c.editor} ${c.words}`]));
  rows.push(row("all, without", t.baseline));
  console.log(
    table(
      ["", "bursts", "p50 ms", "p95 ms", "max ms", "long tasks", "longest ms", "dropped frames", "worst frame ms", "script/key", "layout+style/key", "tasks/key", "chars/s"],
      rows,
    ),
  );
  console.log("   p50/p95/max: last keydown → highlight box in the overlay (includes the 90 ms pause); */key: main-thread ms per keystroke (CDP thread time, medians of bursts)");
  const tb = t.tracedBurst;
  if (tb) {
    console.log(
      `   traced burst (${tb.editor} ${tb.words} words, "${tb.burst.slice(2)}", not counted): the extension's main-thread CPU ${fmt(tb.extensionCpuMsPerKey, 2)} ms per keystroke = ` +
        Object.entries(tb.byCause)
          .sort((a, b) => b[1].cpuMsPerKey - a[1].cpuMsPerKey)
          .map(([k, v]) => `${k} ${fmt(v.cpuMsPerKey, 2)}${v.forcedLayoutMsPerKey > 0.05 ? ` (layout it forced ${fmt(v.forcedLayoutMsPerKey, 2)})` : ""} [${v.calls} calls]`)
          .join(", ") +
        `; longest task holding extension work ${fmt(tb.longestTaskWithExtension?.cpuMs)} ms CPU (${fmt(tb.longestTaskWithExtension?.wallMs)} ms wall)`,
    );
  }
  console.log(`   prefilled/typed: ${t.combos.map((c) => `${c.editor} ${c.words}: ${c.prefilledWords} words + ${c.typedChars} chars typed`).join("; ")}`);
}
if (results.memory) {
  const m = results.memory;
  console.log("");
  console.log("3. Memory: JS heap per tab after GC (MB)");
  const rows = [];
  if (m.idle) rows.push([`idle after load (median of ${m.idle.loads})`, fmt(m.idle.extMB, 2), fmt(m.idle.plainMB, 2), fmt(m.idle.addedMB, 2)]);
  for (const r of m.afterTyping ?? []) rows.push([`after typing: ${r.editor} ${r.words}`, fmt(r.extMB, 2), fmt(r.plainMB, 2), fmt(r.addedMB, 2)]);
  for (const r of m.longRun ?? []) rows.push([`after +${r.ext.chars} chars (${r.ext.seconds} s): ${r.editor} ${r.words}`, fmt(r.extAfterMB, 2), fmt(r.plainAfterMB, 2), `${fmt(r.addedMB, 2)} (grew ${fmt(r.extGrowthMB, 2)})`]);
  console.log(table(["", "with", "without", "added"], rows));
  const lr = m.longRun?.[0]?.ext;
  if (lr) console.log(`   the long run is "ten minutes" of typing (6,000 keystrokes at 10/s), compressed: ${lr.chars} keystrokes in ${lr.groups} two-word groups, each followed by a 110 ms pause (one analysis each), in ~${fmt(lr.seconds, 0)} s per tab`);
  console.log(
    `   service worker heap after GC: at install, no analysis yet ${fmt(results.serviceWorkerHeapAtStartMB, 2)} MB; after typing ${fmt(m.serviceWorkerAfterTypingMB, 2)} MB; after the long run ${fmt(m.serviceWorkerAfterLongRunMB, 2)} MB; restarted with one analysis ${fmt(results.cold?.serviceWorkerHeapAfterColdStartMB, 2)} MB`,
  );
}
if (results.cold) {
  const c = results.cold;
  console.log("");
  console.log("4. Cold start: service worker stopped, then the keystroke that completes a phrase");
  console.log(
    table(
      ["run", "words", "stopped", "latency ms", "key → worker start ms", "worker start → highlight ms", "rule"],
      c.runs.map((r, i) => [i + 1, r.words, r.stopped ? "yes" : "NO", fmt(r.latencyMs), fmt(r.keyToWorkerStartMs), fmt(r.workerStartToHighlightMs), r.rule ?? "—"]),
    ),
  );
  const t = c.tracedRun;
  if (t?.steps) {
    const s = t.steps;
    console.log(
      `   traced run (${t.words} words, not counted; tracing slows it): highlight at ${fmt(t.latencyMs)} ms after the key. Worker start requested at ${fmt(s.startRequestedAt)} ms` +
        ` (the 90 ms pause, then the message); background.js compiled at ${fmt(s.compileModule?.at)} ms in ${fmt(s.compileModule?.ms)} ms,` +
        ` evaluated in ${fmt(s.evaluateModule?.ms)} ms; worker started at ${fmt(s.workerStartedAt)} ms; first message (settings, building the analyzer, the analysis)` +
        ` ${fmt(s.firstMessageTask?.ms)} ms in one task (${fmt(s.firstMessageTask?.gcMs)} ms of it GC), answered at ${fmt(s.answeredAt)} ms; the rest is the reply and the redraw`,
    );
  }
}
console.log("");
console.log("Budgets");
console.log(table(["budget", "verdict", "measured"], results.budgets.map((b) => [b.budget, b.verdict, b.measured])));
if (results.notes.length) console.log(`\nNotes:\n  ${results.notes.join("\n  ")}`);
if (results.extensionErrors.length) console.log(`\nExtension errors:\n  ${results.extensionErrors.join("\n  ")}`);
console.log(`\nwrote ${path.relative(process.cwd(), path.join(here, "chromium-results.json"))}`);
if (process.env.BENCH_STRICT === "1" && results.budgets.some((b) => b.verdict === "FAIL")) process.exit(1);
