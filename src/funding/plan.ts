import { z } from "../core/zod.js";
import { crossField, issueText, enumSchema } from "../core/internal.js";
import { CentsSchema, IdSchema, IsoDateSchema, ShareSchema, entitySchema, parseWith, partSchema, type ParseInput, type ParseResult } from "../core/index.js";
import { FundingStreamSchema, costCategories } from "./stream.js";
import { fundingStreamAliases, fundingStreams } from "./streams.js";

/**
 * Whose funding plan it is.
 *
 * @example
 * ```ts
 * import { planOwnerKinds } from "ece-partnerships";
 * planOwnerKinds; //=> ["program", "partnership", "alliance", "coordinated-services-approach"]
 * ```
 * @category Funding
 */
export const planOwnerKinds = /* @__PURE__ */ Object.freeze(["program", "partnership", "alliance", "coordinated-services-approach"] as const);

/**
 * A source of money in a plan: a stream, an amount, cash or in kind, and its restrictions.
 *
 * @example
 * ```ts
 * import { FundingSourceSchema } from "ece-partnerships";
 * FundingSourceSchema.parse({ id: "hs-grant", streamId: "head-start-preschool", amount: 800_000_00 }).form; //=> "cash"
 * ```
 * @category Funding
 */
export const FundingSourceSchema = /* @__PURE__ */ partSchema({
  /** Id within the plan. */
  id: IdSchema,
  /** A stream of {@link fundingStreams} or of the plan's own `streams`. */
  streamId: /* @__PURE__ */ z.string().min(1),
  /** Amount in cents for the plan's period. */
  amount: CentsSchema,
  /** Cash, or in kind (donated space, volunteer time, fairly valued). */
  form: /* @__PURE__ */ enumSchema(["cash", "in-kind"]).default("cash"),
  /** Restrictions in words. */
  restrictions: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string().min(1)).default([]),
  /** The last day the money is available, if earlier than the stream's own limit. */
  endsOn: /* @__PURE__ */ IsoDateSchema.optional(),
  /**
   * Whether this source's money is federal; absent, its stream's origin decides (see
   * {@link fundingOriginOf}). Federal money never counts as match (2 CFR 200.306(b)), so a
   * T.E.A.C.H. scholarship paid from CCDF says `federalFunds: true`.
   */
  federalFunds: /* @__PURE__ */ z.boolean().optional(),
  /** Whether this non-federal source counts toward a Head Start match; default true for non-federal sources. */
  countsTowardMatch: /* @__PURE__ */ z.boolean().optional(),
});

/**
 * A source of money; see {@link FundingSourceSchema}.
 *
 * @example
 * ```ts
 * import type { FundingSource } from "ece-partnerships";
 * const s: FundingSource = { id: "hs", streamId: "head-start-preschool", amount: 800_000_00, form: "cash", restrictions: [] };
 * s.form; //=> "cash"
 * ```
 * @category Funding
 * @useDeclaredType
 */
export type FundingSource = z.infer<typeof FundingSourceSchema>;

/**
 * How a cost item is paid for:
 *
 * - `single`: one source pays all of it;
 * - `braided`: sources share it by an allocation basis, each share tracked (shares sum to 1);
 * - `blended`: a pool of sources pays it without tracking costs to each;
 * - `layered`: a foundation layer and supplemental layers, each an amount from a source (the EHS-CCP model).
 *
 * @example
 * ```ts
 * import { FundingArrangementSchema } from "ece-partnerships";
 * FundingArrangementSchema.parse({ method: "braided", basis: "enrolled-child-days", shares: [{ sourceId: "hs", share: 0.7 }, { sourceId: "ccdf", share: 0.3 }] }).method; //=> "braided"
 * ```
 * @category Funding
 */
export const FundingArrangementSchema = /* @__PURE__ */ z.discriminatedUnion("method", [
  /* @__PURE__ */ partSchema({ method: /* @__PURE__ */ z.literal("single"), sourceId: IdSchema }),
  /* @__PURE__ */ partSchema({
    method: /* @__PURE__ */ z.literal("braided"),
    /** The allocation basis (2 CFR 200.405: relative benefits): enrolled child-days, funded slots, staff time, square footage... */
    basis: /* @__PURE__ */ z.string().min(1),
    shares: /* @__PURE__ */ z.array(/* @__PURE__ */ partSchema({ sourceId: IdSchema, share: ShareSchema })).min(1),
  }),
  /* @__PURE__ */ partSchema({ method: /* @__PURE__ */ z.literal("blended"), pool: /* @__PURE__ */ z.array(IdSchema).min(1) }),
  /* @__PURE__ */ partSchema({
    method: /* @__PURE__ */ z.literal("layered"),
    layers: /* @__PURE__ */ z
      .array(
        /* @__PURE__ */ partSchema({
          role: /* @__PURE__ */ enumSchema(["foundation", "supplemental"]),
          sourceId: IdSchema,
          amount: CentsSchema,
          purpose: /* @__PURE__ */ z.string().optional(),
        }),
      )
      .min(1),
  }),
]);

/**
 * A cost item: what it is, its category, its amount, and how it is funded (absent: unfunded).
 *
 * @example
 * ```ts
 * import { CostItemSchema } from "ece-partnerships";
 * CostItemSchema.parse({ id: "coord", label: "Partnership coordinator (0.5 FTE)", category: "coordination", amount: 32_000_00 }).funding; //=> undefined
 * ```
 * @category Funding
 */
export const CostItemSchema = /* @__PURE__ */ partSchema({
  /** Id within the plan. */
  id: IdSchema,
  /** What it is. */
  label: /* @__PURE__ */ z.string().min(1),
  /** Its cost category. */
  category: /* @__PURE__ */ enumSchema(costCategories),
  /** Cost in cents for the plan's period. */
  amount: CentsSchema,
  /** How it is paid for. */
  funding: /* @__PURE__ */ FundingArrangementSchema.optional(),
});

/**
 * A cost item; see {@link CostItemSchema}.
 *
 * @example
 * ```ts
 * import type { CostItem } from "ece-partnerships";
 * const c: CostItem = { id: "coord", label: "Coordinator", category: "coordination", amount: 32_000_00 };
 * c.category; //=> "coordination"
 * ```
 * @category Funding
 * @useDeclaredType
 */
export type CostItem = z.infer<typeof CostItemSchema>;

/**
 * The fields of {@link FundingPlanSchema} without its cross-field rules, for reuse: `.pick()`, `.omit()`
 * and `.partial()` work on it (they refuse a schema with refinements). Validate whole records with
 * {@link FundingPlanSchema}.
 *
 * @example
 * ```ts
 * import { FundingPlanBaseSchema } from "ece-partnerships";
 * Object.keys(FundingPlanBaseSchema.partial().shape).length > 1; //=> true
 * ```
 * @category Funding
 */
export const FundingPlanBaseSchema = /* @__PURE__ */ entitySchema({
  /** Unique id. */
  id: IdSchema,
  /** A name. */
  label: /* @__PURE__ */ z.string().min(1).optional(),
  /** Whose plan: a program, partnership, alliance or coordinated-services approach, by id. */
  owner: /* @__PURE__ */ partSchema({ kind: /* @__PURE__ */ enumSchema(planOwnerKinds), id: IdSchema }),
  /** The budget period, inclusive. */
  period: /* @__PURE__ */ partSchema({ start: IsoDateSchema, end: IsoDateSchema }),
  /** The plan's own streams, beside the catalog's. */
  streams: /* @__PURE__ */ z.array(FundingStreamSchema).default([]),
  /** Where money comes from. */
  sources: /* @__PURE__ */ z.array(FundingSourceSchema).default([]),
  /** What it pays for. */
  costItems: /* @__PURE__ */ z.array(CostItemSchema).default([]),
  /**
   * Whether the plan is the budget of a Head Start or Early Head Start grant for one budget period,
   * the unit the non-federal match is judged on (45 CFR 1303.4: "each budget period"). Absent: true
   * for a program-owned plan, false for a partnership's, alliance's or coordinated-services plan.
   */
  headStartBudgetPeriod: /* @__PURE__ */ z.boolean().optional(),
  /** An approved waiver of all or part of the Head Start non-federal match (45 CFR 1303.4). */
  matchWaiver: /* @__PURE__ */ partSchema({ amount: CentsSchema, approvedOn: IsoDateSchema, note: /* @__PURE__ */ z.string().optional() }).optional(),
});

/**
 * A funding plan: whose it is, for which period, its cost items, its sources, and how each cost
 * is funded. Rejected with a path: amounts that are negative, fractional or beyond
 * `Number.MAX_SAFE_INTEGER`; totals that would overflow; unknown stream ids; references to
 * sources the plan does not have; braided shares that do not sum to 1; repeated ids; a period
 * ending before it starts. Cross-field checks (references, shares, totals) run once every field
 * has the right shape, so fix field errors first.
 *
 * @example
 * ```ts
 * import { parseFundingPlan } from "ece-partnerships";
 * const r = parseFundingPlan({
 *   id: "fp", owner: { kind: "program", id: "hs" }, period: { start: "2025-07-01", end: "2026-06-30" },
 *   sources: [{ id: "s1", streamId: "moon-money", amount: 10 }],
 *   costItems: [{ id: "c1", label: "Slots", category: "direct-services", amount: 10, funding: { method: "single", sourceId: "s2" } }],
 * });
 * if (!r.ok) r.error.issues.map((i) => i.pathText); //=> ["sources[0].streamId", "costItems[0].funding.sourceId"]
 * ```
 * @category Funding
 */
export const FundingPlanSchema = /* @__PURE__ */ FundingPlanBaseSchema.superRefine((plan, ctx) => {
  if (plan.period.end < plan.period.start) ctx.addIssue({ code: "custom", path: ["period", "end"], ...issueText("the period ends ({end}) before it starts ({start})", { end: plan.period.end, start: plan.period.start }) });
  const streamIds = new Set<string>(fundingStreams.map((s) => s.id));
  const known = (id: string) => streamIds.has(id) || Object.hasOwn(fundingStreamAliases, id);
  plan.streams.forEach((s, i) => {
    if (known(s.id)) ctx.addIssue({ code: "custom", path: ["streams", i, "id"], ...issueText("stream \"{id}\" is already in the catalog or repeated", { id: s.id }) });
    streamIds.add(s.id);
  });
  const sourceIds = new Set<string>();
  let sourceTotal = 0;
  plan.sources.forEach((s, i) => {
    if (sourceIds.has(s.id)) ctx.addIssue({ code: "custom", path: ["sources", i, "id"], ...issueText("source id \"{id}\" is repeated", { id: s.id }) });
    sourceIds.add(s.id);
    if (!known(s.streamId)) ctx.addIssue({ code: "custom", path: ["sources", i, "streamId"], ...issueText("unknown stream \"{streamId}\"; use a stream of fundingStreams or add it to the plan's streams", { streamId: s.streamId }) });
    sourceTotal += s.amount;
  });
  if (sourceTotal > Number.MAX_SAFE_INTEGER) ctx.addIssue({ code: "custom", path: ["sources"], message: "the sources add up to more than Number.MAX_SAFE_INTEGER cents" });
  const itemIds = new Set<string>();
  let costTotal = 0;
  plan.costItems.forEach((item, i) => {
    if (itemIds.has(item.id)) ctx.addIssue({ code: "custom", path: ["costItems", i, "id"], ...issueText("cost item id \"{id}\" is repeated", { id: item.id }) });
    itemIds.add(item.id);
    costTotal += item.amount;
    const f = item.funding;
    if (!f) return;
    const check = (sourceId: string, path: (string | number)[]) => {
      if (!sourceIds.has(sourceId)) ctx.addIssue({ code: "custom", path: ["costItems", i, "funding", ...path], ...issueText("no source \"{sourceId}\" in this plan", { sourceId }) });
    };
    if (f.method === "single") check(f.sourceId, ["sourceId"]);
    if (f.method === "blended") f.pool.forEach((id, j) => check(id, ["pool", j]));
    if (f.method === "layered") {
      let layered = 0;
      f.layers.forEach((l, j) => {
        check(l.sourceId, ["layers", j, "sourceId"]);
        layered += l.amount;
      });
      if (layered > Number.MAX_SAFE_INTEGER) ctx.addIssue({ code: "custom", path: ["costItems", i, "funding", "layers"], message: "the layers add up to more than Number.MAX_SAFE_INTEGER cents" });
    }
    if (f.method === "braided") {
      f.shares.forEach((s, j) => check(s.sourceId, ["shares", j, "sourceId"]));
      const sum = f.shares.reduce((a, s) => a + s.share, 0);
      if (Math.abs(sum - 1) > 1e-9) {
        ctx.addIssue({ code: "custom", path: ["costItems", i, "funding", "shares"], ...issueText("braided shares of \"{id}\" sum to {sum}, not 1: each braided cost is allocated in full", { id: item.id, sum: Number(sum.toFixed(6)) }) });
      }
    }
  });
  if (costTotal > Number.MAX_SAFE_INTEGER) ctx.addIssue({ code: "custom", path: ["costItems"], message: "the cost items add up to more than Number.MAX_SAFE_INTEGER cents" });
}, /* @__PURE__ */ crossField("period", "streams", "sources", "costItems"));

/**
 * A funding plan; see {@link FundingPlanSchema}.
 *
 * @example
 * ```ts
 * import type { FundingPlan } from "ece-partnerships";
 * const p: FundingPlan = { id: "fp", owner: { kind: "program", id: "hs" }, period: { start: "2025-07-01", end: "2026-06-30" }, streams: [], sources: [], costItems: [] };
 * p.owner.kind; //=> "program"
 * ```
 * @category Funding
 * @useDeclaredType
 */
export type FundingPlan = z.infer<typeof FundingPlanSchema>;

/**
 * What {@link FundingPlanSchema} accepts (lists and `form` may be left out).
 *
 * @example
 * ```ts
 * import type { FundingPlanInput } from "ece-partnerships";
 * const p: FundingPlanInput = { id: "fp", owner: { kind: "alliance", id: "ssa" }, period: { start: "2025-01-01", end: "2025-12-31" } };
 * p.id; //=> "fp"
 * ```
 * @category Funding
 * @useDeclaredType
 */
export type FundingPlanInput = z.input<typeof FundingPlanSchema>;

/**
 * Validates a funding plan; never throws.
 *
 * @example
 * ```ts
 * import { parseFundingPlan } from "ece-partnerships";
 * parseFundingPlan({ id: "fp", owner: { kind: "program", id: "hs" }, period: { start: "2025-07-01", end: "2026-06-30" } }).ok; //=> true
 * ```
 * @category Funding
 */
export function parseFundingPlan<const T = FundingPlanInput>(input: ParseInput<T, FundingPlanInput>): ParseResult<FundingPlan> {
  return parseWith(FundingPlanSchema, input);
}
