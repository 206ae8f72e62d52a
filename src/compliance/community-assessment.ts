import { z } from "../core/zod.js";
import { enumSchema } from "../core/internal.js";
import { IdSchema, IsoDateSchema, PeriodSchema, entitySchema, parseWith, partSchema, type ParseInput, type ParseResult } from "../core/index.js";
import { partnerCategoryIds } from "../partners/index.js";

/**
 * The data a community assessment includes at a minimum, after 45 CFR 1302.11(b)(1)(i)-(vi)
 * (structure [excerpt]; wording [unverified]): eligible children and expectant mothers (with
 * children experiencing homelessness, in foster care and with disabilities), their needs, parents'
 * schedules, other providers, community resources, and community strengths.
 *
 * @example
 * ```ts
 * import { communityAssessmentElements } from "ece-partnerships";
 * communityAssessmentElements.length; //=> 6
 * ```
 * @category Compliance
 */
export const communityAssessmentElements = /* @__PURE__ */ Object.freeze([
  "eligible-children",
  "needs",
  "parent-schedules",
  "other-providers",
  "resources",
  "strengths",
] as const);

/**
 * A program's community assessment (45 CFR 1302.11): when it was conducted, its annual reviews
 * and updates, the needs it names (each mapped to the partner categories that could meet it), and
 * which data elements it covers.
 *
 * @example
 * ```ts
 * import { parseCommunityAssessment } from "ece-partnerships";
 * parseCommunityAssessment({
 *   id: "ca-2023", programId: "sunrise-hs", conductedOn: "2023-03-15",
 *   reviews: [{ date: "2024-03-01" }],
 *   needs: [{ id: "dental", label: "Dental care for toddlers", categories: ["health"] }],
 *   covers: ["eligible-children", "needs"],
 * }).ok; //=> true
 * ```
 * @category Compliance
 */
export const CommunityAssessmentSchema = /* @__PURE__ */ entitySchema({
  /** Unique id. */
  id: IdSchema,
  /** The program it belongs to. */
  programId: IdSchema,
  /** The five-year grant period it serves (defaults to the program's). */
  grantPeriod: /* @__PURE__ */ PeriodSchema.optional(),
  /** When the full assessment was conducted. */
  conductedOn: IsoDateSchema,
  /** Annual reviews and updates. */
  reviews: /* @__PURE__ */ z.array(/* @__PURE__ */ partSchema({ date: IsoDateSchema, summary: /* @__PURE__ */ z.string().optional() })).default([]),
  /** Needs it names, each with the partner categories that could meet it. */
  needs: /* @__PURE__ */ z
    .array(
      /* @__PURE__ */ partSchema({
        id: IdSchema,
        label: /* @__PURE__ */ z.string().min(1),
        categories: /* @__PURE__ */ z.array(/* @__PURE__ */ enumSchema(partnerCategoryIds)).min(1),
        description: /* @__PURE__ */ z.string().optional(),
      }),
    )
    .default([]),
  /** Data elements covered. */
  covers: /* @__PURE__ */ z.array(/* @__PURE__ */ enumSchema(communityAssessmentElements)).default([]),
});

/**
 * A community assessment; see {@link CommunityAssessmentSchema}.
 *
 * @example
 * ```ts
 * import type { CommunityAssessment } from "ece-partnerships";
 * const ca: CommunityAssessment = { id: "ca", programId: "hs", conductedOn: "2024-01-10", reviews: [], needs: [], covers: [] };
 * ca.programId; //=> "hs"
 * ```
 * @category Compliance
 * @useDeclaredType
 */
export type CommunityAssessment = z.infer<typeof CommunityAssessmentSchema>;

/**
 * What {@link parseCommunityAssessment} accepts for a community assessment: the schema's input, where fields with
 * defaults are optional. Use it with `satisfies` for completion while writing data.
 *
 * @example
 * ```ts
 * import { parseCommunityAssessment, type CommunityAssessmentInput } from "ece-partnerships";
 * const input = { id: "ca", programId: "hs", conductedOn: "2024-02-01" } satisfies CommunityAssessmentInput;
 * parseCommunityAssessment(input).ok; //=> true
 * ```
 * @category Compliance
 * @useDeclaredType
 */
export type CommunityAssessmentInput = z.input<typeof CommunityAssessmentSchema>;

/**
 * Validates a community assessment; never throws.
 *
 * @example
 * ```ts
 * import { parseCommunityAssessment } from "ece-partnerships";
 * parseCommunityAssessment({ id: "ca", programId: "hs", conductedOn: "2024-02-30" }).ok; //=> false
 * ```
 * @category Compliance
 */
export function parseCommunityAssessment<const T = CommunityAssessmentInput>(input: ParseInput<T, CommunityAssessmentInput>): ParseResult<CommunityAssessment> {
  return parseWith(CommunityAssessmentSchema, input);
}
