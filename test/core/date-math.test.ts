import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { addDays, addMonths, differenceInCalendarDays, formatISO } from "date-fns";
import * as z from "zod";
import { addDaysIso, addMonthsIso, addYearsIso, daysBetween, isIsoDate, isoFromDay, isoToDay, MAX_DAY, MIN_DAY, monthsFromRemembered } from "../../src/core/date-math.js";

const local = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const date = new Date(2000, 0, 1);
  date.setFullYear(y, m - 1, d);
  return date;
};
const iso = (d: Date) => formatISO(d, { representation: "date" });
const day = fc.integer({ min: MIN_DAY, max: MAX_DAY });
const modern = fc.integer({ min: -25_000, max: 60_000 }); // 1901..2134, where local Dates behave

describe("calendar arithmetic on day numbers", () => {
  test.prop([day], { numRuns: 5000 })("day numbers and ISO dates are inverses over 0000-01-01..9999-12-31, and every date is one zod accepts", (n) => {
    const d = isoFromDay(n);
    expect(isoToDay(d)).toBe(n);
    expect(z.iso.date().safeParse(d).success).toBe(true);
    expect(isIsoDate(d)).toBe(true);
  });
  test.prop([modern, fc.integer({ min: -2000, max: 2000 }), fc.integer({ min: -240, max: 240 })], { numRuns: 3000 })("agrees with date-fns where local dates are well behaved", (n, days, months) => {
    const d = isoFromDay(n);
    // In a zone that skipped a day (Apia skipped 2011-12-30), local Dates cannot name it: compare only where they can.
    const skippedNear = [0, days].some((k) => iso(local(isoFromDay(n + k))) !== isoFromDay(n + k) || iso(addDays(local(d), k)) !== isoFromDay(n + k));
    if (skippedNear) return;
    expect(addDaysIso(d, days)).toBe(iso(addDays(local(d), days)));
    const viaDate = iso(addMonths(local(d), months));
    const ours = addMonthsIso(d, months);
    // Where the month's day does not exist locally, a local Date moves it to the next day.
    if (iso(local(ours)) === ours) expect(ours).toBe(viaDate);
    const other = isoFromDay(n + days);
    expect(daysBetween(d, other)).toBe(differenceInCalendarDays(local(other), local(d)));
  });
  it.each([
    ["2024-02-29", 12, "2025-02-28"],
    ["2024-01-31", 1, "2024-02-29"],
    ["0000-02-29", 12, "0001-02-28"],
    ["9999-01-01", 12, "9999-12-31"],
    ["0000-06-01", -12, "0000-01-01"],
  ])("%s plus %i months is %s (clamped to the month's end and to the calendar)", (from, months, to) => {
    expect(addMonthsIso(from, months)).toBe(to);
  });
  it("keeps four-digit years at the ends of the calendar", () => {
    expect(addDaysIso("9999-12-31", 1)).toBe("9999-12-31");
    expect(addDaysIso("0000-01-01", -1)).toBe("0000-01-01");
    expect(addYearsIso("9999-01-01", 1)).toBe("9999-12-31");
  });
  test.prop([fc.string(), fc.constantFrom("2025-02-29", "2025-13-01", "2025-00-10", "2025-04-31", "20250101", "2025-1-01", "+2025-01-01", "10000-01-01")], { numRuns: 300 })("accepts exactly the dates zod's iso date accepts", (junk, bad) => {
    for (const s of [junk, bad]) expect(isIsoDate(s)).toBe(z.iso.date().safeParse(s).success);
  });
});

describe("reading a date in place (isIsoDate, isoToDay, addMonthsIso) agrees with the definition written out with a regular expression", () => {
  /** The definition: four digits, a dash, two digits, a dash, two digits, naming a day of the calendar. */
  const definition = (value: string) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (!m) return undefined;
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    const length = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
    return length !== undefined && day >= 1 && day <= length ? { year, month, day } : undefined;
  };
  // Strings near the format: right length, digits and dashes in and out of place, month 00/13, day 00/29-32, non-ASCII digits.
  const near = fc
    .tuple(
      fc.stringMatching(/^[0-9]{4}$/),
      fc.constantFrom("-", "/", "0", "٠"),
      fc.constantFrom("00", "01", "02", "09", "11", "12", "13", "1", "9a"),
      fc.constantFrom("-", "−"),
      fc.constantFrom("00", "01", "28", "29", "30", "31", "32", "1", "٣"),
    )
    .map(([y, s1, m, s2, d]) => `${y}${s1}${m}${s2}${d}`);
  test.prop([fc.oneof(near, fc.string({ maxLength: 12 }), fc.constantFrom("2024-02-29", "2023-02-29", "1900-02-29", "2000-02-29", "0000-01-01", "9999-12-31", " 2024-01-01", "2024-01-01 ", "2024-01-01\n"))], { numRuns: 5000 })(
    "a string is a date for both or for neither, and its day number and month arithmetic are the ones its parts give",
    (value) => {
      const parts = definition(value);
      expect(isIsoDate(value)).toBe(parts !== undefined);
      if (parts) {
        const iso = `${String(parts.year).padStart(4, "0")}-${String(parts.month).padStart(2, "0")}-${String(parts.day).padStart(2, "0")}`;
        expect(iso).toBe(value);
        expect(isoFromDay(isoToDay(value))).toBe(value);
        const next = parts.month === 12 ? { year: parts.year + 1, month: 1 } : { year: parts.year, month: parts.month + 1 };
        if (next.year <= 9999) expect(addMonthsIso(value, 1).slice(0, 7)).toBe(`${String(next.year).padStart(4, "0")}-${String(next.month).padStart(2, "0")}`);
      } else {
        expect(() => isoToDay(value)).toThrow(RangeError);
        expect(() => addMonthsIso(value, 1)).toThrow(RangeError);
      }
    },
  );
  it("refuses what is not a string, with the value in the message", () => {
    expect(isIsoDate(20250901)).toBe(false);
    expect(isIsoDate(null)).toBe(false);
    expect(() => isoToDay(20250901 as never)).toThrow("not a calendar date: 20250901");
    expect(() => addMonthsIso(undefined as never, 1)).toThrow(RangeError);
  });
});

describe("monthsFromRemembered", () => {
  it("gives addMonthsIso's answer for every pair of arguments, however calls alternate", () => {
    const remembered = monthsFromRemembered();
    const calls: [string, number][] = [["2024-02-29", -12], ["2024-02-29", -12], ["2024-02-29", -24], ["2025-03-31", -1], ["2024-02-29", -12], ["2025-03-31", -1]];
    for (const [iso, months] of calls) expect(remembered(iso, months)).toBe(addMonthsIso(iso, months));
    expect(remembered("2024-02-29", -12)).toBe("2023-02-28");
  });
});
