import { z } from "../core/zod.js";
import { enumSchema } from "../core/internal.js";
import { CitationSchema, DatedFactSchema, IsoDateSchema, partSchema, verifications } from "../core/index.js";

/**
 * The cost categories of a funding plan.
 *
 * @example
 * ```ts
 * import { costCategories } from "ece-partnerships";
 * costCategories.includes("coordination"); //=> true
 * ```
 * @category Funding
 */
export const costCategories = /* @__PURE__ */ Object.freeze([
  "direct-services",
  "comprehensive-services",
  "quality-ta",
  "workforce-pd",
  "coordination",
  "data-systems",
  "facilities",
  "administration",
  "family-support",
] as const);

/**
 * A cost category: `direct-services` (slots, care and education), `comprehensive-services`
 * (health, nutrition, disability, mental health), `quality-ta` (quality improvement, training and
 * technical assistance), `workforce-pd` (professional development, scholarships, wage supports),
 * `coordination` (the work of partnering itself), `data-systems`, `facilities`, `administration`,
 * `family-support`.
 *
 * @example
 * ```ts
 * import type { CostCategory } from "ece-partnerships";
 * const c: CostCategory = "workforce-pd";
 * c; //=> "workforce-pd"
 * ```
 * @category Funding
 */
export type CostCategory = (typeof costCategories)[number];

/**
 * The level a funding stream comes from.
 *
 * @example
 * ```ts
 * import { fundingLevels } from "ece-partnerships";
 * fundingLevels; //=> ["federal", "state", "local", "private"]
 * ```
 * @category Funding
 */
export const fundingLevels = /* @__PURE__ */ Object.freeze(["federal", "state", "local", "private"] as const);

/**
 * A funding level; see {@link fundingLevels}.
 *
 * @example
 * ```ts
 * import type { FundingLevel } from "ece-partnerships";
 * const l: FundingLevel = "state";
 * l; //=> "state"
 * ```
 * @category Funding
 */
export type FundingLevel = (typeof fundingLevels)[number];

/**
 * How a stream reaches its recipients, separately from how it is appropriated (a CCDBG block grant
 * is formula-awarded but discretionary in the appropriations sense): `formula-block` (a block
 * grant by formula), `competitive` (discretionary grants awarded by competition), `entitlement`,
 * `supplement` (an addition to existing awards, such as American Rescue Plan money for Head Start
 * grant recipients in proportion to funded enrollment), `individual-award` (awards to individual
 * educators who meet a program's criteria: scholarships, salary supplements), `fee`, `philanthropic`.
 *
 * @example
 * ```ts
 * import { awardMechanisms } from "ece-partnerships";
 * awardMechanisms; //=> ["formula-block", "competitive", "entitlement", "supplement", "individual-award", "fee", "philanthropic"]
 * ```
 * @category Funding
 */
export const awardMechanisms = /* @__PURE__ */ Object.freeze(["formula-block", "competitive", "entitlement", "supplement", "individual-award", "fee", "philanthropic"] as const);

/**
 * Where a stream's money comes from, which decides whether it may count as non-federal match:
 * `federal`, `non-federal`, or `varies` (a program funded by federal money in some states and
 * not in others, such as T.E.A.C.H. scholarships often paid from CCDF quality funds). Federal
 * money never counts as match (2 CFR 200.306(b)), whatever the stream's level.
 *
 * @example
 * ```ts
 * import { fundingOrigins } from "ece-partnerships";
 * fundingOrigins; //=> ["federal", "non-federal", "varies"]
 * ```
 * @category Funding
 */
export const fundingOrigins = /* @__PURE__ */ Object.freeze(["federal", "non-federal", "varies"] as const);

/**
 * How a stream is appropriated: `discretionary` (annual appropriations), `mandatory` (set in
 * authorizing law), or `none` (not appropriated: fees, philanthropy).
 *
 * @example
 * ```ts
 * import { appropriationTypes } from "ece-partnerships";
 * appropriationTypes; //=> ["discretionary", "mandatory", "none"]
 * ```
 * @category Funding
 */
export const appropriationTypes = /* @__PURE__ */ Object.freeze(["discretionary", "mandatory", "none"] as const);

/**
 * A funding stream: where money comes from and its "strings attached" (Supporting Families Through
 * Coordinated Services Partnerships (OPRE Report 2022-52)): level, award
 * mechanism, appropriation, administering agency, allowable cost categories, eligibility,
 * match, time limit, reporting burden, whether it is a federal categorical stream that must be
 * tracked separately (and so is not blended), and its citation. `verification` says how far
 * the facts were checked. Apps can define their own streams in a plan.
 *
 * @example
 * ```ts
 * import { FundingStreamSchema } from "ece-partnerships";
 * FundingStreamSchema.safeParse({
 *   id: "county-early-years-levy", label: "County early years levy", level: "local", awardMechanism: "competitive",
 *   appropriation: "discretionary", administeringAgency: "Dane County Human Services",
 *   allowableCategories: ["direct-services", "coordination"], reportingBurden: "low", categorical: false,
 *   citation: { source: "Dane County ordinance" }, verification: "verified",
 * }).success; //=> true
 * ```
 * @category Funding
 */
export const FundingStreamSchema = /* @__PURE__ */ partSchema({
  /** Stable kebab-case id. */
  id: /* @__PURE__ */ z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "stream ids are kebab-case" }),
  /** Name. */
  label: /* @__PURE__ */ z.string().min(1),
  /** What it is. */
  description: /* @__PURE__ */ z.string().optional(),
  /** Federal, state, local or private. */
  level: /* @__PURE__ */ enumSchema(fundingLevels),
  /** How it is awarded. */
  awardMechanism: /* @__PURE__ */ enumSchema(awardMechanisms),
  /** How it is appropriated. */
  appropriation: /* @__PURE__ */ enumSchema(appropriationTypes),
  /** Who administers it. */
  administeringAgency: /* @__PURE__ */ z.string().min(1),
  /** Cost categories it may pay for. */
  allowableCategories: /* @__PURE__ */ z.array(/* @__PURE__ */ enumSchema(costCategories)).min(1),
  /** Who or what is eligible, in words. */
  eligibilityNotes: /* @__PURE__ */ z.string().optional(),
  /**
   * Where the money comes from (see {@link fundingOrigins}); absent: `federal` for a federal-level
   * stream, `non-federal` otherwise.
   */
  fundingOrigin: /* @__PURE__ */ enumSchema(fundingOrigins).optional(),
  /**
   * A non-federal match requirement: `rate` is the required non-federal share of the `basis`
   * (`total-cost`: of federal plus non-federal; `federal-award`: of the federal amount).
   */
  match: /* @__PURE__ */ partSchema({
    rate: /* @__PURE__ */ z.number().min(0).lt(1),
    basis: /* @__PURE__ */ enumSchema(["total-cost", "federal-award"]),
    note: /* @__PURE__ */ z.string().optional(),
    citation: CitationSchema,
    verification: /* @__PURE__ */ enumSchema(verifications),
  }).optional(),
  /** A time limit: the last day funds are available, and a note. */
  timeLimit: /* @__PURE__ */ partSchema({ endsOn: /* @__PURE__ */ IsoDateSchema.optional(), note: /* @__PURE__ */ z.string().min(1) }).optional(),
  /**
   * Facts that change over time (a federal share, a set-aside, a cap), each with the period it is
   * in force and its source; analyses use the one in force on their date (see {@link factOn}).
   */
  facts: /* @__PURE__ */ z.array(DatedFactSchema).optional(),
  /** Reporting and compliance burden ("strings attached"). */
  reportingBurden: /* @__PURE__ */ enumSchema(["low", "medium", "high"]),
  /** A federal categorical stream: costs must be allocated and tracked to it, so it is braided or layered, not blended. */
  categorical: /* @__PURE__ */ z.boolean(),
  /** Where the facts come from. */
  citation: CitationSchema,
  /** How far the facts were verified. */
  verification: /* @__PURE__ */ enumSchema(verifications),
  /** For facts the sources do not confirm as current: the day they were last confirmed. */
  lastConfirmed: /* @__PURE__ */ IsoDateSchema.optional(),
});

/**
 * Where a stream's money comes from: its `fundingOrigin`, else `federal` for a federal-level
 * stream and `non-federal` otherwise.
 *
 * @example
 * ```ts
 * import { fundingOriginOf, fundingStreams } from "ece-partnerships";
 * fundingOriginOf(fundingStreams.find((s) => s.id === "teach-scholarships")!); //=> "varies"
 * fundingOriginOf({ level: "local" }); //=> "non-federal"
 * ```
 * @category Funding
 */
export function fundingOriginOf(stream: { level: FundingLevel; fundingOrigin?: (typeof fundingOrigins)[number] | undefined }): (typeof fundingOrigins)[number] {
  return stream.fundingOrigin ?? (stream.level === "federal" ? "federal" : "non-federal");
}

/**
 * A funding stream; see {@link FundingStreamSchema}.
 *
 * @example
 * ```ts
 * import { fundingStreams, type FundingStream } from "ece-partnerships";
 * const hs: FundingStream | undefined = fundingStreams.find((s) => s.id === "head-start-preschool");
 * hs?.match?.rate; //=> 0.2
 * ```
 * @category Funding
 * @useDeclaredType
 */
export type FundingStream = z.infer<typeof FundingStreamSchema>;
