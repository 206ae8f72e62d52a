import { partSchema } from "./entity.js";
import { IsoDateSchema } from "./iso-date.js";

/**
 * The fields of {@link PeriodSchema} without its cross-field rules, for reuse: `.pick()`, `.omit()`
 * and `.partial()` work on it (they refuse a schema with refinements). Validate whole records with
 * {@link PeriodSchema}.
 *
 * @example
 * ```ts
 * import { PeriodBaseSchema } from "ece-partnerships";
 * Object.keys(PeriodBaseSchema.partial().shape).length > 1; //=> true
 * ```
 * @category Core
 */
export const PeriodBaseSchema = /* @__PURE__ */ partSchema({
  /** First day. */
  start: IsoDateSchema,
  /** Last day (inclusive). */
  end: IsoDateSchema,
});

/**
 * A period of calendar days, both ends inclusive; the end is on or after the start, or the period
 * is rejected with the path `end`.
 *
 * @example
 * ```ts
 * import { PeriodSchema } from "ece-partnerships";
 * PeriodSchema.safeParse({ start: "2025-07-01", end: "2030-06-30" }).success; //=> true
 * PeriodSchema.safeParse({ start: "2025-07-01", end: "2025-06-30" }).error?.issues[0]?.path; //=> ["end"]
 * ```
 * @category Core
 */
export const PeriodSchema = /* @__PURE__ */ PeriodBaseSchema.refine((p) => p.end >= p.start, { error: "the period ends before it starts", path: ["end"] });
