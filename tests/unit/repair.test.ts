import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isRepairOfferCurrent, parseRepairOffer, REPAIR_MESSAGE_KEYS, REPAIR_OFFER_MAX_AGE_MS } from "../../src/shared/repair";

const messages = JSON.parse(readFileSync(path.resolve(__dirname, "../../src/_locales/en/messages.json"), "utf8")) as Record<string, { message: string }>;

describe("parseRepairOffer", () => {
  it("reads an offer with a time", () => {
    expect(parseRepairOffer({ at: 1_800_000_000_000 })).toEqual({ at: 1_800_000_000_000 });
    // Anything else stored with it is not carried along.
    expect(parseRepairOffer({ at: 5, text: "what they wrote" })).toEqual({ at: 5 });
  });

  it.each([[undefined], [null], [5], ["x"], [[]], [{}], [{ at: "5" }], [{ at: 0 }], [{ at: -1 }], [{ at: Number.NaN }], [{ at: Number.POSITIVE_INFINITY }], [Object.create({ at: 5 })]])(
    "reads %j as no offer",
    (raw) => {
      expect(parseRepairOffer(raw)).toBeNull();
    },
  );
});

describe("isRepairOfferCurrent", () => {
  const now = 1_800_000_000_000;

  it("shows an offer for a week", () => {
    expect(isRepairOfferCurrent({ at: now }, now)).toBe(true);
    expect(isRepairOfferCurrent({ at: now - REPAIR_OFFER_MAX_AGE_MS + 1 }, now)).toBe(true);
    expect(isRepairOfferCurrent({ at: now - REPAIR_OFFER_MAX_AGE_MS }, now)).toBe(false);
    expect(isRepairOfferCurrent(null, now)).toBe(false);
  });

  it("allows a minute of clock difference into the future, no more", () => {
    expect(isRepairOfferCurrent({ at: now + 60_000 }, now)).toBe(true);
    expect(isRepairOfferCurrent({ at: now + 60_001 }, now)).toBe(false);
  });
});

describe("the repair messages", () => {
  it("are in the locale, distinct, and in our own words rather than the issue's sentence", () => {
    const texts = REPAIR_MESSAGE_KEYS.map((key) => messages[key]?.message);
    expect(texts.every((m) => typeof m === "string" && m.length > 20)).toBe(true);
    expect(new Set(texts).size).toBe(texts.length);
    for (const text of texts) expect(text).not.toContain("I really want to understand where you're coming from");
  });
});
