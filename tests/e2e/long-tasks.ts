/**
 * Which of a page's long tasks the extension caused. The page counts its long tasks itself
 * (PerformanceObserver "longtask", buffered: see fixtures/pages/hostile-common.js), but a long
 * task does not say whose script ran in it, and on a shared machine any task can run long. So the
 * browser is traced meanwhile (its tasks, and V8's samples of the running scripts, on one clock),
 * and each long task the page saw is matched to its traced task. The extension caused it when the
 * task did at least 50 ms of work (thread CPU time: on a machine shared with other browsers, most
 * long tasks are long because the thread waited for a core, and those are nobody's) and would
 * have stayed under 50 ms without the time spent in the extension's own scripts.
 *
 * One task is set apart: the content script's start, where the browser also builds the extension
 * API objects for the script's world (`chrome`, whose lazy getters do work of their own). It takes
 * 3-10 ms on an idle machine, once per page; on a machine shared with other browsers it has been
 * seen to stretch past 50 ms, with nothing of ours to blame but being there. It is reported, not
 * counted as caused.
 *
 * Only one trace can run at a time in a browser. No vitest imports here.
 */
import type { Browser, Page } from "playwright-core";

/** The Long Tasks API's threshold. */
export const LONG_TASK_MS = 50;

export interface AttributedLongTask {
  /** performance.now() in the page when the task started, and its length, as the page saw them. */
  start: number;
  duration: number;
  /** The task's thread CPU time: its work, without the time it waited for a core. */
  cpuMs: number;
  /** Time sampled inside the extension's scripts (and what they called) during the task. */
  extensionMs: number;
  /** The task would have been shorter than LONG_TASK_MS without the extension's share. */
  causedByExtension: boolean;
  /** The task was not found in the trace: it cannot be told apart, so it counts as ours. */
  unmatched?: true;
  /** The task in which the content script started (see above). */
  scriptStart?: true;
}

export interface TaskReport {
  /** Every long task the page observed while traced. */
  longTasks: AttributedLongTask[];
  /** The long tasks the extension caused (unmatched ones included). */
  causedByExtension: AttributedLongTask[];
  /** Main-thread time sampled in the extension's scripts over the whole trace. */
  extensionMs: number;
  /** The task in which the content script started, and the extension's time in it; null if none. */
  scriptStart: { duration: number; cpuMs: number; extensionMs: number } | null;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread CPU time, where the event has one. */
  tdur?: number;
  id?: string;
  args?: { data?: Record<string, unknown> };
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url?: string };
}

// Tasks; the clock mark; V8's samples; and "v8.run", which marks where a script is evaluated.
const CATEGORIES = ["toplevel", "blink.user_timing", "disabled-by-default-v8.cpu_profiler", "v8"];
const CLOCK_MARK = "receptive-trace-clock";

/** The browser being traced, if a trace is running. */
let traced: Browser | null = null;

/** Starts tracing the browser `page` lives in. Start before the page loads to see its whole life. */
export async function startTaskTrace(page: Page): Promise<void> {
  const browser = page.context().browser();
  if (!browser) throw new Error("no browser to trace");
  await browser.startTracing(page, { categories: CATEGORIES });
  traced = browser;
}

/** Stops a trace left running (by a test that failed before it could stop it), discarding it. */
export async function abandonTaskTrace(): Promise<void> {
  const browser = traced;
  traced = null;
  await browser?.stopTracing().catch(() => undefined);
}

/**
 * Stops the trace and attributes the long tasks the page recorded in `window.__record.longTasks`
 * (start and duration in page milliseconds). `extensionUrl` is the extension's origin, e.g.
 * `chrome-extension://<id>/`.
 */
export async function stopTaskTrace(page: Page, extensionUrl: string): Promise<TaskReport> {
  // The page's clock in the trace: a mark's trace timestamp against its performance.now().
  const clock = await page.evaluate((name) => performance.mark(name).startTime, CLOCK_MARK);
  // Long-task entries reach observers a moment after their task ends.
  await page.evaluate(() => new Promise((done) => setTimeout(done, 100)));
  const observed = await page.evaluate(
    () => (window as unknown as { __record: { longTasks: { start: number; duration: number }[] } }).__record.longTasks,
  );
  const browser = page.context().browser()!;
  traced = null;
  const raw = JSON.parse((await browser.stopTracing()).toString("utf8")) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(raw) ? raw : (raw.traceEvents ?? []);

  const mark = events.find((e) => e.name === CLOCK_MARK);
  if (!mark) throw new Error("the page's clock mark is not in the trace");
  const { pid, tid } = mark;
  const offsetMs = mark.ts / 1000 - clock;

  const tasks = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === "X" && e.name === "ThreadControllerImpl::RunTask" && e.dur !== undefined)
    .map((e) => ({ from: e.ts, to: e.ts + e.dur!, cpu: e.tdur ?? e.dur! }));
  const samples = extensionSamples(events, pid, tid, extensionUrl);
  const extensionIn = (from: number, to: number) =>
    samples.reduce((sum, s) => (s.at >= from && s.at <= to ? sum + s.ms : sum), 0);

  const run = events.find(
    (e) => e.pid === pid && e.tid === tid && e.name === "v8.run" && String((e.args as { fileName?: string } | undefined)?.fileName).startsWith(extensionUrl),
  );
  const startTask = run ? tasks.find((t) => run.ts >= t.from && run.ts <= t.to) : undefined;

  const longTasks = observed.map((entry): AttributedLongTask => {
    const from = (entry.start + offsetMs) * 1000;
    // Entries are rounded to the millisecond; the traced task starts within a few of them.
    const task = tasks
      .filter((t) => Math.abs(t.from - from) < 3_000 && t.to - t.from >= (entry.duration - 3) * 1000)
      .sort((a, b) => Math.abs(a.from - from) - Math.abs(b.from - from))[0];
    if (!task) return { ...entry, cpuMs: NaN, extensionMs: 0, causedByExtension: true, unmatched: true };
    const cpuMs = round(task.cpu / 1000);
    const extensionMs = round(extensionIn(task.from, task.to));
    if (task === startTask) return { ...entry, cpuMs, extensionMs, causedByExtension: false, scriptStart: true };
    const worked = cpuMs >= LONG_TASK_MS;
    return { ...entry, cpuMs, extensionMs, causedByExtension: worked && entry.duration - extensionMs < LONG_TASK_MS };
  });
  return {
    longTasks,
    causedByExtension: longTasks.filter((t) => t.causedByExtension),
    extensionMs: round(samples.reduce((sum, s) => sum + s.ms, 0)),
    scriptStart: startTask
      ? {
          duration: round((startTask.to - startTask.from) / 1000),
          cpuMs: round(startTask.cpu / 1000),
          extensionMs: round(extensionIn(startTask.from, startTask.to)),
        }
      : null,
  };
}

/** V8's samples on the page's main thread whose stack holds an extension script: when, and for how long. */
function extensionSamples(events: TraceEvent[], pid: number, tid: number, extensionUrl: string): { at: number; ms: number }[] {
  const out: { at: number; ms: number }[] = [];
  for (const profile of events.filter((e) => e.name === "Profile" && e.pid === pid && e.tid === tid)) {
    let time = Number(profile.args?.data?.startTime ?? profile.ts);
    const nodes = new Map<number, ProfileNode>();
    let previous: number | null = null;
    // The chunks come from V8's sampler thread, tied to the profile by its id.
    for (const chunk of events.filter((e) => e.name === "ProfileChunk" && e.pid === pid && e.id === profile.id)) {
      const data = chunk.args?.data as { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] } | undefined;
      for (const node of data?.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
      const ids = data?.cpuProfile?.samples ?? [];
      const deltas = data?.timeDeltas ?? [];
      ids.forEach((id, i) => {
        time += deltas[i] ?? 0;
        if (previous !== null && inExtension(nodes, id, extensionUrl)) out.push({ at: time, ms: (time - previous) / 1000 });
        previous = time;
      });
    }
  }
  return out;
}

function inExtension(nodes: Map<number, ProfileNode>, id: number, extensionUrl: string): boolean {
  for (let node = nodes.get(id); node; node = node.parent === undefined ? undefined : nodes.get(node.parent)) {
    if (node.callFrame.url?.startsWith(extensionUrl)) return true;
  }
  return false;
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
