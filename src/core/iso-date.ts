import { z } from "./zod.js";
import { formatISO, isValid, parseISO } from "date-fns";

/**
 * A calendar date written `YYYY-MM-DD` (ISO 8601), such as `"2025-09-01"`. Plain strings compare
 * correctly with `<` and `>`; the library never stores `Date` objects.
 *
 * @example
 * ```ts
 * import type { IsoDate } from "ece-partnerships";
 * const start: IsoDate = "2025-09-01";
 * start < "2025-10-01"; //=> true
 * ```
 * @category Core
 */
export type IsoDate = string;

/**
 * Validates a real calendar date `YYYY-MM-DD`: `2024-02-29` passes, `2025-02-29` and
 * `2025-02-30` do not.
 *
 * @example
 * ```ts
 * import { IsoDateSchema } from "ece-partnerships";
 * IsoDateSchema.safeParse("2024-02-29").success; //=> true
 * IsoDateSchema.safeParse("2025-02-30").success; //=> false
 * IsoDateSchema.safeParse("2025-9-1").success; //=> false
 * ```
 * @category Core
 */
export const IsoDateSchema = /* @__PURE__ */ z.iso.date({ error: "expected a calendar date written YYYY-MM-DD" });

/**
 * Turns an ISO calendar date into a `Date` at local midnight, through date-fns `parseISO`
 * (never `new Date(string)`, which means UTC midnight).
 *
 * @throws {RangeError} On an invalid date.
 * @example
 * ```ts
 * import { isoToDate } from "ece-partnerships";
 * isoToDate("2024-02-29").getDate(); //=> 29
 * ```
 * @category Core
 */
export function isoToDate(iso: IsoDate): Date {
  const date = parseISO(iso);
  if (!isValid(date) || !IsoDateSchema.safeParse(iso).success) throw new RangeError(`not a calendar date: ${iso}`);
  return date;
}

/**
 * Writes a `Date` as its local calendar date `YYYY-MM-DD`, through date-fns `formatISO`.
 *
 * @throws {RangeError} On an invalid `Date`.
 * @example
 * ```ts
 * import { dateToIso } from "ece-partnerships";
 * dateToIso(new Date(2025, 8, 1)); //=> "2025-09-01"
 * ```
 * @category Core
 */
export function dateToIso(date: Date): IsoDate {
  if (!isValid(date)) throw new RangeError("not a valid Date");
  return formatISO(date, { representation: "date" });
}

/**
 * A moment written as an ISO 8601 date-time with an offset (`2025-09-01T14:30:00Z`), or a calendar
 * date. Used for `at` in the change log, which the caller supplies.
 *
 * @example
 * ```ts
 * import { TimestampSchema } from "ece-partnerships";
 * TimestampSchema.safeParse("2025-09-01T14:30:00Z").success; //=> true
 * TimestampSchema.safeParse("2025-09-01").success; //=> true
 * TimestampSchema.safeParse("yesterday").success; //=> false
 * ```
 * @category Core
 */
export const TimestampSchema = /* @__PURE__ */ z.union([
  /* @__PURE__ */ z.iso.datetime({ offset: true }),
  /* @__PURE__ */ z.iso.date(),
]);
