import { addDaysIso, requireIsoDate, roundShare } from "../core/internal.js";
import { roundScore } from "../core/index.js";
import { agreementKinds, assessAgreement, type AgreementKind } from "../agreements/index.js";
import { assessCompliance } from "../compliance/index.js";
import { indexForCompliance } from "../compliance/index-cache.js";
import { classifyStage, stageIds, type StageId } from "../continuum/index.js";
import { analyzeFundingPlan, fundingLevels, type FundingLevel } from "../funding/index.js";
import { categoriesOf, isPartnershipActive, partnerCategoryIds, type PartnerCategoryId } from "../partners/index.js";
import { actionPlanStatus, scoreQuestionnaire } from "../planning/index.js";
import { indexForPortfolio, recordsOf } from "./index-cache.js";
import type { Portfolio } from "./schema.js";

/**
 * One program's line in {@link summarizePortfolio}: plain numbers an analyst can tabulate.
 *
 * @example
 * ```ts
 * import type { ProgramSummary } from "ece-partnerships";
 * const keys: (keyof ProgramSummary)[] = ["programId", "partnerships", "agreements", "compliance", "funding", "planning"];
 * keys.length; //=> 6
 * ```
 * @category Portfolio
 */
export interface ProgramSummary {
  programId: string;
  name: string;
  programTypes: string[];
  fundedEnrollment: number;
  americanIndianAlaskaNative: boolean;
  /** Partnerships the program is a party to; by stage (read from evidence; `none` without) and by partner category (active only). */
  partnerships: { total: number; active: number; byStage: Record<StageId | "none", number>; byCategory: Record<PartnerCategoryId, number> };
  /** Agreements the program is a party to. */
  agreements: { total: number; inForce: number; endingWithin90Days: number; reviewOverdue: number; byKind: Record<AgreementKind, number> };
  /** From {@link assessCompliance}. */
  compliance: { score: number | null; band: string; must: number; should: number; mou: string; categoryGaps: number };
  /** Funding plans the program owns, added up. */
  funding: { plans: number; totalCost: number; totalFunding: number; gap: number; byLevel: Record<FundingLevel, number>; matchMet: boolean | null };
  /** Planning responses and action plans of its partnerships. */
  planning: { responses: number; meanCompletion: number | null; readyToAct: boolean; actionsOverdue: number; shareComplete: number | null };
}

/**
 * The result of {@link summarizePortfolio}: per program lines and roll-ups across programs.
 *
 * @example
 * ```ts
 * import type { PortfolioSummary } from "ece-partnerships";
 * const keys: (keyof PortfolioSummary)[] = ["asOf", "programs", "rollup"];
 * keys.length; //=> 3
 * ```
 * @category Portfolio
 */
export interface PortfolioSummary {
  asOf: string;
  programs: ProgramSummary[];
  rollup: {
    programs: number;
    organizations: number;
    partnerships: number;
    agreements: number;
    fundedEnrollment: number;
    /** Partnerships (all, once each) by stage read from evidence. */
    stageDistribution: Record<StageId | "none", number>;
    /** Programs per compliance band. */
    complianceBands: Record<string, number>;
    /** Mean compliance score over programs with one. */
    meanComplianceScore: number | null;
    /** Programs with at least one `must` finding. */
    programsWithMustFindings: number;
    /** Programs per MOU status. */
    mouStatus: Record<string, number>;
    /** Per category, the number of programs with no active partnership in it. */
    categoryGaps: Record<PartnerCategoryId, number>;
    /** Funding of program-owned plans by level, cents. */
    fundingByLevel: Record<FundingLevel, number>;
  };
}

const zeroes = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/**
 * Summarizes a portfolio on a date for analysts: per program, partnerships by stage and by
 * category, agreements in force, ending within 90 days and overdue for review, the compliance
 * score, the funding mix and planning progress; and roll-ups across programs (counts and
 * distributions). Programs are the organizations with program details. Everything is plain data
 * (numbers, strings, records) ready for a table. Complexity: O(size of the portfolio): each
 * collection is indexed once (the indexes {@link assessCompliance} and {@link renderReport} use)
 * and each partnership's stage is read once.
 *
 * @example
 * ```ts
 * import { parsePortfolio, summarizePortfolio } from "ece-partnerships";
 * const p = parsePortfolio({
 *   schemaVersion: 1,
 *   organizations: [
 *     { id: "hs", name: "Sunrise", kind: "early-head-start", level: "local", program: { types: ["early-head-start"], americanIndianAlaskaNative: false, fundedEnrollment: 72 } },
 *     { id: "lib", name: "Library", kind: "library", level: "local" },
 *   ],
 *   partnerships: [{ id: "p", parties: ["hs", "lib"], status: "active", practices: [{ practice: "information-exchange", date: "2025-03-01" }] }],
 * });
 * if (!p.ok) throw new Error(p.error.message);
 * const s = summarizePortfolio(p.value, { asOf: "2025-09-01" });
 * s.programs[0]?.partnerships.byStage.networking; //=> 1
 * s.programs[0]?.partnerships.byCategory["education-culture"]; //=> 1
 * s.rollup.categoryGaps.health; //=> 1
 * ```
 * @category Portfolio
 */
export function summarizePortfolio(portfolio: Portfolio, options: { asOf: string }): PortfolioSummary {
  const asOf = requireIsoDate(options?.asOf);
  const { orgs, partnershipsByOrg, agreementsByOrg } = indexForCompliance(portfolio);
  const { plansByProgram, responsesByPartnership, actionPlansByPartnership, questionnaires } = indexForPortfolio(portfolio);
  const stageOf = new Map<string, StageId | null>();
  const stageDistribution = zeroes([...stageIds, "none"] as const);
  for (const p of portfolio.partnerships) {
    const stage = classifyStage(p.practices, { asOf }).stage;
    stageOf.set(p.id, stage);
    stageDistribution[stage ?? "none"] += 1;
  }

  const programs: ProgramSummary[] = [];
  for (const org of portfolio.organizations) {
    if (!org.program) continue;
    const partnerships = partnershipsByOrg.get(org.id) ?? [];
    const byStage = zeroes([...stageIds, "none"] as const);
    const byCategory = zeroes(partnerCategoryIds);
    let active = 0;
    for (const p of partnerships) {
      byStage[stageOf.get(p.id) ?? "none"] += 1;
      if (!isPartnershipActive(p, asOf)) continue;
      active += 1;
      const categories = new Set<PartnerCategoryId>();
      for (const party of p.parties) if (party !== org.id) for (const c of categoriesOf(orgs.get(party) ?? { kind: "other" })) categories.add(c);
      for (const c of categories) byCategory[c] += 1;
    }
    const agreements = agreementsByOrg.get(org.id) ?? [];
    const byKind = zeroes(agreementKinds);
    let inForce = 0;
    let ending = 0;
    let overdue = 0;
    const horizon = addDaysIso(asOf, 90);
    for (const a of agreements) {
      byKind[a.kind] += 1;
      const result = assessAgreement(a, { asOf });
      if (result.inForce) inForce += 1;
      if (result.inForce && a.endDate !== undefined && a.endDate <= horizon) ending += 1;
      if (result.daysUntilReviewDue !== undefined && result.daysUntilReviewDue < 0) overdue += 1;
    }
    const compliance = assessCompliance(portfolio, org.id, { asOf });
    const plans = plansByProgram.get(org.id) ?? [];
    const byLevel = zeroes(fundingLevels);
    let totalCost = 0;
    let totalFunding = 0;
    let matchMet: boolean | null = null;
    for (const plan of plans) {
      const f = analyzeFundingPlan(plan, { asOf }).figures;
      totalCost += f.totalCost;
      totalFunding += f.totalFunding;
      for (const level of fundingLevels) byLevel[level] += f.byLevel[level].cents;
      if (f.match) matchMet = (matchMet ?? true) && f.match.met;
    }
    const completions: number[] = [];
    let readyToAct = false;
    let actionsOverdue = 0;
    let done = 0;
    let counted = 0;
    for (const r of recordsOf(partnerships, responsesByPartnership, portfolio.questionnaireResponses)) {
      const q = questionnaires.get(r.questionnaireId);
      if (!q) continue;
      const scored = scoreQuestionnaire(q, r);
      completions.push(scored.components.find((c) => c.id === "completion")?.score ?? 0);
      readyToAct ||= scored.readyToAct;
    }
    for (const plan of recordsOf(partnerships, actionPlansByPartnership, portfolio.actionPlans)) {
      const status = actionPlanStatus(plan, { asOf });
      actionsOverdue += status.overdue.length;
      done += status.done.length;
      counted += plan.actions.filter((a) => a.status !== "cancelled").length;
    }
    programs.push({
      programId: org.id,
      name: org.name,
      programTypes: [...org.program.types],
      fundedEnrollment: org.program.fundedEnrollment,
      americanIndianAlaskaNative: org.program.americanIndianAlaskaNative,
      partnerships: { total: partnerships.length, active, byStage, byCategory },
      agreements: { total: agreements.length, inForce, endingWithin90Days: ending, reviewOverdue: overdue, byKind },
      compliance: {
        score: compliance.score,
        band: compliance.band,
        must: compliance.findings.filter((f) => f.severity === "must").length,
        should: compliance.findings.filter((f) => f.severity === "should").length,
        mou: compliance.mou.status,
        categoryGaps: compliance.categoryGaps.length,
      },
      funding: { plans: plans.length, totalCost, totalFunding, gap: Math.max(0, totalCost - totalFunding), byLevel, matchMet },
      planning: {
        responses: completions.length,
        meanCompletion: completions.length ? roundScore(completions.reduce((a, b) => a + b, 0) / completions.length) : null,
        readyToAct,
        actionsOverdue,
        shareComplete: counted ? roundShare(done / counted) : null,
      },
    });
  }

  const complianceBands: Record<string, number> = {};
  const mouStatus: Record<string, number> = {};
  const categoryGaps = zeroes(partnerCategoryIds);
  const fundingByLevel = zeroes(fundingLevels);
  let scoreSum = 0;
  let scored = 0;
  for (const p of programs) {
    complianceBands[p.compliance.band] = (complianceBands[p.compliance.band] ?? 0) + 1;
    mouStatus[p.compliance.mou] = (mouStatus[p.compliance.mou] ?? 0) + 1;
    for (const c of partnerCategoryIds) if (p.partnerships.byCategory[c] === 0) categoryGaps[c] += 1;
    for (const level of fundingLevels) fundingByLevel[level] += p.funding.byLevel[level];
    if (p.compliance.score !== null) {
      scoreSum += p.compliance.score;
      scored += 1;
    }
  }
  return {
    asOf,
    programs,
    rollup: {
      programs: programs.length,
      organizations: portfolio.organizations.length,
      partnerships: portfolio.partnerships.length,
      agreements: portfolio.agreements.length,
      fundedEnrollment: programs.reduce((a, p) => a + p.fundedEnrollment, 0),
      stageDistribution,
      complianceBands,
      meanComplianceScore: scored ? roundScore(scoreSum / scored) : null,
      programsWithMustFindings: programs.filter((p) => p.compliance.must > 0).length,
      mouStatus,
      categoryGaps,
      fundingByLevel,
    },
  };
}

