// Turning a site on from the popup: the permission prompt for a site beyond the default list must
// come first, synchronously within the person's click (browsers refuse a prompt after an await),
// and the site is switched on only if they allow it. The e2e tests cannot answer a real prompt.
import { beforeEach, describe, expect, it, vi } from "vitest";

const calls: string[] = [];
let grant = true;

vi.mock("webextension-polyfill", () => ({
  default: {
    permissions: {
      request: vi.fn((p: { origins: string[] }) => {
        calls.push(`request ${p.origins.join(",")}`);
        return Promise.resolve(grant);
      }),
    },
    runtime: {
      sendMessage: vi.fn((m: { type: string; origin?: string; on?: boolean }) => {
        calls.push(`send ${m.type} ${m.origin} ${m.on}`);
        return Promise.resolve({ ok: true });
      }),
    },
    i18n: { getMessage: () => "" },
  },
}));

const { turnSite, pauseUntil } = await import("../../src/popup/actions");

beforeEach(() => {
  calls.length = 0;
  grant = true;
});

describe("turnSite", () => {
  it("asks for a new site's permission before anything else, in the same task as the click", async () => {
    const result = turnSite("https://example.com", true);
    // Synchronously, before any await: the prompt is already requested.
    expect(calls).toEqual(["request https://example.com/*"]);
    expect(await result).toBe("done");
    expect(calls).toEqual(["request https://example.com/*", "send setSite https://example.com true"]);
  });

  it("does not switch the site on when the person says no", async () => {
    grant = false;
    expect(await turnSite("http://localhost:3000", true)).toBe("denied");
    expect(calls).toEqual(["request http://localhost:3000/*"]);
  });

  it("needs no prompt for a default site, or to turn any site off", async () => {
    expect(await turnSite("https://app.slack.com", true)).toBe("done");
    expect(await turnSite("https://example.com", false)).toBe("done");
    expect(calls).toEqual(["send setSite https://app.slack.com true", "send setSite https://example.com false"]);
  });
});

describe("pauseUntil", () => {
  it("is an hour on, tomorrow at midnight local time, or until turned back on", () => {
    const now = new Date(2026, 10, 25, 21, 30).getTime();
    expect(pauseUntil("hour", now)).toBe(now + 3_600_000);
    expect(pauseUntil("tomorrow", now)).toBe(new Date(2026, 10, 26, 0, 0).getTime());
    expect(pauseUntil("indefinitely", now)).toBe(Number.MAX_SAFE_INTEGER);
  });
});
