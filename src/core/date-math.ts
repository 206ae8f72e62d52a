import { addDays, addMonths, addYears, differenceInCalendarDays, formatISO, isValid, parseISO } from "date-fns";
import { describeValue } from "./describe.js";
import type { IsoDate } from "./iso-date.js";

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** True when `value` is a real calendar date `YYYY-MM-DD`. */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== "string" || !ISO.test(value)) return false;
  const date = parseISO(value);
  return isValid(date) && formatISO(date, { representation: "date" }) === value;
}

function shift(iso: IsoDate, by: (d: Date) => Date): IsoDate {
  const date = parseISO(iso);
  if (!isValid(date)) throw new RangeError(`not a calendar date: ${iso}`);
  return formatISO(by(date), { representation: "date" });
}

/** Adds calendar days (negative subtracts). */
export function addDaysIso(iso: IsoDate, days: number): IsoDate {
  return shift(iso, (d) => addDays(d, days));
}

/** Adds calendar months; a month end that does not exist clamps (Jan 31 + 1 month = Feb 28/29). */
export function addMonthsIso(iso: IsoDate, months: number): IsoDate {
  return shift(iso, (d) => addMonths(d, months));
}

/** Adds years; Feb 29 + 1 year = Feb 28. */
export function addYearsIso(iso: IsoDate, years: number): IsoDate {
  return shift(iso, (d) => addYears(d, years));
}

/** Calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(parseISO(to), parseISO(from));
}

/** Throws a RangeError naming the option when `asOf` is not a calendar date (a programming error). */
export function requireIsoDate(value: unknown, name = "asOf"): IsoDate {
  if (!isIsoDate(value)) throw new RangeError(`${name} must be a calendar date written YYYY-MM-DD, got ${describeValue(value)}`);
  return value;
}

