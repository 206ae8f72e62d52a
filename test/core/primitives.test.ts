import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { isValid, parseISO } from "date-fns";
import { CentsSchema, IdSchema, IsoDateSchema, ShareSchema, TimestampSchema, dateToIso, formatCents, isoToDate } from "../../src/index.js";

const pad = (n: number, w: number) => String(n).padStart(w, "0");

describe("IsoDateSchema", () => {
  it.each(["2024-02-29", "2000-02-29", "2025-12-31", "2025-01-01"])("accepts the calendar date %s", (d) => {
    expect(IsoDateSchema.safeParse(d).success).toBe(true);
  });
  it.each(["2025-02-29", "1900-02-29", "2025-02-30", "2025-04-31", "2025-13-01", "2025-00-10", "2025-9-1", "2025-09-01T00:00:00Z", " 2025-09-01", "", 20250901])(
    "rejects %s",
    (d) => {
      expect(IsoDateSchema.safeParse(d).success).toBe(false);
    },
  );

  test.prop([fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.oneof(fc.constantFrom(28, 29, 30, 31), fc.integer({ min: 1, max: 31 }))], { numRuns: 2000 })(
    "accepts exactly the real calendar dates (checked against date-fns)",
    (year, month, day) => {
      const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
      const date = parseISO(text);
      const real = isValid(date) && date.getFullYear() === year && date.getMonth() + 1 === month && date.getDate() === day;
      expect(IsoDateSchema.safeParse(text).success).toBe(real);
    },
  );

  test.prop([fc.constantFrom(1600, 1700, 1900, 2000, 2023, 2024, 2100, 2400)])("agrees with date-fns on February 29 in century and leap years", (year) => {
    const text = `${year}-02-29`;
    expect(IsoDateSchema.safeParse(text).success).toBe(isValid(parseISO(text)) && parseISO(text).getMonth() === 1);
  });
});

describe("isoToDate and dateToIso", () => {
  it("round-trip calendar dates at local midnight", () => {
    for (const d of ["2024-02-29", "2025-01-31", "1999-12-31"]) expect(dateToIso(isoToDate(d))).toBe(d);
  });
  it("throw a RangeError on dates that do not exist", () => {
    expect(() => isoToDate("2025-02-30")).toThrow(RangeError);
    expect(() => dateToIso(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe("TimestampSchema", () => {
  it("accepts a date-time with an offset or a calendar date, and nothing else", () => {
    expect(TimestampSchema.safeParse("2025-09-01T10:00:00-05:00").success).toBe(true);
    expect(TimestampSchema.safeParse("2025-09-01T10:00:00").success).toBe(false);
    expect(TimestampSchema.safeParse(0).success).toBe(false);
  });
});

describe("CentsSchema", () => {
  it("accepts 0 and Number.MAX_SAFE_INTEGER", () => {
    expect(CentsSchema.safeParse(0).success).toBe(true);
    expect(CentsSchema.safeParse(Number.MAX_SAFE_INTEGER).success).toBe(true);
  });
  it.each([-1, 0.5, Number.MAX_SAFE_INTEGER + 1, Number.NaN, Number.POSITIVE_INFINITY, "100", null])("rejects %s", (v) => {
    expect(CentsSchema.safeParse(v).success).toBe(false);
  });
  it("says why a fraction of a cent is rejected", () => {
    expect(CentsSchema.safeParse(10.5).error?.issues[0]?.message).toBe("amounts are integer cents (no fractions of a cent)");
  });
});

describe("formatCents", () => {
  it("writes dollars with thousands separators", () => {
    expect(formatCents(0)).toBe("$0.00");
    expect(formatCents(100_000_000_00)).toBe("$100,000,000.00");
    expect(formatCents(Number.MAX_SAFE_INTEGER)).toBe("$90,071,992,547,409.91");
  });
});

describe("IdSchema", () => {
  it("accepts ids up to 200 characters and rejects longer, empty or padded ones", () => {
    expect(IdSchema.safeParse("x".repeat(200)).success).toBe(true);
    expect(IdSchema.safeParse("x".repeat(201)).success).toBe(false);
    expect(IdSchema.safeParse("").success).toBe(false);
    expect(IdSchema.safeParse("a ").success).toBe(false);
    expect(IdSchema.safeParse("\ta").success).toBe(false);
    expect(IdSchema.safeParse("a b").success).toBe(true);
  });
});

describe("ShareSchema", () => {
  it("accepts 0..1", () => {
    expect([0, 0.5, 1].every((v) => ShareSchema.safeParse(v).success)).toBe(true);
    expect(ShareSchema.safeParse(-0.01).success).toBe(false);
  });
});
