import { roundScore, type Subject } from "../../core/index.js";
import { addMonthsIso, optionalCount, requireIsoDate } from "../../core/internal.js";
import { allocateCost } from "../allocate.js";
import { exactMatch } from "../exact.js";
import type { CostItem, FundingPlan, FundingSource } from "../plan.js";
import { fundingLevels, fundingOriginOf, type CostCategory, type FundingLevel, type FundingStream } from "../stream.js";
import { canonicalStreamId, fundingStreamAliases, fundingStreams } from "../streams.js";

/**
 * The streams whose federal amounts are matched together under the Head Start non-federal share
 * rule (Act 640(b); 45 CFR 1303.4): the Head Start grants and the American Rescue Plan supplement
 * to them.
 *
 * @example
 * ```ts
 * import { headStartMatchStreams } from "ece-partnerships";
 * headStartMatchStreams; //=> ["head-start-preschool", "early-head-start", "ehs-ccp", "arp-head-start"]
 * ```
 * @category Funding
 */
export const headStartMatchStreams = /* @__PURE__ */ Object.freeze(["head-start-preschool", "early-head-start", "ehs-ccp", "arp-head-start"] as const);

/** What one cost item charges to each source, with the checks its arrangement allows. */
export interface ItemCharges {
  item: CostItem;
  index: number;
  /** [sourceId, cents] per part of the arrangement. */
  parts: [string, number][];
  /** The sum of the layers, for a layered item. */
  layered?: number;
}

/**
 * The Head Start non-federal match of a plan with Head Start federal money: the federal amount,
 * the match required (20% of the total, 25% of the federal amount), the waiver counted, the
 * non-federal money counted, the shortfall, and whether it is met. All in cents.
 *
 * @example
 * ```ts
 * import type { MatchFigures } from "ece-partnerships";
 * const m: MatchFigures = { federalCents: 800_000_00, requiredCents: 200_000_00, waivedCents: 0, nonFederalCents: 180_000_00, shortfallCents: 20_000_00, met: false };
 * m.requiredCents - m.nonFederalCents; //=> 20_000_00
 * ```
 * @category Funding
 */
export interface MatchFigures {
  federalCents: number;
  requiredCents: number;
  waivedCents: number;
  nonFederalCents: number;
  shortfallCents: number;
  met: boolean;
}

/**
 * Options of {@link analyzeFundingPlan}: the date of the analysis and, when known, how many
 * children the plan serves (a program's funded enrollment; reports pass it for a program's plans),
 * for the cost-per-child typo guard.
 *
 * @example
 * ```ts
 * import type { AnalyzeFundingPlanOptions } from "ece-partnerships";
 * const o: AnalyzeFundingPlanOptions = { asOf: "2025-09-01", fundedEnrollment: 180 };
 * o.fundedEnrollment; //=> 180
 * ```
 * @category Funding
 */
export interface AnalyzeFundingPlanOptions {
  /** The date of the analysis (`YYYY-MM-DD`). */
  asOf: string;
  /** Children the plan serves (a whole number); enables `funding.plan.cost-per-child-implausible`. */
  fundedEnrollment?: number | undefined;
}

/** What every funding rule reads, computed once per plan and date. */
export interface FundingContext {
  plan: FundingPlan;
  asOf: string;
  /** Children the plan serves, when the caller knows (a program's funded enrollment). */
  fundedEnrollment: number | undefined;
  /** The last day of the 12 months after `asOf`. */
  horizon: string;
  subject: Subject;
  /** The plan as a person reads it: its label, else "Funding plan <id>". */
  label: string;
  streams: ReadonlyMap<string, FundingStream>;
  streamOf: (sourceId: string) => FundingStream | undefined;
  totalCost: number;
  totalFunding: number;
  levelCents: Record<FundingLevel, number>;
  byStream: { streamId: string; cents: number; share: number | null }[];
  items: ItemCharges[];
  charged: ReadonlyMap<string, number>;
  fundedCost: number;
  chargedTotal: number;
  /** Cents charged to a category the stream does not list. */
  disallowed: number;
  unfundedCategories: Set<CostCategory>;
  coordinationCost: number;
  coordinationFunded: number;
  /** The last day each source's money is available (its own date, else its stream's time limit). */
  endsOn: (source: FundingSource) => string | undefined;
  /** Whether the plan is a Head Start grant's budget for one budget period. */
  headStartBudget: boolean;
  match: MatchFigures | null;
  /** Non-federal-looking sources whose origin varies and is not recorded: not counted as match. */
  originUnknown: FundingSource[];
  /** Sources marked to count toward the match whose money is federal: not counted. */
  federalMarkedAsMatch: FundingSource[];
}

const share = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

function chargesOf(plan: FundingPlan, sources: ReadonlyMap<string, FundingSource>): ItemCharges[] {
  return plan.costItems.map((item, index) => {
    const f = item.funding;
    if (!f) return { item, index, parts: [] };
    if (f.method === "single") return { item, index, parts: [[f.sourceId, item.amount]] };
    if (f.method === "braided") {
      const split = allocateCost(item.amount, f.shares.map((s) => s.share));
      return { item, index, parts: f.shares.map((s, i) => [s.sourceId, split[i]!] as [string, number]) };
    }
    if (f.method === "blended") {
      const weights = f.pool.map((id) => sources.get(id)?.amount ?? 0);
      const split = allocateCost(item.amount, weights.some((w) => w > 0) ? weights : weights.map(() => 1));
      return { item, index, parts: f.pool.map((id, i) => [id, split[i]!] as [string, number]) };
    }
    let layered = 0;
    for (const l of f.layers) layered += l.amount;
    return { item, index, parts: f.layers.map((l) => [l.sourceId, l.amount] as [string, number]), layered };
  });
}

function matchOf(ctx: Omit<FundingContext, "match" | "originUnknown" | "federalMarkedAsMatch">): Pick<FundingContext, "match" | "originUnknown" | "federalMarkedAsMatch"> {
  const { plan, streams } = ctx;
  const matched = headStartMatchStreams as readonly string[];
  let federalHs = 0;
  for (const s of plan.sources) if (matched.includes(canonicalStreamId(s.streamId))) federalHs += s.amount;
  const originUnknown: FundingSource[] = [];
  const federalMarkedAsMatch: FundingSource[] = [];
  if (federalHs === 0) return { match: null, originUnknown, federalMarkedAsMatch };
  let nonFederalCents = 0;
  for (const s of plan.sources) {
    const stream = streams.get(s.streamId);
    const origin = s.federalFunds === undefined ? (stream ? fundingOriginOf(stream) : "non-federal") : s.federalFunds ? "federal" : "non-federal";
    if (origin === "federal") {
      if (s.countsTowardMatch === true) federalMarkedAsMatch.push(s);
    } else if (s.countsTowardMatch !== false) {
      if (origin === "varies") originUnknown.push(s);
      else nonFederalCents = Math.min(Number.MAX_SAFE_INTEGER, nonFederalCents + s.amount);
    }
  }
  const requiredCents = exactMatch(Math.min(federalHs, Number.MAX_SAFE_INTEGER), 0.2, "total-cost");
  const waivedCents = Math.min(requiredCents, plan.matchWaiver?.amount ?? 0);
  const shortfallCents = Math.max(0, requiredCents - waivedCents - nonFederalCents);
  return { match: { federalCents: federalHs, requiredCents, waivedCents, nonFederalCents, shortfallCents, met: shortfallCents === 0 }, originUnknown, federalMarkedAsMatch };
}

/** The catalog's streams by id, renamed ids included: built once (the catalog is frozen). */
let catalogStreams: ReadonlyMap<string, FundingStream> | undefined;

/** The streams a plan can name: the catalog's, with the plan's own streams over them (a copy only when it has some). */
function streamsOfPlan(plan: FundingPlan): ReadonlyMap<string, FundingStream> {
  if (!catalogStreams) {
    const map = new Map<string, FundingStream>();
    for (const s of fundingStreams) map.set(s.id, s);
    for (const [old, current] of Object.entries(fundingStreamAliases)) map.set(old, map.get(current)!);
    catalogStreams = map;
  }
  if (!plan.streams?.length) return catalogStreams;
  const streams = new Map(catalogStreams);
  for (const s of plan.streams) streams.set(s.id, s);
  return streams;
}

/**
 * Reads a plan once for the funding rules: streams (the catalog's and the plan's own), totals,
 * what each cost item charges to each source, and the Head Start match.
 *
 * @throws {RangeError} When `asOf` is not a calendar date.
 */
export function fundingContext(plan: FundingPlan, options: AnalyzeFundingPlanOptions): FundingContext {
  const asOf = requireIsoDate(options?.asOf);
  const fundedEnrollment = optionalCount(options.fundedEnrollment, "fundedEnrollment");
  const streams = streamsOfPlan(plan);
  const sources = new Map(plan.sources.map((s) => [s.id, s]));
  const streamOf = (sourceId: string) => streams.get(sources.get(sourceId)?.streamId ?? "");
  let totalCost = 0;
  for (const i of plan.costItems) totalCost += i.amount;
  let totalFunding = 0;
  const levelCents: Record<FundingLevel, number> = { federal: 0, state: 0, local: 0, private: 0 };
  const streamCents = new Map<string, number>();
  for (const s of plan.sources) {
    totalFunding += s.amount;
    const stream = streams.get(s.streamId);
    if (stream) levelCents[stream.level] += s.amount;
    // A renamed stream's old id counts under its current one.
    const id = canonicalStreamId(s.streamId);
    streamCents.set(id, (streamCents.get(id) ?? 0) + s.amount);
  }
  const byStream = [...streamCents.entries()]
    .map(([streamId, cents]) => ({ streamId, cents, share: share(cents, totalFunding) }))
    .sort((a, b) => b.cents - a.cents || (a.streamId < b.streamId ? -1 : 1));
  const items = chargesOf(plan, sources);
  const charged = new Map<string, number>();
  let fundedCost = 0;
  let chargedTotal = 0;
  let disallowed = 0;
  let coordinationCost = 0;
  let coordinationFunded = 0;
  const unfundedCategories = new Set<CostCategory>();
  for (const c of items) {
    let itemCharged = 0;
    for (const [sourceId, cents] of c.parts) {
      charged.set(sourceId, (charged.get(sourceId) ?? 0) + cents);
      itemCharged += cents;
      const stream = streamOf(sourceId);
      if (stream && cents > 0 && !stream.allowableCategories.includes(c.item.category)) disallowed += cents;
    }
    chargedTotal += itemCharged;
    if ((!c.item.funding && c.item.amount > 0) || (c.layered !== undefined && c.layered < c.item.amount)) unfundedCategories.add(c.item.category);
    const covered = Math.min(c.item.amount, itemCharged);
    fundedCost += covered;
    if (c.item.category === "coordination") {
      coordinationCost += c.item.amount;
      coordinationFunded += covered;
    }
  }
  const base = {
    plan,
    asOf,
    horizon: addMonthsIso(asOf, 12),
    subject: { kind: "funding-plan", id: plan.id, ...(plan.label ? { name: plan.label } : {}) },
    label: plan.label ?? `Funding plan ${plan.id}`,
    streams,
    streamOf,
    totalCost,
    totalFunding,
    levelCents,
    byStream,
    items,
    charged,
    fundedCost,
    chargedTotal,
    disallowed,
    unfundedCategories,
    coordinationCost,
    coordinationFunded,
    endsOn: (s: FundingSource) => s.endsOn ?? streams.get(s.streamId)?.timeLimit?.endsOn,
    headStartBudget: plan.headStartBudgetPeriod ?? plan.owner.kind === "program",
    fundedEnrollment,
  };
  // Assigned, not spread into a new literal: V8 copies a spread of this many fields on its slow path.
  return Object.assign(base, matchOf(base));
}

/** The figures of fundingLevels with their shares. */
export function levelShares(ctx: FundingContext): Record<FundingLevel, { cents: number; share: number | null }> {
  return Object.fromEntries(fundingLevels.map((l) => [l, { cents: ctx.levelCents[l], share: share(ctx.levelCents[l], ctx.totalFunding) }])) as Record<FundingLevel, { cents: number; share: number | null }>;
}

/** The Herfindahl-Hirschman index of stream shares, 0..10,000, or null without funding. */
export function herfindahl(ctx: FundingContext): number | null {
  if (ctx.totalFunding <= 0) return null;
  let sum = 0;
  for (const s of ctx.byStream) sum += ((s.share ?? 0) * 100) ** 2;
  return roundScore(sum);
}
