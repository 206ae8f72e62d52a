import { z } from "../core/zod.js";
import { enumSchema } from "../core/internal.js";
import { IdSchema, IsoDateSchema, partSchema } from "../core/index.js";
import { practiceIds } from "./practices.js";

/**
 * A dated piece of evidence that a partnership practice happened: "on 2025-03-04 we signed a
 * data-sharing protocol" is `formal-information-sharing` on `2025-03-04`.
 *
 * @example
 * ```ts
 * import { PracticeEvidenceSchema } from "ece-partnerships";
 * PracticeEvidenceSchema.safeParse({ practice: "regular-meetings", date: "2025-03-04" }).success; //=> true
 * PracticeEvidenceSchema.safeParse({ practice: "lunch", date: "2025-03-04" }).success; //=> false
 * ```
 * @category Continuum
 */
export const PracticeEvidenceSchema = /* @__PURE__ */ partSchema({
  /** Which practice (see {@link partnershipPractices}). */
  practice: /* @__PURE__ */ enumSchema(practiceIds, { error: () => `unknown practice; expected one of: ${practiceIds.join(", ")}` }),
  /** When it was observed or last confirmed. */
  date: IsoDateSchema,
  /** What happened, in a sentence. */
  note: /* @__PURE__ */ z.string().optional(),
  /** The organization that recorded it. */
  recordedBy: /* @__PURE__ */ IdSchema.optional(),
  /** A pointer to a document (minutes, a signed protocol). */
  source: /* @__PURE__ */ z.string().optional(),
});

/**
 * A piece of practice evidence; see {@link PracticeEvidenceSchema}.
 *
 * @example
 * ```ts
 * import type { PracticeEvidence } from "ece-partnerships";
 * const e: PracticeEvidence = { practice: "common-goal", date: "2025-01-15", note: "Shared goal adopted" };
 * e.practice; //=> "common-goal"
 * ```
 * @category Continuum
 * @useDeclaredType
 */
export type PracticeEvidence = z.infer<typeof PracticeEvidenceSchema>;
