import { describe, expect } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { referralFigures } from "../../src/referrals/figures.js";
import { asOfDate, isoDate } from "../properties/arbitraries.js";

/** Days from `from` to `to`, by the platform's calendar (UTC): an arithmetic the library does not use. */
const days = (from: string, to: string) => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

type Dated = { madeOn: string; contactedOn?: string | undefined; serviceStartedOn?: string | undefined; closedOn?: string | undefined };

/** The figures as ReferralFigures defines them, referral by referral, written plainly. */
function definition(referrals: readonly Dated[], asOf: string, answerWithinDays: number, staleAfterDays: number) {
  const made = referrals.filter((r) => r.madeOn <= asOf);
  const by = (date: string | undefined) => date !== undefined && date <= asOf;
  const completed = made.filter((r) => by(r.serviceStartedOn));
  const closed = made.filter((r) => !by(r.serviceStartedOn) && by(r.closedOn));
  const open = made.filter((r) => !by(r.serviceStartedOn) && !by(r.closedOn));
  const answeredOn = (r: Dated) => [r.contactedOn, r.serviceStartedOn].filter(by).sort()[0];
  const old = (r: Dated, window: number) => days(r.madeOn, asOf) > window;
  const judgedForAnswer = made.filter((r) => answeredOn(r) !== undefined || old(r, answerWithinDays));
  const stale = open.filter((r) => old(r, staleAfterDays));
  const judged = completed.length + closed.length + stale.length;
  const toService = completed.map((r) => days(r.madeOn, r.serviceStartedOn!)).sort((a, b) => a - b);
  const mid = toService.length >> 1;
  const share = (n: number, of: number) => (of === 0 ? null : Math.round((n / of) * 1000) / 1000);
  return {
    made: made.length,
    completed: completed.length,
    closedWithoutService: closed.length,
    open: open.length,
    unanswered: open.filter((r) => answeredOn(r) === undefined && old(r, answerWithinDays)).length,
    stale: stale.length,
    judged,
    completionRate: share(completed.length, judged),
    answeredInTime: share(judgedForAnswer.filter((r) => answeredOn(r) !== undefined && days(r.madeOn, answeredOn(r)!) <= answerWithinDays).length, judgedForAnswer.length),
    medianDaysToService: toService.length === 0 ? null : toService.length % 2 === 1 ? toService[mid]! : (toService[mid - 1]! + toService[mid]!) / 2,
  };
}

const shift = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
/** Days either side of the default windows (14 and 45), where a figure changes. */
const edgeDays = fc.constantFrom(0, 1, 13, 14, 15, 44, 45, 46, 400);
/** A date: any, or some days after another (the referral's own date), or missing. */
const after = (from: string) => fc.oneof(isoDate, edgeDays.map((n) => shift(from, n)), fc.constant(undefined));

/** Referrals made some days before `asOf` or on any date, answered, served or closed some days later or on any date. */
const referralsOn = (asOf: string) =>
  fc.array(
    fc.oneof(isoDate, edgeDays.map((n) => shift(asOf, -n))).chain((madeOn) =>
      fc.record({ madeOn: fc.constant(madeOn), contactedOn: after(madeOn), serviceStartedOn: after(madeOn), closedOn: after(madeOn) }),
    ),
    { maxLength: 12 },
  );
const referrals = fc.array(fc.record({ madeOn: isoDate, contactedOn: fc.option(isoDate, { nil: undefined }) }), { maxLength: 6 });
const withDates = asOfDate.chain((asOf) => fc.tuple(fc.constant(asOf), referralsOn(asOf)));
const windowDays = fc.constantFrom(0, 1, 14, 45, 400);

describe("referralFigures", () => {
  test.prop([withDates])("equal their definition, referral by referral, on the default windows", ([asOf, list]) => {
    expect(referralFigures(list, asOf)).toEqual(definition(list, asOf, 14, 45));
  });

  test.prop([withDates, windowDays, windowDays])("equal their definition for any windows", ([asOf, list], answerWithinDays, staleAfterDays) => {
    expect(referralFigures(list, asOf, { answerWithinDays, staleAfterDays })).toEqual(definition(list, asOf, answerWithinDays, staleAfterDays));
  });

  test.prop([referrals, asOfDate])("do not change the referrals they read", (list, asOf) => {
    const before = JSON.stringify(list);
    referralFigures(list, asOf);
    expect(JSON.stringify(list)).toBe(before);
  });
});
