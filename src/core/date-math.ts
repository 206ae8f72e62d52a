// Calendar arithmetic on ISO dates as whole numbers of days: no `Date`, no clock, no time zone.
// The day number is Howard Hinnant's days_from_civil (proleptic Gregorian calendar, day 0 =
// 1970-01-01), exact for every date the library accepts. Results are kept within the four-digit
// ISO range 0000-01-01..9999-12-31, so every date the library writes compares correctly as a
// string: a date that would fall past either end is written as that end.
import { describeValue } from "./describe.js";
import type { IsoDate } from "./iso-date.js";

/** Day number of 0000-01-01. */
export const MIN_DAY = -719528;
/** Day number of 9999-12-31. */
export const MAX_DAY = 2932896;

const isLeap = (y: number) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (1-12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeap(year) ? 29 : 28) : MONTH_DAYS[month - 1]!;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Two ASCII digits at `i` as a number. */
const twoDigits = (value: string, i: number) => (value.charCodeAt(i) - 48) * 10 + value.charCodeAt(i + 1) - 48;

/**
 * The digits of a real calendar date `YYYY-MM-DD` as one number (20250901), or `NaN`. No match
 * array and no substring is made (a `test`, then the digits read in place): dates are checked on
 * every hot path of the library (every practice, meeting and signature of every record).
 */
function calendarDigits(value: string): number {
  if (!ISO.test(value)) return NaN;
  const year = twoDigits(value, 0) * 100 + twoDigits(value, 2);
  const month = twoDigits(value, 5);
  const day = twoDigits(value, 8);
  return month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) ? NaN : year * 10000 + month * 100 + day;
}

/** True when `value` is a real calendar date `YYYY-MM-DD`. */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === "string" && calendarDigits(value) > 0;
}

/** {@link calendarDigits} of a value that must be a date; throws a RangeError on anything else. */
function digitsOrThrow(iso: IsoDate): number {
  const n = typeof iso === "string" ? calendarDigits(iso) : NaN;
  if (!(n > 0)) throw new RangeError(`not a calendar date: ${describeValue(iso)}`);
  return n;
}

/** Days since 1970-01-01 of a calendar date (Hinnant's days_from_civil). */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The ISO date of a day number, kept within 0000-01-01..9999-12-31. */
export function isoFromDay(days: number): IsoDate {
  const z = Math.min(MAX_DAY, Math.max(MIN_DAY, days)) + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Days since 1970-01-01 of an ISO date; throws a RangeError on a non-date. */
export function isoToDay(iso: IsoDate): number {
  const n = digitsOrThrow(iso);
  return dayNumber(Math.floor(n / 10000), Math.floor(n / 100) % 100, n % 100);
}

/** Adds calendar days (negative subtracts). */
export function addDaysIso(iso: IsoDate, days: number): IsoDate {
  return isoFromDay(isoToDay(iso) + days);
}

/** Adds calendar months; a month end that does not exist clamps (Jan 31 + 1 month = Feb 28/29). */
export function addMonthsIso(iso: IsoDate, months: number): IsoDate {
  const n = digitsOrThrow(iso);
  const index = Math.floor(n / 10000) * 12 + (Math.floor(n / 100) % 100) - 1 + months;
  if (index > 119_999) return "9999-12-31"; // December 9999 (9999 × 12 + 11)
  if (index < 0) return "0000-01-01";
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  const d = Math.min(n % 100, daysInMonth(y, m));
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/**
 * {@link addMonthsIso} that remembers its last answer: a caller that computes the same window for
 * every record of a portfolio on one `asOf` (12 months back, 24 months back) reads the date once.
 * Each call site keeps its own, so two windows do not evict each other.
 */
export function monthsFromRemembered(): (iso: IsoDate, months: number) => IsoDate {
  let lastIso: IsoDate | undefined;
  let lastMonths = 0;
  let last: IsoDate = "";
  return (iso, months) => {
    if (iso !== lastIso || months !== lastMonths) {
      last = addMonthsIso(iso, months);
      lastIso = iso;
      lastMonths = months;
    }
    return last;
  };
}

/** Adds years; Feb 29 + 1 year = Feb 28. */
export function addYearsIso(iso: IsoDate, years: number): IsoDate {
  return addMonthsIso(iso, years * 12);
}

/** Calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return isoToDay(to) - isoToDay(from);
}

/** The last date {@link requireIsoDate} accepted; `NaN` (equal to nothing) before the first. */
let lastRequired: unknown = NaN;

/**
 * Checks that an option is a calendar date `YYYY-MM-DD` and returns it.
 *
 * @throws {RangeError} Naming the option when it is not a calendar date (a programming error), and
 *   says how to get today's date.
 */
export function requireIsoDate(value: unknown, name = "asOf"): IsoDate {
  // Every record of a portfolio is assessed on the same asOf: checked once, until another comes.
  if (value === lastRequired) return value as IsoDate;
  if (!isIsoDate(value)) {
    throw new RangeError(`${name} must be a calendar date written YYYY-MM-DD, got ${describeValue(value)} (for today: dateToIso(new Date()))`);
  }
  lastRequired = value;
  return value;
}
