import { z } from "../core/zod.js";
import { csaCoordinationUnfunded, csaEligibilityMisaligned, csaNoCommonGoal, csaNoContribution, csaNoFundingPlan, csaNoOutcomeMeasures, csaNoRegularMeetings, csaNotSustained, csaOneWayInformation, csaPartnerDeclined, csaSmiUnconverted, type CommunityFindingCode } from "./findings.js";
import { IdSchema, IsoDateSchema, buildAssessment, entitySchema, report, parseWith, partSchema, roundScore, type Assessment, type Finding, type ParseInput, type ParseResult } from "../core/index.js";
import { optionalNumber, requireIsoDate, enumSchema, roundShare } from "../core/internal.js";
import { analyzeFundingPlan, type FundingPlan } from "../funding/index.js";
import { meetingFrequencyIds, organizationLevels } from "../partners/index.js";
import { GoalIndicatorSchema, indicatorProgress } from "../planning/goals.js";

/**
 * The service domains a coordinated services approach links early care and education with:
 * "health and human services, such as those designed to promote positive outcomes for family
 * economic security, health, mental health, food and nutrition, and housing" (Supporting Families
 * Through Coordinated Services Partnerships, OPRE Report 2022-52), plus early care and education
 * itself and `other`.
 *
 * @example
 * ```ts
 * import { coordinatedServiceDomains } from "ece-partnerships";
 * coordinatedServiceDomains.length; //=> 7
 * ```
 * @category Community
 */
export const coordinatedServiceDomains = /* @__PURE__ */ Object.freeze([
  "early-care-education",
  "family-economic-security",
  "health",
  "mental-health",
  "food-nutrition",
  "housing",
  "other",
] as const);

/**
 * Tools that help families reach services, after the study's examples: expanding the supply of
 * care slots, an online portal for families "outlining the characteristics and eligibility
 * requirements of each program", a shared referral portal "so frontline staff could mutually
 * refer", a single application, and a family-level needs assessment that "identified and
 * prioritized all the needs for an individual family".
 *
 * @example
 * ```ts
 * import { accessToolKinds } from "ece-partnerships";
 * accessToolKinds.includes("referral-portal"); //=> true
 * ```
 * @category Community
 */
export const accessToolKinds = /* @__PURE__ */ Object.freeze(["care-slot-supply", "family-portal", "referral-portal", "single-application", "family-needs-assessment", "other"] as const);

/**
 * Ways an approach supports quality, after the study: "training and technical assistance (T/TA),
 * connecting ECE settings with QRIS, and facilitating peer learning".
 *
 * @example
 * ```ts
 * import { qualitySupportKinds } from "ece-partnerships";
 * qualitySupportKinds; //=> ["training-technical-assistance", "qris-connection", "peer-learning", "other"]
 * ```
 * @category Community
 */
export const qualitySupportKinds = /* @__PURE__ */ Object.freeze(["training-technical-assistance", "qris-connection", "peer-learning", "other"] as const);


/**
 * A coordinated services approach (Supporting Families Through Coordinated Services Partnerships,
 * OPRE Report 2022-52): "an effort by a program or a group of programs, an
 * agency, a department, or other organization focused on coordinating services for children and
 * families with low incomes, at the state or local level". It records its operator, partners
 * within and across levels with each one's contribution to a common goal, coordinated enrollment
 * with each program's eligibility rules, communication structures (regular meetings, regional
 * councils, MOUs), information flows between state and local levels, data practices and its funding plan.
 *
 * @example
 * ```ts
 * import { parseCoordinatedServicesApproach } from "ece-partnerships";
 * parseCoordinatedServicesApproach({
 *   id: "csa", name: "Dane Early Childhood Connect", level: "local", operatorId: "ccrr",
 *   partners: [{ organizationId: "ccrr", level: "local", contribution: "Runs the single application" }],
 * }).ok; //=> true
 * ```
 * @category Community
 */
export const CoordinatedServicesApproachSchema = /* @__PURE__ */ entitySchema({
  /** Unique id. */
  id: IdSchema,
  /** Name. */
  name: /* @__PURE__ */ z.string().min(1),
  /** State (operated by a state agency) or local (usually a community nonprofit). */
  level: /* @__PURE__ */ enumSchema(["state", "local"]),
  /** The operating organization. */
  operatorId: IdSchema,
  /** The common goal each partner contributes to. */
  commonGoal: /* @__PURE__ */ z.string().min(1).optional(),
  /** Partners, their level, and their contribution to the common goal. */
  partners: /* @__PURE__ */ z.array(/* @__PURE__ */ partSchema({ organizationId: IdSchema, level: /* @__PURE__ */ enumSchema(organizationLevels), contribution: /* @__PURE__ */ z.string().min(1).optional() })).default([]),
  /** Coordinated enrollment and each program's income eligibility (a percentage of the federal poverty line or of state median income). */
  enrollment: /* @__PURE__ */ partSchema({
    coordinated: /* @__PURE__ */ z.boolean(),
    programs: /* @__PURE__ */ z
      .array(
        /* @__PURE__ */ partSchema({
          id: IdSchema,
          label: /* @__PURE__ */ z.string().min(1),
          organizationId: /* @__PURE__ */ IdSchema.optional(),
          incomeLimit: /* @__PURE__ */ partSchema({ percent: /* @__PURE__ */ z.number().positive().max(10_000), of: /* @__PURE__ */ enumSchema(["fpl", "smi"]) }).optional(),
          otherRoutes: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string().min(1)).default([]),
        }),
      )
      .default([]),
  }).optional(),
  /** How partners communicate. */
  communication: /* @__PURE__ */ partSchema({
    meetingFrequency: /* @__PURE__ */ enumSchema(meetingFrequencyIds).optional(),
    regionalCouncils: /* @__PURE__ */ z.boolean().optional(),
    agreementIds: /* @__PURE__ */ z.array(IdSchema).default([]),
  }).default(() => ({ agreementIds: [] })),
  /** Information shared between levels. */
  informationFlows: /* @__PURE__ */ z.array(/* @__PURE__ */ partSchema({ from: /* @__PURE__ */ enumSchema(["state", "local"]), to: /* @__PURE__ */ enumSchema(["state", "local"]), what: /* @__PURE__ */ z.string().min(1) })).default([]),
  /** How data are used and shared. */
  dataPractices: /* @__PURE__ */ z.array(/* @__PURE__ */ partSchema({ label: /* @__PURE__ */ z.string().min(1), agreementId: /* @__PURE__ */ IdSchema.optional() })).default([]),
  /** Its funding plan. */
  fundingPlanId: /* @__PURE__ */ IdSchema.optional(),
  /** The service domains it links (see {@link coordinatedServiceDomains}). */
  domains: /* @__PURE__ */ z.array(/* @__PURE__ */ enumSchema(coordinatedServiceDomains)).default([]),
  /** Outcome measures: goal indicators (baseline, target, due date, latest value), each with its domain. */
  outcomes: /* @__PURE__ */ z.array(/* @__PURE__ */ GoalIndicatorSchema.extend({ domain: /* @__PURE__ */ enumSchema(coordinatedServiceDomains).optional() })).default([]),
  /** Tools that help families reach services (see {@link accessToolKinds}). */
  accessTools: /* @__PURE__ */ z.array(/* @__PURE__ */ partSchema({ kind: /* @__PURE__ */ enumSchema(accessToolKinds), label: /* @__PURE__ */ z.string().min(1), url: /* @__PURE__ */ z.url({ error: "a web address such as https://example.org" }).optional() })).default([]),
  /** How it supports quality (see {@link qualitySupportKinds}), and who provides the support. */
  qualitySupports: /* @__PURE__ */ z.array(/* @__PURE__ */ partSchema({ kind: /* @__PURE__ */ enumSchema(qualitySupportKinds), label: /* @__PURE__ */ z.string().min(1), providerId: /* @__PURE__ */ IdSchema.optional() })).default([]),
  /** Whether the partners kept coordinating after the grant that started it ended ("Even when the grant funding ended, the partners continued coordinating"). */
  sustainability: /* @__PURE__ */ partSchema({ fundingEndedOn: IsoDateSchema, continued: /* @__PURE__ */ z.boolean(), how: /* @__PURE__ */ z.string().min(1).optional() }).optional(),
  /** Organizations invited that declined, with their reason ("The child welfare agency preferred to work within their own agency"). */
  declinedPartners: /* @__PURE__ */ z.array(/* @__PURE__ */ partSchema({ organizationId: IdSchema, reason: /* @__PURE__ */ z.string().min(1), date: /* @__PURE__ */ IsoDateSchema.optional() })).default([]),
});

/**
 * A coordinated services approach; see {@link CoordinatedServicesApproachSchema}.
 *
 * @example
 * ```ts
 * import type { CoordinatedServicesApproach } from "ece-partnerships";
 * const c: CoordinatedServicesApproach = { id: "c", name: "C", level: "state", operatorId: "dcf", partners: [], communication: { agreementIds: [] }, informationFlows: [], dataPractices: [], domains: [], outcomes: [], accessTools: [], qualitySupports: [], declinedPartners: [] };
 * c.level; //=> "state"
 * ```
 * @category Community
 * @useDeclaredType
 */
export type CoordinatedServicesApproach = z.infer<typeof CoordinatedServicesApproachSchema>;

/**
 * What {@link parseCoordinatedServicesApproach} accepts for a coordinated services approach: the schema's input, where fields with
 * defaults are optional. Use it with `satisfies` for completion while writing data.
 *
 * @example
 * ```ts
 * import { parseCoordinatedServicesApproach, type CoordinatedServicesApproachInput } from "ece-partnerships";
 * const input = { id: "dane-connect", name: "Dane Family Connect", level: "local", operatorId: "ccrr" } satisfies CoordinatedServicesApproachInput;
 * parseCoordinatedServicesApproach(input).ok; //=> true
 * ```
 * @category Community
 * @useDeclaredType
 */
export type CoordinatedServicesApproachInput = z.input<typeof CoordinatedServicesApproachSchema>;

/**
 * Validates a coordinated services approach; never throws.
 *
 * @example
 * ```ts
 * import { parseCoordinatedServicesApproach } from "ece-partnerships";
 * const fromForm: unknown = { id: "c", name: "C", level: "county", operatorId: "x" };
 * parseCoordinatedServicesApproach(fromForm).ok; //=> false
 * ```
 * @category Community
 */
export function parseCoordinatedServicesApproach<const T = CoordinatedServicesApproachInput>(input: ParseInput<T, CoordinatedServicesApproachInput>): ParseResult<CoordinatedServicesApproach> {
  return parseWith(CoordinatedServicesApproachSchema, input);
}

/**
 * An income band (in percent of the federal poverty line, lower bound exclusive, upper inclusive)
 * where a family is eligible for some of the coordinated programs but not all.
 *
 * @example
 * ```ts
 * import type { EligibilityBand } from "ece-partnerships";
 * const b: EligibilityBand = { aboveFpl: 100, upToFpl: 185, eligible: ["ccdf"], notEligible: ["head-start"] };
 * b.upToFpl; //=> 185
 * ```
 * @category Community
 */
export interface EligibilityBand {
  /** Incomes above this percent of FPL... */
  aboveFpl: number;
  /** ...up to and including this percent. */
  upToFpl: number;
  /** Programs whose income limit admits the band. */
  eligible: string[];
  /** Programs whose income limit does not. */
  notEligible: string[];
}

/**
 * The result of {@link analyzeCoordinatedServices}.
 *
 * @example
 * ```ts
 * import type { CoordinatedServicesAnalysis } from "ece-partnerships";
 * const keys: (keyof CoordinatedServicesAnalysis)[] = ["eligibilityBands", "partnersWithoutContribution", "reciprocalInformationFlow", "outcomes", "sustained", "declinedPartners"];
 * keys.length; //=> 6
 * ```
 * @category Community
 */
export interface CoordinatedServicesAnalysis extends Assessment<CommunityFindingCode> {
  /** Each outcome measure with its progress from baseline toward target (0..1; `null` without a latest value). */
  outcomes: { id: string; label: string; domain: string | null; baseline: number; target: number; unit: string; current: number | null; progress: number | null }[];
  /** Whether coordination continued after its funding ended; `null` when not recorded. */
  sustained: boolean | null;
  /** Organizations that declined to take part, with their reason. */
  declinedPartners: { organizationId: string; name: string; reason: string }[];
  /** Income bands where families qualify for some programs but not all. */
  eligibilityBands: EligibilityBand[];
  /** Partners with no recorded contribution to the common goal. */
  partnersWithoutContribution: string[];
  /** True when information flows both from state to local and from local to state. */
  reciprocalInformationFlow: boolean;
}

/**
 * The programs' income limits on one scale (percent of the federal poverty level; a limit in SMI
 * needs `smiAsPercentOfFpl`), the income bands where some are eligible and others not, and the
 * share of the range that is aligned (null with fewer than two limits).
 */
function eligibilityAlignment(
  approach: Pick<CoordinatedServicesApproach, "enrollment">,
  smiAsPercentOfFpl: number | undefined,
  emit: (finding: Finding<CommunityFindingCode>) => void,
  subject: { kind: string; id: string; name: string },
): { limits: { id: string; fpl: number }[]; eligibilityBands: EligibilityBand[]; score: number | null } {
  const programLabel = (id: string) => approach.enrollment?.programs.find((p) => p.id === id)?.label ?? id;
  const limits: { id: string; fpl: number }[] = [];
  for (const program of approach.enrollment?.programs ?? []) {
    if (!program.incomeLimit) continue;
    if (program.incomeLimit.of === "fpl") limits.push({ id: program.id, fpl: program.incomeLimit.percent });
    else if (smiAsPercentOfFpl && smiAsPercentOfFpl > 0) limits.push({ id: program.id, fpl: roundScore((program.incomeLimit.percent * smiAsPercentOfFpl) / 100) });
    else emit(report(csaSmiUnconverted, { program: program.label, percent: program.incomeLimit.percent }, { subject }));
  }
  const cuts = [...new Set(limits.map((l) => l.fpl))].sort((a, b) => a - b);
  const eligibilityBands: EligibilityBand[] = [];
  let lower = 0;
  for (const cut of cuts) {
    const eligible = limits.filter((l) => l.fpl >= cut).map((l) => l.id);
    if (eligible.length > 0 && eligible.length < limits.length) {
      eligibilityBands.push({ aboveFpl: lower, upToFpl: cut, eligible, notEligible: limits.filter((l) => l.fpl < cut).map((l) => l.id) });
    }
    lower = cut;
  }
  for (const band of eligibilityBands) {
    emit(report(csaEligibilityMisaligned, { above: band.aboveFpl, upTo: band.upToFpl, eligible: band.eligible.map(programLabel), notEligible: band.notEligible.map(programLabel) }, { subject }));
  }
  const range = cuts.at(-1) ?? 0;
  const misaligned = eligibilityBands.reduce((a, b) => a + (b.upToFpl - b.aboveFpl), 0);
  return { limits, eligibilityBands, score: limits.length >= 2 && range > 0 ? (1 - misaligned / range) * 100 : null };
}

/** An indicator's progress rounded to three decimals (0.5, not 0.5000000000000001), or `null`. */
function progressOf(indicator: Parameters<typeof indicatorProgress>[0]): number | null {
  const p = indicatorProgress(indicator);
  return p === null ? null : roundShare(p);
}

/** Outcome measures with their progress, the findings about outcomes, sustainability and declined partners, and the `outcomes` component. */
function outcomesAndReach(approach: Pick<CoordinatedServicesApproach, "name" | "sustainability"> & Partial<Pick<CoordinatedServicesApproach, "outcomes" | "declinedPartners">>, name: (id: string) => string, emit: (finding: Finding<CommunityFindingCode>) => void, subject: { kind: string; id: string; name: string }) {
  const outcomes = (approach.outcomes ?? []).map((o) => ({ id: o.id, label: o.label, domain: o.domain ?? null, baseline: o.baseline, target: o.target, unit: o.unit, current: o.current?.value ?? null, progress: progressOf(o) }));
  if (outcomes.length === 0) emit(report(csaNoOutcomeMeasures, { approach: approach.name }, { subject }));
  const sustained = approach.sustainability ? approach.sustainability.continued : null;
  if (approach.sustainability && !approach.sustainability.continued) emit(report(csaNotSustained, { approach: approach.name, ended: approach.sustainability.fundingEndedOn }, { subject }));
  const declinedPartners = (approach.declinedPartners ?? []).map((d) => ({ organizationId: d.organizationId, name: name(d.organizationId), reason: d.reason }));
  for (const d of declinedPartners) emit(report(csaPartnerDeclined, { approach: approach.name, partner: d.name, reason: d.reason }, { subject }));
  const measured = outcomes.filter((o) => o.progress !== null);
  const component = {
    id: "outcomes",
    label: "Outcome measures moving toward their targets",
    score: measured.length ? roundScore((measured.reduce((sum, o) => sum + o.progress!, 0) / measured.length) * 100) : null,
    weight: 0.1,
    evidence: measured.map((o) => `${o.label}: ${o.current} ${o.unit} (baseline ${o.baseline}, target ${o.target})`),
  };
  return { outcomes, sustained, declinedPartners, component };
}

/**
 * Analyzes a coordinated services approach (Supporting Families Through Coordinated Services
 * Partnerships, OPRE Report 2022-52) for the barriers its interviewees named:
 *
 * - `goal` (0.25): a common goal, and each partner's contribution to it (partners with none are listed);
 * - `eligibility` (0.25): income eligibility rules compared over the income range: bands where a
 *   family is eligible for some programs but not all (limits given as a share of state median
 *   income are converted with `smiAsPercentOfFpl`, the state median income for the family size as a
 *   percent of the poverty line); score = the share of the range where rules agree;
 * - `communication` (0.2): regular meetings, regional councils, MOUs;
 * - `information-flow` (0.15): for approaches spanning state and local partners, information
 *   flowing both ways ("reciprocally shared information and supports");
 * - `coordination-funding` (0.15): with the approach's funding plan, whether coordination itself is
 *   funded ("most coordinated services approaches did not have funding for the coordination itself");
 * - `outcomes` (0.1): the mean progress of the outcome measures that have a latest value, from
 *   baseline toward target (`indicatorProgress`); not scored without one.
 *
 * It also returns the outcome measures, whether coordination continued after its funding ended,
 * and the partners that declined, each noted (`info`), as is an approach with no outcome measure.
 *
 * Complexity: O(partners + programs log programs + plan).
 *
 * @throws {RangeError} When `asOf` is not a calendar date.
 * @example
 * ```ts
 * import { analyzeCoordinatedServices } from "ece-partnerships";
 * const a = analyzeCoordinatedServices(
 *   {
 *     id: "csa", name: "Dane Early Childhood Connect", level: "local", operatorId: "ccrr",
 *     commonGoal: "Every family finds care that fits",
 *     partners: [{ organizationId: "ccrr", level: "local", contribution: "Single application" }, { organizationId: "dcf", level: "state" }],
 *     enrollment: { coordinated: true, programs: [
 *       { id: "head-start", label: "Head Start", incomeLimit: { percent: 100, of: "fpl" }, otherRoutes: [] },
 *       { id: "ccdf", label: "Child care subsidy", incomeLimit: { percent: 85, of: "smi" }, otherRoutes: [] },
 *     ] },
 *     communication: { meetingFrequency: "monthly", agreementIds: [] },
 *     informationFlows: [{ from: "state", to: "local", what: "Subsidy policy updates" }],
 *     dataPractices: [],
 *   },
 *   { asOf: "2025-09-01", smiAsPercentOfFpl: 400 },
 * );
 * a.eligibilityBands; //=> [{ aboveFpl: 100, upToFpl: 340, eligible: ["ccdf"], notEligible: ["head-start"] }]
 * a.partnersWithoutContribution; //=> ["dcf"]
 * a.reciprocalInformationFlow; //=> false
 * ```
 * @category Community
 */
export function analyzeCoordinatedServices(
  // Fields added with format version 2 may be left out by callers that build an approach by hand.
  approach: Omit<CoordinatedServicesApproach, "domains" | "outcomes" | "accessTools" | "qualitySupports" | "declinedPartners"> &
    Partial<Pick<CoordinatedServicesApproach, "domains" | "outcomes" | "accessTools" | "qualitySupports" | "declinedPartners">>,
  options: { asOf: string; smiAsPercentOfFpl?: number; fundingPlan?: FundingPlan; nameOf?: (organizationId: string) => string | undefined },
): CoordinatedServicesAnalysis {
  const asOf = requireIsoDate(options?.asOf);
  const subject = { kind: "coordinated-services-approach", id: approach.id, name: approach.name };
  optionalNumber(options.smiAsPercentOfFpl, "smiAsPercentOfFpl", 0, 10_000);
  const findings: Finding<CommunityFindingCode>[] = [];

  // Goal and contributions.
  const partnersWithoutContribution = approach.partners.filter((p) => !p.contribution).map((p) => p.organizationId);
  if (!approach.commonGoal) findings.push(report(csaNoCommonGoal, { approach: approach.name }, { subject }));
  for (const id of partnersWithoutContribution) findings.push(report(csaNoContribution, { partner: options.nameOf?.(id) ?? id, approach: approach.name }, { subject }));
  const goalScore = approach.partners.length ? ((approach.commonGoal ? 0.5 : 0) + 0.5 * ((approach.partners.length - partnersWithoutContribution.length) / approach.partners.length)) * 100 : null;

  // Eligibility alignment.
  const { limits, eligibilityBands, score: eligibilityScore } = eligibilityAlignment(approach, options.smiAsPercentOfFpl, (finding) => findings.push(finding), subject);

  // Communication.
  const c = approach.communication;
  const communicationScore = ((c.meetingFrequency ? 1 : 0) + (c.regionalCouncils ? 1 : 0) + (c.agreementIds.length > 0 ? 1 : 0)) / 3 * 100;
  if (!c.meetingFrequency) findings.push(report(csaNoRegularMeetings, { approach: approach.name }, { subject }));

  // Reciprocal information flow across levels.
  const levels = new Set([approach.level, ...approach.partners.map((p) => (p.level === "state" || p.level === "federal" ? "state" : "local"))]);
  const spansLevels = levels.has("state") && levels.has("local");
  const down = approach.informationFlows.some((f) => f.from === "state" && f.to === "local");
  const up = approach.informationFlows.some((f) => f.from === "local" && f.to === "state");
  const reciprocalInformationFlow = down && up;
  if (spansLevels && !reciprocalInformationFlow) {
    findings.push(report(csaOneWayInformation, { approach: approach.name, flow: down ? "only from state to local" : up ? "only from local to state" : "in neither direction" }, { subject }));
  }
  const flowScore = spansLevels ? ((down ? 50 : 0) + (up ? 50 : 0)) : null;

  // Coordination funding.
  let fundingScore: number | null = null;
  if (options.fundingPlan) {
    const analysis = analyzeFundingPlan(options.fundingPlan, { asOf });
    const coordination = analysis.components.find((x) => x.id === "coordination")?.score ?? null;
    fundingScore = coordination ?? 0;
    if (fundingScore < 100) findings.push(report(csaCoordinationUnfunded, { approach: approach.name, state: coordination === null ? "not budgeted" : "not fully funded", plan: options.fundingPlan.label ?? options.fundingPlan.id }, { subject }));
  } else {
    findings.push(report(csaNoFundingPlan, { approach: approach.name }, { subject }));
  }

  const reach = outcomesAndReach(approach, (id) => options.nameOf?.(id) ?? id, (finding) => findings.push(finding), subject);

  const assessment = buildAssessment({
    subject,
    findings,
    components: [
      { id: "goal", label: "Common goal and partners' contributions", score: goalScore === null ? null : roundScore(goalScore), weight: 0.25, evidence: approach.partners.filter((p) => p.contribution).map((p) => `${p.organizationId}: ${p.contribution}`) },
      { id: "eligibility", label: "Eligibility rules aligned", score: eligibilityScore === null ? null : roundScore(eligibilityScore), weight: 0.25, evidence: limits.map((l) => `${l.id}: up to ${l.fpl}% FPL`) },
      { id: "communication", label: "Communication structures", score: roundScore(communicationScore), weight: 0.2, evidence: [c.meetingFrequency ? `${c.meetingFrequency} meetings` : "", c.regionalCouncils ? "regional councils" : "", c.agreementIds.length ? `MOUs: ${c.agreementIds.join(", ")}` : ""].filter(Boolean) },
      { id: "information-flow", label: "Reciprocal state-local information flow", score: flowScore, weight: 0.15, evidence: approach.informationFlows.map((f) => `${f.from} to ${f.to}: ${f.what}`) },
      { id: "coordination-funding", label: "Coordination funded", score: fundingScore, weight: 0.15, evidence: options.fundingPlan ? [`plan ${options.fundingPlan.id}`] : [] },
      reach.component,
    ],
  });
  return Object.assign(assessment, { eligibilityBands, partnersWithoutContribution, reciprocalInformationFlow, outcomes: reach.outcomes, sustained: reach.sustained, declinedPartners: reach.declinedPartners });
}
