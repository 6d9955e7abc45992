import { describe, expect, it } from "vitest";
import { createProgressRecorder, type PracticeStorage } from "../../src/background/progress-store";
import type { PracticeEvent } from "../../src/shared/messages";
import { emptyWeek, parseProgress, PROGRESS_KEY, recordPractice, emptyProgress, weekKey } from "../../src/shared/progress";
import { REPAIR_OFFER_KEY } from "../../src/shared/repair";

const NOW = new Date(2026, 10, 25, 12).getTime();
const WEEK = weekKey(NOW)!;

/**
 * storage.local as the browser gives it: values are copied in and out, and every call yields to
 * the event loop, so two unserialised read-modify-writes would interleave and lose a count.
 */
class FakeStorage implements PracticeStorage {
  data: Record<string, unknown> = {};
  sets = 0;
  failNextSet: Error | null = null;

  async get(key: string): Promise<Record<string, unknown>> {
    await new Promise((r) => setTimeout(r, Math.random() * 2));
    return Object.hasOwn(this.data, key) ? { [key]: structuredClone(this.data[key]) } : {};
  }

  async set(items: Record<string, unknown>): Promise<void> {
    await new Promise((r) => setTimeout(r, Math.random() * 2));
    if (this.failNextSet) {
      const e = this.failNextSet;
      this.failNextSet = null;
      throw e;
    }
    this.sets += 1;
    Object.assign(this.data, structuredClone(items));
  }

  async remove(key: string): Promise<void> {
    await new Promise((r) => setTimeout(r, Math.random() * 2));
    delete this.data[key];
  }
}

function recorder(storage: FakeStorage, settings: { progress: boolean; repairOffers: boolean } = { progress: true, repairOffers: true }, now = () => NOW) {
  return createProgressRecorder({ storage, settings: async () => settings, now }).record;
}

describe("createProgressRecorder", () => {
  it("counts many events arriving together exactly, losing none", async () => {
    const storage = new FakeStorage();
    const record = recorder(storage);
    const events: PracticeEvent[] = [];
    for (let i = 0; i < 40; i += 1) {
      events.push({ kind: "draftChecked" }, { kind: "findingsShown", count: (i % 3) + 1 }, { kind: "suggestionApplied" });
      if (i % 4 === 0) events.push({ kind: "pauseShown" }, { kind: "pauseEdited" });
      if (i % 8 === 0) events.push({ kind: "pauseApplied" });
    }
    await Promise.all(events.map((e) => record(e)));
    const { progress, problems } = parseProgress(storage.data[PROGRESS_KEY]);
    expect(problems).toEqual([]);
    expect(progress.weeks).toEqual({
      [WEEK]: {
        draftsChecked: 40,
        findings: 80 - 1,
        suggestionsApplied: 40,
        pausesShown: 10,
        afterPause: { edited: 10, applied: 5, sentAnyway: 0 },
      },
    });
  });

  it("adds to what is stored, read afresh for each event", async () => {
    const storage = new FakeStorage();
    storage.data[PROGRESS_KEY] = recordPractice(emptyProgress(), { kind: "draftChecked" }, NOW);
    const record = recorder(storage);
    await record({ kind: "draftChecked" });
    // Another writer (an options page erasing) between two events: the next count starts from that.
    delete storage.data[PROGRESS_KEY];
    await record({ kind: "draftChecked" });
    expect(parseProgress(storage.data[PROGRESS_KEY]).progress.weeks[WEEK]!.draftsChecked).toBe(1);
  });

  it("starts again from what fits of a corrupted store", async () => {
    const storage = new FakeStorage();
    storage.data[PROGRESS_KEY] = { version: 1, weeks: { [WEEK]: { draftsChecked: "many" }, "2026-W40": { ...emptyWeek(), findings: 3 } } };
    await recorder(storage)({ kind: "pauseShown" });
    expect(parseProgress(storage.data[PROGRESS_KEY])).toEqual({
      progress: { version: 1, weeks: { "2026-W40": { ...emptyWeek(), findings: 3 }, [WEEK]: { ...emptyWeek(), pausesShown: 1 } } },
      problems: [],
    });
    storage.data[PROGRESS_KEY] = "garbage";
    await recorder(storage)({ kind: "draftChecked" });
    expect(parseProgress(storage.data[PROGRESS_KEY]).progress.weeks).toEqual({ [WEEK]: { ...emptyWeek(), draftsChecked: 1 } });
  });

  it("stores nothing while progress is off, and reads the setting for each event", async () => {
    const storage = new FakeStorage();
    const settings = { progress: false, repairOffers: false };
    const record = recorder(storage, settings);
    await Promise.all([record({ kind: "draftChecked" }), record({ kind: "pauseSentAnyway" })]);
    expect(storage.data).toEqual({});
    expect(storage.sets).toBe(0);
    settings.progress = true;
    await record({ kind: "draftChecked" });
    expect(Object.keys(storage.data)).toEqual([PROGRESS_KEY]);
  });

  it("leaves a repair offer with the time only when a draft was sent anyway and offers are on", async () => {
    const storage = new FakeStorage();
    const settings = { progress: true, repairOffers: true };
    let now = NOW;
    const record = recorder(storage, settings, () => now);
    for (const kind of ["draftChecked", "pauseShown", "pauseEdited", "pauseApplied", "suggestionApplied"] as const) await record({ kind });
    expect(storage.data[REPAIR_OFFER_KEY]).toBeUndefined();
    await record({ kind: "pauseSentAnyway" });
    expect(storage.data[REPAIR_OFFER_KEY]).toEqual({ at: NOW });
    now += 60_000;
    await record({ kind: "pauseSentAnyway" });
    expect(storage.data[REPAIR_OFFER_KEY]).toEqual({ at: NOW + 60_000 });
    // Offers off: the count still goes in, the offer is left as it was.
    settings.repairOffers = false;
    delete storage.data[REPAIR_OFFER_KEY];
    await record({ kind: "pauseSentAnyway" });
    expect(storage.data[REPAIR_OFFER_KEY]).toBeUndefined();
    expect(parseProgress(storage.data[PROGRESS_KEY]).progress.weeks[WEEK]!.afterPause.sentAnyway).toBe(3);
  });

  it("leaves a repair offer while progress is off, in the same write as the count when it is on", async () => {
    const storage = new FakeStorage();
    await recorder(storage, { progress: false, repairOffers: true })({ kind: "pauseSentAnyway" });
    expect(storage.data).toEqual({ [REPAIR_OFFER_KEY]: { at: NOW } });
    const both = new FakeStorage();
    await recorder(both)({ kind: "pauseSentAnyway" });
    expect(both.sets).toBe(1);
    expect(Object.keys(both.data).sort()).toEqual([PROGRESS_KEY, REPAIR_OFFER_KEY].sort());
  });

  it("rejects the event whose write failed and goes on with the next", async () => {
    const storage = new FakeStorage();
    const record = recorder(storage);
    storage.failNextSet = new Error("QUOTA_BYTES quota exceeded");
    const first = record({ kind: "draftChecked" });
    const second = record({ kind: "draftChecked" });
    await expect(first).rejects.toThrow("quota");
    await expect(second).resolves.toBeUndefined();
    expect(parseProgress(storage.data[PROGRESS_KEY]).progress.weeks[WEEK]!.draftsChecked).toBe(1);
  });

  it("goes on after a settings read that failed", async () => {
    const storage = new FakeStorage();
    let fail = true;
    const { record } = createProgressRecorder({
      storage,
      settings: async () => {
        if (fail) {
          fail = false;
          throw new Error("settings unreadable");
        }
        return { progress: true, repairOffers: true };
      },
      now: () => NOW,
    });
    await expect(record({ kind: "draftChecked" })).rejects.toThrow("settings unreadable");
    await record({ kind: "draftChecked" });
    expect(parseProgress(storage.data[PROGRESS_KEY]).progress.weeks[WEEK]!.draftsChecked).toBe(1);
  });

  it("erases in line: what was counted before the erase is gone, what comes after it counts", async () => {
    const storage = new FakeStorage();
    const progress = createProgressRecorder({ storage, settings: async () => ({ progress: true, repairOffers: true }), now: () => NOW });
    const before = Array.from({ length: 30 }, () => progress.record({ kind: "draftChecked" }));
    const erased = progress.erase();
    const after = Array.from({ length: 7 }, () => progress.record({ kind: "suggestionApplied" }));
    await Promise.all([...before, erased, ...after]);
    const week = parseProgress(storage.data[PROGRESS_KEY]).progress.weeks[WEEK]!;
    expect(week.draftsChecked).toBe(0);
    expect(week.suggestionsApplied).toBe(7);
    // Erasing with nothing waiting leaves nothing.
    await progress.erase();
    expect(storage.data).not.toHaveProperty(PROGRESS_KEY);
  });
});
