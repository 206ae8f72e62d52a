import { isoToDay, roundShare } from "../core/internal.js";

/** The dates of a referral that its figures read. */
interface Dated {
  madeOn: string;
  contactedOn?: string | undefined;
  serviceStartedOn?: string | undefined;
  closedOn?: string | undefined;
}

/**
 * What a set of referrals adds up to on a date (referrals made after it are not counted):
 *
 * - `made`; `completed`: the service started; `closedWithoutService`;
 * - `open`: neither; `unanswered`: open, with no contact, older than the answer window;
 *   `stale`: open and older than the stale window, contacted or not;
 * - `judged`: completed + closed without service + stale (open referrals younger than the stale
 *   window are not judged yet);
 * - `completionRate`: completed ÷ judged, a share 0..1 rounded to three decimals; `null` when
 *   nothing can be judged;
 * - `answeredInTime`: the share of referrals old enough to judge that were answered (contacted or
 *   served) within the answer window; `null` when none are old enough;
 * - `medianDaysToService`: the median days from referral to service start, `null` with none.
 *
 * @example
 * ```ts
 * import type { ReferralFigures } from "ece-partnerships";
 * const f: ReferralFigures = { made: 2, completed: 1, closedWithoutService: 0, open: 1, unanswered: 1, stale: 1, judged: 2, completionRate: 0.5, answeredInTime: 0.5, medianDaysToService: 12 };
 * f.completionRate; //=> 0.5
 * ```
 * @category Referrals
 */
export interface ReferralFigures {
  /** Referrals made on or before the date. */
  made: number;
  /** Those whose service started. */
  completed: number;
  /** Those closed without a service. */
  closedWithoutService: number;
  /** Those neither served nor closed. */
  open: number;
  /** Open, never answered, older than the answer window. */
  unanswered: number;
  /** Open and older than the stale window. */
  stale: number;
  /** Completed + closed without a service + stale: the referrals the completion rate is over. */
  judged: number;
  /** Completed ÷ judged; `null` when nothing can be judged. */
  completionRate: number | null;
  /** The share answered within the answer window, of those old enough to judge. */
  answeredInTime: number | null;
  /** Median days from referral to service start. */
  medianDaysToService: number | null;
}

/** The windows the figures judge referrals by, in days. */
export interface ReferralWindows {
  /** Days a partner has to answer a referral (default 14). */
  answerWithinDays: number;
  /** Days after which an open referral is stale (default 45). */
  staleAfterDays: number;
}

/** The default windows: 14 days to answer, 45 days before an open referral is stale. */
export const defaultReferralWindows: Readonly<ReferralWindows> = /* @__PURE__ */ Object.freeze({ answerWithinDays: 14, staleAfterDays: 45 });

/** The median of some numbers (the mean of the middle two for an even count); `null` for none. */
function median(values: number[]): number | null {
  if (values.length === 0) return null;
  values.sort((a, b) => a - b);
  const mid = values.length >> 1;
  return values.length % 2 === 1 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2;
}

/** A date that has happened by `asOf`, else `undefined`. */
const happened = (date: string | undefined, asOf: string) => (date !== undefined && date <= asOf ? date : undefined);
/** The earlier of two ISO dates that may be missing. */
const earliest = (a: string | undefined, b: string | undefined) => (a === undefined ? b : b === undefined || a <= b ? a : b);

/**
 * The figures of some referrals on `asOf`; see {@link ReferralFigures}. Dates after `asOf` have
 * not happened yet. O(n log n). Each referral is judged in place, with `asOf` read once: this runs
 * for every partner of every program in a summary.
 */
export function referralFigures(referrals: readonly Dated[], asOf: string, windows: ReferralWindows = defaultReferralWindows): ReferralFigures {
  const f = { made: 0, completed: 0, closedWithoutService: 0, open: 0, unanswered: 0, stale: 0 };
  let answerJudged = 0;
  let inTime = 0;
  const days: number[] = [];
  const today = isoToDay(asOf);
  for (const r of referrals) {
    if (r.madeOn > asOf) continue;
    const madeOn = isoToDay(r.madeOn);
    const age = today - madeOn;
    const completed = r.serviceStartedOn !== undefined && r.serviceStartedOn <= asOf;
    const closed = !completed && r.closedOn !== undefined && r.closedOn <= asOf;
    const answeredOn = earliest(happened(r.contactedOn, asOf), happened(r.serviceStartedOn, asOf));
    f.made += 1;
    // Judged once answered or once the window has passed: answered within the window or not.
    if (answeredOn !== undefined || age > windows.answerWithinDays) {
      answerJudged += 1;
      if (answeredOn !== undefined && isoToDay(answeredOn) - madeOn <= windows.answerWithinDays) inTime += 1;
    }
    if (completed) {
      f.completed += 1;
      days.push(isoToDay(r.serviceStartedOn!) - madeOn);
    } else if (closed) {
      f.closedWithoutService += 1;
    } else {
      f.open += 1;
      if (answeredOn === undefined && age > windows.answerWithinDays) f.unanswered += 1;
      if (age > windows.staleAfterDays) f.stale += 1;
    }
  }
  const judged = f.completed + f.closedWithoutService + f.stale;
  // Assigned, not spread into a new literal: a spread followed by more fields takes V8's slow path,
  // and this runs once per partner of every program in a summary.
  return Object.assign(f, {
    judged,
    completionRate: judged === 0 ? null : roundShare(f.completed / judged),
    answeredInTime: answerJudged === 0 ? null : roundShare(inTime / answerJudged),
    medianDaysToService: median(days),
  });
}

/** What the completion rate rests on, in words: served of judged, and the median days to service. Empty when nothing can be judged. */
export function completionEvidence(f: ReferralFigures): string[] {
  if (f.judged === 0) return [];
  return [`${f.completed} of ${f.judged} referrals that can be judged led to a service${f.medianDaysToService === null ? "" : `; median ${f.medianDaysToService} days from referral to service`}`];
}
