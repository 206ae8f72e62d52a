import { z } from "../core/zod.js";
import { crossField, issueText, enumSchema } from "../core/internal.js";
import { IdSchema, IsoDateSchema, entitySchema, parseWith, type ParseInput, type ParseResult } from "../core/index.js";
import { partnerCategoryIds } from "../partners/categories.js";

/**
 * How a referral ended: the family received the service, declined it, was not eligible, could not
 * be reached, was placed on a waiting list, or was sent on to another organization.
 *
 * @example
 * ```ts
 * import { referralOutcomes } from "ece-partnerships";
 * referralOutcomes[0]; //=> "service-received"
 * ```
 * @category Referrals
 */
export const referralOutcomes = /* @__PURE__ */ Object.freeze([
  "service-received",
  "declined-by-family",
  "not-eligible",
  "unable-to-contact",
  "waitlisted",
  "referred-elsewhere",
  "other",
] as const);

/**
 * A referral outcome; see {@link referralOutcomes}.
 *
 * @example
 * ```ts
 * import type { ReferralOutcome } from "ece-partnerships";
 * const o: ReferralOutcome = "waitlisted";
 * o; //=> "waitlisted"
 * ```
 * @category Referrals
 */
export type ReferralOutcome = (typeof referralOutcomes)[number];

/**
 * The fields of {@link ReferralSchema} without its cross-field rules (dates in order, an outcome
 * for a closed referral), for reuse: `.pick()`, `.omit()` and `.partial()` work on it. Validate
 * whole records with {@link ReferralSchema}.
 *
 * @example
 * ```ts
 * import { ReferralBaseSchema } from "ece-partnerships";
 * Object.keys(ReferralBaseSchema.pick({ need: true, madeOn: true }).shape); //=> ["need", "madeOn"]
 * ```
 * @category Referrals
 */
export const ReferralBaseSchema = /* @__PURE__ */ entitySchema({
  /** Unique id. */
  id: IdSchema,
  /** The Head Start or Early Head Start program. */
  programId: IdSchema,
  /** The partner organization the family was referred to (or, for `incoming`, that referred the family). */
  partnerId: IdSchema,
  /** The partnership the referral runs through, when the app knows it (else the partnership between the program and the partner). */
  partnershipId: /* @__PURE__ */ IdSchema.optional(),
  /** `outgoing` (the program refers a family to the partner, the default) or `incoming` (the partner refers a family to the program). */
  direction: /* @__PURE__ */ enumSchema(["outgoing", "incoming"]).default("outgoing"),
  /** The kind of need: a partner category of 45 CFR 1302.53(a)(2). */
  need: /* @__PURE__ */ enumSchema(partnerCategoryIds),
  /** The service asked for, in words ("Dental exam", "Rental assistance"). */
  service: /* @__PURE__ */ z.string().min(1).optional(),
  /** An opaque key for the family, owned by the app (never a name): counts families and bundled services. */
  familyKey: /* @__PURE__ */ z.string().min(1).max(200).optional(),
  /** The day the referral was made. */
  madeOn: IsoDateSchema,
  /** The day the receiving organization first contacted the family (or the program, for `incoming`). */
  contactedOn: /* @__PURE__ */ IsoDateSchema.optional(),
  /** The day the service started. */
  serviceStartedOn: /* @__PURE__ */ IsoDateSchema.optional(),
  /** The day the referral was closed (needs `outcome`). */
  closedOn: /* @__PURE__ */ IsoDateSchema.optional(),
  /** How it ended. */
  outcome: /* @__PURE__ */ enumSchema(referralOutcomes).optional(),
  /** The service bundle it belongs to (see {@link ServiceBundleSchema}). */
  bundleId: /* @__PURE__ */ IdSchema.optional(),
});

/**
 * A referral between a Head Start program and a community partner: the kind of need (one of the
 * eight partner categories of 45 CFR 1302.53(a)(2)), the partner, and the dates it was made, the
 * family contacted, the service started and the referral closed, with its outcome. Partnerships
 * exist "to facilitate access to community services that are responsive to children's and
 * families' needs" (45 CFR 1302.53(a)(1)), and Strategies for Partnering with Child Welfare
 * Agencies asks for a point person "to handle referrals, coordinate ongoing family services":
 * referrals are how an app shows that happening.
 *
 * No family data: `familyKey` is an opaque key the app owns (to count families and bundled
 * services), never a name or a case number the library could read.
 *
 * @example
 * ```ts
 * import { parseReferral } from "ece-partnerships";
 * const r = parseReferral({
 *   id: "ref-1", programId: "sunrise-hs", partnerId: "dane-dental", need: "health", service: "Dental exam",
 *   madeOn: "2025-03-03", contactedOn: "2025-03-05", serviceStartedOn: "2025-03-20",
 * });
 * r.ok; //=> true
 * const late = parseReferral({ id: "ref-2", programId: "hs", partnerId: "p", need: "health", madeOn: "2025-03-03", contactedOn: "2025-03-01" });
 * if (!late.ok) late.error.issues[0]?.message; //=> "contactedOn 2025-03-01 is before the referral was made (2025-03-03)"
 * ```
 * @category Referrals
 */
export const ReferralSchema = /* @__PURE__ */ ReferralBaseSchema.superRefine((r, ctx) => {
  for (const key of ["contactedOn", "serviceStartedOn", "closedOn"] as const) {
    const date = r[key];
    if (date !== undefined && date < r.madeOn) ctx.addIssue({ code: "custom", path: [key], ...issueText("{key} {date} is before the referral was made ({madeOn})", { key, date, madeOn: r.madeOn }) });
  }
  if (r.closedOn !== undefined && r.outcome === undefined) ctx.addIssue({ code: "custom", path: ["outcome"], ...issueText("a referral closed on {closedOn} needs its outcome", { closedOn: r.closedOn }) });
  if (r.outcome === "service-received" && r.serviceStartedOn === undefined) ctx.addIssue({ code: "custom", path: ["serviceStartedOn"], message: "the outcome is service-received: give the day the service started" });
}, /* @__PURE__ */ crossField("madeOn", "contactedOn", "serviceStartedOn", "closedOn", "outcome"));

/**
 * A referral; see {@link ReferralSchema}.
 *
 * @example
 * ```ts
 * import type { Referral } from "ece-partnerships";
 * const r: Referral = { id: "r", programId: "hs", partnerId: "p", direction: "outgoing", need: "housing-homelessness", madeOn: "2025-01-06" };
 * r.need; //=> "housing-homelessness"
 * ```
 * @category Referrals
 * @useDeclaredType
 */
export type Referral = z.infer<typeof ReferralSchema>;

/**
 * What {@link parseReferral} accepts: the schema's input (`direction` may be left out).
 *
 * @example
 * ```ts
 * import { parseReferral, type ReferralInput } from "ece-partnerships";
 * const input = { id: "r", programId: "hs", partnerId: "p", need: "health", madeOn: "2025-01-06" } satisfies ReferralInput;
 * parseReferral(input).ok; //=> true
 * ```
 * @category Referrals
 * @useDeclaredType
 */
export type ReferralInput = z.input<typeof ReferralSchema>;

/**
 * Validates a referral; never throws.
 *
 * @example
 * ```ts
 * import { parseReferral } from "ece-partnerships";
 * const fromForm: unknown = { id: "r", programId: "hs", partnerId: "p", need: "dentistry", madeOn: "2025-01-06" };
 * const r = parseReferral(fromForm);
 * if (!r.ok) r.error.issues[0]?.pathText; //=> "need"
 * ```
 * @category Referrals
 */
export function parseReferral<const T = ReferralInput>(input: ParseInput<T, ReferralInput>): ParseResult<Referral> {
  return parseWith(ReferralSchema, input);
}
