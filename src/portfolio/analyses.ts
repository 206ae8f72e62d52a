import type { Finding } from "../core/index.js";
import { distinct, type CountedFindings, type SeverityCounts } from "../core/internal.js";
import { assessAgreement, type Agreement, type AgreementAssessment, type AssessAgreementOptions } from "../agreements/index.js";
import { outlineAgreement, type AgreementOutline } from "../agreements/outline.js";
import { outlinePartnership, type PartnershipOutline } from "../partners/outline.js";
import { allianceSavings, analyzeCoordinatedServices, type CoordinatedServicesAnalysis, type CoordinatedServicesApproach, type SharedServicesAlliance, type SharedServicesSavings } from "../community/index.js";
import { assessCompliance, type ComplianceAssessment } from "../compliance/index.js";
import { indexForCompliance } from "../compliance/index-cache.js";
import { analyzeFundingPlan, type AnalyzeFundingPlanOptions, type FundingAnalysis, type FundingPlan } from "../funding/index.js";
import { outlineFundingPlan, type FundingPlanOutline } from "../funding/outline.js";
import { scorePartnership, type Organization, type Partnership, type PartnershipAssessment, type ProgramDetails, type ScorePartnershipOptions } from "../partners/index.js";
import { actionPlanStatus, scoreQuestionnaire, type ActionPlan, type ActionPlanStatus, type Questionnaire, type QuestionnaireAssessment, type QuestionnaireResponse } from "../planning/index.js";
import { analyzeReferrals, type ReferralAnalysis } from "../referrals/index.js";
import { outlineReferrals } from "../referrals/analyze.js";
import { analyzeCcrrFunctions, type CcrrFunctionAnalysis } from "../ccrr/index.js";
import { outlineCcrrFunctions } from "../ccrr/analyze.js";
import { assessStaffPolicies, type StaffPolicyAssessment } from "../staff/index.js";
import { analyzeFundedSlots, type FundedSlotsAnalysis } from "../slots/index.js";
import { partnershipsBetween } from "../referrals/analyze.js";
import { findingsOnce, type OwnCodeCounts } from "./finding-set.js";
import { indexForPortfolio, questionnaireFor, recordsOf, referralsOfPartnership } from "./index-cache.js";
import type { Portfolio } from "./schema.js";

/** Where a group of findings comes from, in the order reports list them. */
export type FindingSource = "compliance" | "agreements" | "funding" | "partnerships" | "referrals" | "ccrr" | "staff" | "slots" | "coordinated-services" | "alliances" | "planning";

/**
 * How deep a program's records are analyzed: in `full` for a report, or outlined for a summary.
 * An outline of a partnership, agreement or funding plan has the same stage, standing or figures,
 * and of the program's referrals and CCR&R functions the figures a summary shows; their findings
 * are counted, not written.
 */
export type AnalysisDepth = "full" | "outline";

type PartnershipResult<D extends AnalysisDepth> = D extends "outline" ? PartnershipOutline : PartnershipAssessment;
type AgreementResult<D extends AnalysisDepth> = D extends "outline" ? AgreementOutline : AgreementAssessment;
type PlanResult<D extends AnalysisDepth> = D extends "outline" ? FundingPlanOutline : FundingAnalysis;
type ReferralsResult<D extends AnalysisDepth> = D extends "outline" ? ReturnType<typeof outlineReferrals> : ReferralAnalysis;
type CcrrResult<D extends AnalysisDepth> = D extends "outline" ? ReturnType<typeof outlineCcrrFunctions> : CcrrFunctionAnalysis;

/** Everything the library can say about one program on a date, each analysis run once. */
export interface ProgramAnalyses<D extends AnalysisDepth = "full"> {
  org: Organization & { program: ProgramDetails };
  compliance: ComplianceAssessment;
  /** Each partnership of the program; `firstInCall` is true where this call analyzed it (a partnership of two programs is analyzed once, for the first). */
  partnerships: { partnership: Partnership; assessment: PartnershipResult<D>; firstInCall: boolean }[];
  agreements: { agreement: Agreement; assessment: AgreementResult<D> }[];
  plans: { plan: FundingPlan; analysis: PlanResult<D>; owner: "program" | "partnership" }[];
  approaches: { approach: CoordinatedServicesApproach; analysis: CoordinatedServicesAnalysis }[];
  alliances: { alliance: SharedServicesAlliance; savings: SharedServicesSavings }[];
  actionPlans: { plan: ActionPlan; status: ActionPlanStatus }[];
  responses: { response: QuestionnaireResponse; questionnaire?: Questionnaire; assessment?: QuestionnaireAssessment }[];
  referrals: ReferralsResult<D>;
  ccrr: CcrrResult<D>;
  staff: StaffPolicyAssessment;
  slots: FundedSlotsAnalysis;
}

/**
 * Results shared between programs within one call (a partnership of two programs, a coordinated-
 * services approach with many partners: each analyzed once). An entry is kept only while a program
 * that will read it is still to come: it starts with the number of programs among the record's
 * parties and is dropped after the last, so a summary of a national portfolio holds the analyses of
 * shared records only, not of every record at once.
 */
export type AnalysisMemo = Map<object, { value: unknown; uses: number }>;

/** A shared result an earlier program of the call computed, dropped after its last reader. */
function recall<V>(memo: AnalysisMemo | undefined, key: object): V | undefined {
  const hit = memo?.get(key);
  if (!hit) return undefined;
  hit.uses -= 1;
  if (hit.uses <= 0) memo!.delete(key);
  return hit.value as V;
}

/** Keeps a result for the other programs among a record's parties (`programs` of them in all). */
function remember<V>(memo: AnalysisMemo | undefined, key: object, value: V, programs: () => number): V {
  if (memo) {
    const uses = programs() - 1;
    if (uses > 0) memo.set(key, { value, uses });
  }
  return value;
}

/** A shared result recalled, or computed and kept for the other programs among the record's parties. */
function memoized<K extends object, V>(memo: AnalysisMemo | undefined, key: K, programsAmong: () => number, compute: () => V): V {
  return recall<V>(memo, key) ?? remember(memo, key, compute(), programsAmong);
}

/** The number of distinct programs among some organization ids. */
export function programsAmong(ids: readonly string[], orgs: ReadonlyMap<string, Organization>): number {
  let n = 0;
  for (const id of distinct(ids)) if (orgs.get(id)?.program) n += 1;
  return n;
}

/**
 * Runs every analysis that concerns one program on a date: compliance, its partnerships, its
 * agreements, its funding plans and its partnerships' plans, the coordinated-services approaches
 * and shared-services alliances it takes part in, its partnerships' action plans and planning
 * responses. `undefined` for an id that is not a program. O(the program's records) after the
 * portfolio is indexed.
 */
export function programAnalyses<D extends AnalysisDepth = "full">(portfolio: Portfolio, programId: string, asOf: string, memo?: AnalysisMemo, depth?: D): ProgramAnalyses<D> | undefined {
  const { orgs, partnershipsByOrg, agreementsByOrg } = indexForCompliance(portfolio);
  const index = indexForPortfolio(portfolio);
  const org = orgs.get(programId);
  if (!org?.program) return undefined;
  const nameOf = (id: string) => orgs.get(id)?.name;
  const partnerships = partnershipsByOrg.get(programId) ?? [];
  const among = (ids: readonly string[]) => () => programsAmong(ids, orgs);
  const between = partnershipsBetween((id) => partnershipsByOrg.get(id));
  const outlined = depth === "outline";
  const analyzePartnership: (p: Partnership, options: ScorePartnershipOptions) => PartnershipResult<D> = (outlined ? outlinePartnership : scorePartnership) as never;
  const analyzeAgreement: (a: Agreement, options: AssessAgreementOptions) => AgreementResult<D> = (outlined ? outlineAgreement : assessAgreement) as never;
  const analyzePlan: (plan: FundingPlan, options: AnalyzeFundingPlanOptions) => PlanResult<D> = (outlined ? outlineFundingPlan : analyzeFundingPlan) as never;
  const plans: ProgramAnalyses<D>["plans"] = [
    ...(index.plansByProgram.get(programId) ?? []).map((plan) => ({ plan, owner: "program" as const, users: () => 1 })),
    ...(index.plansByPartnership.size === 0 ? [] : partnerships.flatMap((p) => (index.plansByPartnership.get(p.id) ?? []).map((plan) => ({ plan, owner: "partnership" as const, users: among(p.parties) })))),
  ].map(({ plan, owner, users }) => ({
    plan,
    owner,
    // A program's own plans serve its funded enrollment (the cost-per-child typo guard needs it).
    analysis: memoized(memo, plan, users, () => analyzePlan(plan, owner === "program" ? { asOf, fundedEnrollment: org.program!.fundedEnrollment } : { asOf })),
  }));
  return {
    org: org as ProgramAnalyses["org"],
    compliance: assessCompliance(portfolio, programId, { asOf }),
    // The memo is read and written directly, with no compute closure per record: a national summary has 80,000 partnerships and 40,000 agreements.
    partnerships: partnerships.map((p) => {
      const recalled = recall<PartnershipResult<D>>(memo, p);
      if (recalled) return { partnership: p, assessment: recalled, firstInCall: false };
      // A partnership's referrals only score it (its findings never depend on them): an outline reads none.
      const referrals = outlined ? undefined : referralsOfPartnership(p, index, between);
      const assessment = analyzePartnership(p, referrals?.length ? { asOf, nameOf, referrals } : { asOf, nameOf });
      return { partnership: p, assessment: remember(memo, p, assessment, among(p.parties)), firstInCall: true };
    }),
    agreements: (agreementsByOrg.get(programId) ?? []).map((a) => ({ agreement: a, assessment: recall<AgreementResult<D>>(memo, a) ?? remember(memo, a, analyzeAgreement(a, { asOf, nameOf }), among(a.parties)) })),
    plans,
    approaches: (index.approachesByOrg.get(programId) ?? []).map((approach) => ({
      approach,
      analysis: memoized(memo, approach, among([approach.operatorId, ...approach.partners.map((x) => x.organizationId)]), () => {
        const plan = approach.fundingPlanId === undefined ? undefined : index.plansById.get(approach.fundingPlanId);
        return analyzeCoordinatedServices(approach, { asOf, nameOf, ...(plan ? { fundingPlan: plan } : {}) });
      }),
    })),
    alliances: (index.alliancesByOrg.get(programId) ?? []).map((alliance) => ({
      alliance,
      savings: memoized(memo, alliance, among([alliance.hubId, ...alliance.members.map((m) => m.organizationId)]), () => allianceSavings(alliance, { nameOf })),
    })),
    actionPlans: recordsOf(partnerships, index.actionPlansByPartnership, portfolio.actionPlans).map((plan) => ({ plan, status: actionPlanStatus(plan, { asOf }) })),
    responses: recordsOf(partnerships, index.responsesByPartnership, portfolio.questionnaireResponses).map((response) => {
      const questionnaire = questionnaireFor(index, response.questionnaireId);
      return questionnaire ? { response, questionnaire, assessment: scoreQuestionnaire(questionnaire, response) } : { response };
    }),
    referrals: (outlined ? outlineReferrals(portfolio, { asOf, programId }) : analyzeReferrals(portfolio, { asOf, programId })) as ReferralsResult<D>,
    ccrr: (outlined ? outlineCcrrFunctions(portfolio, { asOf, programId }) : analyzeCcrrFunctions(portfolio, { asOf, programId })) as CcrrResult<D>,
    staff: assessStaffPolicies(portfolio, programId, { asOf }),
    slots: analyzeFundedSlots(portfolio, programId, { asOf }),
  };
}

const severityRank = { must: 0, should: 1, info: 2 } as const;

/** The findings of a partnership's, an agreement's or a funding plan's analysis: written, or counted when it was outlined (an outline is its own counted list). */
const findingsOf = (result: { findings: readonly Finding[] } | PartnershipOutline | AgreementOutline | FundingPlanOutline): readonly Finding[] | CountedFindings => ("counts" in result ? result : result.findings);

/** The program's findings lists by where they come from, in the order reports list them. */
function findingLists(a: ProgramAnalyses<AnalysisDepth>): [FindingSource, readonly (readonly Finding[] | CountedFindings | OwnCodeCounts)[]][] {
  return [
    ["compliance", [a.compliance.findings]],
    ["agreements", a.agreements.map((x) => findingsOf(x.assessment))],
    ["funding", a.plans.map((x) => findingsOf(x.analysis))],
    ["slots", [a.slots.findings]],
    ["partnerships", a.partnerships.map((x) => findingsOf(x.assessment))],
    // Only the referral analysis gives its codes, and only CCR&R gives its: an outline's counts stand as they are.
    ["referrals", ["counts" in a.referrals ? a.referrals : a.referrals.findings]],
    ["ccrr", ["counts" in a.ccrr ? a.ccrr : a.ccrr.findings]],
    ["staff", [a.staff.findings]],
    ["coordinated-services", a.approaches.map((x) => x.analysis.findings)],
    ["alliances", a.alliances.map((x) => x.savings.findings)],
    ["planning", [...a.actionPlans.map((x) => x.status.findings), ...a.responses.map((x) => x.assessment?.findings ?? [])]],
  ];
}

/**
 * The program's findings from every analysis, grouped by where they come from, each finding once
 * (a finding an earlier analysis already listed is not repeated), strongest first in each group.
 */
export function groupedFindings(a: ProgramAnalyses): { source: FindingSource; findings: Finding[] }[] {
  const once = findingsOnce();
  return findingLists(a).map(([source, lists]) => {
    const findings: Finding[] = [];
    for (const list of lists as readonly (readonly Finding[])[]) for (const f of once.keep(list)) findings.push(f);
    // Array.prototype.sort is stable, so findings of one severity keep their order.
    return { source, findings: findings.sort((x, y) => severityRank[x.severity] - severityRank[y.severity]) };
  });
}

/**
 * The program's findings from every analysis by severity, each finding once: what
 * {@link groupedFindings} lists, counted (an outlined partnership's or agreement's findings are
 * written only if another list is about it; an outline of referrals or of CCR&R functions, whose
 * codes no other analysis gives, is counted as it is).
 */
export function countProgramFindings(a: ProgramAnalyses<AnalysisDepth>): SeverityCounts {
  const once = findingsOnce();
  const counts = { must: 0, should: 0, info: 0 };
  for (const [, lists] of findingLists(a)) {
    for (const list of lists) {
      if (!Array.isArray(list)) {
        const c = "subjectId" in list ? once.count(list) : (list as OwnCodeCounts).counts;
        counts.must += c.must;
        counts.should += c.should;
        counts.info += c.info;
      } else for (const f of once.keep(list)) counts[f.severity] += 1;
    }
  }
  return counts;
}
