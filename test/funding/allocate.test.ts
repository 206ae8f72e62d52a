import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { allocateCost, requiredNonFederalMatch } from "../../src/index.js";

describe("allocateCost", () => {
  it("gives left-over cents to the largest remainders, ties to the earlier position", () => {
    expect(allocateCost(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(allocateCost(2, [1, 1, 1])).toEqual([1, 1, 0]);
    expect(allocateCost(7, [0.5, 0.3, 0.2])).toEqual([4, 2, 1]);
  });
  it("handles a zero total, one weight and the largest safe total", () => {
    expect(allocateCost(0, [1, 2])).toEqual([0, 0]);
    expect(allocateCost(99, [3])).toEqual([99]);
    const max = allocateCost(Number.MAX_SAFE_INTEGER, [1, 2, 3]);
    expect(max.reduce((a, b) => a + b, 0)).toBe(Number.MAX_SAFE_INTEGER);
  });
  it.each([
    ["a negative weight", 100, [1, -1], /weight 1 is -1; weights must be finite and not negative/],
    ["weights summing to zero", 100, [0, 0], /sum to zero/],
    ["no weights", 100, [], /at least one weight/],
    ["a NaN weight", 100, [Number.NaN], /finite/],
    ["a fractional total", 10.5, [1], /integer cents/],
    ["a negative total", -1, [1], /integer cents/],
    ["a total past MAX_SAFE_INTEGER", Number.MAX_SAFE_INTEGER + 2, [1], /integer cents/],
  ])("throws a clear RangeError for %s", (_label, total, weights, message) => {
    expect(() => allocateCost(total as number, weights as number[])).toThrow(RangeError);
    expect(() => allocateCost(total as number, weights as number[])).toThrow(message as RegExp);
  });

  const total = fc.oneof(fc.constantFrom(0, 1, 2, 99, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER - 1), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }));
  const weight = fc.oneof(fc.constantFrom(0, Number.MIN_VALUE, 1, 1e-12, 1e12, 1e300), fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true }));
  const weights = fc.array(weight, { minLength: 1, maxLength: 12 }).filter((w) => w.some((x) => x > 0) && Number.isFinite(w.reduce((a, b) => a + b, 0)));
  test.prop([total, weights], { numRuns: 1000 })("always sums exactly, never goes negative, gives zero weights nothing", (t, w) => {
    const parts = allocateCost(t, w);
    expect(parts).toHaveLength(w.length);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(t);
    parts.forEach((p, i) => {
      expect(Number.isInteger(p) && p >= 0).toBe(true);
      if (w[i] === 0) expect(p).toBe(0);
    });
    expect(allocateCost(t, w)).toEqual(parts);
  });
  test.prop([fc.integer({ min: 0, max: 1e9 }), fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 8 })])("stays within one cent of each exact share", (t, w) => {
    const sum = w.reduce((a, b) => a + b, 0);
    allocateCost(t, w).forEach((p, i) => expect(Math.abs(p - (t * w[i]!) / sum)).toBeLessThan(1));
  });
});

describe("requiredNonFederalMatch", () => {
  it("is 25% of the federal amount for the 20% Head Start share of total cost", () => {
    expect(requiredNonFederalMatch(800_000_00)).toBe(200_000_00);
    expect(requiredNonFederalMatch(3)).toBe(1);
    expect(requiredNonFederalMatch(4)).toBe(1);
    expect(requiredNonFederalMatch(5)).toBe(2);
  });
  it("rounds up to the next cent and uses other rates exactly", () => {
    expect(requiredNonFederalMatch(100, { rate: 0.1 })).toBe(12);
    expect(requiredNonFederalMatch(90, { rate: 0.1 })).toBe(10);
    expect(requiredNonFederalMatch(0)).toBe(0);
  });
  it("handles the largest amounts exactly and refuses overflow and bad rates", () => {
    expect(requiredNonFederalMatch(Number.MAX_SAFE_INTEGER - 3)).toBe((Number.MAX_SAFE_INTEGER - 3) / 4);
    expect(() => requiredNonFederalMatch(Number.MAX_SAFE_INTEGER, { rate: 0.9 })).toThrow(/exceeds/);
    expect(() => requiredNonFederalMatch(100, { rate: 1 })).toThrow(RangeError);
    expect(() => requiredNonFederalMatch(-5)).toThrow(RangeError);
  });
  test.prop([fc.integer({ min: 0, max: 2 ** 50 })])("federal plus match puts federal at no more than 80% of the total", (federal) => {
    const match = requiredNonFederalMatch(federal);
    expect(federal * 0.2 <= match * 0.8 + 1e-6 * federal + 1).toBe(true);
    expect(match - federal / 4).toBeLessThan(1);
    expect(match).toBeGreaterThanOrEqual(federal / 4);
  });
});
