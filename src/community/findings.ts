import { defineFinding } from "../core/index.js";

// The finding codes of the community analyses (declared once; gathered in findingCatalog).

const COORDINATED = { source: "Supporting Families Through Coordinated Services Partnerships (OPRE Report 2022-52)" };
const IRON_TRIANGLE = { source: "The Iron Triangle: A Simple Formula for Financial Policy in ECE Programs (Opportunities Exchange)" };
const SHARED = { source: "Shared Services to Build and Sustain Quality (ECQA Center, 2018)" };
const FINANCE = "A finance heuristic of the Iron Triangle approach (Opportunities Exchange), not a rule: no statute or regulation sets these targets.";

/** A coordinated services approach records no common goal. */
export const csaNoCommonGoal = /* @__PURE__ */ (() =>
  defineFinding({
  code: "community.csa.no-common-goal",
  severity: "should",
  title: "No common goal",
  citation: COORDINATED,
  basis: "Practice from the study: approaches align partners around a common goal.",
  action: "Agree on and record a common goal with the partners.",
  message: (p: { approach: string }) => `${p.approach} records no common goal for its partners.`,
}))();

/** A partner has no recorded contribution to the common goal. */
export const csaNoContribution = /* @__PURE__ */ (() =>
  defineFinding({
  code: "community.csa.no-contribution",
  severity: "should",
  title: "Partner without a contribution",
  citation: COORDINATED,
  basis: "Practice from the study: each partner contributes to the common goal.",
  action: "Record what the partner contributes.",
  message: (p: { partner: string; approach: string }) => `Partner ${p.partner} of ${p.approach} has no recorded contribution to the common goal.`,
}))();

/** An income limit in SMI that cannot be compared. */
export const csaSmiUnconverted = /* @__PURE__ */ (() =>
  defineFinding({
  code: "community.csa.smi-unconverted",
  severity: "info",
  title: "Income limit not comparable",
  basis: "A note: a limit given as a share of state median income needs the SMI in poverty-line terms.",
  action: "Pass smiAsPercentOfFpl to compare it.",
  message: (p: { program: string; percent: number }) => `Program ${p.program}'s limit is ${p.percent}% of state median income; give smiAsPercentOfFpl to compare it.`,
}))();

/** Families qualify for some of the coordinated programs but not all. */
export const csaEligibilityMisaligned = /* @__PURE__ */ (() =>
  defineFinding({
  code: "community.csa.eligibility-misaligned",
  severity: "should",
  title: "Eligibility rules do not line up",
  citation: COORDINATED,
  basis: "Practice from the study: differing eligibility rules were a barrier to coordinated enrollment.",
  action: "Plan how families in this band are served (another program, a wrap-around).",
  message: (p: { above: number; upTo: number; eligible: readonly string[]; notEligible: readonly string[] }) =>
    `Families above ${p.above}% and up to ${p.upTo}% of the poverty line qualify for ${p.eligible.join(", ")} but not ${p.notEligible.join(", ")}.`,
}))();

/** No regular meetings. */
export const csaNoRegularMeetings = /* @__PURE__ */ (() =>
  defineFinding({
  code: "community.csa.no-regular-meetings",
  severity: "should",
  title: "No regular meetings",
  citation: COORDINATED,
  basis: "Practice from the study: partners communicated through regular meetings.",
  action: "Agree on a meeting schedule.",
  message: (p: { approach: string }) => `${p.approach} records no regular meetings with its partners.`,
}))();

/** Information flows one way between state and local partners. */
export const csaOneWayInformation = /* @__PURE__ */ (() =>
  defineFinding({
  code: "community.csa.one-way-information",
  severity: "should",
  title: "Information flows one way",
  citation: COORDINATED,
  basis: "Practice from the study: state and local partners reciprocally shared information and supports.",
  action: "Set up the missing direction of information flow.",
  message: (p: { approach: string; flow: string }) => `${p.approach} spans state and local partners but information flows ${p.flow}.`,
}))();

/** Coordination work not funded in the approach's plan. */
export const csaCoordinationUnfunded = /* @__PURE__ */ (() =>
  defineFinding({
  code: "community.csa.coordination-unfunded",
  severity: "should",
  title: "Coordination work not funded",
  citation: COORDINATED,
  basis: 'Practice from the study: most approaches "did not have funding for the coordination itself".',
  action: "Budget and fund the coordination work.",
  message: (p: { approach: string; state: string; plan: string }) => `The coordination work of ${p.approach} is ${p.state} in plan ${p.plan}.`,
}))();

/** No funding plan given. */
export const csaNoFundingPlan = /* @__PURE__ */ (() =>
  defineFinding({
  code: "community.csa.no-funding-plan",
  severity: "info",
  title: "Funding not checked",
  basis: "A note: no plan was given.",
  action: "Pass the approach's funding plan to check coordination funding.",
  message: (p: { approach: string }) => `No funding plan was given for ${p.approach}; whether coordination is funded was not checked.`,
}))();

/** A member without cost figures. */
export const allianceNoCostData = /* @__PURE__ */ (() =>
  defineFinding({
  code: "community.alliance.no-cost-data",
  severity: "info",
  title: "Member without cost figures",
  citation: SHARED,
  basis: "A note: savings are unknown.",
  action: "Record the member's costs of the shared functions before and after joining.",
  message: (p: { member: string; alliance: string }) => `Member ${p.member} of ${p.alliance} has no costs before and after joining; its savings are unknown.`,
}))();

/** A member's costs rose after joining. */
export const allianceCostsRose = /* @__PURE__ */ (() =>
  defineFinding({
  code: "community.alliance.costs-rose",
  severity: "should",
  title: "Member's costs rose",
  citation: SHARED,
  basis: "Practice: alliances exist to reduce or share costs; a rise deserves a look (it may buy quality).",
  action: "Review the member's fees and what the alliance provides.",
  message: (p: { member: string; cents: string; alliance: string }) => `Costs of member ${p.member} rose by ${p.cents} after joining ${p.alliance}.`,
}))();

/** An approach records no outcome measure. */
export const csaNoOutcomeMeasures = /* @__PURE__ */ (() =>
  defineFinding({
  code: "community.csa.no-outcome-measures",
  severity: "info",
  title: "No outcome measures",
  citation: COORDINATED,
  basis: "A note: the study describes approaches linking services to promote positive outcomes for families; none is measured here.",
  action: "Record one or two outcome measures with a baseline and a target (families connected to housing, children enrolled).",
  message: (p: { approach: string }) => `${p.approach} records no outcome measure.`,
}))();

/** Coordination stopped when funding ended. */
export const csaNotSustained = /* @__PURE__ */ (() =>
  defineFinding({
  code: "community.csa.not-sustained",
  severity: "info",
  title: "Coordination stopped when funding ended",
  citation: COORDINATED,
  basis: "A note: the study found shared motivation could keep partners coordinating after funding ends.",
  action: "Ask the partners what part of the coordination they would keep without the grant, and what it would cost.",
  message: (p: { approach: string; ended: string }) => `${p.approach} stopped coordinating when its funding ended on ${p.ended}.`,
}))();

/** A partner declined to take part. */
export const csaPartnerDeclined = /* @__PURE__ */ (() =>
  defineFinding({
  code: "community.csa.partner-declined",
  severity: "info",
  title: "A partner declined",
  citation: COORDINATED,
  basis: "A note: the study met partners that preferred to work on their own; the reason is the partner's.",
  action: "Keep the door open: share what the approach offers and revisit when circumstances change.",
  message: (p: { approach: string; partner: string; reason: string }) => `${p.partner} declined to take part in ${p.approach}: ${p.reason}`,
}))();

/** An alliance records no outcome beyond savings. */
export const allianceNoOutcomesBeyondCost = /* @__PURE__ */ (() =>
  defineFinding({
  code: "community.alliance.no-outcomes-beyond-cost",
  severity: "info",
  title: "No outcome beyond cost recorded",
  citation: SHARED,
  basis: 'A note: shared services aim to "save dollars, strengthen management capacity, improve early learning and ensure sustainable, high quality programs"; only savings are on record.',
  action: "Record what the alliance changed in management capacity, early learning or sustainability.",
  message: (p: { alliance: string }) => `${p.alliance} records no outcome beyond cost (management capacity, early learning, sustainability).`,
}))();

/** Enrollment below the target. */
export const ironEnrollmentBelowTarget = /* @__PURE__ */ (() =>
  defineFinding({
  code: "community.iron-triangle.enrollment-below-target",
  severity: "should",
  title: "Enrollment below target",
  citation: IRON_TRIANGLE,
  basis: FINANCE,
  action: "Fill open slots (outreach, waiting list) or budget on a lower enrollment.",
  message: (p: { site: string; siteId?: string; percent: number; target: number }) => `${p.site} is ${p.percent}% enrolled, below the ${p.target}% target.`,
}))();

/** Uncollected revenue above the target. */
export const ironBadDebtAboveTarget = /* @__PURE__ */ (() =>
  defineFinding({
  code: "community.iron-triangle.bad-debt-above-target",
  severity: "should",
  title: "Uncollected revenue above target",
  citation: IRON_TRIANGLE,
  basis: FINANCE,
  action: "Tighten fee collection (automatic payments, subsidy billing on time).",
  message: (p: { site: string; siteId?: string; percent: number; max: number }) => `${p.site} leaves ${p.percent}% of billed revenue uncollected, above ${p.max}%.`,
}))();

/** Revenue per child below cost per child. */
export const ironPerChildGap = /* @__PURE__ */ (() =>
  defineFinding({
  code: "community.iron-triangle.per-child-gap",
  severity: "should",
  title: "Revenue per child below cost per child",
  citation: IRON_TRIANGLE,
  basis: FINANCE,
  action: "Review rates, enrollment and costs together.",
  message: (p: { site: string; siteId?: string; revenue: string; cost: string; gap: string }) => `${p.site} collects ${p.revenue} per child against a cost of ${p.cost}: a gap of ${p.gap} per child.`,
}))();

/** Break-even enrollment above capacity. */
export const ironBreakEvenAboveCapacity = /* @__PURE__ */ (() =>
  defineFinding({
  code: "community.iron-triangle.break-even-above-capacity",
  severity: "should",
  title: "Break-even enrollment above capacity",
  citation: IRON_TRIANGLE,
  basis: `${FINANCE} A site that cannot break even at full enrollment needs a higher rate, lower costs or other revenue.`,
  action: "Raise the rate per slot, lower costs, or add other revenue.",
  message: (p: { site: string; siteId?: string; breakEven: number; capacity: number }) => `${p.site} would need ${p.breakEven} children to break even, more than its capacity of ${p.capacity}.`,
}))();

/** Figures that do not fit together. */
export const ironInconsistentFigures = /* @__PURE__ */ (() =>
  defineFinding({
  code: "community.iron-triangle.inconsistent-figures",
  severity: "info",
  title: "Figures to check",
  basis: "A note on the data: possible (collections of past-due fees, over-enrollment) but often a typing error.",
  action: "Check the figures.",
  message: (p: { site: string; siteId?: string; what: string; collected?: string; billed?: string; enrolled?: number; capacity?: number }) => `${p.site}: ${p.what}.`,
}))();

/** Every code of the community analyses. */
export const communityFindings = /* @__PURE__ */ Object.freeze([
  csaNoCommonGoal,
  csaNoContribution,
  csaSmiUnconverted,
  csaEligibilityMisaligned,
  csaNoRegularMeetings,
  csaOneWayInformation,
  csaCoordinationUnfunded,
  csaNoFundingPlan,
  csaNoOutcomeMeasures,
  csaNotSustained,
  csaPartnerDeclined,
  allianceNoCostData,
  allianceCostsRose,
  allianceNoOutcomesBeyondCost,
  ironEnrollmentBelowTarget,
  ironBadDebtAboveTarget,
  ironPerChildGap,
  ironBreakEvenAboveCapacity,
  ironInconsistentFigures,
] as const);

/**
 * Every finding code of the community analyses (coordinated services, shared-services alliances,
 * the Iron Triangle).
 *
 * @example
 * ```ts
 * import type { CommunityFindingCode } from "ece-partnerships";
 * const c: CommunityFindingCode = "community.csa.no-common-goal";
 * c; //=> "community.csa.no-common-goal"
 * ```
 * @category Community
 */
export type CommunityFindingCode = (typeof communityFindings)[number]["code"];
