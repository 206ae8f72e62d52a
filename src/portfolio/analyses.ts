import type { Finding } from "../core/index.js";
import { assessAgreement, type Agreement, type AgreementAssessment } from "../agreements/index.js";
import { allianceSavings, analyzeCoordinatedServices, type CoordinatedServicesAnalysis, type CoordinatedServicesApproach, type SharedServicesAlliance, type SharedServicesSavings } from "../community/index.js";
import { assessCompliance, type ComplianceAssessment } from "../compliance/index.js";
import { indexForCompliance } from "../compliance/index-cache.js";
import { analyzeFundingPlan, type FundingAnalysis, type FundingPlan } from "../funding/index.js";
import { scorePartnership, type Organization, type Partnership, type PartnershipAssessment, type ProgramDetails } from "../partners/index.js";
import { actionPlanStatus, scoreQuestionnaire, type ActionPlan, type ActionPlanStatus, type Questionnaire, type QuestionnaireAssessment, type QuestionnaireResponse } from "../planning/index.js";
import { indexForPortfolio, recordsOf } from "./index-cache.js";
import type { Portfolio } from "./schema.js";

/** Where a group of findings comes from, in the order reports list them. */
export type FindingSource = "compliance" | "agreements" | "funding" | "partnerships" | "coordinated-services" | "alliances" | "planning";

/** Everything the library can say about one program on a date, each analysis run once. */
export interface ProgramAnalyses {
  org: Organization & { program: ProgramDetails };
  compliance: ComplianceAssessment;
  partnerships: { partnership: Partnership; assessment: PartnershipAssessment }[];
  agreements: { agreement: Agreement; assessment: AgreementAssessment }[];
  plans: { plan: FundingPlan; analysis: FundingAnalysis; owner: "program" | "partnership" }[];
  approaches: { approach: CoordinatedServicesApproach; analysis: CoordinatedServicesAnalysis }[];
  alliances: { alliance: SharedServicesAlliance; savings: SharedServicesSavings }[];
  actionPlans: { plan: ActionPlan; status: ActionPlanStatus }[];
  responses: { response: QuestionnaireResponse; questionnaire?: Questionnaire; assessment?: QuestionnaireAssessment }[];
}

/** Results shared between programs within one call (a coordinated-services approach with many partners is analyzed once). */
export type AnalysisMemo = Map<object, unknown>;

function memoized<K extends object, V>(memo: AnalysisMemo | undefined, key: K, compute: () => V): V {
  if (!memo) return compute();
  if (!memo.has(key)) memo.set(key, compute());
  return memo.get(key) as V;
}

/**
 * Runs every analysis that concerns one program on a date: compliance, its partnerships, its
 * agreements, its funding plans and its partnerships' plans, the coordinated-services approaches
 * and shared-services alliances it takes part in, its partnerships' action plans and planning
 * responses. `undefined` for an id that is not a program. O(the program's records) after the
 * portfolio is indexed.
 */
export function programAnalyses(portfolio: Portfolio, programId: string, asOf: string, memo?: AnalysisMemo): ProgramAnalyses | undefined {
  const { orgs, partnershipsByOrg, agreementsByOrg } = indexForCompliance(portfolio);
  const index = indexForPortfolio(portfolio);
  const org = orgs.get(programId);
  if (!org?.program) return undefined;
  const nameOf = (id: string) => orgs.get(id)?.name;
  const partnerships = partnershipsByOrg.get(programId) ?? [];
  const plans: ProgramAnalyses["plans"] = [
    ...(index.plansByProgram.get(programId) ?? []).map((plan) => ({ plan, owner: "program" as const })),
    ...partnerships.flatMap((p) => (index.plansByPartnership.get(p.id) ?? []).map((plan) => ({ plan, owner: "partnership" as const }))),
  ].map(({ plan, owner }) => ({
    plan,
    owner,
    // A program's own plans serve its funded enrollment (the cost-per-child typo guard needs it).
    analysis: memoized(memo, plan, () => analyzeFundingPlan(plan, owner === "program" ? { asOf, fundedEnrollment: org.program!.fundedEnrollment } : { asOf })),
  }));
  return {
    org: org as ProgramAnalyses["org"],
    compliance: assessCompliance(portfolio, programId, { asOf }),
    partnerships: partnerships.map((p) => ({ partnership: p, assessment: memoized(memo, p, () => scorePartnership(p, { asOf, nameOf })) })),
    agreements: (agreementsByOrg.get(programId) ?? []).map((a) => ({ agreement: a, assessment: memoized(memo, a, () => assessAgreement(a, { asOf, nameOf })) })),
    plans,
    approaches: (index.approachesByOrg.get(programId) ?? []).map((approach) => ({
      approach,
      analysis: memoized(memo, approach, () => {
        const plan = approach.fundingPlanId === undefined ? undefined : index.plansById.get(approach.fundingPlanId);
        return analyzeCoordinatedServices(approach, { asOf, nameOf, ...(plan ? { fundingPlan: plan } : {}) });
      }),
    })),
    alliances: (index.alliancesByOrg.get(programId) ?? []).map((alliance) => ({ alliance, savings: memoized(memo, alliance, () => allianceSavings(alliance, { nameOf })) })),
    actionPlans: recordsOf(partnerships, index.actionPlansByPartnership, portfolio.actionPlans).map((plan) => ({ plan, status: actionPlanStatus(plan, { asOf }) })),
    responses: recordsOf(partnerships, index.responsesByPartnership, portfolio.questionnaireResponses).map((response) => {
      const questionnaire = index.questionnaires.get(response.questionnaireId);
      return questionnaire ? { response, questionnaire, assessment: scoreQuestionnaire(questionnaire, response) } : { response };
    }),
  };
}

/** A finding's identity across analyses (the MOU's findings appear under compliance and under agreements). */
const keyOf = (f: Finding) => `${f.code}\u0000${f.subject?.kind ?? ""}\u0000${f.subject?.id ?? ""}\u0000${f.message}`;

/**
 * The program's findings from every analysis, grouped by where they come from, each finding once
 * (a finding already listed under an earlier group is not repeated), strongest first in each group.
 */
export function groupedFindings(a: ProgramAnalyses): { source: FindingSource; findings: Finding[] }[] {
  const seen = new Set<string>();
  const group = (source: FindingSource, lists: readonly (readonly Finding[])[]) => {
    const findings: Finding[] = [];
    for (const list of lists) {
      for (const f of list) {
        const key = keyOf(f);
        if (seen.has(key)) continue;
        seen.add(key);
        findings.push(f);
      }
    }
    const rank = { must: 0, should: 1, info: 2 } as const;
    return { source, findings: findings.map((f, i) => ({ f, i })).sort((x, y) => rank[x.f.severity] - rank[y.f.severity] || x.i - y.i).map((x) => x.f) };
  };
  return [
    group("compliance", [a.compliance.findings]),
    group("agreements", a.agreements.map((x) => x.assessment.findings)),
    group("funding", a.plans.map((x) => x.analysis.findings)),
    group("partnerships", a.partnerships.map((x) => x.assessment.findings)),
    group("coordinated-services", a.approaches.map((x) => x.analysis.findings)),
    group("alliances", a.alliances.map((x) => x.savings.findings)),
    group("planning", [...a.actionPlans.map((x) => x.status.findings), ...a.responses.map((x) => x.assessment?.findings ?? [])]),
  ];
}

/** Counts of findings by severity. */
export function countBySeverity(findings: readonly Finding[]): { must: number; should: number; info: number } {
  const counts = { must: 0, should: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}
