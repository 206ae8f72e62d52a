import { addDaysIso, addYearsIso, daysBetween, requireIsoDate } from "../core/internal.js";
import type { Agreement } from "./agreement.js";
import { findTemplate, type ReviewCadence } from "./templates.js";

/**
 * The month (1-12) a school year starts when neither the agreement nor the caller says otherwise:
 * 8, August.
 *
 * @example
 * ```ts
 * import { DEFAULT_SCHOOL_YEAR_START_MONTH } from "ece-partnerships";
 * DEFAULT_SCHOOL_YEAR_START_MONTH; //=> 8
 * ```
 * @category Agreements
 */
export const DEFAULT_SCHOOL_YEAR_START_MONTH = 8;

/**
 * The day every party has signed: the latest of each party's first signature; `undefined`
 * while a party has not signed. For the public-preschool MOU this is when "the parties enter into
 * such memorandum" (Head Start Act 642(e)(5)(B)).
 *
 * @example
 * ```ts
 * import { executionDate } from "ece-partnerships";
 * executionDate({ parties: ["hs", "lea"], signatures: [{ party: "hs", signer: "A", date: "2025-08-01" }, { party: "lea", signer: "B", date: "2025-08-12" }] }); //=> "2025-08-12"
 * executionDate({ parties: ["hs", "lea"], signatures: [{ party: "hs", signer: "A", date: "2025-08-01" }] }); //=> undefined
 * ```
 * @category Agreements
 */
export function executionDate(agreement: Pick<Agreement, "parties" | "signatures">): string | undefined {
  // Each party's first signature, in one pass per party with no lists (it runs for every agreement of a summary).
  let latest: string | undefined;
  for (const party of agreement.parties) {
    let first: string | undefined;
    for (const s of agreement.signatures) if (s.party === party && (first === undefined || s.date < first)) first = s.date;
    if (first === undefined) return undefined;
    if (latest === undefined || first > latest) latest = first;
  }
  return latest;
}

/**
 * The first day an agreement is in force: its `effectiveDate`, or else its execution date.
 *
 * @example
 * ```ts
 * import { effectiveDateOf } from "ece-partnerships";
 * effectiveDateOf({ parties: ["a", "b"], signatures: [], effectiveDate: "2025-07-01" }); //=> "2025-07-01"
 * ```
 * @category Agreements
 */
export function effectiveDateOf(agreement: Pick<Agreement, "parties" | "signatures" | "effectiveDate">): string | undefined {
  return agreement.effectiveDate ?? executionDate(agreement);
}

/**
 * The review cadence of an agreement: its own, or its template's, or `none`.
 *
 * @example
 * ```ts
 * import { reviewCadenceOf } from "ece-partnerships";
 * reviewCadenceOf({ templateId: "public-preschool-mou" }); //=> "biennial-school-year"
 * reviewCadenceOf({ templateId: "data-sharing-agreement", review: { cadence: "biennial" } }); //=> "biennial"
 * reviewCadenceOf({}); //=> "none"
 * ```
 * @category Agreements
 */
export function reviewCadenceOf(agreement: Pick<Agreement, "templateId" | "review">): ReviewCadence | "none" {
  return agreement.review?.cadence ?? (agreement.templateId ? findTemplate(agreement.templateId)?.review?.cadence : undefined) ?? "none";
}

/**
 * The school-year start (`YYYY-MM-01` in the given month) nearest to a date; on a tie, the earlier.
 *
 * @throws {RangeError} When `date` is not a calendar date or the month is not 1-12.
 * @example
 * ```ts
 * import { nearestSchoolYearStart } from "ece-partnerships";
 * nearestSchoolYearStart("2025-11-20", 8); //=> "2025-08-01"
 * nearestSchoolYearStart("2026-02-28", 8); //=> "2026-08-01"
 * nearestSchoolYearStart("2025-06-10", 7); //=> "2025-07-01"
 * ```
 * @category Agreements
 */
export function nearestSchoolYearStart(date: string, startMonth: number): string {
  requireIsoDate(date, "date");
  requireMonth(startMonth);
  const year = Number(date.slice(0, 4));
  const month = String(startMonth).padStart(2, "0");
  let best = "";
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const y of [year - 1, year, year + 1]) {
    if (y < 0 || y > 9999) continue;
    const candidate = `${String(y).padStart(4, "0")}-${month}-01`;
    const distance = Math.abs(daysBetween(date, candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function requireMonth(month: unknown): number {
  if (typeof month !== "number" || !Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`schoolYearStartMonth must be a whole month number from 1 to 12, got ${String(month)}`);
  }
  return month;
}

/**
 * The `n`-th review or renewal date after `base` under a cadence (`n` = 1 by default), counted from
 * `base` itself so anniversaries do not drift: `annual` and `biennial` add n or 2n years (an
 * agreement of Feb 29 is due on Feb 28 in common years and on Feb 29 in leap years).
 * `biennial-school-year` (Head Start Act 642(e)(5)(C): "renewed biennially ... in alignment with
 * the beginning of the school year") is the later of the 2n-th anniversary and the school-year
 * start nearest it: never before two full years have passed ("biennially"), and at most about six
 * months after, to the school-year start the renewal aligns with. An MOU signed on 2023-06-10 with
 * an August school year is due 2025-08-01; one signed on 2023-08-10, 2025-08-10; one signed on
 * 2023-11-20, 2025-11-20; one signed on 2024-02-01, 2026-08-01. Dates stay within 9999-12-31.
 *
 * @throws {RangeError} When `base` is not a calendar date or the month is not 1-12.
 * @example
 * ```ts
 * import { nextReviewDate } from "ece-partnerships";
 * nextReviewDate("2024-02-29", "annual"); //=> "2025-02-28"
 * nextReviewDate("2024-02-29", "annual", 8, 4); //=> "2028-02-29"
 * nextReviewDate("2023-06-10", "biennial-school-year", 8); //=> "2025-08-01"
 * nextReviewDate("2023-11-20", "biennial-school-year", 8); //=> "2025-11-20"
 * nextReviewDate("2023-06-10", "biennial-school-year", 7); //=> "2025-07-01"
 * nextReviewDate("9999-01-01", "annual"); //=> "9999-12-31"
 * ```
 * @category Agreements
 */
export function nextReviewDate(base: string, cadence: ReviewCadence, schoolYearStartMonth = DEFAULT_SCHOOL_YEAR_START_MONTH, n = 1): string {
  requireIsoDate(base, "base");
  if (cadence === "annual") return addYearsIso(base, n);
  if (cadence === "biennial") return addYearsIso(base, 2 * n);
  const anniversary = addYearsIso(base, 2 * n);
  const aligned = nearestSchoolYearStart(anniversary, requireMonth(schoolYearStartMonth));
  return aligned > anniversary ? aligned : anniversary;
}

/**
 * When an agreement's next review or renewal is due: from its last review (or its effective
 * date) under its cadence; `undefined` with no cadence or no date to count from.
 *
 * @example
 * ```ts
 * import { reviewDueDate } from "ece-partnerships";
 * reviewDueDate({ templateId: "data-sharing-agreement", parties: ["a", "b"], signatures: [], effectiveDate: "2025-01-15", review: { lastReviewed: "2025-12-01" } }); //=> "2026-12-01"
 * ```
 * @category Agreements
 */
export function reviewDueDate(
  agreement: Pick<Agreement, "templateId" | "review" | "parties" | "signatures" | "effectiveDate">,
  options: { schoolYearStartMonth?: number } = {},
): string | undefined {
  const cadence = reviewCadenceOf(agreement);
  const base = agreement.review?.lastReviewed ?? effectiveDateOf(agreement);
  if (cadence === "none" || base === undefined) return undefined;
  return nextReviewDate(base, cadence, agreement.review?.schoolYearStartMonth ?? options.schoolYearStartMonth);
}

/**
 * A dated event of an agreement's calendar.
 *
 * @example
 * ```ts
 * import type { AgreementEvent } from "ece-partnerships";
 * const e: AgreementEvent = { date: "2025-09-11", kind: "submission-due", label: "Submit to secretary, state-collaboration-director" };
 * e.kind; //=> "submission-due"
 * ```
 * @category Agreements
 */
export interface AgreementEvent {
  /** The day. */
  date: string;
  /** What falls due or happens. */
  kind: "submission-due" | "review-due" | "renewal-due" | "ends";
  /** A human label. */
  label: string;
}

/**
 * The due dates of an agreement between `from` and `to` (both inclusive), for calendars: the
 * submission deadline, each review or renewal (the n-th counted from the last review or the
 * effective date, see {@link nextReviewDate}, so a Feb 29 agreement is due on Feb 29 in leap
 * years), and the end date. Complexity: O(events up to the window's end).
 *
 * @throws {RangeError} When `from` or `to` is not a calendar date or the school-year month is not
 *   1-12.
 * @example
 * ```ts
 * import { renewalSchedule } from "ece-partnerships";
 * renewalSchedule(
 *   { templateId: "public-preschool-mou", parties: ["hs", "lea"], signatures: [{ party: "hs", signer: "A", date: "2025-08-04" }, { party: "lea", signer: "B", date: "2025-08-12" }] },
 *   { from: "2025-01-01", to: "2030-12-31" },
 * ).map((e) => `${e.date} ${e.kind}`);
 * //=> ["2025-09-11 submission-due", "2027-08-12 renewal-due", "2029-08-12 renewal-due"]
 * ```
 * @category Agreements
 */
export function renewalSchedule(
  agreement: Pick<Agreement, "templateId" | "review" | "parties" | "signatures" | "effectiveDate" | "endDate"> & { termination?: Agreement["termination"] },
  options: { from: string; to: string; schoolYearStartMonth?: number },
): AgreementEvent[] {
  const from = requireIsoDate(options?.from, "from");
  const to = requireIsoDate(options?.to, "to");
  const template = agreement.templateId ? findTemplate(agreement.templateId) : undefined;
  const events: AgreementEvent[] = [];
  const inWindow = (date: string) => date >= from && date <= to;
  const stop = [agreement.endDate, agreement.termination?.date, to].filter((d): d is string => d !== undefined).sort()[0]!;

  const executed = executionDate(agreement);
  if (template?.submission && executed) {
    const due = addDaysIso(executed, template.submission.withinDays);
    if (inWindow(due)) events.push({ date: due, kind: "submission-due", label: `Submit to ${template.submission.to.join(", ")}` });
  }
  const cadence = reviewCadenceOf(agreement);
  const startMonth = agreement.review?.schoolYearStartMonth ?? options.schoolYearStartMonth;
  const base = agreement.review?.lastReviewed ?? effectiveDateOf(agreement);
  if (cadence !== "none" && base !== undefined) {
    const kind = cadence === "biennial-school-year" ? "renewal-due" : "review-due";
    let previous = base;
    for (let n = 1; ; n++) {
      const due = nextReviewDate(base, cadence, startMonth, n);
      if (due > stop || due <= previous) break;
      if (inWindow(due)) events.push({ date: due, kind, label: kind === "renewal-due" ? "Renewal due" : "Review due" });
      previous = due;
    }
  }
  if (agreement.endDate && inWindow(agreement.endDate)) events.push({ date: agreement.endDate, kind: "ends", label: "Last day in force" });
  return events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

