import { buildAssessment, formatCents, roundScore, runRules, type Assessment, type AssessmentComponent } from "../core/index.js";
import type { FundingPlan } from "./plan.js";
import type { CostCategory, FundingLevel } from "./stream.js";
import { fundingContext, herfindahl, levelShares, type AnalyzeFundingPlanOptions, type FundingContext, type MatchFigures } from "./rules/context.js";
import { fundingRules, type FundingFindingCode } from "./rules/index.js";

/**
 * The figures behind {@link analyzeFundingPlan}: plain numbers in cents and shares (0..1) an
 * analyst can tabulate. Shares are `null` when their denominator is zero, never `NaN`.
 *
 * @example
 * ```ts
 * import { analyzeFundingPlan, type FundingFigures } from "ece-partnerships";
 * const f: FundingFigures = analyzeFundingPlan({ id: "p", owner: { kind: "program", id: "hs" }, period: { start: "2025-07-01", end: "2026-06-30" }, streams: [], sources: [], costItems: [] }, { asOf: "2025-07-01" }).figures;
 * f.hhi; //=> null
 * ```
 * @category Funding
 */
export interface FundingFigures {
  /** Sum of cost items, in cents. */
  totalCostCents: number;
  /** Sum of sources, in cents. */
  totalFundingCents: number;
  /** Cost not covered by funding (0 when funded), in cents. */
  gapCents: number;
  /** Funding beyond cost (0 when short), in cents. */
  surplusCents: number;
  /** Cost of items with a funding arrangement, capped at each item's amount, in cents. */
  fundedCostCents: number;
  /** @deprecated Use `totalCostCents` (every money figure's name ends in `Cents`). */
  totalCost: number;
  /** @deprecated Use `totalFundingCents`. */
  totalFunding: number;
  /** @deprecated Use `gapCents`. */
  gap: number;
  /** @deprecated Use `surplusCents`. */
  surplus: number;
  /** @deprecated Use `fundedCostCents`. */
  fundedCost: number;
  /** Funding by level, with its share of total funding. */
  byLevel: Record<FundingLevel, { cents: number; share: number | null }>;
  /** Funding by stream, largest first. */
  byStream: { streamId: string; cents: number; share: number | null }[];
  /** Herfindahl-Hirschman index of stream shares, 0..10,000 (10,000 = one stream). */
  hhi: number | null;
  /** The largest stream and its share. */
  largestStream: { streamId: string; share: number } | null;
  /** Sources whose money ends within 12 months after `asOf` (inclusive). */
  expiring: { sourceId: string; streamId: string; endsOn: string; cents: number }[];
  /** Total of `expiring`. */
  expiringCents: number;
  /** Categories that have costs but no funding arrangement for some of them. */
  unfundedCategories: CostCategory[];
  /** Per cost item: its category and what it charges to each source (the flows from sources to costs). */
  byItem: { itemId: string; category: CostCategory; charges: { sourceId: string; cents: number }[] }[];
  /** Per source: its amount, what the plan charges to it, and what is left (negative when over-committed). */
  bySource: {
    sourceId: string;
    streamId: string;
    amountCents: number;
    chargedCents: number;
    remainingCents: number;
    /** @deprecated Use `amountCents`. */
    amount: number;
    /** @deprecated Use `chargedCents`. */
    charged: number;
    /** @deprecated Use `remainingCents`. */
    remaining: number;
  }[];
  /**
   * The Head Start non-federal match, when the plan has Head Start federal money: required is 20%
   * of the total (25% of the federal amount); non-federal counts sources whose money is not
   * federal (never a federal source, whatever its level; a source whose origin varies only when it
   * says its money is not federal). On a plan that is not a grant's budget period it is this slice's
   * share, for information.
   */
  match: MatchFigures | null;
}

/**
 * The result of {@link analyzeFundingPlan}.
 *
 * @example
 * ```ts
 * import type { FundingAnalysis } from "ece-partnerships";
 * const keys: (keyof FundingAnalysis)[] = ["score", "band", "components", "findings", "figures"];
 * keys.length; //=> 5
 * ```
 * @category Funding
 */
export interface FundingAnalysis extends Assessment<FundingFindingCode> {
  /** The numbers behind the score. */
  figures: FundingFigures;
}

/** The sources whose money ends from `asOf` through the 12 months after it, within or after the plan's period. */
function expiringOf(ctx: FundingContext): FundingFigures["expiring"] {
  const list: FundingFigures["expiring"] = [];
  for (const s of ctx.plan.sources) {
    const endsOn = ctx.endsOn(s);
    if (endsOn === undefined || s.amount === 0 || endsOn < ctx.plan.period.start || endsOn < ctx.asOf || endsOn > ctx.horizon) continue;
    list.push({ sourceId: s.id, streamId: s.streamId, endsOn, cents: s.amount });
  }
  return list;
}

function components(ctx: FundingContext, figures: FundingFigures): AssessmentComponent[] {
  const { totalCost, totalFunding, fundedCost, chargedTotal, disallowed, coordinationCost, coordinationFunded } = ctx;
  const m = figures.match;
  return [
    {
      id: "coverage",
      label: "Costs covered by funding",
      score: totalCost > 0 ? roundScore(Math.min(1, Math.min(fundedCost, totalFunding) / totalCost) * 100) : null,
      weight: 0.35,
      evidence: totalCost > 0 ? [`${formatCents(fundedCost)} of ${formatCents(totalCost)} in cost items has a funding arrangement; sources total ${formatCents(totalFunding)}`] : [],
    },
    {
      id: "allowability",
      label: "Money charged to allowed categories",
      score: chargedTotal > 0 ? roundScore((1 - disallowed / chargedTotal) * 100) : null,
      weight: 0.15,
      evidence: chargedTotal > 0 ? [`${formatCents(chargedTotal - disallowed)} of ${formatCents(chargedTotal)} charged to allowed categories`] : [],
    },
    {
      id: "diversification",
      label: "Diversified funding (1 - HHI / 10,000)",
      score: figures.hhi === null ? null : roundScore(100 - figures.hhi / 100),
      weight: 0.15,
      evidence: figures.byStream.filter((s) => s.share !== null).map((s) => `${ctx.streams.get(s.streamId)?.label ?? s.streamId}: ${Math.round((s.share ?? 0) * 1000) / 10}%`),
    },
    {
      id: "stability",
      label: "Money not ending within 12 months",
      score: totalFunding > 0 ? roundScore(Math.max(0, 1 - figures.expiringCents / totalFunding) * 100) : null,
      weight: 0.15,
      evidence: figures.expiring.map((e) => `${e.sourceId} ends ${e.endsOn}`),
    },
    {
      id: "coordination",
      label: "Coordination funded",
      score: coordinationCost > 0 ? roundScore((coordinationFunded / coordinationCost) * 100) : null,
      weight: 0.1,
      evidence: coordinationCost > 0 ? [`${formatCents(coordinationFunded)} of ${formatCents(coordinationCost)} coordination cost funded`] : [],
    },
    {
      id: "match",
      label: "Head Start non-federal match",
      score: m && m.requiredCents > 0 ? roundScore(Math.min(1, (m.nonFederalCents + m.waivedCents) / m.requiredCents) * 100) : null,
      weight: 0.1,
      evidence: m ? [`${formatCents(m.nonFederalCents)} non-federal + ${formatCents(m.waivedCents)} waived of ${formatCents(m.requiredCents)} required`] : [],
    },
  ];
}

/** A plan's figures on its context: totals, gap and surplus, shares by level and by stream, what expires, by item and by source, the match. */
export function fundingFigures(ctx: FundingContext): FundingFigures {
  const expiring = expiringOf(ctx);
  const hhi = herfindahl(ctx);
  const top = ctx.byStream[0];
  const figures: FundingFigures = {
    totalCostCents: ctx.totalCost,
    totalFundingCents: ctx.totalFunding,
    gapCents: Math.max(0, ctx.totalCost - ctx.totalFunding),
    surplusCents: Math.max(0, ctx.totalFunding - ctx.totalCost),
    fundedCostCents: ctx.fundedCost,
    totalCost: ctx.totalCost,
    totalFunding: ctx.totalFunding,
    gap: Math.max(0, ctx.totalCost - ctx.totalFunding),
    surplus: Math.max(0, ctx.totalFunding - ctx.totalCost),
    fundedCost: ctx.fundedCost,
    byLevel: levelShares(ctx),
    byStream: ctx.byStream,
    hhi,
    largestStream: top && top.share !== null ? { streamId: top.streamId, share: top.share } : null,
    expiring,
    expiringCents: Math.min(Number.MAX_SAFE_INTEGER, expiring.reduce((a, e) => a + e.cents, 0)),
    unfundedCategories: [...ctx.unfundedCategories],
    byItem: ctx.items.map((c) => ({ itemId: c.item.id, category: c.item.category, charges: c.parts.map(([sourceId, cents]) => ({ sourceId, cents })) })),
    bySource: ctx.plan.sources.map((s) => {
      const charged = ctx.charged.get(s.id) ?? 0;
      const remaining = s.amount - charged;
      return { sourceId: s.id, streamId: s.streamId, amountCents: s.amount, chargedCents: charged, remainingCents: remaining, amount: s.amount, charged, remaining };
    }),
    match: ctx.match,
  };
  return figures;
}

/**
 * Analyzes a funding plan on a date and explains where the money plan is weak, with figures. Its
 * findings come from {@link fundingRules}; its score from six components:
 *
 * - **coverage** (0.35): funded cost against total cost, with the gap or surplus;
 * - **allowability** (0.15): money charged to categories its stream allows, and federal
 *   categorical streams not blended where they must be tracked separately (the category lists and
 *   the blending rule are modelling judgments, so their findings are `should`);
 * - **diversification** (0.15): 1 - HHI / 10,000 over stream shares, with the largest stream's share;
 * - **stability** (0.15): money not ending within 12 months of `asOf` (the source's `endsOn` or the
 *   stream's time limit); money that ended before the plan's period starts is reported as
 *   unavailable, whatever `asOf` is;
 * - **coordination** (0.1): whether coordination costs are funded (most coordinated services
 *   approaches "did not have funding for the coordination itself");
 * - **match** (0.1): the Head Start non-federal match, 20% of total approved cost (25% of the
 *   federal amount), less any recorded waiver, met by non-federal sources (cash or in kind).
 *
 * The match is a `must` (`funding.match.short`, 45 CFR 1303.4: "each budget period") only on a
 * plan that is a Head Start grant's budget for a budget period (a program's plan, or
 * `headStartBudgetPeriod: true`); on a partnership's, alliance's or coordinated-services plan the
 * slice's share is reported for information. Federal money never counts as match. A stream's
 * dated facts that change inside the period are reported (Title IV-E prevention's federal share
 * becomes the FMAP on Oct. 1, 2026: the money goes on). An assessment with a `must` is in band
 * `not-met`. An all-zero or empty plan is valid and gets findings, never `NaN`; extreme amounts
 * and rates the schema accepts never throw (match figures saturate at Number.MAX_SAFE_INTEGER).
 *
 * Complexity: O(sources + cost items × sources per item + streams).
 *
 * @throws {RangeError} When `asOf` is not a calendar date.
 * @example
 * ```ts
 * import { analyzeFundingPlan, parseFundingPlan } from "ece-partnerships";
 * const plan = parseFundingPlan({
 *   id: "fp-2025", label: "Sunrise 2025-26 budget", owner: { kind: "program", id: "sunrise-hs" }, period: { start: "2025-07-01", end: "2026-06-30" },
 *   sources: [
 *     { id: "hs", streamId: "head-start-preschool", amount: 800_000_00 },
 *     { id: "county", streamId: "local-public", amount: 150_000_00 },
 *     { id: "space", streamId: "private-philanthropy", amount: 30_000_00, form: "in-kind" },
 *   ],
 *   costItems: [
 *     { id: "classrooms", label: "Classrooms", category: "direct-services", amount: 900_000_00, funding: { method: "braided", basis: "funded-slots", shares: [{ sourceId: "hs", share: 0.85 }, { sourceId: "county", share: 0.15 }] } },
 *     { id: "rent", label: "Donated space", category: "facilities", amount: 30_000_00, funding: { method: "single", sourceId: "space" } },
 *     { id: "coord", label: "Partnership coordinator", category: "coordination", amount: 40_000_00 },
 *   ],
 * });
 * if (!plan.ok) throw new Error(plan.error.message);
 * const a = analyzeFundingPlan(plan.value, { asOf: "2025-07-01" });
 * a.figures.gapCents; //=> 0
 * a.figures.match; //=> { federalCents: 800_000_00, requiredCents: 200_000_00, waivedCents: 0, nonFederalCents: 180_000_00, shortfallCents: 20_000_00, met: false }
 * a.findings.map((f) => f.code); //=> ["funding.match.short", "funding.coordination.unfunded", "funding.concentration.high"]
 * a.band; //=> "not-met"
 * ```
 * @category Funding
 */
export function analyzeFundingPlan(plan: FundingPlan, options: AnalyzeFundingPlanOptions): FundingAnalysis {
  const ctx = fundingContext(plan, options);
  const findings = runRules(fundingRules, ctx);
  const figures = fundingFigures(ctx);
  return Object.assign(buildAssessment({ subject: ctx.subject, components: components(ctx, figures), findings }), { figures });
}
