import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PRACTICE_KINDS, type PracticeEvent } from "../../src/shared/messages";
import {
  CSV_HEADER,
  emptyProgress,
  emptyWeek,
  EXPORT_FORMAT,
  hasProgress,
  lastWeeks,
  MAX_WEEKS,
  parseProgress,
  parseWeekKey,
  progressToCsv,
  progressToJson,
  PROGRESS_VERSION,
  recordPractice,
  storedWeeks,
  totals,
  weekKey,
  weeksInYear,
  weekStart,
  type Progress,
  type WeekCounts,
} from "../../src/shared/progress";

/** Noon on a local calendar date (month 1-12), as the person's clock would give it. */
function on(year: number, month: number, day: number, hour = 12): number {
  return new Date(year, month - 1, day, hour).getTime();
}

/** The ISO week by the textbook ordinal-date formula, independent of the implementation's Thursday rule. */
function referenceWeek(year: number, month: number, day: number): string {
  const ordinal = Math.round((Date.UTC(year, month - 1, day) - Date.UTC(year, 0, 1)) / 86_400_000) + 1;
  const weekday = ((new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7) + 1;
  const weeks = (y: number) => {
    const p = (x: number) => (x + Math.floor(x / 4) - Math.floor(x / 100) + Math.floor(x / 400)) % 7;
    return p(y) === 4 || p(y - 1) === 3 ? 53 : 52;
  };
  let week = Math.floor((ordinal - weekday + 10) / 7);
  let isoYear = year;
  if (week < 1) {
    isoYear = year - 1;
    week = weeks(isoYear);
  } else if (week > weeks(year)) {
    isoYear = year + 1;
    week = 1;
  }
  return `${isoYear}-W${String(week).padStart(2, "0")}`;
}

const ALL_EVENTS: PracticeEvent[] = [
  { kind: "draftChecked" },
  { kind: "findingsShown", count: 3 },
  { kind: "suggestionApplied" },
  { kind: "pauseShown" },
  { kind: "pauseEdited" },
  { kind: "pauseApplied" },
  { kind: "pauseSentAnyway" },
];

const eventArb: fc.Arbitrary<PracticeEvent> = fc.oneof(
  fc.constantFrom<PracticeEvent>(...ALL_EVENTS.filter((e) => e.kind !== "findingsShown")),
  fc.integer({ min: 1, max: 1000 }).map((count): PracticeEvent => ({ kind: "findingsShown", count })),
);

/** Local times between 1990 and 2100. */
const timeArb = fc.integer({ min: on(1990, 1, 1), max: on(2100, 12, 31) });

function deepFreeze<T>(x: T): T {
  if (typeof x === "object" && x !== null) {
    for (const v of Object.values(x)) deepFreeze(v);
    Object.freeze(x);
  }
  return x;
}

function week(counts: Partial<Omit<WeekCounts, "afterPause">> & { afterPause?: Partial<WeekCounts["afterPause"]> } = {}): WeekCounts {
  const base = emptyWeek();
  return { ...base, ...counts, afterPause: { ...base.afterPause, ...counts.afterPause } };
}

describe("weekKey", () => {
  it.each([
    [[2026, 11, 23], "2026-W48"],
    [[2026, 11, 29], "2026-W48"],
    [[2026, 11, 30], "2026-W49"],
    [[2026, 1, 1], "2026-W01"],
    [[2025, 12, 29], "2026-W01"],
    [[2025, 12, 28], "2025-W52"],
    [[2024, 12, 30], "2025-W01"],
    [[2023, 1, 1], "2022-W52"],
    [[2023, 1, 2], "2023-W01"],
    [[2021, 1, 3], "2020-W53"],
    [[2020, 12, 31], "2020-W53"],
    [[2020, 12, 28], "2020-W53"],
    [[2021, 1, 4], "2021-W01"],
    [[2016, 1, 1], "2015-W53"],
    [[2008, 12, 29], "2009-W01"],
    [[2010, 1, 3], "2009-W53"],
  ] as const)("%j is in %s", ([y, m, d], expected) => {
    expect(weekKey(on(y, m, d))).toBe(expected);
  });

  it("puts 2026-12-28 to 2027-01-03 in 2026-W53, and 2027-01-04 in 2027-W01", () => {
    for (let day = 28; day <= 31; day += 1) expect(weekKey(on(2026, 12, day))).toBe("2026-W53");
    for (let day = 1; day <= 3; day += 1) expect(weekKey(on(2027, 1, day))).toBe("2026-W53");
    expect(weekKey(on(2027, 1, 4))).toBe("2027-W01");
    expect(weekKey(on(2026, 12, 27))).toBe("2026-W52");
  });

  it("starts a week at local midnight on Monday", () => {
    expect(weekKey(on(2026, 11, 29, 23) + 59 * 60_000 + 59_999)).toBe("2026-W48");
    expect(weekKey(new Date(2026, 10, 30, 0, 0, 0, 0).getTime())).toBe("2026-W49");
  });

  it("is null for a time that is not one", () => {
    expect(weekKey(Number.NaN)).toBeNull();
    expect(weekKey(Number.POSITIVE_INFINITY)).toBeNull();
    expect(weekKey(8.64e15 + 1)).toBeNull();
  });

  it("agrees with the ordinal-date formula on every day (property)", () => {
    fc.assert(
      fc.property(timeArb, (time) => {
        const d = new Date(time);
        expect(weekKey(time)).toBe(referenceWeek(d.getFullYear(), d.getMonth() + 1, d.getDate()));
      }),
      { numRuns: 2000 },
    );
  });

  it("changes exactly on Mondays, to the next week (property)", () => {
    fc.assert(
      fc.property(timeArb, (time) => {
        const d = new Date(time);
        const next = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1, 12).getTime();
        const a = parseWeekKey(weekKey(time)!)!;
        const b = parseWeekKey(weekKey(next)!)!;
        if (new Date(next).getDay() !== 1) {
          expect(b).toEqual(a);
        } else if (a.week === weeksInYear(a.year)) {
          expect(b).toEqual({ year: a.year + 1, week: 1 });
        } else {
          expect(b).toEqual({ year: a.year, week: a.week + 1 });
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("names a week whose Monday is on or before the day, at most six days before (property)", () => {
    fc.assert(
      fc.property(timeArb, (time) => {
        const d = new Date(time);
        const day = Date.UTC(d.getFullYear(), d.getMonth(), d.getDate());
        const monday = Date.parse(weekStart(weekKey(time)!)! + "T00:00:00Z");
        expect(new Date(monday).getUTCDay()).toBe(1);
        expect(day - monday).toBeGreaterThanOrEqual(0);
        expect(day - monday).toBeLessThanOrEqual(6 * 86_400_000);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("weeksInYear and parseWeekKey", () => {
  it("gives 53 weeks to years that start on a Thursday, or leap years that start on a Wednesday", () => {
    const long = [2004, 2009, 2015, 2020, 2026, 2032, 2037];
    for (let year = 2000; year <= 2040; year += 1) expect(weeksInYear(year), String(year)).toBe(long.includes(year) ? 53 : 52);
  });

  it.each([
    ["2020-W53", { year: 2020, week: 53 }],
    ["2026-W53", { year: 2026, week: 53 }],
    ["2026-W01", { year: 2026, week: 1 }],
    ["2021-W52", { year: 2021, week: 52 }],
  ])("reads %s", (key, expected) => {
    expect(parseWeekKey(key)).toEqual(expected);
  });

  it.each(["2021-W53", "2024-W53", "2026-W00", "2026-W54", "2026-W5", "2026W48", "2026-w48", "26-W48", " 2026-W48", "2026-W48 ", "__proto__", ""])(
    "refuses %j",
    (key) => {
      expect(parseWeekKey(key)).toBeNull();
      expect(weekStart(key)).toBeNull();
    },
  );

  it("gives each week's Monday", () => {
    expect(weekStart("2026-W48")).toBe("2026-11-23");
    expect(weekStart("2026-W53")).toBe("2026-12-28");
    expect(weekStart("2027-W01")).toBe("2027-01-04");
    expect(weekStart("2020-W53")).toBe("2020-12-28");
    expect(weekStart("2025-W01")).toBe("2024-12-30");
  });
});

describe("recordPractice", () => {
  const now = on(2026, 11, 25);

  it("counts each kind of event in its own field", () => {
    const expected: Record<PracticeEvent["kind"], WeekCounts> = {
      draftChecked: week({ draftsChecked: 1 }),
      findingsShown: week({ findings: 3 }),
      suggestionApplied: week({ suggestionsApplied: 1 }),
      pauseShown: week({ pausesShown: 1 }),
      pauseEdited: week({ afterPause: { edited: 1 } }),
      pauseApplied: week({ afterPause: { applied: 1 } }),
      pauseSentAnyway: week({ afterPause: { sentAnyway: 1 } }),
    };
    expect(ALL_EVENTS.map((e) => e.kind).sort()).toEqual([...PRACTICE_KINDS].sort());
    for (const event of ALL_EVENTS) {
      expect(recordPractice(emptyProgress(), event, now), event.kind).toEqual({ version: PROGRESS_VERSION, weeks: { "2026-W48": expected[event.kind] } });
    }
  });

  it("adds up within a week and starts a new record on Monday", () => {
    let p = emptyProgress();
    p = recordPractice(p, { kind: "draftChecked" }, on(2026, 11, 23, 0));
    p = recordPractice(p, { kind: "findingsShown", count: 2 }, on(2026, 11, 29, 23));
    p = recordPractice(p, { kind: "findingsShown", count: 5 }, on(2026, 11, 26));
    p = recordPractice(p, { kind: "draftChecked" }, on(2026, 11, 30, 0));
    expect(p.weeks).toEqual({
      "2026-W48": week({ draftsChecked: 1, findings: 7 }),
      "2026-W49": week({ draftsChecked: 1 }),
    });
  });

  it("files the days around New Year 2027 under 2026-W53", () => {
    let p = emptyProgress();
    for (let day = 28; day <= 31; day += 1) p = recordPractice(p, { kind: "draftChecked" }, on(2026, 12, day));
    for (let day = 1; day <= 4; day += 1) p = recordPractice(p, { kind: "draftChecked" }, on(2027, 1, day));
    expect(p.weeks).toEqual({ "2026-W53": week({ draftsChecked: 7 }), "2027-W01": week({ draftsChecked: 1 }) });
  });

  it("never changes the progress it is given", () => {
    const before = deepFreeze(recordPractice(emptyProgress(), { kind: "pauseShown" }, now));
    const copy = structuredClone(before);
    for (const event of ALL_EVENTS) recordPractice(before, event, now);
    expect(before).toEqual(copy);
  });

  it("leaves the progress as it is for a time that is not one, or a findings count that is not a positive whole number", () => {
    const p = recordPractice(emptyProgress(), { kind: "draftChecked" }, now);
    expect(recordPractice(p, { kind: "draftChecked" }, Number.NaN)).toBe(p);
    for (const count of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(recordPractice(p, { kind: "findingsShown", count }, now), String(count)).toBe(p);
    }
    expect(recordPractice(p, { kind: "nonsense" } as unknown as PracticeEvent, now)).toBe(p);
  });

  it(`keeps the ${MAX_WEEKS} newest weeks, dropping the oldest`, () => {
    let p = emptyProgress();
    const start = on(2026, 1, 7);
    for (let i = 0; i < 30; i += 1) p = recordPractice(p, { kind: "draftChecked" }, start + i * 7 * 86_400_000);
    const keys = Object.keys(p.weeks).sort();
    expect(keys).toHaveLength(MAX_WEEKS);
    expect(keys[0]).toBe("2026-W06");
    expect(keys.at(-1)).toBe("2026-W31");
    // An event in a week older than all that are kept is dropped at once, not kept in place of a newer one.
    const older = recordPractice(p, { kind: "draftChecked" }, start);
    expect(Object.keys(older.weeks).sort()).toEqual(keys);
  });

  it("keeps the newest weeks across a year boundary (keys sort by week, not by week number)", () => {
    let p = emptyProgress();
    for (let i = 0; i < MAX_WEEKS + 1; i += 1) p = recordPractice(p, { kind: "pauseShown" }, on(2026, 7, 1) + i * 7 * 86_400_000);
    const keys = Object.keys(p.weeks).sort();
    expect(keys.at(-1)).toBe("2026-W53");
    expect(keys).not.toContain("2026-W27");
    p = recordPractice(p, { kind: "pauseShown" }, on(2027, 1, 5));
    expect(Object.keys(p.weeks)).toContain("2027-W01");
    expect(Object.keys(p.weeks)).not.toContain("2026-W28");
  });

  it("counts exactly what it is given, in any order and across weeks (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(eventArb, fc.integer({ min: 0, max: 20 * 7 * 86_400_000 })), { maxLength: 200 }), (events) => {
        const base = on(2026, 3, 2);
        let p = emptyProgress();
        for (const [event, offset] of events) p = recordPractice(p, event, base + offset);
        const sum = totals(Object.values(p.weeks));
        const count = (kind: PracticeEvent["kind"]) => events.filter(([e]) => e.kind === kind).length;
        expect(sum).toEqual({
          draftsChecked: count("draftChecked"),
          findings: events.reduce((n, [e]) => n + (e.kind === "findingsShown" ? e.count : 0), 0),
          suggestionsApplied: count("suggestionApplied"),
          pausesShown: count("pauseShown"),
          afterPause: { edited: count("pauseEdited"), applied: count("pauseApplied"), sentAnyway: count("pauseSentAnyway") },
        });
        expect(Object.keys(p.weeks).length).toBeLessThanOrEqual(MAX_WEEKS);
        // What is stored reads back exactly, with nothing to report.
        expect(parseProgress(JSON.parse(JSON.stringify(p)))).toEqual({ progress: p, problems: [] });
      }),
      { numRuns: 200 },
    );
  });
});

describe("parseProgress", () => {
  const valid: Progress = {
    version: 1,
    weeks: { "2026-W47": week({ draftsChecked: 4, findings: 6 }), "2026-W48": week({ pausesShown: 2, afterPause: { edited: 1, sentAnyway: 1 } }) },
  };

  it("reads nothing stored as empty progress, with no problems", () => {
    expect(parseProgress(undefined)).toEqual({ progress: emptyProgress(), problems: [] });
    expect(parseProgress(null)).toEqual({ progress: emptyProgress(), problems: [] });
  });

  it("reads valid progress as it is", () => {
    expect(parseProgress(structuredClone(valid))).toEqual({ progress: valid, problems: [] });
  });

  it.each([["a string"], [42], [true], [[]], [[valid]]])("falls back to empty progress for %j, and says so", (raw) => {
    const { progress, problems } = parseProgress(raw);
    expect(progress).toEqual(emptyProgress());
    expect(problems).toHaveLength(1);
  });

  it.each([[{ version: 1 }], [{ version: 1, weeks: [] }], [{ version: 1, weeks: "2026-W48" }], [{ version: 1, weeks: null }]])(
    "falls back to empty progress when the weeks are %j",
    (raw) => {
      const { progress, problems } = parseProgress(raw);
      expect(progress).toEqual(emptyProgress());
      expect(problems.some((p) => p.includes("no weeks"))).toBe(true);
    },
  );

  it("keeps the valid weeks and names the ones left out", () => {
    const raw = {
      version: 1,
      weeks: {
        ...valid.weeks,
        "2021-W53": week({ draftsChecked: 1 }),
        ["__proto__"]: week(),
        "last week": week(),
        "2026-W40": { ...week(), draftsChecked: -1 },
        "2026-W41": { ...week(), findings: 1.5 },
        "2026-W42": { ...week(), suggestionsApplied: "3" },
        "2026-W43": { ...week(), afterPause: { edited: 1, applied: 0 } },
        "2026-W44": { draftsChecked: 1, findings: 0, suggestionsApplied: 0, pausesShown: 0 },
        "2026-W45": { ...week(), pausesShown: Number.MAX_SAFE_INTEGER + 2 },
        "2026-W46": "lots",
      },
    };
    const { progress, problems } = parseProgress(JSON.parse(JSON.stringify(raw)));
    expect(progress).toEqual(valid);
    expect(problems).toEqual([
      "progress: left out 3 entries that were not weeks",
      "progress: left out 7 weeks whose counts were not whole numbers",
    ]);
    // A key such as __proto__ never reaches the prototype.
    expect(Object.getPrototypeOf(progress.weeks)).toBe(Object.prototype);
  });

  it("tolerates extra fields, and reads a future version for what fits", () => {
    const raw = { version: 2, extra: true, weeks: { "2026-W48": { ...week({ findings: 2 }), newCount: 5 } } };
    const { progress, problems } = parseProgress(raw);
    expect(progress).toEqual({ version: 1, weeks: { "2026-W48": week({ findings: 2 }) } });
    expect(problems).toEqual(["unknown progress version 2; reading what fits"]);
  });

  it("names a version that is an object without calling its toString", () => {
    const { problems } = parseProgress({ version: { toString: 5 }, weeks: {} });
    expect(problems).toEqual(["unknown progress version object; reading what fits"]);
  });

  it(`keeps at most the ${MAX_WEEKS} newest stored weeks`, () => {
    const weeks: Record<string, WeekCounts> = {};
    for (let w = 1; w <= 30; w += 1) weeks[`2026-W${String(w).padStart(2, "0")}`] = week({ draftsChecked: w });
    const { progress, problems } = parseProgress({ version: 1, weeks });
    expect(Object.keys(progress.weeks).sort()).toEqual(Object.keys(weeks).slice(4));
    expect(problems).toEqual([`progress: left out the 4 oldest weeks (at most ${MAX_WEEKS} are kept)`]);
  });

  it("counts only own properties", () => {
    const inherited = Object.create({ draftsChecked: 1, findings: 0, suggestionsApplied: 0, pausesShown: 0, afterPause: { edited: 0, applied: 0, sentAnyway: 0 } });
    expect(parseProgress({ version: 1, weeks: { "2026-W48": inherited } }).progress).toEqual(emptyProgress());
    expect(parseProgress(Object.create({ version: 1, weeks: valid.weeks })).progress).toEqual(emptyProgress());
  });

  it("never throws, and always gives progress a recorder can count on (property)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ version: fc.anything(), weeks: fc.dictionary(fc.string(), fc.anything()) })), (raw) => {
        const { progress, problems } = parseProgress(raw);
        expect(Array.isArray(problems)).toBe(true);
        expect(progress.version).toBe(PROGRESS_VERSION);
        for (const [key, counts] of Object.entries(progress.weeks)) {
          expect(parseWeekKey(key)).not.toBeNull();
          expect(parseProgress({ version: 1, weeks: { [key]: counts } }).problems).toEqual([]);
        }
        expect(() => recordPractice(progress, { kind: "draftChecked" }, on(2026, 11, 25))).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });
});

describe("lastWeeks", () => {
  it("gives n weeks oldest first, ending with this week, empty weeks included", () => {
    let p = emptyProgress();
    p = recordPractice(p, { kind: "draftChecked" }, on(2026, 11, 11));
    p = recordPractice(p, { kind: "findingsShown", count: 2 }, on(2026, 11, 25));
    const rows = lastWeeks(p, 4, on(2026, 11, 26));
    expect(rows.map((r) => r.week)).toEqual(["2026-W45", "2026-W46", "2026-W47", "2026-W48"]);
    expect(rows.map((r) => r.start)).toEqual(["2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23"]);
    expect(rows.map((r) => r.draftsChecked)).toEqual([0, 1, 0, 0]);
    expect(rows.map((r) => r.findings)).toEqual([0, 0, 0, 2]);
    expect(rows[0]).toEqual({ week: "2026-W45", start: "2026-11-02", ...emptyWeek() });
  });

  it("crosses a year boundary, 53-week years included", () => {
    expect(lastWeeks(emptyProgress(), 3, on(2027, 1, 5)).map((r) => r.week)).toEqual(["2026-W52", "2026-W53", "2027-W01"]);
    expect(lastWeeks(emptyProgress(), 3, on(2021, 1, 12)).map((r) => r.week)).toEqual(["2020-W53", "2021-W01", "2021-W02"]);
    expect(lastWeeks(emptyProgress(), 2, on(2026, 1, 1)).map((r) => r.week)).toEqual(["2025-W52", "2026-W01"]);
  });

  it("leaves out stored weeks outside the range, and gives copies, not the stored records", () => {
    const p = recordPractice(emptyProgress(), { kind: "pauseEdited" }, on(2026, 6, 3));
    const rows = lastWeeks(p, 8, on(2026, 11, 26));
    expect(rows.every((r) => r.afterPause.edited === 0)).toBe(true);
    const here = lastWeeks(p, 1, on(2026, 6, 3));
    here[0]!.afterPause.edited = 99;
    expect(p.weeks[weekKey(on(2026, 6, 3))!]!.afterPause.edited).toBe(1);
  });

  it("gives nothing for no weeks or a time that is not one", () => {
    expect(lastWeeks(emptyProgress(), 0, on(2026, 1, 1))).toEqual([]);
    expect(lastWeeks(emptyProgress(), -3, on(2026, 1, 1))).toEqual([]);
    expect(lastWeeks(emptyProgress(), 8, Number.NaN)).toEqual([]);
  });

  it("gives consecutive weeks whatever the day (property)", () => {
    fc.assert(
      fc.property(timeArb, fc.integer({ min: 1, max: 60 }), (time, n) => {
        const rows = lastWeeks(emptyProgress(), n, time);
        expect(rows).toHaveLength(n);
        expect(rows.at(-1)!.week).toBe(weekKey(time));
        for (let i = 1; i < rows.length; i += 1) {
          expect(Date.parse(rows[i]!.start) - Date.parse(rows[i - 1]!.start)).toBe(7 * 86_400_000);
          expect(rows[i]!.week > rows[i - 1]!.week).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("export", () => {
  const sample = (() => {
    let p = emptyProgress();
    const events: [PracticeEvent, number][] = [
      [{ kind: "draftChecked" }, on(2026, 12, 29)],
      [{ kind: "findingsShown", count: 4 }, on(2026, 12, 29)],
      [{ kind: "pauseShown" }, on(2027, 1, 2)],
      [{ kind: "pauseSentAnyway" }, on(2027, 1, 2)],
      [{ kind: "suggestionApplied" }, on(2027, 1, 6)],
      [{ kind: "pauseApplied" }, on(2027, 1, 6)],
      [{ kind: "draftChecked" }, on(2026, 11, 3)],
    ];
    for (const [e, t] of events) p = recordPractice(p, e, t);
    return p;
  })();

  /** The weeks of an export, back as stored progress. */
  function fromJson(text: string): Progress {
    const doc = JSON.parse(text) as { weeks: (WeekCounts & { week: string; start: string })[] };
    const weeks: Record<string, WeekCounts> = {};
    for (const { week: key, start: _start, ...counts } of doc.weeks) weeks[key] = counts;
    return { version: PROGRESS_VERSION, weeks };
  }

  function fromCsv(text: string): Progress {
    const [header, ...lines] = text.trimEnd().split("\r\n");
    expect(header!.split(",")).toEqual([...CSV_HEADER]);
    const weeks: Record<string, WeekCounts> = {};
    for (const line of lines) {
      const [key, start, ...n] = line.split(",");
      expect(start).toBe(weekStart(key!));
      const [draftsChecked, findings, suggestionsApplied, pausesShown, edited, applied, sentAnyway] = n.map(Number) as number[];
      weeks[key!] = { draftsChecked: draftsChecked!, findings: findings!, suggestionsApplied: suggestionsApplied!, pausesShown: pausesShown!, afterPause: { edited: edited!, applied: applied!, sentAnyway: sentAnyway! } };
    }
    return { version: PROGRESS_VERSION, weeks };
  }

  it("writes JSON with the format, the time and every stored week, oldest first", () => {
    const doc = JSON.parse(progressToJson(sample, Date.UTC(2027, 0, 7, 9))) as Record<string, unknown>;
    expect(doc.format).toBe(EXPORT_FORMAT);
    expect(doc.version).toBe(PROGRESS_VERSION);
    expect(doc.exportedAt).toBe("2027-01-07T09:00:00.000Z");
    expect((doc.weeks as { week: string }[]).map((w) => w.week)).toEqual(["2026-W45", "2026-W53", "2027-W01"]);
    expect((doc.weeks as unknown[])[1]).toEqual({
      week: "2026-W53",
      start: "2026-12-28",
      ...week({ draftsChecked: 1, findings: 4, pausesShown: 1, afterPause: { sentAnyway: 1 } }),
    });
  });

  it("writes CSV with a header row and one row per stored week", () => {
    expect(progressToCsv(sample)).toBe(
      [
        "week,week_start,drafts_checked,findings,suggestions_applied,pauses_shown,after_pause_edited,after_pause_applied,after_pause_sent_anyway",
        "2026-W45,2026-11-02,1,0,0,0,0,0,0",
        "2026-W53,2026-12-28,1,4,0,1,0,0,1",
        "2027-W01,2027-01-04,0,0,1,0,0,1,0",
        "",
      ].join("\r\n"),
    );
    expect(progressToCsv(emptyProgress())).toBe(CSV_HEADER.join(",") + "\r\n");
  });

  it("round-trips through JSON and CSV (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(eventArb, timeArb), { maxLength: 80 }), (events) => {
        let p = emptyProgress();
        for (const [e, t] of events) p = recordPractice(p, e, t);
        expect(fromJson(progressToJson(p, 0))).toEqual(p);
        expect(fromCsv(progressToCsv(p))).toEqual(p);
        expect(storedWeeks(p).map((r) => r.week)).toEqual(Object.keys(p.weeks).sort());
      }),
      { numRuns: 200 },
    );
  });

  it("holds counts only: no text beyond the fixed names", () => {
    const json = progressToJson(sample, 0);
    const strings = [...json.matchAll(/"([^"]*)"/g)].map((m) => m[1]!);
    for (const s of strings) expect(s).toMatch(/^(format|receptive-progress|version|exportedAt|weeks|week|start|draftsChecked|findings|suggestionsApplied|pausesShown|afterPause|edited|applied|sentAnyway|\d{4}-W\d{2}|\d{4}-\d{2}-\d{2}(T[\d:.]+Z)?)$/);
  });

  it("says whether anything is counted", () => {
    expect(hasProgress(emptyProgress())).toBe(false);
    expect(hasProgress(sample)).toBe(true);
  });
});
