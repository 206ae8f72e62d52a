import { defineFinding } from "../core/index.js";

// The finding codes of scorePartnership (declared once; gathered in findingCatalog).

const STRATEGIES = { source: "Strategies for Partnering with Child Welfare Agencies (ECLKC)" };

/** What the next stage of the continuum lacks. */
export const stageNextMissing = /* @__PURE__ */ (() =>
  defineFinding({
  code: "partnership.stage.next-missing",
  severity: "info",
  title: "What the next stage needs",
  citation: { ...STRATEGIES, section: "Developmental continuum of collaboration" },
  basis: "A note: the continuum is developmental, not a requirement.",
  action: "Discuss with the partner whether the next stage is where you want to go.",
  message: (p: { partnership: string; stage: string; missing: string }) => `${p.partnership} would reach ${p.stage} with evidence of: ${p.missing}.`,
}))();

/** An element rating without evidence. */
export const elementNoEvidence = /* @__PURE__ */ (() =>
  defineFinding({
  code: "partnership.element.no-evidence",
  severity: "should",
  title: "Element rated without evidence",
  basis: "Scores explain themselves: a rating without evidence is not scored.",
  action: "Record the evidence behind the rating (a document, a meeting, an example).",
  message: (p: { element: string; partnership: string }) => `The rating of "${p.element}" in ${p.partnership} has no evidence; it was not scored.`,
}))();

/** A meeting dated after the assessment date. */
export const meetingAfterAsOf = /* @__PURE__ */ (() =>
  defineFinding({
  code: "partnership.meeting.after-as-of",
  severity: "info",
  title: "Meeting dated after the assessment date",
  basis: "A note: it is not counted on this date.",
  action: "Nothing, unless the date is a typing error.",
  message: (p: { partnership: string; date: string; asOf: string }) => `A meeting of ${p.partnership} is dated ${p.date}, after ${p.asOf}; it was not counted.`,
}))();

/** Fewer meetings than the agreed frequency. */
export const meetingsBelowAgreed = /* @__PURE__ */ (() =>
  defineFinding({
  code: "partnership.meetings.below-agreed",
  severity: "should",
  title: "Fewer meetings than agreed",
  citation: { ...STRATEGIES, section: "Thoughtful planning and regular communication" },
  basis: "The partners' own agreement on how often to meet.",
  action: "Schedule the missed meetings, or agree on a frequency you can keep.",
  message: (p: { partnership: string; held: number; expected: number; frequency: string; asOf: string }) =>
    `${p.partnership} held ${p.held} of the ${p.expected} meetings its ${p.frequency} schedule calls for in the 12 months to ${p.asOf}.`,
}))();

/** No agreed meeting frequency. */
export const meetingsNoFrequency = /* @__PURE__ */ (() =>
  defineFinding({
  code: "partnership.meetings.no-frequency",
  severity: "should",
  title: "No agreed meeting frequency",
  citation: { ...STRATEGIES, section: "Step 4" },
  basis: "Guidance: the planning steps ask what regular communication looks like.",
  action: "Agree with the partner on how often you meet.",
  message: (p: { partnership: string }) => `${p.partnership} has no agreed meeting frequency; the planning steps ask what regular communication looks like.`,
}))();

/** Working at cooperation or collaboration without a formal agreement. */
export const agreementMissing = /* @__PURE__ */ (() =>
  defineFinding({
  code: "partnership.agreement.missing",
  severity: "should",
  title: "No formal agreement at cooperation or above",
  citation: { source: "45 CFR", section: "1302.53(a)(1)" },
  basis: 'The regulation gives joint agreements, procedures or contracts as examples ("such as"); partners who share resources usually write down who does what.',
  action: "Write a joint agreement, procedure or contract.",
  message: (p: { partnership: string; stage: string }) => `${p.partnership} works at the ${p.stage} stage without a recorded joint agreement, procedure or contract.`,
}))();

/** No role recorded for families. */
export const familyVoiceNoRole = /* @__PURE__ */ (() =>
  defineFinding({
  code: "partnership.family-voice.no-role",
  severity: "should",
  title: "No role for families",
  citation: { ...STRATEGIES, section: "Step 2" },
  basis: "Guidance: the planning steps ask what role families play in the partnership.",
  action: "Agree on and record the role families play.",
  message: (p: { partnership: string }) => `${p.partnership} records no role for families.`,
}))();

/** The partnership has ended. */
export const partnershipEnded = /* @__PURE__ */ (() =>
  defineFinding({
  code: "partnership.ended",
  severity: "info",
  title: "Partnership ended",
  basis: "A note.",
  action: "Nothing, unless a category or need is now without a partner.",
  message: (p: { partnership: string; end: string }) => `${p.partnership} has ended${p.end ? ` (${p.end})` : ""}.`,
}))();

/** Every code of the partners. */
export const partnerFindings = /* @__PURE__ */ Object.freeze([stageNextMissing, elementNoEvidence, meetingAfterAsOf, meetingsBelowAgreed, meetingsNoFrequency, agreementMissing, familyVoiceNoRole, partnershipEnded] as const);

/**
 * Every finding code {@link scorePartnership} can emit (its own, and those of {@link classifyStage}).
 *
 * @example
 * ```ts
 * import type { PartnershipFindingCode } from "ece-partnerships";
 * const c: PartnershipFindingCode = "partnership.meetings.below-agreed";
 * c; //=> "partnership.meetings.below-agreed"
 * ```
 * @category Partners
 */
export type PartnershipFindingCode = (typeof partnerFindings)[number]["code"];
