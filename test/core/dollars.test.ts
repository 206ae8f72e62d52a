import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { dollarsToCents, formatCents } from "../../src/index.js";

describe("dollarsToCents", () => {
  it.each([
    ["2,150,000.00", 215_000_000],
    ["2150000", 215_000_000],
    [2_150_000, 215_000_000],
    ["$1,250", 125_000],
    ["19.9", 1_990],
    [19.99, 1_999],
    [".5", 50],
    ["-0.5", -50],
    ["-0", 0],
    ["1.500", 150],
    [0, 0],
    [1e-7 * 0, 0],
    ["90071992547409.91", 9_007_199_254_740_991],
  ] as const)("%s dollars are %i cents", (dollars, cents) => {
    expect(dollarsToCents(dollars)).toBe(cents);
  });
  it.each([
    ["1.005", "has a fraction of a cent"],
    [0.1 + 0.2, "has a fraction of a cent"],
    [1e-7, "has a fraction of a cent"],
    ["12 dollars", "is not a dollar amount"],
    ["1,00", "is not a dollar amount"],
    ["", "is not a dollar amount"],
    ["$", "is not a dollar amount"],
    [Number.NaN, "is not a dollar amount"],
    [Number.POSITIVE_INFINITY, "is not a dollar amount"],
    [1e21, "is more than Number.MAX_SAFE_INTEGER cents"],
    ["90071992547409.92", "is more than Number.MAX_SAFE_INTEGER cents"],
  ] as const)("%s is refused (%s)", (dollars, message) => {
    expect(() => dollarsToCents(dollars)).toThrow(RangeError);
    expect(() => dollarsToCents(dollars)).toThrow(message);
  });
  it("echoes the value", () => {
    expect(() => dollarsToCents("2,15,000")).toThrow('"2,15,000" is not a dollar amount');
  });
  test.prop([fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER })], { numRuns: 500 })("inverts formatCents for every safe amount", (cents) => {
    expect(dollarsToCents(formatCents(cents).replace("-$", "-").replace("$", ""))).toBe(cents === 0 ? 0 : cents);
  });
});
