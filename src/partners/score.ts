import { buildAssessment, report, roundScore, type Assessment, type AssessmentComponent, type Finding, type FindingMeta, type FindingParams, type FindingPlace } from "../core/index.js";
import type { ContinuumFindingCode } from "../continuum/index.js";
import { agreementMissing, elementNoEvidence, familyVoiceNoRole, meetingAfterAsOf, meetingsBelowAgreed, meetingsNoFrequency, partnershipEnded, stageNextMissing, type PartnershipFindingCode } from "./findings.js";
import { forLoops, untitledPartnership, monthsFromRemembered, isIsoDate, optionalNumber, requireIsoDate } from "../core/internal.js";
import { stageRank, type ClassifyStageOptions, type StageClassification } from "../continuum/index.js";
import { classifyWith } from "../continuum/classify.js";
import { elementRatingLabels, partnershipElements } from "./elements.js";
import { meetingFrequencies, type Partnership } from "./partnership.js";
import { completionEvidence, referralFigures } from "../referrals/figures.js";

/**
 * The weights of {@link scorePartnership}'s components. They need not sum to 1.
 *
 * @example
 * ```ts
 * import { partnershipScoreWeights } from "ece-partnerships";
 * partnershipScoreWeights.stage; //=> 0.3
 * ```
 * @category Partners
 */
export const partnershipScoreWeights = /* @__PURE__ */ Object.freeze({
  stage: 0.3,
  elements: 0.3,
  communication: 0.2,
  agreement: 0.1,
  familyVoice: 0.1,
  referrals: 0.1,
});

/**
 * Options of {@link scorePartnership}.
 *
 * @example
 * ```ts
 * import type { ScorePartnershipOptions } from "ece-partnerships";
 * const o: ScorePartnershipOptions = { asOf: "2025-09-01", weights: { elements: 0.5 } };
 * o.asOf; //=> "2025-09-01"
 * ```
 * @category Partners
 */
export interface ScorePartnershipOptions {
  /** The date of the judgment. */
  asOf: string;
  /** Evidence older than this many months is reported as stale (default 24). */
  staleAfterMonths?: number;
  /** Override some weights of {@link partnershipScoreWeights}. */
  weights?: Partial<Record<keyof typeof partnershipScoreWeights, number>>;
  /** Names the parties in messages (a portfolio's organization names); ids are used where it gives none. */
  nameOf?: (organizationId: string) => string | undefined;
  /** The referrals that run through the partnership (the portfolio's reports pass them): scored by the `referrals` component. */
  referrals?: readonly { madeOn: string; contactedOn?: string | undefined; serviceStartedOn?: string | undefined; closedOn?: string | undefined }[];
}

/**
 * The result of {@link scorePartnership}: an assessment plus the stage classification behind it.
 *
 * @example
 * ```ts
 * import { scorePartnership, type PartnershipAssessment } from "ece-partnerships";
 * const a: PartnershipAssessment = scorePartnership(
 *   { id: "p", parties: ["a", "b"], status: "exploring", practices: [], meetings: [], views: [], agreementIds: [], goalIds: [] },
 *   { asOf: "2025-09-01" },
 * );
 * a.band; //=> "insufficient-evidence"
 * ```
 * @category Partners
 */
export interface PartnershipAssessment extends Assessment<PartnershipFindingCode | ContinuumFindingCode> {
  /** The stage read from the evidence, with what the next stage lacks. */
  classification: StageClassification;
}

type Weights = Record<keyof typeof partnershipScoreWeights, number>;

/** What each step of {@link scorePartnership} reads. */
interface Step {
  partnership: Partnership;
  asOf: string;
  weights: Weights;
  subject: { kind: string; id: string; name?: string };
  name: string;
}

type Meetings = Partnership["meetings"];

/** Where a partnership's findings go: written into a list (a score), or only counted (a summary's outline). */
export interface PartnershipFindingSink {
  /** A finding made from its declaration. */
  add<P extends FindingParams>(meta: FindingMeta<PartnershipFindingCode, P>, params: P, place: FindingPlace): void;
  /** Findings already made (the stage classification's). */
  addMade(findings: readonly Finding<ContinuumFindingCode>[]): void;
}

/** A sink that writes each finding into `findings`. */
export const writeInto = (findings: Finding<PartnershipFindingCode | ContinuumFindingCode>[]): PartnershipFindingSink => ({
  add: (meta, params, place) => findings.push(report(meta, params, place)),
  addMade: (made) => {
    for (const f of made) findings.push(f);
  },
});

/**
 * The findings of a partnership's steps, in the order the steps come: the classification's, what
 * the next stage needs, elements rated without evidence, meetings dated after `asOf`, meetings
 * against the agreed frequency, a missing agreement, families without a role, the partnership's end.
 */
export function partnershipFindings(ctx: Step, classification: StageClassification, recent: Meetings, sink: PartnershipFindingSink): void {
  const { partnership, asOf, subject, name } = ctx;
  sink.addMade(classification.findings);
  if (classification.next) {
    const missing = classification.next.missing.map((i) => i.label).join("; ");
    if (missing) sink.add(stageNextMissing, { partnership: name, stage: classification.next.stage, missing }, { subject });
  }
  // The elements are a frozen catalog (see deepFreeze).
  for (const element of forLoops(partnershipElements)) {
    const rated = partnership.elements?.[element.id];
    if (rated && rated.evidence.length === 0) sink.add(elementNoEvidence, { element: element.label, partnership: name }, { subject, path: ["elements", element.id] });
  }
  for (const m of partnership.meetings ?? []) if (m.date > asOf) sink.add(meetingAfterAsOf, { partnership: name, date: m.date, asOf }, { subject });
  const expected = partnership.meetingFrequency ? meetingFrequencies[partnership.meetingFrequency] : undefined;
  if (expected === undefined) sink.add(meetingsNoFrequency, { partnership: name }, { subject });
  else if (recent.length < expected) sink.add(meetingsBelowAgreed, { partnership: name, held: recent.length, expected, frequency: partnership.meetingFrequency!, asOf }, { subject });
  if (stageRank(classification.stage) >= 3 && partnership.agreementIds.length === 0) sink.add(agreementMissing, { partnership: name, stage: classification.stage! }, { subject });
  if (partnership.roles && !partnership.roles.families) sink.add(familyVoiceNoRole, { partnership: name }, { subject });
  if (partnership.status === "ended" || (partnership.endDate && partnership.endDate < asOf)) sink.add(partnershipEnded, { partnership: name, end: partnership.endDate ?? "" }, { subject });
}

/** The stage on the continuum, from evidence. */
function stageComponent(ctx: Step, classification: StageClassification): AssessmentComponent {
  return {
    id: "stage",
    label: "Stage on the continuum, from evidence",
    score: classification.stage === null ? null : classification.rank * 25,
    weight: ctx.weights.stage,
    evidence: classification.evidence.map((e) => `${e.practice} on ${e.date}${e.note ? `: ${e.note}` : ""}`),
  };
}

/** The four elements of partnerships that work, each rating counted only with its evidence. */
function elementsComponent(ctx: Step): AssessmentComponent {
  const evidence: string[] = [];
  const ratings: number[] = [];
  // The elements are a frozen catalog (see deepFreeze).
  for (const element of forLoops(partnershipElements)) {
    const rated = ctx.partnership.elements?.[element.id];
    if (!rated || rated.evidence.length === 0) continue;
    ratings.push((rated.rating / 3) * 100);
    evidence.push(`${element.label}: ${elementRatingLabels[rated.rating] ?? rated.rating} (${rated.evidence.join("; ")})`);
  }
  return {
    id: "elements",
    label: "The four elements of partnerships that work",
    score: ratings.length === 0 ? null : roundScore(ratings.reduce((a, b) => a + b, 0) / ratings.length),
    weight: ctx.weights.elements,
    evidence,
  };
}

/** Meetings held in the 12 months to `asOf` against the agreed frequency. */
function communicationComponent(ctx: Step, recent: Meetings): AssessmentComponent {
  const { partnership, asOf } = ctx;
  const expected = partnership.meetingFrequency ? meetingFrequencies[partnership.meetingFrequency] : undefined;
  let score: number | null = null;
  const evidence = recent.map((m) => `meeting on ${m.date}`);
  if (expected !== undefined) {
    score = roundScore(Math.min(1, recent.length / expected) * 100);
    evidence.unshift(`${recent.length} of ${expected} ${partnership.meetingFrequency} meetings held in the 12 months to ${asOf}`);
  }
  return { id: "communication", label: "Regular communication", score, weight: ctx.weights.communication, evidence };
}

/** A formal agreement, where the stage (cooperation and above) calls for one. */
function agreementComponent(ctx: Step, stage: StageClassification["stage"]): AssessmentComponent {
  let score: number | null = null;
  const evidence: string[] = [];
  if (stageRank(stage) >= 3) {
    score = ctx.partnership.agreementIds.length > 0 ? 100 : 0;
    if (score === 100) evidence.push(`agreements: ${ctx.partnership.agreementIds.join(", ")}`);
  }
  return { id: "agreement", label: "Formal agreement (cooperation and above)", score, weight: ctx.weights.agreement, evidence };
}

/** Family voice: the families' role, their presence at recent meetings, cross-membership in governance. */
function familyVoiceComponent(ctx: Step, recent: Meetings): AssessmentComponent {
  const { partnership, asOf } = ctx;
  let score: number | null = null;
  const evidence: string[] = [];
  if (partnership.roles) {
    score = 0;
    if (partnership.roles.families) {
      score += 50;
      evidence.push(`families' role: ${partnership.roles.families}`);
    }
    const withFamilies = recent.filter((m) => m.familiesPresent === true);
    if (withFamilies.length > 0) {
      score += 30;
      evidence.push(`families took part in ${withFamilies.length} meeting(s) in the last 12 months`);
    }
    const cross = partnership.practices.find((e) => e.practice === "governance-cross-membership" && e.date <= asOf);
    if (cross) {
      score += 20;
      evidence.push(`cross-membership in governance on ${cross.date}`);
    }
  }
  return { id: "familyVoice", label: "Family voice", score, weight: ctx.weights.familyVoice, evidence };
}

/** Referrals that led to a service (see analyzeReferrals for the completion rate); not scored without referrals to judge. */
function referralsComponent(ctx: Step, referrals: NonNullable<ScorePartnershipOptions["referrals"]>): AssessmentComponent {
  if (referrals.length === 0) return { id: "referrals", label: "Referrals that led to a service", score: null, weight: ctx.weights.referrals, evidence: [] };
  const f = referralFigures(referrals, ctx.asOf);
  return { id: "referrals", label: "Referrals that led to a service", score: f.completionRate === null ? null : roundScore(f.completionRate * 100), weight: ctx.weights.referrals, evidence: completionEvidence(f) };
}

/** The default weights overridden by `overrides`, each checked to be a number of at least 0. */
function checkedWeights(overrides: NonNullable<ScorePartnershipOptions["weights"]>): Weights {
  const weights = Object.assign({}, partnershipScoreWeights, overrides);
  for (const [key, w] of Object.entries(weights)) optionalNumber(w, `weights.${key}`, 0);
  return weights;
}

const meetingWindowStart = /* @__PURE__ */ monthsFromRemembered();
const referralDateKeys = ["madeOn", "contactedOn", "serviceStartedOn", "closedOn"] as const;

/**
 * Scores a partnership 0..100 from six weighted components, each with its evidence:
 *
 * - `stage` (0.3): the stage read from dated practice evidence by {@link classifyStage}, rank / 4;
 * - `elements` (0.3): the mean of the four elements' ratings that have evidence, rating / 3;
 * - `communication` (0.2): meetings held in the 12 months up to `asOf` against the agreed
 *   frequency (capped at 100); meetings dated after `asOf` do not count;
 * - `agreement` (0.1): where the stage is cooperation or above, whether a formal agreement is
 *   recorded (1302.53(a)(1) names "joint agreements, procedures, or contracts"); not scored below cooperation;
 * - `familyVoice` (0.1): families hold a role (50), took part in a meeting in the last 12 months
 *   (30), and serve in governance across the partners (20); not scored when no roles are recorded;
 * - `referrals` (0.1, added with referrals): the completion rate of the referrals passed in `referrals`
 *   (served ÷ served, closed without a service, or open past 45 days; see {@link analyzeReferrals})
 *   × 100; not scored without referrals to judge, so a partnership with none scores as before.
 *
 * With evidence for fewer than two components the score is `null` and the band
 * `insufficient-evidence`.
 * Complexity: O(practices + meetings).
 *
 * @throws {RangeError} When `asOf`, or a date of a referral passed in `referrals`, is not a calendar date.
 * @example
 * ```ts
 * import { scorePartnership } from "ece-partnerships";
 * const a = scorePartnership(
 *   {
 *     id: "hs-cw", parties: ["hs", "cw"], status: "active",
 *     roles: { program: "Enrolls children in foster care", families: "Parents co-plan family nights" },
 *     practices: [
 *       { practice: "regular-meetings", date: "2025-06-10" },
 *       { practice: "shared-facilities", date: "2025-04-01" },
 *       { practice: "formal-information-sharing", date: "2025-02-15" },
 *       { practice: "common-goal", date: "2025-01-20" },
 *     ],
 *     meetingFrequency: "quarterly",
 *     meetings: [{ date: "2024-11-05" }, { date: "2025-02-11" }, { date: "2025-05-13", familiesPresent: true }],
 *     elements: { "shared-vision": { rating: 2, evidence: ["Joint vision statement"] } },
 *     views: [], agreementIds: ["mou-cw"], goalIds: [],
 *   },
 *   { asOf: "2025-09-01" },
 * );
 * a.classification.stage; //=> "cooperation"
 * a.components.map((c) => [c.id, c.score]); //=> [["stage", 75], ["elements", 66.7], ["communication", 75], ["agreement", 100], ["familyVoice", 80], ["referrals", null]]
 * a.score; //=> 75.5
 * a.band; //=> "established"
 * ```
 * @category Partners
 */
export function scorePartnership(partnership: Partnership, options: ScorePartnershipOptions): PartnershipAssessment {
  const { ctx, classification, recent, referrals } = readPartnership(partnership, options);
  const findings: Finding<PartnershipFindingCode | ContinuumFindingCode>[] = [];
  partnershipFindings(ctx, classification, recent, writeInto(findings));
  const components = [
    stageComponent(ctx, classification),
    elementsComponent(ctx),
    communicationComponent(ctx, recent),
    agreementComponent(ctx, classification.stage),
    familyVoiceComponent(ctx, recent),
    referralsComponent(ctx, referrals),
  ];
  const assessment = buildAssessment({ subject: ctx.subject, components, findings, minEvidenced: 2 });
  return Object.assign(assessment, { classification });
}

/**
 * What scoring a partnership reads, with its options checked: the steps' context, the stage
 * classification (its findings made by `make`), the meetings of the 12 months to `asOf`, and the
 * referrals (their dates checked).
 */
export function readPartnership(partnership: Partnership, options: ScorePartnershipOptions, make: typeof report = report): { ctx: Step; classification: StageClassification; recent: Meetings; referrals: NonNullable<ScorePartnershipOptions["referrals"]> } {
  const asOf = requireIsoDate(options?.asOf);
  const weights: Weights = options.weights === undefined ? partnershipScoreWeights : checkedWeights(options.weights);
  // Literals without spreads: this runs for every partnership of a summary.
  const subject = partnership.name ? { kind: "partnership", id: partnership.id, name: partnership.name } : { kind: "partnership", id: partnership.id };
  const ctx: Step = { partnership, asOf, weights, subject, name: partnership.name ?? untitledPartnership(partnership.id) };
  const classifyOptions: ClassifyStageOptions = { asOf, views: partnership.views ?? [], subject };
  if (options.staleAfterMonths !== undefined) classifyOptions.staleAfterMonths = options.staleAfterMonths;
  if (options.nameOf) classifyOptions.nameOf = options.nameOf;
  const classification = classifyWith(partnership.practices ?? [], classifyOptions, make);
  const windowStart = meetingWindowStart(asOf, -12);
  const recent = (partnership.meetings ?? []).filter((m) => m.date > windowStart && m.date <= asOf);
  const referrals = options.referrals ?? [];
  // The option comes from the caller, not always from a parsed portfolio: a date that is not one would make NaN figures.
  for (let i = 0; i < referrals.length; i++) {
    for (const key of referralDateKeys) {
      const value = referrals[i]?.[key];
      if ((key === "madeOn" || value !== undefined) && !isIsoDate(value)) throw new RangeError(`referrals[${i}].${key} must be a calendar date written YYYY-MM-DD, got ${String(value)}`);
    }
  }
  return { ctx, classification, recent, referrals };
}
