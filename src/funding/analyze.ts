import { buildAssessment, formatCents, makeFinding, roundScore, type Assessment, type AssessmentComponent, type Finding } from "../core/index.js";
import { addMonthsIso, requireIsoDate } from "../core/internal.js";
import { allocateCost, requiredNonFederalMatch } from "./allocate.js";
import type { FundingPlan } from "./plan.js";
import { fundingLevels, type CostCategory, type FundingLevel, type FundingStream } from "./stream.js";
import { fundingStreams } from "./streams.js";

/**
 * The streams whose federal amounts are matched together under the Head Start non-federal share
 * rule (Act 640(b); 45 CFR 1303.4).
 *
 * @example
 * ```ts
 * import { headStartMatchStreams } from "ece-partnerships";
 * headStartMatchStreams; //=> ["head-start", "early-head-start", "ehs-ccp"]
 * ```
 * @category Funding
 */
export const headStartMatchStreams = /* @__PURE__ */ Object.freeze(["head-start", "early-head-start", "ehs-ccp"] as const);

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
  /** Sum of cost items. */
  totalCost: number;
  /** Sum of sources. */
  totalFunding: number;
  /** Cost not covered by funding (0 when funded). */
  gap: number;
  /** Funding beyond cost (0 when short). */
  surplus: number;
  /** Cost of items with a funding arrangement, capped at each item's amount. */
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
  /** Per source: its amount, what the plan charges to it, and what is left (negative when over-committed). */
  bySource: { sourceId: string; streamId: string; amount: number; charged: number; remaining: number }[];
  /** The Head Start non-federal match, when the plan has Head Start federal money. */
  match: { federalCents: number; requiredCents: number; waivedCents: number; nonFederalCents: number; shortfallCents: number; met: boolean } | null;
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
export interface FundingAnalysis extends Assessment {
  /** The numbers behind the score. */
  figures: FundingFigures;
}

const SEED_002 = { source: "OPRE Report 2022-52: Supporting Families Through Coordinated Services Partnerships" };
const HS_MATCH = { source: "Head Start Act 640(b); 45 CFR", section: "1303.4" };
const share = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/**
 * Analyzes a funding plan on a date and explains where the money plan is weak, with figures:
 *
 * - **coverage** (0.35): funded cost against total cost, with the gap or surplus;
 * - **allowability** (0.15): money charged to categories its stream allows, and federal
 *   categorical streams not blended where they must be tracked separately (the category lists and
 *   the blending rule are modelling judgments [unverified], so their findings are `should`);
 * - **diversification** (0.15): 1 - HHI / 10,000 over stream shares, with the largest stream's share;
 * - **stability** (0.15): money not ending within 12 months of `asOf` (the source's `endsOn` or the stream's time limit);
 * - **coordination** (0.1): whether coordination costs are funded (seed 002: most coordinated
 *   services approaches "did not have funding for the coordination itself");
 * - **match** (0.1): the Head Start non-federal match, 20% of total approved cost (25% of the
 *   federal amount), less any recorded waiver, met by non-federal sources (cash or in kind).
 *
 * Also reported: sources over-committed, sources that end before the plan's period does, match
 * rules of other streams (as `info`, since they are unverified). An all-zero or empty plan is valid
 * and gets findings, never `NaN`. Throws a `RangeError` when `asOf` is not a calendar date.
 * Complexity: O(sources + cost items × sources per item + streams).
 *
 * @example
 * ```ts
 * import { analyzeFundingPlan, parseFundingPlan } from "ece-partnerships";
 * const plan = parseFundingPlan({
 *   id: "fp-2025", owner: { kind: "program", id: "sunrise-hs" }, period: { start: "2025-07-01", end: "2026-06-30" },
 *   sources: [
 *     { id: "hs", streamId: "head-start", amount: 800_000_00 },
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
 * a.figures.gap; //=> 0
 * a.figures.match; //=> { federalCents: 800_000_00, requiredCents: 200_000_00, waivedCents: 0, nonFederalCents: 180_000_00, shortfallCents: 20_000_00, met: false }
 * a.findings.map((f) => f.code); //=> ["funding.match.short", "funding.coordination.unfunded", "funding.concentration.high"]
 * ```
 * @category Funding
 */
export function analyzeFundingPlan(plan: FundingPlan, options: { asOf: string }): FundingAnalysis {
  const asOf = requireIsoDate(options?.asOf);
  const horizon = addMonthsIso(asOf, 12);
  const subject = { kind: "funding-plan", id: plan.id };
  const findings: Finding[] = [];
  const streams = new Map<string, FundingStream>();
  for (const s of fundingStreams) streams.set(s.id, s);
  for (const s of plan.streams ?? []) streams.set(s.id, s);
  const sources = new Map(plan.sources.map((s) => [s.id, s]));
  const streamOf = (sourceId: string) => streams.get(sources.get(sourceId)?.streamId ?? "");

  // Totals and shares.
  const totalCost = plan.costItems.reduce((a, i) => a + i.amount, 0);
  const totalFunding = plan.sources.reduce((a, s) => a + s.amount, 0);
  const levelCents: Record<FundingLevel, number> = { federal: 0, state: 0, local: 0, private: 0 };
  const streamCents = new Map<string, number>();
  for (const s of plan.sources) {
    const stream = streams.get(s.streamId);
    if (stream) levelCents[stream.level] += s.amount;
    streamCents.set(s.streamId, (streamCents.get(s.streamId) ?? 0) + s.amount);
  }
  const byLevel = Object.fromEntries(fundingLevels.map((l) => [l, { cents: levelCents[l], share: share(levelCents[l], totalFunding) }])) as FundingFigures["byLevel"];
  const byStream = [...streamCents.entries()]
    .map(([streamId, cents]) => ({ streamId, cents, share: share(cents, totalFunding) }))
    .sort((a, b) => b.cents - a.cents || (a.streamId < b.streamId ? -1 : 1));
  const hhi = totalFunding > 0 ? roundScore(byStream.reduce((a, s) => a + ((s.share ?? 0) * 100) ** 2, 0)) : null;
  const top = byStream[0];
  const largestStream = top && top.share !== null ? { streamId: top.streamId, share: top.share } : null;

  // What each cost item charges to each source.
  const charged = new Map<string, number>();
  const charge = (sourceId: string, cents: number) => charged.set(sourceId, (charged.get(sourceId) ?? 0) + cents);
  let fundedCost = 0;
  let chargedTotal = 0;
  let disallowed = 0;
  const unfundedCategories = new Set<CostCategory>();
  let coordinationCost = 0;
  let coordinationFunded = 0;
  for (const [itemIndex, item] of plan.costItems.entries()) {
    const parts: [string, number][] = [];
    const f = item.funding;
    if (!f) {
      if (item.amount > 0) unfundedCategories.add(item.category);
    } else if (f.method === "single") {
      parts.push([f.sourceId, item.amount]);
    } else if (f.method === "braided") {
      const split = allocateCost(item.amount, f.shares.map((s) => s.share));
      f.shares.forEach((s, i) => parts.push([s.sourceId, split[i]!]));
    } else if (f.method === "blended") {
      const weights = f.pool.map((id) => sources.get(id)?.amount ?? 0);
      const split = allocateCost(item.amount, weights.some((w) => w > 0) ? weights : weights.map(() => 1));
      f.pool.forEach((id, i) => parts.push([id, split[i]!]));
      const categorical = f.pool.filter((id) => streamOf(id)?.categorical === true);
      if (f.pool.length > 1 && categorical.length > 0) {
        findings.push(
          makeFinding(
            "funding.blended.categorical",
            "should",
            `Cost "${item.label}" blends ${categorical.map((id) => streamOf(id)?.label ?? id).join(", ")} with other money; federal categorical funds are generally braided or layered so costs are tracked to each (confirm any statutory authority to blend) [unverified].`,
            { subject, path: ["costItems", itemIndex, "funding"], citation: { source: "ACF Early Childhood Systems Building Resource Guide: blending and braiding" } },
          ),
        );
      }
    } else {
      for (const layer of f.layers) parts.push([layer.sourceId, layer.amount]);
      const layered = f.layers.reduce((a, l) => a + l.amount, 0);
      if (layered < item.amount) {
        unfundedCategories.add(item.category);
        findings.push(makeFinding("funding.layers.short", "should", `The layers of "${item.label}" cover ${formatCents(layered)} of ${formatCents(item.amount)}.`, { subject }));
      } else if (layered > item.amount) {
        findings.push(makeFinding("funding.layers.exceed-cost", "info", `The layers of "${item.label}" add up to ${formatCents(layered)}, more than its cost of ${formatCents(item.amount)}.`, { subject }));
      }
    }
    let itemCharged = 0;
    for (const [sourceId, cents] of parts) {
      charge(sourceId, cents);
      itemCharged += cents;
      chargedTotal += cents;
      const stream = streamOf(sourceId);
      if (stream && cents > 0 && !stream.allowableCategories.includes(item.category)) {
        disallowed += cents;
        findings.push(
          makeFinding("funding.category.not-allowed", "should", `${stream.label} is charged ${formatCents(cents)} for "${item.label}" (${item.category}), a category it is not listed to allow.`, {
            subject,
            citation: stream.citation,
          }),
        );
      }
    }
    const covered = Math.min(item.amount, itemCharged);
    fundedCost += covered;
    if (item.category === "coordination") {
      coordinationCost += item.amount;
      coordinationFunded += covered;
    }
  }

  // Sources: over-commitment, endings.
  const bySource = plan.sources.map((s) => {
    const c = charged.get(s.id) ?? 0;
    return { sourceId: s.id, streamId: s.streamId, amount: s.amount, charged: c, remaining: s.amount - c };
  });
  for (const s of bySource) {
    if (s.remaining < 0) {
      findings.push(makeFinding("funding.source.overcommitted", "must", `Source ${s.sourceId} is charged ${formatCents(s.charged)} but provides ${formatCents(s.amount)}.`, { subject }));
    }
  }
  const expiring: FundingFigures["expiring"] = [];
  for (const s of plan.sources) {
    const endsOn = s.endsOn ?? streams.get(s.streamId)?.timeLimit?.endsOn;
    if (endsOn === undefined || s.amount === 0) continue;
    if (endsOn < asOf) {
      findings.push(makeFinding("funding.source.ended", "should", `Source ${s.id} (${streams.get(s.streamId)?.label ?? s.streamId}) ended on ${endsOn}, before ${asOf}.`, { subject }));
    } else if (endsOn <= horizon) {
      expiring.push({ sourceId: s.id, streamId: s.streamId, endsOn, cents: s.amount });
      findings.push(makeFinding("funding.source.expiring", "info", `Source ${s.id} (${formatCents(s.amount)}) ends on ${endsOn}, within 12 months of ${asOf}.`, { subject }));
    }
    if (endsOn < plan.period.end && endsOn >= plan.period.start) {
      findings.push(makeFinding("funding.source.ends-before-period", "should", `Source ${s.id} ends on ${endsOn}, before the plan's period ends on ${plan.period.end}.`, { subject }));
    }
  }
  const expiringCents = expiring.reduce((a, e) => a + e.cents, 0);

  // Gap and coordination.
  const gap = Math.max(0, totalCost - totalFunding);
  const surplus = Math.max(0, totalFunding - totalCost);
  if (totalCost === 0 && totalFunding === 0) findings.push(makeFinding("funding.plan.empty", "info", `Funding plan ${plan.id} has no costs and no funding yet.`, { subject }));
  if (gap > 0) findings.push(makeFinding("funding.gap", "should", `Funding plan ${plan.id} is ${formatCents(gap)} short of its ${formatCents(totalCost)} cost.`, { subject }));
  if (coordinationCost > coordinationFunded) {
    findings.push(
      makeFinding("funding.coordination.unfunded", "should", `${formatCents(coordinationCost - coordinationFunded)} of coordination costs in plan ${plan.id} have no funding; coordination itself is rarely funded.`, {
        subject,
        citation: SEED_002,
      }),
    );
  }
  for (const category of unfundedCategories) {
    if (category !== "coordination") findings.push(makeFinding("funding.category.unfunded", "should", `Costs in category ${category} of plan ${plan.id} have no funding.`, { subject }));
  }
  if (plan.costItems.length > 0 && coordinationCost === 0) {
    findings.push(makeFinding("funding.coordination.not-budgeted", "info", `Plan ${plan.id} budgets nothing for coordination, the work of partnering itself.`, { subject, citation: SEED_002 }));
  }
  if (largestStream && largestStream.share > 0.8) {
    findings.push(makeFinding("funding.concentration.high", "info", `${Math.round(largestStream.share * 100)}% of plan ${plan.id}'s money comes from ${streams.get(largestStream.streamId)?.label ?? largestStream.streamId}.`, { subject }));
  }

  // Head Start match.
  let match: FundingFigures["match"] = null;
  const federalHs = plan.sources.filter((s) => (headStartMatchStreams as readonly string[]).includes(s.streamId)).reduce((a, s) => a + s.amount, 0);
  if (federalHs > 0) {
    const requiredCents = requiredNonFederalMatch(federalHs, { rate: 0.2 });
    const waivedCents = Math.min(requiredCents, plan.matchWaiver?.amount ?? 0);
    const nonFederalCents = plan.sources
      .filter((s) => streams.get(s.streamId)?.level !== "federal" && s.countsTowardMatch !== false)
      .reduce((a, s) => a + s.amount, 0);
    const shortfallCents = Math.max(0, requiredCents - waivedCents - nonFederalCents);
    match = { federalCents: federalHs, requiredCents, waivedCents, nonFederalCents, shortfallCents, met: shortfallCents === 0 };
    if (shortfallCents > 0) {
      findings.push(
        makeFinding(
          "funding.match.short",
          "must",
          `Plan ${plan.id} has ${formatCents(nonFederalCents)} of non-federal match${waivedCents ? ` and a ${formatCents(waivedCents)} waiver` : ""} against ${formatCents(requiredCents)} required (20% of total approved cost on ${formatCents(federalHs)} federal): ${formatCents(shortfallCents)} short.`,
          { subject, citation: HS_MATCH },
        ),
      );
    }
  }
  for (const s of plan.sources) {
    const rule = streams.get(s.streamId)?.match;
    if (!rule || (headStartMatchStreams as readonly string[]).includes(s.streamId) || s.amount === 0) continue;
    const required = rule.basis === "total-cost" ? requiredNonFederalMatch(s.amount, { rate: rule.rate }) : Math.ceil(s.amount * rule.rate);
    findings.push(
      makeFinding("funding.match.other", "info", `${streams.get(s.streamId)?.label} (${formatCents(s.amount)}) carries a match of about ${formatCents(required)}${rule.verification === "verified" ? "" : " [unverified]"}; confirm against the award.`, {
        subject,
        citation: rule.citation,
      }),
    );
  }

  const components: AssessmentComponent[] = [
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
      score: hhi === null ? null : roundScore(100 - hhi / 100),
      weight: 0.15,
      evidence: byStream.filter((s) => s.share !== null).map((s) => `${s.streamId}: ${Math.round((s.share ?? 0) * 1000) / 10}%`),
    },
    {
      id: "stability",
      label: "Money not ending within 12 months",
      score: totalFunding > 0 ? roundScore((1 - expiringCents / totalFunding) * 100) : null,
      weight: 0.15,
      evidence: expiring.map((e) => `${e.sourceId} ends ${e.endsOn}`),
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
      score: match ? roundScore(Math.min(1, (match.nonFederalCents + match.waivedCents) / match.requiredCents) * 100) : null,
      weight: 0.1,
      evidence: match ? [`${formatCents(match.nonFederalCents)} non-federal + ${formatCents(match.waivedCents)} waived of ${formatCents(match.requiredCents)} required`] : [],
    },
  ];

  const assessment = buildAssessment({ subject, components, findings });
  return {
    ...assessment,
    figures: { totalCost, totalFunding, gap, surplus, fundedCost, byLevel, byStream, hhi, largestStream, expiring, expiringCents, unfundedCategories: [...unfundedCategories], bySource, match },
  };
}
