/**
 * Counts the practice events content scripts report into the weekly progress in storage.local,
 * and leaves a repair offer when a draft was sent anyway. Events often come in bursts (a draft
 * checked and its findings shown in the same moment, from several frames): each one is a
 * read-modify-write, and they run one after another so none is lost. Erasing runs in the same
 * line, so a count that was read before an erase cannot be written back after it.
 */
import type { PracticeEvent } from "../shared/messages";
import { parseProgress, PROGRESS_KEY, recordPractice } from "../shared/progress";
import { REPAIR_OFFER_KEY, type RepairOffer } from "../shared/repair";
import type { Settings } from "../shared/settings";

/** The part of a storage area the recorder uses (storage.local, or a fake in tests). */
export interface PracticeStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export interface ProgressRecorderOptions {
  storage: PracticeStorage;
  /** The current settings; read for each event, so turning progress off stops the next count. */
  settings(): Promise<Pick<Settings, "progress" | "repairOffers">>;
  now?(): number;
}

export interface ProgressRecorder {
  /** Counts one event; resolves once it is stored (rejects if storing failed). */
  record(event: PracticeEvent): Promise<void>;
  /** Removes every count, after the events already waiting are stored. */
  erase(): Promise<void>;
}

export function createProgressRecorder({ storage, settings, now = Date.now }: ProgressRecorderOptions): ProgressRecorder {
  let queue: Promise<unknown> = Promise.resolve();
  /** Runs `work` after everything queued before it, whether that succeeded or not. */
  const inLine = (work: () => Promise<void>): Promise<void> => {
    const run = queue.then(work);
    queue = run.catch(() => {});
    return run;
  };
  const record = (event: PracticeEvent) =>
    inLine(async () => {
      const { progress: counting, repairOffers } = await settings();
      const time = now();
      const items: Record<string, unknown> = {};
      if (counting) {
        const stored = await storage.get(PROGRESS_KEY);
        // A corrupted store reads as what fits of it, so the new count starts from that.
        const { progress } = parseProgress(stored[PROGRESS_KEY]);
        const next = recordPractice(progress, event, time);
        if (next !== progress) items[PROGRESS_KEY] = next;
      }
      if (event.kind === "pauseSentAnyway" && repairOffers) items[REPAIR_OFFER_KEY] = { at: time } satisfies RepairOffer;
      if (Object.keys(items).length > 0) await storage.set(items);
    });
  return { record, erase: () => inLine(() => storage.remove(PROGRESS_KEY)) };
}
