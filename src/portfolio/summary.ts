import { addDaysIso, forLoops, requireCollections, requireIsoDate, roundShare } from "../core/internal.js";
import { portfolioCollections } from "./schema.js";
import { formatCents, roundScore } from "../core/index.js";
import { agreementKinds, type AgreementKind } from "../agreements/index.js";
import { indexForCompliance } from "../compliance/index-cache.js";
import { classifyStage, stageIds, type StageId } from "../continuum/index.js";
import { fundingLevels, type FundingLevel } from "../funding/index.js";
import { isPartnershipActive, partnerCategoryIds, type PartnerCategoryId } from "../partners/index.js";
import { categoriesRead } from "../partners/organization.js";
import { countProgramFindings, programAnalyses, type AnalysisMemo, type ProgramAnalyses } from "./analyses.js";
import { countBySeverity } from "./finding-set.js";

/** A program's analyses as a summary reads them: its records outlined (see AnalysisDepth), their findings counted. */
type Outlined = ProgramAnalyses<"outline">;
import { fundingTotals } from "./report/funding.js";
import { md } from "./report/escape.js";
import { requireLocale, type Locale } from "../locale/locale.js";
import { sayIn } from "../locale/say.js";
import type { Portfolio } from "./schema.js";

/**
 * One program's line in {@link summarizePortfolio}: plain numbers an analyst can tabulate. Money
 * is in cents; a money figure is `null` where there is nothing to measure (no funding plan, no
 * Head Start match), never 0.
 *
 * @example
 * ```ts
 * import type { ProgramSummary } from "ece-partnerships";
 * const keys: (keyof ProgramSummary)[] = ["programId", "partnerships", "agreements", "compliance", "findings", "funding", "planning", "services"];
 * keys.length; //=> 8
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
  /** From {@link assessCompliance}: its score, band, MOU status, category gaps, and its own findings by severity. */
  compliance: { score: number | null; band: string; must: number; should: number; mou: string; categoryGaps: number };
  /**
   * Findings by severity across every analysis that concerns the program (compliance, its
   * agreements, its and its partnerships' funding plans, its partnerships, the coordinated-services
   * approaches and alliances it takes part in, planning), each finding once (one that an earlier
   * analysis already reported, such as the MOU's findings under compliance, is not counted again):
   * what the program's report counts.
   */
  findings: { must: number; should: number; info: number };
  /**
   * The program's funding plans and its partnerships' plans, added up, in cents: `gapCents` and
   * `matchShortfallCents` are `null` where there is no plan or no Head Start match.
   */
  funding: {
    plans: number;
    totalCostCents: number;
    totalFundingCents: number;
    gapCents: number | null;
    matchShortfallCents: number | null;
    byLevelCents: Record<FundingLevel, number>;
    matchMet: boolean | null;
    /** @deprecated Use `totalCostCents`. */
    totalCost: number;
    /** @deprecated Use `totalFundingCents`. */
    totalFunding: number;
    /** @deprecated Use `gapCents` (`null` without a plan). */
    gap: number | null;
    /** @deprecated Use `byLevelCents`. */
    byLevel: Record<FundingLevel, number>;
  };
  /** Planning responses and action plans of its partnerships. */
  planning: { responses: number; meanCompletion: number | null; readyToAct: boolean; actionsOverdue: number; shareComplete: number | null };
  /**
   * Services to families: its referrals (made, led to a service, judged (served, closed without a
   * service, or open past 45 days), unanswered, the completion rate of `analyzeReferrals`), its funded slots and those layered from several streams, the staff
   * policies it lacks while a child-welfare partnership is active, and the CCR&R functions its
   * EHS-CCP partnerships lack (summed over them).
   */
  services: { referralsMade: number; referralsCompleted: number; referralsJudged: number; referralsUnanswered: number; completionRate: number | null; fundedSlots: number; layeredSlots: number; staffPoliciesMissing: number; ccrrFunctionsLacking: number };
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
    /** Programs with at least one `must` finding in any analysis. */
    programsWithMustFindings: number;
    /** Findings by severity, summed over programs (a finding shared by two programs counts for each). */
    findings: { must: number; should: number; info: number };
    /** Programs per MOU status. */
    mouStatus: Record<string, number>;
    /** Per category, the number of programs with no active partnership in it. */
    categoryGaps: Record<PartnerCategoryId, number>;
    /** Funding of program-owned and partnership plans by level, cents. */
    fundingByLevel: Record<FundingLevel, number>;
    /** Sum of the programs' funding gaps, cents; `null` when no program has a plan. */
    fundingGapCents: number | null;
    /** Sum of the programs' Head Start match shortfalls, cents; `null` when no program has a match. */
    matchShortfallCents: number | null;
    /**
     * Referrals of every program: made, led to a service, those that could be judged (served,
     * closed without a service, or open past the service window), and the share of those judged
     * that led to a service (`null` when none could be judged).
     */
    referrals: { made: number; completed: number; judged: number; completionRate: number | null };
    /** Funded slots of every program, and those layered from several streams. */
    fundedSlots: { total: number; layered: number };
  };
}

/** A count of 0 for each key, in order. A plain loop: a summary makes a few for each of its programs. */
function zeroes<K extends string>(keys: readonly K[]): Record<K, number> {
  const counts = {} as Record<K, number>;
  for (const key of forLoops(keys)) counts[key] = 0;
  return counts;
}

/** The stages and `none`, the keys of a distribution by stage. */
const stageKeys = /* @__PURE__ */ (() => [...stageIds, "none"] as const)();

function agreementsLine(a: Outlined, asOf: string): ProgramSummary["agreements"] {
  const byKind = zeroes(agreementKinds);
  let inForce = 0;
  let ending = 0;
  let overdue = 0;
  const horizon = addDaysIso(asOf, 90);
  for (const { agreement, assessment } of a.agreements) {
    byKind[agreement.kind] += 1;
    if (assessment.inForce) inForce += 1;
    if (assessment.inForce && agreement.endDate !== undefined && agreement.endDate <= horizon) ending += 1;
    if (assessment.daysUntilReviewDue !== undefined && assessment.daysUntilReviewDue < 0) overdue += 1;
  }
  return { total: a.agreements.length, inForce, endingWithin90Days: ending, reviewOverdue: overdue, byKind };
}

function fundingLine(a: Outlined): ProgramSummary["funding"] {
  const f = fundingTotals(a.plans);
  const hasPlan = a.plans.length > 0;
  const matches = a.plans.map((p) => p.analysis.figures.match).filter((m) => m !== null);
  const byLevelCents = { ...f.byLevel };
  return {
    plans: a.plans.length,
    totalCostCents: f.totals.costCents,
    totalFundingCents: f.totals.fundingCents,
    gapCents: hasPlan ? f.totals.gapCents : null,
    matchShortfallCents: f.match ? f.match.shortCents : null,
    byLevelCents,
    matchMet: matches.length ? matches.every((m) => m.met) : null,
    totalCost: f.totals.costCents,
    totalFunding: f.totals.fundingCents,
    gap: hasPlan ? f.totals.gapCents : null,
    byLevel: { ...byLevelCents },
  };
}

function planningLine(a: Outlined): ProgramSummary["planning"] {
  const completions = a.responses.flatMap((r) => (r.assessment ? [r.assessment.components.find((c) => c.id === "completion")?.score ?? 0] : []));
  let overdue = 0;
  let done = 0;
  let counted = 0;
  for (const { plan, status } of a.actionPlans) {
    overdue += status.overdue.length;
    done += status.done.length;
    counted += plan.actions.filter((x) => x.status !== "cancelled").length;
  }
  return {
    responses: completions.length,
    meanCompletion: completions.length ? roundScore(completions.reduce((x, y) => x + y, 0) / completions.length) : null,
    readyToAct: a.responses.some((r) => r.assessment?.readyToAct === true),
    actionsOverdue: overdue,
    shareComplete: counted ? roundShare(done / counted) : null,
  };
}

function programLine(a: Outlined, asOf: string, orgs: ReturnType<typeof indexForCompliance>["orgs"]): ProgramSummary {
  const org = a.org;
  const byStage = zeroes(stageKeys);
  const byCategory = zeroes(partnerCategoryIds);
  let active = 0;
  for (const { partnership: p, assessment } of a.partnerships) {
    byStage[assessment.classification.stage ?? "none"] += 1;
    if (!isPartnershipActive(p, asOf)) continue;
    active += 1;
    // Two parties (most partnerships): the other's categories are already distinct.
    const [first, second] = p.parties;
    const other = p.parties.length !== 2 ? undefined : first === org.id ? second : second === org.id ? first : undefined;
    const categories = other !== undefined && other !== org.id ? categoriesRead(orgs.get(other) ?? { kind: "other" }) : new Set(p.parties.flatMap((party) => (party === org.id ? [] : categoriesRead(orgs.get(party) ?? { kind: "other" }))));
    for (const c of categories) byCategory[c] += 1;
  }
  const c = a.compliance;
  const own = countBySeverity(c.findings);
  return {
    programId: org.id,
    name: org.name,
    programTypes: [...org.program.types],
    fundedEnrollment: org.program.fundedEnrollment,
    americanIndianAlaskaNative: org.program.americanIndianAlaskaNative,
    partnerships: { total: a.partnerships.length, active, byStage, byCategory },
    agreements: agreementsLine(a, asOf),
    compliance: { score: c.score, band: c.band, must: own.must, should: own.should, mou: c.mou.status, categoryGaps: c.categoryGaps.length },
    findings: countProgramFindings(a),
    funding: fundingLine(a),
    planning: planningLine(a),
    services: servicesLine(a),
  };
}

function servicesLine(a: Outlined): ProgramSummary["services"] {
  const r = a.referrals.figures;
  return {
    referralsMade: r.made,
    referralsCompleted: r.completed,
    referralsJudged: r.judged,
    referralsUnanswered: r.unanswered,
    completionRate: r.completionRate,
    fundedSlots: a.slots.totalSlots,
    layeredSlots: a.slots.layeredSlots,
    staffPoliciesMissing: a.staff.findings.filter((f) => f.code === "staff-policy.missing").length,
    ccrrFunctionsLacking: a.ccrr.lackingFunctions,
  };
}

const sumOrNull = (values: readonly (number | null)[]) => {
  const present = values.filter((v): v is number => v !== null);
  return present.length ? Math.min(Number.MAX_SAFE_INTEGER, present.reduce((x, y) => x + y, 0)) : null;
};

function referralRollup(programs: readonly ProgramSummary[]): PortfolioSummary["rollup"]["referrals"] {
  let made = 0;
  let completed = 0;
  let judged = 0;
  for (const p of programs) {
    made += p.services.referralsMade;
    completed += p.services.referralsCompleted;
    judged += p.services.referralsJudged;
  }
  return { made, completed, judged, completionRate: judged === 0 ? null : roundShare(completed / judged) };
}

function rollupOf(portfolio: Portfolio, programs: ProgramSummary[], stageDistribution: Record<StageId | "none", number>): PortfolioSummary["rollup"] {
  const complianceBands: Record<string, number> = {};
  const mouStatus: Record<string, number> = {};
  const categoryGaps = zeroes(partnerCategoryIds);
  const fundingByLevel = zeroes(fundingLevels);
  const findings = { must: 0, should: 0, info: 0 };
  let scoreSum = 0;
  let scored = 0;
  for (const p of programs) {
    complianceBands[p.compliance.band] = (complianceBands[p.compliance.band] ?? 0) + 1;
    mouStatus[p.compliance.mou] = (mouStatus[p.compliance.mou] ?? 0) + 1;
    for (const c of partnerCategoryIds) if (p.partnerships.byCategory[c] === 0) categoryGaps[c] += 1;
    for (const level of fundingLevels) fundingByLevel[level] += p.funding.byLevelCents[level];
    for (const sev of ["must", "should", "info"] as const) findings[sev] += p.findings[sev];
    if (p.compliance.score !== null) {
      scoreSum += p.compliance.score;
      scored += 1;
    }
  }
  return {
    programs: programs.length,
    organizations: portfolio.organizations.length,
    partnerships: portfolio.partnerships.length,
    agreements: portfolio.agreements.length,
    fundedEnrollment: programs.reduce((a, p) => a + p.fundedEnrollment, 0),
    stageDistribution,
    complianceBands,
    meanComplianceScore: scored ? roundScore(scoreSum / scored) : null,
    programsWithMustFindings: programs.filter((p) => p.findings.must > 0).length,
    findings,
    mouStatus,
    categoryGaps,
    fundingByLevel,
    fundingGapCents: sumOrNull(programs.map((p) => p.funding.gapCents)),
    matchShortfallCents: sumOrNull(programs.map((p) => p.funding.matchShortfallCents)),
    referrals: referralRollup(programs),
    fundedSlots: { total: programs.reduce((n, p) => n + p.services.fundedSlots, 0), layered: programs.reduce((n, p) => n + p.services.layeredSlots, 0) },
  };
}

/**
 * Summarizes a portfolio on a date for analysts: per program, partnerships by stage and by
 * category, agreements in force, ending within 90 days and overdue for review, the compliance
 * score, findings by severity across every analysis (what each program's report counts), money
 * (cost, funding, gap and Head Start match shortfall, `null` where there is no plan or match) and
 * planning progress; and roll-ups across programs, with state totals of findings and money.
 * Programs are the organizations with program details. Everything is plain data ready for a
 * table; {@link renderSummary} writes it as Markdown. Complexity: O(size of the portfolio): each
 * collection is indexed once (the indexes {@link assessCompliance} and {@link buildReport} use),
 * and each partnership, agreement, plan, approach and alliance is analyzed once, however many
 * programs share it. A partnership's, an agreement's or a funding plan's findings are counted by
 * the steps and rules that write them in a report, without writing their messages, unless another
 * analysis of the program reports on the same record under one of their codes; a program's
 * referral and CCR&R findings are counted the same way (no other analysis gives their codes).
 *
 * @throws {RangeError} When `asOf` is not a calendar date.
 * @example
 * ```ts
 * import { parsePortfolio, summarizePortfolio } from "ece-partnerships";
 * const p = parsePortfolio({
 *   schemaVersion: 2,
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
 * s.programs[0]?.funding.gapCents; //=> null
 * s.programs[0]?.findings.must; //=> 1
 * s.rollup.categoryGaps.health; //=> 1
 * ```
 * @category Portfolio
 */
export function summarizePortfolio(portfolio: Portfolio, options: { asOf: string }): PortfolioSummary {
  const asOf = requireIsoDate(options?.asOf);
  requireCollections(portfolio, portfolioCollections, "summarizePortfolio");
  const { orgs } = indexForCompliance(portfolio);
  const memo: AnalysisMemo = new Map();
  const programs: ProgramSummary[] = [];
  const stageDistribution = zeroes(stageKeys);
  // The partnerships a program analyzed (those with a program among their parties).
  const analyzed = new Set<object>();
  // One program at a time: its analyses become its line and are dropped (the memo keeps only
  // what a program still to come shares), so memory stays that of the largest program. Each
  // partnership is counted in the distribution by the program that analyzed it first.
  for (const org of portfolio.organizations) {
    if (!org.program) continue;
    const a = programAnalyses(portfolio, org.id, asOf, memo, "outline");
    if (!a) continue;
    for (const { partnership, assessment, firstInCall } of a.partnerships) {
      if (!firstInCall) continue;
      stageDistribution[assessment.classification.stage ?? "none"] += 1;
      analyzed.add(partnership);
    }
    programs.push(programLine(a, asOf, orgs));
  }
  // Partnerships without a program among their parties were not analyzed above.
  if (analyzed.size < portfolio.partnerships.length) {
    for (const p of portfolio.partnerships) {
      if (analyzed.has(p)) continue;
      stageDistribution[classifyStage(p.practices, { asOf }).stage ?? "none"] += 1;
    }
  }
  return { asOf, programs, rollup: rollupOf(portfolio, programs, stageDistribution) };
}

/**
 * Writes a portfolio summary as a Markdown table for a state collaboration office: one row per
 * program, most `must` findings first (then most `should`, then by name), with the compliance
 * score and band, the MOU status, category gaps, the funding gap and the Head Start match
 * shortfall, the referrals that led to a service of those that could be judged, and a line of
 * state totals. User text is escaped. With `locale` (`import { es } from "ece-partnerships/es"`),
 * its words are in that language. Complexity: O(programs log programs).
 *
 * @throws {TypeError} When `locale` is a string such as `"es"` (import the locale object instead).
 * @example
 * ```ts
 * import { parsePortfolio, renderSummary, summarizePortfolio } from "ece-partnerships";
 * const p = parsePortfolio({ schemaVersion: 2, organizations: [{ id: "hs", name: "Sunrise | East", kind: "early-head-start", level: "local", program: { types: ["early-head-start"], americanIndianAlaskaNative: false, fundedEnrollment: 72 } }] });
 * if (!p.ok) throw new Error(p.error.message);
 * const table = renderSummary(summarizePortfolio(p.value, { asOf: "2025-09-01" }));
 * table.split("\n")[6]; //=> "| Sunrise \\| East | 2 | 10 | 0 | 0 (not-met) | not-applicable | 8 | - | - | - |"
 * ```
 *
 * ```ts
 * import { parsePortfolio, renderSummary, summarizePortfolio } from "ece-partnerships";
 * import { es } from "ece-partnerships/es";
 * const p = parsePortfolio({ schemaVersion: 2, organizations: [{ id: "hs", name: "Sunrise", kind: "early-head-start", level: "local", program: { types: ["early-head-start"], americanIndianAlaskaNative: false, fundedEnrollment: 72 } }] });
 * if (!p.ok) throw new Error(p.error.message);
 * const tabla = renderSummary(summarizePortfolio(p.value, { asOf: "2025-09-01" }), { locale: es });
 * tabla.split("\n")[0]; //=> "# Resumen de la cartera al 2025-09-01"
 * tabla.split("\n")[6]; //=> "| Sunrise | 2 | 10 | 0 | 0 (requisito no cumplido) | no aplica | 8 | - | - | - |"
 * ```
 * @category Portfolio
 */
export function renderSummary(summary: PortfolioSummary, options: { locale?: Locale } = {}): string {
  const s = sayIn(requireLocale(options.locale, "renderSummary"));
  const r = summary.rollup;
  const money = (cents: number | null) => (cents === null ? "-" : formatCents(cents));
  const rows = [...summary.programs].sort((a, b) => b.findings.must - a.findings.must || b.findings.should - a.findings.should || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const head = ["Program", "Must", "Should", "Notes", "Compliance", "MOU", "Category gaps", "Funding gap", "Match short", "Referrals served (of those judged)"].map((h) => s(h));
  const share = (rate: number | null) => (rate === null ? "-" : `${Math.round(rate * 100)}%`);
  const served = (x: ProgramSummary["services"]) => (x.referralsMade ? s("{completed} of {judged} ({rate})", { completed: x.referralsCompleted, judged: x.referralsJudged, rate: share(x.completionRate) }) : "-");
  const values = {
    asOf: summary.asOf,
    programs: r.programs,
    organizations: r.organizations,
    partnerships: r.partnerships,
    agreements: r.agreements,
    must: r.findings.must,
    should: r.findings.should,
    info: r.findings.info,
    withMust: r.programsWithMustFindings,
    gap: money(r.fundingGapCents),
    short: money(r.matchShortfallCents),
    made: r.referrals.made,
    completed: r.referrals.completed,
    judged: r.referrals.judged,
    rate: share(r.referrals.completionRate),
    slots: r.fundedSlots.total,
    layered: r.fundedSlots.layered,
  };
  return [
    s("# Portfolio summary as of {asOf}", values),
    "",
    s(
      "{programs} programs, {organizations} organizations, {partnerships} partnerships, {agreements} agreements. Findings across all analyses: {must} must, {should} should, {info} notes; {withMust} programs with a must. Funding gap {gap}; Head Start match short {short}. Referrals: {made} made, {completed} led to a service of {judged} that could be judged ({rate}); funded slots: {slots}, {layered} layered.",
      values,
    ),
    "",
    `| ${head.join(" | ")} |`,
    `| ${head.map(() => "---").join(" | ")} |`,
    ...rows.map((p) =>
      [
        md(p.name),
        p.findings.must,
        p.findings.should,
        p.findings.info,
        p.compliance.score === null ? s("not scored") : `${p.compliance.score} (${s(p.compliance.band)})`,
        md(s(p.compliance.mou)),
        p.compliance.categoryGaps,
        money(p.funding.gapCents),
        money(p.funding.matchShortfallCents),
        served(p.services),
      ].join(" | "),
    ).map((line) => `| ${line} |`),
    "",
  ].join("\n");
}
