import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createAnalyzer } from "../../src/engine/index";
import { CATEGORY_IDS } from "../../src/engine/types";
import {
  analyzerOptions,
  DEFAULT_SETTINGS,
  isPaused,
  isSendPauseOn,
  migrateSettings,
  parseSettings,
  PAUSED_UNTIL_TURNED_ON,
  SETTINGS_VERSION,
  type Settings,
} from "../../src/shared/settings";

/** A deep copy of the defaults as they are now, to prove nothing changed them. */
const DEFAULTS_SNAPSHOT: Settings = JSON.parse(JSON.stringify(DEFAULT_SETTINGS));

/** A settings object with every field set to something valid and non-default. */
function fullValid(): Settings {
  return {
    version: SETTINGS_VERSION,
    disabledRules: ["minimizing/overreacting", "non-apology/sorry-you-feel"],
    disabledCategories: ["absolutes", "contempt"],
    sensitivity: "gentle",
    sites: { "https://example.com": true, "https://app.slack.com": false, "http://localhost:8080": true },
    alwaysFlag: ["whatever"],
    neverFlag: ["calm down"],
    ownAcknowledgments: ["I hear you, and I'm sorry."],
    pausedUntil: 1_900_000_000_000,
    sendPause: { on: true, sites: { "https://mail.google.com": false } },
    repairOffers: false,
    progress: false,
  };
}

/** The problem lines that name `field`. */
function problemsAbout(problems: string[], field: string): string[] {
  return problems.filter((p) => p.includes(field));
}

describe("DEFAULT_SETTINGS", () => {
  it("is frozen and has the documented defaults", () => {
    expect(Object.isFrozen(DEFAULT_SETTINGS)).toBe(true);
    expect(DEFAULT_SETTINGS).toEqual({
      version: SETTINGS_VERSION,
      disabledRules: [],
      disabledCategories: [],
      sensitivity: "strict",
      sites: {},
      alwaysFlag: [],
      neverFlag: [],
      ownAcknowledgments: [],
      pausedUntil: null,
      sendPause: { on: false, sites: {} },
      repairOffers: true,
      progress: true,
    });
    expect(SETTINGS_VERSION).toBe(3);
  });
});

describe("parseSettings: missing or wrong-typed input", () => {
  it.each([[undefined], [null]])("%s gives the defaults and no problems", (raw) => {
    const { settings, problems } = parseSettings(raw);
    expect(settings).toEqual(DEFAULTS_SNAPSHOT);
    expect(problems).toEqual([]);
  });

  it("an empty object gives the defaults and no problems", () => {
    const { settings, problems } = parseSettings({});
    expect(settings).toEqual(DEFAULTS_SNAPSHOT);
    expect(problems).toEqual([]);
  });

  it.each([["settings"], [""], [42], [0], [true], [false], [[]], [[{ sensitivity: "gentle" }]], [Symbol("x")], [() => ({})]])(
    "a non-object (%s) gives the defaults and exactly one problem",
    (raw) => {
      const { settings, problems } = parseSettings(raw);
      expect(settings).toEqual(DEFAULTS_SNAPSHOT);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/object/);
    },
  );

  it("an array of valid-looking settings is still not read as settings", () => {
    const { settings } = parseSettings([fullValid()]);
    expect(settings.sensitivity).toBe("strict");
    expect(settings.disabledRules).toEqual([]);
  });
});

describe("parseSettings: a fully valid object", () => {
  it("is read back unchanged with no problems", () => {
    const raw = fullValid();
    const { settings, problems } = parseSettings(raw);
    expect(problems).toEqual([]);
    expect(settings).toEqual(raw);
  });

  it("survives a JSON round trip (as from storage)", () => {
    const raw = JSON.parse(JSON.stringify(fullValid()));
    expect(parseSettings(raw)).toEqual({ settings: fullValid(), problems: [] });
  });

  it("accepts each sensitivity", () => {
    for (const sensitivity of ["gentle", "standard", "strict"] as const) {
      const { settings, problems } = parseSettings({ sensitivity });
      expect(settings.sensitivity).toBe(sensitivity);
      expect(problems).toEqual([]);
    }
  });

  it("accepts every known category id", () => {
    const { settings, problems } = parseSettings({ disabledCategories: [...CATEGORY_IDS] });
    expect(settings.disabledCategories).toEqual([...CATEGORY_IDS]);
    expect(problems).toEqual([]);
  });

  it("accepts http and https origins, with ports, IPs and localhost", () => {
    const sites = {
      "https://example.com": true,
      "http://example.com": false,
      "https://example.com:8443": true,
      "http://localhost:3000": true,
      "http://127.0.0.1": false,
      "https://sub.domain.example.co.uk": true,
    };
    const { settings, problems } = parseSettings({ sites });
    expect(settings.sites).toEqual(sites);
    expect(problems).toEqual([]);
  });

  it("ignores unknown extra fields without complaint and does not copy them", () => {
    const { settings, problems } = parseSettings({ ...fullValid(), theme: "dark", extra: { a: 1 } });
    expect(problems).toEqual([]);
    expect(settings).toEqual(fullValid());
    expect(Object.keys(settings).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
  });

  it("always writes the current version", () => {
    expect(parseSettings({}).settings.version).toBe(SETTINGS_VERSION);
    expect(parseSettings({ version: 1 }).settings.version).toBe(SETTINGS_VERSION);
  });
});

describe("parseSettings: one invalid field at a time", () => {
  /** Parses fullValid() with `field` replaced, and checks every other field was kept. */
  function withField(field: keyof Settings, value: unknown) {
    const raw: Record<string, unknown> = { ...fullValid(), [field]: value };
    const parsed = parseSettings(raw);
    const expected = fullValid();
    for (const key of Object.keys(expected) as (keyof Settings)[]) {
      if (key !== field) expect(parsed.settings[key], `field ${key} kept`).toEqual(expected[key]);
    }
    return parsed;
  }

  it.each([["relaxed"], ["STRICT"], ["Gentle"], [""], [1], [null], [true], [["strict"]], [{}]])(
    "sensitivity %j falls back to the default with a problem naming it",
    (value) => {
      const { settings, problems } = withField("sensitivity", value);
      expect(settings.sensitivity).toBe(DEFAULT_SETTINGS.sensitivity);
      expect(problems).toHaveLength(1);
      expect(problemsAbout(problems, "sensitivity")).toHaveLength(1);
    },
  );

  it("disabledRules keeps only well-shaped rule ids", () => {
    const { settings, problems } = withField("disabledRules", [
      "minimizing/overreacting",
      42,
      null,
      "",
      "   ",
      "overreacting",
      "Minimizing/Overreacting",
      "minimizing/overreacting/extra",
      "/overreacting",
      "minimizing/",
      "minimizing overreacting",
      " minimizing/overreacting",
      "minimizing/calm-down",
      ["minimizing/calm-down"],
      { rule: "minimizing/calm-down" },
      "non-apology/sorry-you-feel",
    ]);
    expect(settings.disabledRules).toEqual(["minimizing/overreacting", "minimizing/calm-down", "non-apology/sorry-you-feel"]);
    expect(problems).toHaveLength(1);
    expect(problemsAbout(problems, "disabledRules")).toHaveLength(1);
    expect(problems[0]).toMatch(/13/);
  });

  it("disabledRules accepts digits and hyphens in the rule name", () => {
    const { settings, problems } = parseSettings({ disabledRules: ["intent-over-impact/didnt-mean-to", "absolutes/rule-2"] });
    expect(settings.disabledRules).toEqual(["intent-over-impact/didnt-mean-to", "absolutes/rule-2"]);
    expect(problems).toEqual([]);
  });

  it("disabledCategories keeps only known category ids", () => {
    const { settings, problems } = withField("disabledCategories", ["absolutes", "not-a-category", "Contempt", 3, "", "contempt", "minimizing/overreacting"]);
    expect(settings.disabledCategories).toEqual(["absolutes", "contempt"]);
    expect(problems).toHaveLength(1);
    expect(problemsAbout(problems, "disabledCategories")).toHaveLength(1);
  });

  it.each([["https://example.com"], [42], [true], [null], [["https://example.com"]]])("sites %j (not a map) falls back to {} with a problem", (value) => {
    const { settings, problems } = withField("sites", value);
    expect(settings.sites).toEqual({});
    expect(problems).toHaveLength(1);
    expect(problemsAbout(problems, "sites")).toHaveLength(1);
  });

  it("sites drops keys that are not bare http(s) origins and non-boolean values, keeping the rest", () => {
    const { settings, problems } = withField("sites", {
      "https://good.example": true,
      "https://off.example": false,
      "example.com": true,
      "https://a.com/path": true,
      "https://a.com/": true,
      "https://a.com?x=1": true,
      "https://a.com#x": true,
      "https://A.com": true,
      "https://a.com:443": true,
      "http://a.com:80": true,
      "ftp://a.com": true,
      "chrome://extensions": true,
      "file:///etc/passwd": true,
      "about:blank": true,
      "null": true,
      "": true,
      "https://b.example": "true",
      "https://c.example": 1,
      "https://d.example": null,
      "https://e.example": {},
      "https://f.example": [true],
    });
    expect(settings.sites).toEqual({ "https://good.example": true, "https://off.example": false });
    expect(problems).toHaveLength(1);
    expect(problemsAbout(problems, "sites")).toHaveLength(1);
    expect(problems[0]).toMatch(/19/);
  });

  it("sites ignores a '__proto__' key from JSON without changing the result's prototype", () => {
    const raw = JSON.parse('{"sites": {"__proto__": {"https://evil.example": true}, "https://ok.example": true}}');
    const { settings, problems } = parseSettings(raw);
    expect(settings.sites).toEqual({ "https://ok.example": true });
    expect(Object.getPrototypeOf(settings.sites)).toBe(Object.prototype);
    expect((settings.sites as Record<string, unknown>)["https://evil.example"]).toBeUndefined();
    expect(problemsAbout(problems, "sites")).toHaveLength(1);
  });

  it.each(["alwaysFlag", "neverFlag", "ownAcknowledgments"] as const)("%s drops over-long, blank and non-string entries", (field) => {
    const exactly200 = "a".repeat(200);
    const { settings, problems } = withField(field, ["keep me", "x".repeat(201), "", "   ", "\n\t", 7, null, exactly200, "  padded  "]);
    expect(settings[field]).toEqual(["keep me", exactly200, "  padded  "]);
    expect(problems).toHaveLength(1);
    expect(problemsAbout(problems, field)).toHaveLength(1);
    expect(problems[0]).toMatch(/6/);
  });

  it.each(["disabledRules", "disabledCategories", "alwaysFlag", "neverFlag", "ownAcknowledgments"] as const)(
    "%s that is not a list falls back to [] with a problem",
    (field) => {
      for (const value of ["minimizing/overreacting", 5, null, true, { 0: "absolutes" }]) {
        const { settings, problems } = withField(field, value);
        expect(settings[field]).toEqual([]);
        expect(problems).toHaveLength(1);
        expect(problemsAbout(problems, field)).toHaveLength(1);
      }
    },
  );

  it("several invalid fields each get their own problem line, and valid ones are kept", () => {
    const { settings, problems } = parseSettings({
      sensitivity: "loud",
      disabledRules: "minimizing/overreacting",
      disabledCategories: ["absolutes"],
      sites: { "nope": true, "https://ok.example": false },
      alwaysFlag: ["fine"],
      neverFlag: [""],
    });
    expect(settings).toEqual({
      ...DEFAULTS_SNAPSHOT,
      disabledCategories: ["absolutes"],
      sites: { "https://ok.example": false },
      alwaysFlag: ["fine"],
    });
    expect(problems).toHaveLength(4);
    for (const field of ["sensitivity", "disabledRules", "sites", "neverFlag"]) expect(problemsAbout(problems, field)).toHaveLength(1);
  });
});

describe("parseSettings: duplicates, caps and versions", () => {
  it("removes duplicates, keeping first-seen order, without reporting a problem", () => {
    const { settings, problems } = parseSettings({
      disabledRules: ["a/b", "c/d", "a/b", "a/b", "c/d"],
      disabledCategories: ["contempt", "absolutes", "contempt"],
      alwaysFlag: ["x", "y", "x"],
      neverFlag: ["n", "n"],
      ownAcknowledgments: ["I hear you", "I hear you"],
    });
    expect(settings.disabledRules).toEqual(["a/b", "c/d"]);
    expect(settings.disabledCategories).toEqual(["contempt", "absolutes"]);
    expect(settings.alwaysFlag).toEqual(["x", "y"]);
    expect(settings.neverFlag).toEqual(["n"]);
    expect(settings.ownAcknowledgments).toEqual(["I hear you"]);
    expect(problems).toEqual([]);
  });

  it("keeps phrases that differ only in case or spacing as distinct", () => {
    const { settings } = parseSettings({ neverFlag: ["Calm down", "calm down", "calm  down"] });
    expect(settings.neverFlag).toEqual(["Calm down", "calm down", "calm  down"]);
  });

  it.each(["alwaysFlag", "neverFlag", "ownAcknowledgments"] as const)("caps %s at 500 entries, keeping the first 500", (field) => {
    const list = Array.from({ length: 750 }, (_, i) => `phrase ${i}`);
    const { settings } = parseSettings({ [field]: list });
    expect(settings[field]).toHaveLength(500);
    expect(settings[field]).toEqual(list.slice(0, 500));
  });

  it("caps disabledRules at 500", () => {
    const list = Array.from({ length: 600 }, (_, i) => `cat/rule-${i}`);
    const { settings } = parseSettings({ disabledRules: list });
    expect(settings.disabledRules).toEqual(list.slice(0, 500));
  });

  it("counts the cap after removing duplicates", () => {
    const list = [...Array.from({ length: 300 }, () => "same"), ...Array.from({ length: 400 }, (_, i) => `p${i}`)];
    const { settings } = parseSettings({ alwaysFlag: list });
    // 700 entries, 401 distinct: de-duplicating first keeps all 401 (capping first would keep 201).
    expect(settings.alwaysFlag).toHaveLength(401);
    expect(settings.alwaysFlag[0]).toBe("same");
    expect(settings.alwaysFlag.at(-1)).toBe("p399");
  });

  it("a list of exactly 500 is kept whole", () => {
    const list = Array.from({ length: 500 }, (_, i) => `p${i}`);
    expect(parseSettings({ neverFlag: list }).settings.neverFlag).toEqual(list);
  });

  it.each([[4], [0], [-1], [1.5], ["1"], [null], [true], [{}]])("version %j is noted as a problem but valid fields are still read", (version) => {
    const { settings, problems } = parseSettings({ ...fullValid(), version });
    expect(settings).toEqual(fullValid());
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/version/);
  });

  it("version 1 or no version is not a problem", () => {
    const { version: _v, ...noVersion } = fullValid();
    expect(parseSettings(noVersion).problems).toEqual([]);
    expect(parseSettings({ version: 1 }).problems).toEqual([]);
  });
});

describe("parseSettings: no shared references", () => {
  it("returns fresh objects from the defaults path, and mutating them leaves DEFAULT_SETTINGS alone", () => {
    for (const raw of [undefined, null, "bad", {}, { sensitivity: 1 }]) {
      const { settings } = parseSettings(raw);
      expect(settings).not.toBe(DEFAULT_SETTINGS);
      expect(settings.disabledRules).not.toBe(DEFAULT_SETTINGS.disabledRules);
      expect(settings.disabledCategories).not.toBe(DEFAULT_SETTINGS.disabledCategories);
      expect(settings.sites).not.toBe(DEFAULT_SETTINGS.sites);
      expect(settings.alwaysFlag).not.toBe(DEFAULT_SETTINGS.alwaysFlag);
      expect(settings.neverFlag).not.toBe(DEFAULT_SETTINGS.neverFlag);
      expect(settings.ownAcknowledgments).not.toBe(DEFAULT_SETTINGS.ownAcknowledgments);

      settings.disabledRules.push("minimizing/overreacting");
      settings.disabledCategories.push("absolutes");
      settings.sites["https://example.com"] = true;
      settings.alwaysFlag.push("x");
      settings.neverFlag.push("y");
      settings.ownAcknowledgments.push("z");
      settings.sensitivity = "gentle";
    }
    expect(DEFAULT_SETTINGS).toEqual(DEFAULTS_SNAPSHOT);
    expect(parseSettings(undefined).settings).toEqual(DEFAULTS_SNAPSHOT);
  });

  it("does not share arrays or the sites map with the raw input", () => {
    const raw = fullValid();
    const { settings } = parseSettings(raw);
    expect(settings.disabledRules).not.toBe(raw.disabledRules);
    expect(settings.sites).not.toBe(raw.sites);
    expect(settings.alwaysFlag).not.toBe(raw.alwaysFlag);
    settings.disabledRules.push("x/y");
    settings.sites["https://new.example"] = true;
    expect(raw).toEqual(fullValid());
  });
});

describe("migrations", () => {
  const v1 = {
    version: 1,
    disabledRules: ["minimizing/overreacting"],
    disabledCategories: ["absolutes"],
    sensitivity: "gentle",
    sites: { "https://example.com": true },
    alwaysFlag: [],
    neverFlag: ["calm down"],
    ownAcknowledgments: [],
  };

  it("reads version 1 settings as the current version, with every choice kept, no pause and the new defaults", () => {
    const { settings, problems } = parseSettings(v1);
    expect(problems).toEqual([]);
    expect(settings).toEqual({ ...v1, version: 3, pausedUntil: null, sendPause: { on: false, sites: {} }, repairOffers: true, progress: true });
  });

  it("reads version 2 settings as version 3: pause before sending off, repair offers and progress on", () => {
    const v2 = { ...v1, version: 2, pausedUntil: 1_900_000_000_000 };
    const { settings, problems } = parseSettings(v2);
    expect(problems).toEqual([]);
    expect(settings).toEqual({ ...v2, version: 3, sendPause: { on: false, sites: {} }, repairOffers: true, progress: true });
  });

  it("treats settings without a version as version 1", () => {
    const { version: _, ...unversioned } = v1;
    expect(parseSettings(unversioned)).toEqual(parseSettings(v1));
  });

  it("migrateSettings leaves its input alone and current settings as they are", () => {
    const input = structuredClone(v1);
    const migrated = migrateSettings(input);
    expect(input).toEqual(v1);
    expect(migrated.version).toBe(SETTINGS_VERSION);
    expect(migrateSettings(migrated)).toEqual(migrated);
  });
});

describe("the pause", () => {
  it("is on only before its time", () => {
    expect(isPaused({ pausedUntil: null }, 1000)).toBe(false);
    expect(isPaused({ pausedUntil: 2000 }, 1000)).toBe(true);
    expect(isPaused({ pausedUntil: 2000 }, 2000)).toBe(false);
    expect(isPaused({ pausedUntil: PAUSED_UNTIL_TURNED_ON }, Date.now())).toBe(true);
  });

  it.each([[-5], [0], [Number.NaN], ["soon"], [{}]])("a stored pausedUntil of %j means not paused, with a problem", (pausedUntil) => {
    const { settings, problems } = parseSettings({ version: 2, pausedUntil });
    expect(settings.pausedUntil).toBeNull();
    expect(problems.some((p) => p.includes("pausedUntil"))).toBe(true);
  });
});

describe("parseSettings: hostile values", () => {
  // JSON can express an object whose toString is not a function ({"version":{"toString":1}}):
  // converting it to a string would throw. fast-check found this one.
  it("does not throw on a version whose string conversion fails", () => {
    const raw = JSON.parse('{"version":{"toString":null},"sensitivity":"gentle"}');
    const { settings, problems } = parseSettings(raw);
    expect(settings.sensitivity).toBe("gentle");
    expect(problems.some((p) => p.includes("version"))).toBe(true);
  });

  it("does not throw on other odd version values", () => {
    for (const version of [{}, [], [1, 2], { a: 1 }, "", "x".repeat(1000), Number.NaN, Number.POSITIVE_INFINITY, 10n, Symbol("v")]) {
      const { settings, problems } = parseSettings({ version, sensitivity: "standard" });
      expect(settings.sensitivity).toBe("standard");
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/version/);
    }
  });

  it("does not read fields from the prototype chain of JSON input with a __proto__ key", () => {
    const raw = JSON.parse('{"__proto__": {"sensitivity": "gentle", "disabledRules": ["a/b"]}}');
    const { settings } = parseSettings(raw);
    expect(settings.sensitivity).toBe("strict");
    expect(settings.disabledRules).toEqual([]);
  });
});

describe("parseSettings: properties", () => {
  const expectIdempotent = (raw: unknown) => {
    const first = parseSettings(raw);
    const again = parseSettings(first.settings);
    expect(again.problems).toEqual([]);
    expect(again.settings).toEqual(first.settings);
    // And it also survives storage (JSON) unchanged.
    expect(parseSettings(JSON.parse(JSON.stringify(first.settings)))).toEqual({ settings: first.settings, problems: [] });
    expect(DEFAULT_SETTINGS).toEqual(DEFAULTS_SNAPSHOT);
  };

  it("never throws on any JSON value and its output is a fixed point", () => {
    fc.assert(fc.property(fc.jsonValue(), expectIdempotent), { numRuns: 500 });
  });

  it("never throws on any object and its output is a fixed point", () => {
    fc.assert(fc.property(fc.object(), expectIdempotent), { numRuns: 500 });
  });

  it("never throws on objects shaped like settings with random field values", () => {
    const anyValue = fc.oneof(fc.jsonValue(), fc.constantFrom("gentle", "standard", "strict", "minimizing/overreacting", "absolutes", "https://a.com"));
    const listOf = fc.array(
      fc.oneof(fc.string({ maxLength: 250 }), fc.constantFrom("a/b", "minimizing/overreacting", "absolutes", "contempt", " ", ""), fc.jsonValue()),
      { maxLength: 20 },
    );
    const sites = fc.dictionary(
      fc.oneof(fc.string(), fc.webUrl(), fc.webUrl().map((u) => new URL(u).origin)),
      fc.oneof(fc.boolean(), fc.jsonValue()),
    );
    const settingsLike = fc.record(
      {
        version: fc.oneof(fc.constant(1), fc.jsonValue()),
        sensitivity: anyValue,
        disabledRules: fc.oneof(listOf, anyValue),
        disabledCategories: fc.oneof(listOf, anyValue),
        sites: fc.oneof(sites, anyValue),
        alwaysFlag: fc.oneof(listOf, anyValue),
        neverFlag: fc.oneof(listOf, anyValue),
        ownAcknowledgments: fc.oneof(listOf, anyValue),
      },
      { requiredKeys: [] },
    );
    fc.assert(fc.property(settingsLike, expectIdempotent), { numRuns: 500 });
  });

  it("valid settings are always read back exactly, with no problems", () => {
    const phrase = fc.string({ minLength: 1, maxLength: 200 }).filter((s) => s.trim().length > 0);
    const validSettings = fc.record({
      version: fc.constant(SETTINGS_VERSION),
      disabledRules: fc.uniqueArray(fc.stringMatching(/^[a-z-]{1,12}\/[a-z0-9-]{1,12}$/), { maxLength: 10 }),
      disabledCategories: fc.uniqueArray(fc.constantFrom(...CATEGORY_IDS)),
      sensitivity: fc.constantFrom("gentle" as const, "standard" as const, "strict" as const),
      sites: fc.dictionary(
        fc.webUrl().map((u) => new URL(u).origin),
        fc.boolean(),
      ),
      alwaysFlag: fc.uniqueArray(phrase, { maxLength: 10 }),
      neverFlag: fc.uniqueArray(phrase, { maxLength: 10 }),
      ownAcknowledgments: fc.uniqueArray(phrase, { maxLength: 10 }),
      pausedUntil: fc.option(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), { nil: null }),
      sendPause: fc.record({ on: fc.boolean(), sites: fc.dictionary(fc.webUrl().map((u) => new URL(u).origin), fc.boolean()) }),
      repairOffers: fc.boolean(),
      progress: fc.boolean(),
    });
    fc.assert(
      fc.property(validSettings, (s) => {
        expect(parseSettings(s)).toEqual({ settings: s, problems: [] });
      }),
      { numRuns: 300 },
    );
  });
});

describe("analyzerOptions", () => {
  it("maps each settings field onto the engine's option of the same meaning", () => {
    const settings = fullValid();
    expect(analyzerOptions(settings)).toEqual({
      disabledRules: settings.disabledRules,
      disabledCategories: settings.disabledCategories,
      sensitivity: settings.sensitivity,
      alwaysFlag: settings.alwaysFlag,
      neverFlag: settings.neverFlag,
      ownAcknowledgments: settings.ownAcknowledgments,
    });
  });

  it("does not pass the settings-only fields (version, sites) to the engine", () => {
    const options = analyzerOptions(fullValid()) as Record<string, unknown>;
    expect(options).not.toHaveProperty("version");
    expect(options).not.toHaveProperty("sites");
    expect(options).not.toHaveProperty("cacheSize");
  });

  it("the defaults give the same results as the engine's own defaults", () => {
    const fromSettings = createAnalyzer(analyzerOptions(parseSettings(undefined).settings));
    const plain = createAnalyzer();
    for (const text of ["You're overreacting.", "Calm down.", "You always do this.", "I'm sorry you feel that way.", "I hear you."]) {
      expect(fromSettings.analyze(text)).toEqual(plain.analyze(text));
    }
  });
});

describe("settings end to end with the real engine", () => {
  const rulesIn = (analyzer: ReturnType<typeof createAnalyzer>, text: string) => analyzer.analyze(text).findings.map((f) => f.rule);

  it("a disabled rule is no longer reported, other rules still are", () => {
    const text = "You're overreacting. Calm down.";
    expect(rulesIn(createAnalyzer(), text)).toEqual(expect.arrayContaining(["minimizing/overreacting", "minimizing/calm-down"]));

    const { settings, problems } = parseSettings({ disabledRules: ["minimizing/overreacting"] });
    expect(problems).toEqual([]);
    const rules = rulesIn(createAnalyzer(analyzerOptions(settings)), text);
    expect(rules).not.toContain("minimizing/overreacting");
    expect(rules).toContain("minimizing/calm-down");
  });

  it("the brief's exact example: You're overreacting.", () => {
    expect(rulesIn(createAnalyzer(), "You're overreacting.")).toContain("minimizing/overreacting");
    const analyzer = createAnalyzer(analyzerOptions(parseSettings({ disabledRules: ["minimizing/overreacting"] }).settings));
    expect(rulesIn(analyzer, "You're overreacting.")).not.toContain("minimizing/overreacting");
  });

  it("an invalid entry dropped by parseSettings does not stop the valid one from applying", () => {
    const { settings } = parseSettings({ disabledRules: [42, "Not A Rule", "minimizing/overreacting"] });
    expect(rulesIn(createAnalyzer(analyzerOptions(settings)), "You're overreacting.")).not.toContain("minimizing/overreacting");
  });

  it("a disabled category removes all its rules", () => {
    const { settings } = parseSettings({ disabledCategories: ["minimizing"] });
    const rules = rulesIn(createAnalyzer(analyzerOptions(settings)), "You're overreacting. Calm down.");
    expect(rules.filter((r) => r.startsWith("minimizing/"))).toEqual([]);
  });

  it("gentle sensitivity drops medium findings that strict keeps", () => {
    const text = "You always do this.";
    expect(rulesIn(createAnalyzer(), text)).toContain("absolutes/you-always");
    const gentle = createAnalyzer(analyzerOptions(parseSettings({ sensitivity: "gentle" }).settings));
    expect(rulesIn(gentle, text)).not.toContain("absolutes/you-always");
    // A high-severity finding survives gentle.
    expect(rulesIn(gentle, "You're overreacting.")).toContain("minimizing/overreacting");
  });

  it("neverFlag suppresses a finding whose excerpt contains the phrase", () => {
    const { settings } = parseSettings({ neverFlag: ["overreacting"] });
    expect(rulesIn(createAnalyzer(analyzerOptions(settings)), "You're overreacting.")).not.toContain("minimizing/overreacting");
  });

  it("alwaysFlag adds a finding for the person's phrase", () => {
    const text = "Let's get pineapple pizza tonight.";
    expect(createAnalyzer().analyze(text).findings).toEqual([]);
    const { settings } = parseSettings({ alwaysFlag: ["pineapple pizza"] });
    const after = createAnalyzer(analyzerOptions(settings)).analyze(text).findings;
    const hit = after.find((f) => f.excerpt.toLowerCase() === "pineapple pizza");
    expect(hit).toBeDefined();
    expect(text.slice(hit!.start, hit!.end)).toBe(hit!.excerpt);
  });
});

describe("pause before sending, repair offers and progress", () => {
  it("falls back to off / on with a problem naming each wrong value", () => {
    const { settings, problems } = parseSettings({ version: 3, sendPause: "yes", repairOffers: "no", progress: 1 });
    expect(settings.sendPause).toEqual({ on: false, sites: {} });
    expect(settings.repairOffers).toBe(true);
    expect(settings.progress).toBe(true);
    expect(problemsAbout(problems, "sendPause")).toHaveLength(1);
    expect(problemsAbout(problems, "repairOffers")).toHaveLength(1);
    expect(problemsAbout(problems, "progress")).toHaveLength(1);
  });

  it("keeps valid per-site choices and drops invalid ones", () => {
    const { settings, problems } = parseSettings({
      version: 3,
      sendPause: { on: true, sites: { "https://app.slack.com": false, "not an origin": true, "https://x.com": "yes" } },
    });
    expect(settings.sendPause).toEqual({ on: true, sites: { "https://app.slack.com": false } });
    expect(problems).toEqual(["sendPause.sites: dropped 2 invalid entries"]);
  });

  it("a site's own choice wins over the default", () => {
    const sendPause = { on: false, sites: { "https://app.slack.com": true, "https://mail.google.com": false } };
    expect(isSendPauseOn("https://app.slack.com", { sendPause })).toBe(true);
    expect(isSendPauseOn("https://discord.com", { sendPause })).toBe(false);
    expect(isSendPauseOn("https://mail.google.com", { sendPause: { ...sendPause, on: true } })).toBe(false);
    expect(isSendPauseOn("https://discord.com", { sendPause: { ...sendPause, on: true } })).toBe(true);
  });
});
