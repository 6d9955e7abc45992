import { describe, expect, it } from "vitest";
import { exportSettings, importSettings, MAX_IMPORT_CHARS } from "../../src/options/settings-io";
import { parseSiteInput, siteLabel } from "../../src/options/site-input";
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from "../../src/shared/settings";

/** Every field set to something valid and non-default. */
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

function imported(text: string) {
  const result = importSettings(text);
  if (!result.ok) throw new Error(`expected an import, got: ${result.error}`);
  return result;
}

describe("exportSettings", () => {
  it("writes pretty-printed JSON ending in a newline", () => {
    const text = exportSettings(fullValid());
    expect(text.endsWith("}\n")).toBe(true);
    expect(text).toContain('\n  "sensitivity": "gentle"');
    expect(JSON.parse(text)).toEqual(fullValid());
  });

  it("does not change the settings it is given", () => {
    const settings = fullValid();
    exportSettings(settings);
    expect(settings).toEqual(fullValid());
  });
});

describe("importSettings: round trip", () => {
  it("reads back exactly what was exported, with no problems", () => {
    const result = imported(exportSettings(fullValid()));
    expect(result.settings).toEqual(fullValid());
    expect(result.problems).toEqual([]);
  });

  it("round-trips the defaults", () => {
    const result = imported(exportSettings(structuredClone(DEFAULT_SETTINGS) as Settings));
    expect(result.settings).toEqual(DEFAULT_SETTINGS);
    expect(result.problems).toEqual([]);
  });

  it("round-trips phrases with quotes, backslashes, emoji and other scripts", () => {
    const settings = { ...fullValid(), alwaysFlag: ['he said "fine"', "back\\slash", "😒 sure", "ну и ладно", "line\u2028sep"] };
    expect(imported(exportSettings(settings)).settings).toEqual(settings);
  });

  it("accepts a UTF-8 byte-order mark and surrounding whitespace", () => {
    expect(imported("\uFEFF  " + exportSettings(fullValid()) + "\n\n").settings).toEqual(fullValid());
  });

  it("an empty object imports as the defaults", () => {
    const result = imported("{}");
    expect(result.settings).toEqual(DEFAULT_SETTINGS);
    expect(result.problems).toEqual([]);
  });
});

describe("importSettings: not JSON", () => {
  it.each([[""], ["   "], ["not json"], ["{"], ["{sensitivity: 'gentle'}"], ["{'a': 1}"], ['{"a": 1,}'], ["undefined"], ["NaN"], ["<html></html>"]])(
    "%j is refused with a message that says it is not JSON",
    (text) => {
      const result = importSettings(text);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.reason).toBe("not-json");
      expect(result.error).toMatch(/not JSON/);
    },
  );

  it("a file that is too large is refused without parsing", () => {
    const result = importSettings(" ".repeat(MAX_IMPORT_CHARS + 1));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toBe("too-large");
  });
});

describe("importSettings: JSON that is not an object", () => {
  it.each([["null"], ["42"], ['"settings"'], ["true"], ["[]"], [JSON.stringify([fullValid()])]])("%s is refused", (text) => {
    const result = importSettings(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe("not-object");
    expect(result.error).toMatch(/not a settings object/);
  });
});

describe("importSettings: partial and corrupted objects", () => {
  it("a partial object keeps what it has and takes the defaults for the rest, without problems", () => {
    const result = imported(JSON.stringify({ sensitivity: "standard", neverFlag: ["calm down"] }));
    expect(result.problems).toEqual([]);
    expect(result.settings).toEqual({ ...DEFAULT_SETTINGS, sensitivity: "standard", neverFlag: ["calm down"] });
  });

  it("keeps every valid part of a corrupted object and names each part it replaced", () => {
    const raw = {
      ...fullValid(),
      sensitivity: "extreme",
      disabledCategories: ["absolutes", "not-a-category", 7],
      sites: { "https://example.com": true, "not an origin": true, "https://b.example": "yes" },
      alwaysFlag: "whatever",
    };
    const result = imported(JSON.stringify(raw));
    const expected = fullValid();
    expect(result.settings).toEqual({
      ...expected,
      sensitivity: DEFAULT_SETTINGS.sensitivity,
      disabledCategories: ["absolutes"],
      sites: { "https://example.com": true },
      alwaysFlag: [],
    });
    expect(result.problems).toHaveLength(4);
    for (const field of ["sensitivity", "disabledCategories", "sites", "alwaysFlag"]) {
      expect(result.problems.some((p) => p.includes(field)), `a problem names ${field}`).toBe(true);
    }
  });

  it("a field of the wrong type is replaced, and the others are kept", () => {
    const result = imported(JSON.stringify({ ...fullValid(), disabledRules: { rule: "minimizing/overreacting" }, pausedUntil: "soon" }));
    expect(result.settings.disabledRules).toEqual([]);
    expect(result.settings.pausedUntil).toBeNull();
    expect(result.settings.neverFlag).toEqual(["calm down"]);
    expect(result.settings.sensitivity).toBe("gentle");
    expect(result.problems).toHaveLength(2);
  });

  it("ignores unknown fields and does not copy them", () => {
    // "__proto__" as a JSON key is an own property after JSON.parse, not the prototype.
    const text = JSON.stringify({ ...fullValid(), theme: "dark" }).replace("{", '{"__proto__": {"polluted": true}, ');
    const result = imported(text);
    expect(result.problems).toEqual([]);
    expect(Object.keys(result.settings).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("a version from the future is read for what fits, with a problem", () => {
    const result = imported(JSON.stringify({ ...fullValid(), version: 99 }));
    expect(result.settings).toEqual(fullValid());
    expect(result.problems.some((p) => p.includes("version"))).toBe(true);
  });
});

describe("importSettings: migration", () => {
  it("a version 1 object (no pause) migrates to the current version", () => {
    const v1 = {
      version: 1,
      disabledRules: ["minimizing/overreacting"],
      disabledCategories: ["absolutes"],
      sensitivity: "standard",
      sites: { "https://example.com": true },
      alwaysFlag: ["whatever"],
      neverFlag: [],
      ownAcknowledgments: ["I hear you."],
    };
    const result = imported(JSON.stringify(v1));
    expect(result.problems).toEqual([]);
    expect(result.settings).toEqual({ ...v1, version: SETTINGS_VERSION, pausedUntil: null, sendPause: { on: false, sites: {} }, repairOffers: true, progress: true });
  });

  it("an object with no version is read as version 1 and migrated", () => {
    const result = imported(JSON.stringify({ sensitivity: "gentle" }));
    expect(result.settings.version).toBe(SETTINGS_VERSION);
    expect(result.settings.pausedUntil).toBeNull();
    expect(result.problems).toEqual([]);
  });
});

describe("parseSiteInput (the options page's Add a site box)", () => {
  it.each([
    ["example.com", "https://example.com"],
    ["  Example.COM  ", "https://example.com"],
    ["https://example.com/anything?x=1#y", "https://example.com"],
    ["example.com/some/path", "https://example.com"],
    ["example.com:8443", "https://example.com:8443"],
    ["https://example.com:443/", "https://example.com"],
    ["http://localhost:3000/app", "http://localhost:3000"],
    ["localhost:3000", "https://localhost:3000"],
    ["192.168.1.10", "https://192.168.1.10"],
    ["münchen.de", "https://xn--mnchen-3ya.de"],
    ["HTTPS://Chat.Example.org", "https://chat.example.org"],
  ])("%j is the site %s", (input, origin) => {
    expect(parseSiteInput(input)).toEqual({ ok: true, origin });
  });

  it.each([
    ["", "empty"],
    ["   ", "empty"],
    ["ftp://example.com", "scheme"],
    ["file:///home/me", "scheme"],
    ["chrome://extensions", "scheme"],
    ["example", "invalid"],
    ["exa mple.com", "invalid"],
    ["https://*.example.com", "invalid"],
    ["*.example.com", "invalid"],
    ["me@example.com", "invalid"],
    ["https://user:pw@example.com", "invalid"],
    ["999", "invalid"],
    ["1.2.3", "invalid"],
    [".com", "invalid"],
    ["a..com", "invalid"],
    ["-a.com", "invalid"],
    ["https://", "invalid"],
    ["javascript:alert(1)", "invalid"],
  ])("%j is refused (%s)", (input, error) => {
    expect(parseSiteInput(input)).toEqual({ ok: false, error });
  });

  it("siteLabel shows the host, with the scheme only when it is not https", () => {
    expect(siteLabel("https://example.com")).toBe("example.com");
    expect(siteLabel("https://example.com:8443")).toBe("example.com:8443");
    expect(siteLabel("http://localhost:3000")).toBe("http://localhost:3000");
  });
});
