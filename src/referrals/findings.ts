import { defineFinding } from "../core/index.js";

// The finding codes of analyzeReferrals (declared once; gathered in findingCatalog).

const ACCESS = { source: "45 CFR", section: "1302.53(a)(1)" };
const STRATEGIES = { source: "Strategies for Partnering with Child Welfare Agencies (ECLKC)", section: "Opportunities for Action: Family Partnerships" };

/** Referrals to a partner go unanswered. */
export const referralsUnanswered = /* @__PURE__ */ (() =>
  defineFinding({
    code: "referral.unanswered",
    severity: "should",
    title: "Referrals go unanswered",
    citation: ACCESS,
    basis:
      'Partnerships exist "to facilitate access to community services that are responsive to children\'s and families\' needs" (45 CFR 1302.53(a)(1)); no rule sets a time to answer a referral, so the window (14 days unless the app sets another) is the library\'s and the finding a should.',
    action: "Ask the partner's point person what happened to these referrals, and agree on how referrals are acknowledged.",
    message: (p: { partner: string; unanswered: number; made: number; days: number }) =>
      `${p.partner} has not contacted the family within ${p.days} days on ${p.unanswered} of ${p.made} referrals.`,
  }))();

/** Referrals open for long without a service. */
export const referralsStale = /* @__PURE__ */ (() =>
  defineFinding({
    code: "referral.stale",
    severity: "info",
    title: "Referrals open for long",
    citation: STRATEGIES,
    basis: 'A note: a point person "to handle referrals, coordinate ongoing family services" follows referrals to their end; the window (45 days unless the app sets another) is the library\'s.',
    action: "Follow up with the family and the partner; close the referral with its outcome when it has one.",
    message: (p: { partner: string; stale: number; days: number }) =>
      `${p.stale === 1 ? "One referral" : `${p.stale} referrals`} to ${p.partner} ${p.stale === 1 ? "has" : "have"} been open for more than ${p.days} days without a service starting.`,
  }))();

/** Referrals a partner made to the program go unanswered by the program. */
export const incomingReferralsUnanswered = /* @__PURE__ */ (() =>
  defineFinding({
    code: "referral.incoming-unanswered",
    severity: "should",
    title: "Referrals from a partner go unanswered",
    citation: ACCESS,
    basis: "The same reading as referral.unanswered, from the other side: the partner referred the family, and the program has not recorded contacting it within the window (14 days unless the app sets another).",
    action: "Contact the families, record the contacts, and tell the partner's point person how referrals to the program are acknowledged.",
    message: (p: { program: string; partner: string; unanswered: number; made: number; days: number }) =>
      `${p.program} has not contacted the family within ${p.days} days on ${p.unanswered} of ${p.made} referrals from ${p.partner}.`,
  }))();

/** The finding codes of referrals, in catalog order. */
export const referralFindings = /* @__PURE__ */ Object.freeze([referralsUnanswered, referralsStale, incomingReferralsUnanswered] as const);

/**
 * Every finding code {@link analyzeReferrals} can emit.
 *
 * @example
 * ```ts
 * import type { ReferralFindingCode } from "ece-partnerships";
 * const code: ReferralFindingCode = "referral.unanswered";
 * code; //=> "referral.unanswered"
 * ```
 * @category Referrals
 */
export type ReferralFindingCode = (typeof referralFindings)[number]["code"];
