import { z } from "../core/zod.js";
import { allianceCostsRose, allianceNoCostData, allianceNoOutcomesBeyondCost, type CommunityFindingCode } from "./findings.js";
import { crossField, issueText, enumSchema, roundShare } from "../core/internal.js";
import { allocateCost } from "../funding/allocate.js";
import { CentsSchema, IdSchema, IsoDateSchema, defineCatalog, entitySchema, formatCents, report, parseWith, partSchema, type CatalogItem, type Finding, type ParseInput, type ParseResult } from "../core/index.js";

const ECQA = { source: "ECQA Center: Shared Services to Build and Sustain Quality (2018)" };
const OPPEX = { source: "Opportunities Exchange: Shared Services FAQ and Startup Kit" };

/**
 * A function a shared-services alliance can share, in one of four groups: `reduced-costs` and
 * `capacity-building` (Shared Services to Build and Sustain Quality (ECQA Center, 2018)),
 * `business` and `pedagogical`
 * (Opportunities Exchange [excerpt] and practice [secondary]).
 *
 * @example
 * ```ts
 * import { sharedServiceFunctions, type SharedServiceFunction } from "ece-partnerships";
 * const f: SharedServiceFunction = sharedServiceFunctions[0]!;
 * f.group; //=> "reduced-costs"
 * ```
 * @category Community
 */
export interface SharedServiceFunction extends CatalogItem {
  /** The group the function belongs to. */
  readonly group: "reduced-costs" | "capacity-building" | "business" | "pedagogical";
}

/**
 * The catalog of shared-service functions: joint purchasing, bulk buying, staff sharing,
 * centralized administration; common tools and systems, shared mentoring and supervision,
 * collaborative improvement; and business functions such as billing and fee collection,
 * enrollment management, payroll and substitute pools.
 *
 * @example
 * ```ts
 * import { sharedServiceFunctions } from "ece-partnerships";
 * sharedServiceFunctions.filter((f) => f.group === "reduced-costs").map((f) => f.id);
 * //=> ["joint-purchasing", "bulk-buying", "staff-sharing", "centralized-administration"]
 * ```
 * @category Community
 */
export const sharedServiceFunctions: readonly SharedServiceFunction[] = /* @__PURE__ */ (() =>
  defineCatalog<SharedServiceFunction>(
    (
      [
        ["joint-purchasing", "Joint purchasing", "reduced-costs", ECQA],
        ["bulk-buying", "Bulk buying", "reduced-costs", ECQA],
        ["staff-sharing", "Staff sharing", "reduced-costs", ECQA],
        ["centralized-administration", "Centralized administration", "reduced-costs", ECQA],
        ["common-tools-systems", "Common tools and systems", "capacity-building", ECQA],
        ["shared-mentoring-supervision", "Shared mentoring and supervision", "capacity-building", ECQA],
        ["collaborative-improvement", "Collaborative improvement processes", "capacity-building", ECQA],
        ["billing-fee-collection", "Billing and fee collection", "business", OPPEX],
        ["enrollment-management", "Enrollment management, waitlists and marketing", "business", OPPEX],
        ["bookkeeping", "Bookkeeping and accounting", "business", OPPEX],
        ["payroll", "Payroll", "business", OPPEX],
        ["hr-recruitment", "Human resources and recruitment", "business", OPPEX],
        ["benefits", "Staff benefits", "business", OPPEX],
        ["substitute-pool", "Substitute pool", "business", OPPEX],
        ["facilities-maintenance", "Facilities and maintenance", "business", OPPEX],
        ["technology", "Technology and child care management software", "business", OPPEX],
        ["grant-subsidy-administration", "Grant and subsidy administration", "business", OPPEX],
        ["compliance-licensing", "Compliance and licensing support", "business", OPPEX],
        ["coaching-professional-development", "Coaching and professional development", "pedagogical", OPPEX],
        ["curriculum-assessment", "Curriculum and child assessment", "pedagogical", OPPEX],
        ["family-engagement", "Family engagement", "pedagogical", OPPEX],
      ] as const
    ).map(([id, label, group, citation]) => ({ id, label, group, citation })),
  ))();

/**
 * The four aims of shared services in Shared Services to Build and Sustain Quality (ECQA Center,
 * 2018): an approach that "centralizes key functions to save dollars, strengthen management
 * capacity, improve early learning and ensure sustainable, high quality programs".
 *
 * @example
 * ```ts
 * import { allianceAims } from "ece-partnerships";
 * allianceAims; //=> ["save-dollars", "management-capacity", "early-learning", "sustainability"]
 * ```
 * @category Community
 */
export const allianceAims = /* @__PURE__ */ Object.freeze(["save-dollars", "management-capacity", "early-learning", "sustainability"] as const);

/**
 * The fields of {@link SharedServicesAllianceSchema} without its cross-field rules, for reuse: `.pick()`, `.omit()`
 * and `.partial()` work on it (they refuse a schema with refinements). Validate whole records with
 * {@link SharedServicesAllianceSchema}.
 *
 * @example
 * ```ts
 * import { SharedServicesAllianceBaseSchema } from "ece-partnerships";
 * Object.keys(SharedServicesAllianceBaseSchema.partial().shape).length > 1; //=> true
 * ```
 * @category Community
 */
export const SharedServicesAllianceBaseSchema = /* @__PURE__ */ entitySchema({
  /** Unique id. */
  id: IdSchema,
  /** Name. */
  name: /* @__PURE__ */ z.string().min(1),
  /** The hub: a large center, a CCR&R or another intermediary. */
  hubId: IdSchema,
  /** Functions shared (ids of {@link sharedServiceFunctions}). */
  functions: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string().min(1)).min(1),
  /** Members and their annual costs of the shared functions before and after joining. */
  members: /* @__PURE__ */ z
    .array(
      /* @__PURE__ */ partSchema({
        organizationId: IdSchema,
        joinedOn: /* @__PURE__ */ IsoDateSchema.optional(),
        costsBefore: /* @__PURE__ */ CentsSchema.optional(),
        costsAfter: /* @__PURE__ */ CentsSchema.optional(),
        functions: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string().min(1)).optional(),
      }),
    )
    .default([]),
  /** How decisions are made. */
  governance: /* @__PURE__ */ z.string().optional(),
  /** How the hub charges (membership or contract fees, grants). */
  feeModel: /* @__PURE__ */ z.string().optional(),
  /** The alliance's agreements. */
  agreementIds: /* @__PURE__ */ z.array(IdSchema).default([]),
  /**
   * Staff positions shared across members ("alliances that share staff at the local/regional
   * level"): the position's full-time equivalents, its yearly cost, and each member's FTE share
   * (the shares add up to the position).
   */
  sharedPositions: /* @__PURE__ */ z
    .array(
      /* @__PURE__ */ partSchema({
        id: IdSchema,
        title: /* @__PURE__ */ z.string().min(1),
        fte: /* @__PURE__ */ z.number().positive().max(1000),
        annualCostCents: /* @__PURE__ */ CentsSchema.optional(),
        shares: /* @__PURE__ */ z.array(/* @__PURE__ */ partSchema({ organizationId: IdSchema, fte: /* @__PURE__ */ z.number().min(0).max(1000) })).min(1),
      }),
    )
    .default([]),
  /**
   * What the alliance achieved beyond cost: the source's aims are to "save dollars, strengthen
   * management capacity, improve early learning and ensure sustainable, high quality programs".
   */
  outcomes: /* @__PURE__ */ z
    .array(/* @__PURE__ */ partSchema({ aim: /* @__PURE__ */ enumSchema(allianceAims), description: /* @__PURE__ */ z.string().min(1), date: /* @__PURE__ */ IsoDateSchema.optional() }))
    .default([]),
});

/**
 * A shared-services alliance (Shared Services to Build and Sustain Quality (ECQA Center, 2018)):
 * members, the hub that provides shared services, the
 * functions shared, and each member's costs before and after joining.
 *
 * @example
 * ```ts
 * import { parseSharedServicesAlliance } from "ece-partnerships";
 * parseSharedServicesAlliance({
 *   id: "alliance", name: "Southside Alliance", hubId: "ccrr", functions: ["billing-fee-collection", "substitute-pool"],
 *   members: [{ organizationId: "center-a", costsBefore: 50_000_00, costsAfter: 46_000_00 }],
 * }).ok; //=> true
 * ```
 * @category Community
 */
export const SharedServicesAllianceSchema = /* @__PURE__ */ SharedServicesAllianceBaseSchema.superRefine((a, ctx) => {
  const known = new Set(sharedServiceFunctions.map((f) => f.id));
  a.functions.forEach((f, i) => {
    if (!known.has(f)) ctx.addIssue({ code: "custom", path: ["functions", i], ...issueText("unknown shared-service function \"{f}\"; see sharedServiceFunctions", { f }) });
  });
  const seen = new Set<string>();
  a.members.forEach((m, i) => {
    if (seen.has(m.organizationId)) ctx.addIssue({ code: "custom", path: ["members", i, "organizationId"], ...issueText("member \"{organizationId}\" is listed twice", { organizationId: m.organizationId }) });
    seen.add(m.organizationId);
  });
  a.sharedPositions.forEach((p, i) => {
    const sum = p.shares.reduce((total, s) => total + s.fte, 0);
    if (Math.abs(sum - p.fte) > 1e-9) ctx.addIssue({ code: "custom", path: ["sharedPositions", i, "shares"], ...issueText("the shares of {title} add up to {sum} FTE; the position is {fte} FTE", { title: p.title, sum: roundShare(sum), fte: p.fte }) });
    p.shares.forEach((s, j) => {
      if (s.organizationId !== a.hubId && !seen.has(s.organizationId)) ctx.addIssue({ code: "custom", path: ["sharedPositions", i, "shares", j, "organizationId"], ...issueText("\"{organizationId}\" shares {title} but is not the hub or a member of the alliance", { organizationId: s.organizationId, title: p.title }) });
    });
  });
}, /* @__PURE__ */ crossField("functions", "members", "hubId", "sharedPositions"));

/**
 * A shared-services alliance; see {@link SharedServicesAllianceSchema}.
 *
 * @example
 * ```ts
 * import type { SharedServicesAlliance } from "ece-partnerships";
 * const a: SharedServicesAlliance = { id: "a", name: "A", hubId: "h", functions: ["payroll"], members: [], agreementIds: [], sharedPositions: [], outcomes: [] };
 * a.hubId; //=> "h"
 * ```
 * @category Community
 * @useDeclaredType
 */
export type SharedServicesAlliance = z.infer<typeof SharedServicesAllianceSchema>;

/**
 * What {@link parseSharedServicesAlliance} accepts for a shared services alliance: the schema's input, where fields with
 * defaults are optional. Use it with `satisfies` for completion while writing data.
 *
 * @example
 * ```ts
 * import { parseSharedServicesAlliance, type SharedServicesAllianceInput } from "ece-partnerships";
 * const input = { id: "alliance", name: "Northside Alliance", hubId: "hub", functions: ["bulk-buying"] } satisfies SharedServicesAllianceInput;
 * parseSharedServicesAlliance(input).ok; //=> true
 * ```
 * @category Community
 * @useDeclaredType
 */
export type SharedServicesAllianceInput = z.input<typeof SharedServicesAllianceSchema>;

/**
 * Validates a shared-services alliance; never throws.
 *
 * @example
 * ```ts
 * import { parseSharedServicesAlliance } from "ece-partnerships";
 * parseSharedServicesAlliance({ id: "a", name: "A", hubId: "h", functions: ["magic"] }).ok; //=> false
 * ```
 * @category Community
 */
export function parseSharedServicesAlliance<const T = SharedServicesAllianceInput>(input: ParseInput<T, SharedServicesAllianceInput>): ParseResult<SharedServicesAlliance> {
  return parseWith(SharedServicesAllianceSchema, input);
}

/**
 * Savings of a shared-services alliance per member and in total.
 *
 * @example
 * ```ts
 * import type { SharedServicesSavings } from "ece-partnerships";
 * const s: SharedServicesSavings = { positions: [], outcomes: [], members: [], totalBefore: 0, totalAfter: 0, totalSavings: 0, savingsShare: null, findings: [] };
 * s.savingsShare; //=> null
 * ```
 * @category Community
 */
export interface SharedServicesSavings {
  /** Shared positions, each member's FTE share and its part of the yearly cost (`allocateCost` by FTE; `null` without a cost). */
  positions: { id: string; title: string; fte: number; annualCostCents: number | null; shares: { organizationId: string; fte: number; costCents: number | null }[] }[];
  /** Outcomes beyond cost, as recorded. */
  outcomes: SharedServicesAlliance["outcomes"];
  /** Per member with both figures: costs before and after, savings in cents and as a share of before. */
  members: { organizationId: string; costsBefore: number; costsAfter: number; savings: number; savingsShare: number | null }[];
  /** Sum of costs before, over members with both figures. */
  totalBefore: number;
  /** Sum of costs after. */
  totalAfter: number;
  /** Total savings (negative when costs rose). */
  totalSavings: number;
  /** Savings / costs before; `null` when costs before are 0. */
  savingsShare: number | null;
  /** Members with no cost figures, members whose costs rose. */
  findings: Finding<CommunityFindingCode>[];
}

/**
 * What a shared-services alliance saves each member: costs of the shared functions before and
 * after joining ("reduced or shared costs", Shared Services to Build and Sustain Quality (ECQA
 * Center, 2018)). Members without both figures are left out
 * and reported; a member whose costs rose is a `should`. Shared positions are split by FTE with
 * `allocateCost` (each member's part of the yearly cost, in cents, adding up exactly); outcomes
 * beyond cost are returned as recorded, with a note when none is (the source's aims include
 * management capacity, early learning and sustainability). Complexity: O(members + shares).
 *
 * @example
 * ```ts
 * import { allianceSavings } from "ece-partnerships";
 * const s = allianceSavings({
 *   id: "a", name: "Southside", hubId: "ccrr", functions: ["billing-fee-collection"], agreementIds: [],
 *   members: [
 *     { organizationId: "center-a", costsBefore: 50_000_00, costsAfter: 46_000_00 },
 *     { organizationId: "fcc-b", costsBefore: 8_000_00, costsAfter: 7_000_00 },
 *     { organizationId: "center-c" },
 *   ],
 * });
 * s.members.map((m) => [m.organizationId, m.savings, m.savingsShare]); //=> [["center-a", 4_000_00, 0.08], ["fcc-b", 1_000_00, 0.125]]
 * s.totalSavings; //=> 5_000_00
 * s.findings.map((f) => f.code); //=> ["community.alliance.no-cost-data", "community.alliance.no-outcomes-beyond-cost"]
 * const shared = allianceSavings({
 *   id: "b", name: "Northside", hubId: "hub", functions: ["staff-sharing"], agreementIds: [],
 *   members: [{ organizationId: "a" }, { organizationId: "b" }],
 *   sharedPositions: [{ id: "coach", title: "Infant-toddler coach", fte: 1, annualCostCents: 62_000_00, shares: [{ organizationId: "a", fte: 0.6 }, { organizationId: "b", fte: 0.4 }] }],
 * });
 * shared.positions[0]?.shares.map((s) => s.costCents); //=> [37_200_00, 24_800_00]
 * ```
 * @category Community
 */
export function allianceSavings(alliance: Omit<SharedServicesAlliance, "sharedPositions" | "outcomes"> & Partial<Pick<SharedServicesAlliance, "sharedPositions" | "outcomes">>, options: { nameOf?: (organizationId: string) => string | undefined } = {}): SharedServicesSavings {
  const subject = { kind: "shared-services-alliance", id: alliance.id, name: alliance.name };
  const name = (id: string) => options.nameOf?.(id) ?? id;
  const findings: Finding<CommunityFindingCode>[] = [];
  const members: SharedServicesSavings["members"] = [];
  for (const m of alliance.members) {
    if (m.costsBefore === undefined || m.costsAfter === undefined) {
      findings.push(report(allianceNoCostData, { member: name(m.organizationId), alliance: alliance.name }, { subject }));
      continue;
    }
    const savings = m.costsBefore - m.costsAfter;
    members.push({ organizationId: m.organizationId, costsBefore: m.costsBefore, costsAfter: m.costsAfter, savings, savingsShare: m.costsBefore > 0 ? roundShare(savings / m.costsBefore) : null });
    if (savings < 0) findings.push(report(allianceCostsRose, { member: name(m.organizationId), cents: formatCents(-savings), alliance: alliance.name }, { subject }));
  }
  const totalBefore = members.reduce((a, m) => a + m.costsBefore, 0);
  const totalAfter = members.reduce((a, m) => a + m.costsAfter, 0);
  const totalSavings = totalBefore - totalAfter;
  const positions = (alliance.sharedPositions ?? []).map((p) => {
    const costs = p.annualCostCents === undefined ? undefined : allocateCost(p.annualCostCents, p.shares.map((s) => s.fte));
    return { id: p.id, title: p.title, fte: p.fte, annualCostCents: p.annualCostCents ?? null, shares: p.shares.map((s, i) => ({ organizationId: s.organizationId, fte: s.fte, costCents: costs ? costs[i]! : null })) };
  });
  const outcomes = alliance.outcomes ?? [];
  if (!outcomes.some((o) => o.aim !== "save-dollars")) findings.push(report(allianceNoOutcomesBeyondCost, { alliance: alliance.name }, { subject }));
  return { positions, outcomes, members, totalBefore, totalAfter, totalSavings, savingsShare: totalBefore > 0 ? roundShare(totalSavings / totalBefore) : null, findings };
}
