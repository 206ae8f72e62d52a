import { z } from "../core/zod.js";
import { crossField, issueText, enumSchema } from "../core/internal.js";
import { IdSchema, IsoDateSchema, entitySchema, parseWith, type ParseInput, type ParseResult } from "../core/index.js";
import { childWelfareStaffRoleIds, staffPolicyTopicIds } from "./catalog.js";

/**
 * The fields of {@link StaffPolicySchema} without its cross-field rule, for reuse with `.pick()`,
 * `.omit()` and `.partial()`.
 *
 * @example
 * ```ts
 * import { StaffPolicyBaseSchema } from "ece-partnerships";
 * Object.keys(StaffPolicyBaseSchema.pick({ topic: true }).shape); //=> ["topic"]
 * ```
 * @category Staff
 */
export const StaffPolicyBaseSchema = /* @__PURE__ */ entitySchema({
  /** Unique id. */
  id: IdSchema,
  /** The program whose policy it is. */
  programId: IdSchema,
  /** What it covers: one of {@link staffPolicyTopics}. */
  topic: /* @__PURE__ */ enumSchema(staffPolicyTopicIds),
  /** Its title in the program's policies and procedures. */
  title: /* @__PURE__ */ z.string().min(1).optional(),
  /** The day it was adopted (by the governing body and Policy Council where they approve policies). */
  adoptedOn: IsoDateSchema,
  /** The day it was last reviewed. */
  reviewedOn: /* @__PURE__ */ IsoDateSchema.optional(),
  /** The day the program plans to review it next. */
  nextReviewOn: /* @__PURE__ */ IsoDateSchema.optional(),
  /** The staff roles of {@link childWelfareStaffRoles} its training covers. */
  trainingCovers: /* @__PURE__ */ z.array(/* @__PURE__ */ enumSchema(childWelfareStaffRoleIds)).default([]),
});

/**
 * A record that a program has one of the two staff policies for child-welfare partnerships
 * ({@link staffPolicyTopics}), with its adoption and review dates and the staff roles its training
 * covers. The policy itself stays in the program's own documents.
 *
 * @example
 * ```ts
 * import { parseStaffPolicy } from "ece-partnerships";
 * parseStaffPolicy({ id: "cw-interaction", programId: "sunrise-hs", topic: "child-welfare-interaction", adoptedOn: "2024-08-15", reviewedOn: "2025-08-12", trainingCovers: ["reporting-duties", "implicit-bias"] }).ok; //=> true
 * const r = parseStaffPolicy({ id: "p", programId: "hs", topic: "child-welfare-supervision", adoptedOn: "2025-01-10", reviewedOn: "2024-12-01" });
 * if (!r.ok) r.error.issues[0]?.message; //=> "reviewedOn 2024-12-01 is before the policy was adopted (2025-01-10)"
 * ```
 * @category Staff
 */
export const StaffPolicySchema = /* @__PURE__ */ StaffPolicyBaseSchema.superRefine((p, ctx) => {
  if (p.reviewedOn !== undefined && p.reviewedOn < p.adoptedOn) ctx.addIssue({ code: "custom", path: ["reviewedOn"], ...issueText("reviewedOn {reviewedOn} is before the policy was adopted ({adoptedOn})", { reviewedOn: p.reviewedOn, adoptedOn: p.adoptedOn }) });
}, /* @__PURE__ */ crossField("adoptedOn", "reviewedOn"));

/**
 * A staff policy record; see {@link StaffPolicySchema}.
 *
 * @example
 * ```ts
 * import type { StaffPolicy } from "ece-partnerships";
 * const p: StaffPolicy = { id: "p", programId: "hs", topic: "child-welfare-interaction", adoptedOn: "2024-08-15", trainingCovers: [] };
 * p.topic; //=> "child-welfare-interaction"
 * ```
 * @category Staff
 * @useDeclaredType
 */
export type StaffPolicy = z.infer<typeof StaffPolicySchema>;

/**
 * What {@link parseStaffPolicy} accepts.
 *
 * @example
 * ```ts
 * import { parseStaffPolicy, type StaffPolicyInput } from "ece-partnerships";
 * const input = { id: "p", programId: "hs", topic: "child-welfare-supervision", adoptedOn: "2024-08-15" } satisfies StaffPolicyInput;
 * parseStaffPolicy(input).ok; //=> true
 * ```
 * @category Staff
 * @useDeclaredType
 */
export type StaffPolicyInput = z.input<typeof StaffPolicySchema>;

/**
 * Validates a staff policy record; never throws.
 *
 * @example
 * ```ts
 * import { parseStaffPolicy } from "ece-partnerships";
 * const fromForm: unknown = { id: "p", programId: "hs", topic: "discipline", adoptedOn: "2024-08-15" };
 * const r = parseStaffPolicy(fromForm);
 * if (!r.ok) r.error.issues[0]?.pathText; //=> "topic"
 * ```
 * @category Staff
 */
export function parseStaffPolicy<const T = StaffPolicyInput>(input: ParseInput<T, StaffPolicyInput>): ParseResult<StaffPolicy> {
  return parseWith(StaffPolicySchema, input);
}
