import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { afterRemoval, REMOVAL_WINDOW_MS, REMOVALS_TO_GIVE_UP } from "../../src/content/removal-budget";

/** Feeds removals at `times` in order; the index of the one that gave up, or -1. */
function giveUpAt(times: readonly number[]): number {
  let removals: number[] = [];
  for (const [i, now] of times.entries()) {
    const next = afterRemoval(removals, now);
    if (next.giveUp) return i;
    removals = next.removals;
  }
  return -1;
}

describe("the overlay's removal budget", () => {
  it("gives up on the third removal within ten seconds", () => {
    expect(REMOVALS_TO_GIVE_UP).toBe(3);
    expect(REMOVAL_WINDOW_MS).toBe(10_000);
    expect(giveUpAt([1_000, 1_050, 1_100])).toBe(2);
    expect(giveUpAt([0, 4_000, 9_999])).toBe(2);
  });

  it("puts the overlay back for a page that re-renders now and then", () => {
    // A page replacing its document every six seconds: never more than two in any ten seconds.
    expect(giveUpAt(Array.from({ length: 100 }, (_, i) => i * 6_000))).toBe(-1);
    // A removal exactly ten seconds old no longer counts.
    expect(giveUpAt([0, 5_000, 10_000])).toBe(-1);
    expect(giveUpAt([0, 5_000, 10_000, 14_999])).toBe(3);
  });

  it("keeps only the removals inside the window, oldest first", () => {
    expect(afterRemoval([1_000, 8_000, 12_000], 15_000)).toEqual({ removals: [8_000, 12_000, 15_000], giveUp: true });
    expect(afterRemoval([1_000, 2_000], 30_000)).toEqual({ removals: [30_000], giveUp: false });
    const before = [5_000];
    afterRemoval(before, 6_000);
    expect(before).toEqual([5_000]);
  });

  it("gives up exactly when some ten seconds hold three removals", () => {
    // Gaps at and around the window's edges as well as anywhere.
    const gapMs = fc.oneof(fc.integer({ min: 0, max: 20_000 }), fc.constantFrom(0, 4_999, 5_000, 5_001, 9_999, 10_000, 10_001));
    fc.assert(
      fc.property(fc.array(gapMs, { maxLength: 12 }), (gaps) => {
        const times: number[] = [];
        let t = 0;
        for (const gap of gaps) times.push((t += gap));
        // Independently: the first removal with two others in the ten seconds before it.
        const expected = times.findIndex((now, i) => i >= 2 && now - times[i - 2]! < REMOVAL_WINDOW_MS);
        expect(giveUpAt(times)).toBe(expected);
      }),
      { numRuns: 2_000 },
    );
  });
});
