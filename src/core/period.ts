import { partSchema } from "./entity.js";
import { IsoDateSchema } from "./iso-date.js";

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
export const PeriodSchema = /* @__PURE__ */ partSchema({
  /** First day. */
  start: IsoDateSchema,
  /** Last day (inclusive). */
  end: IsoDateSchema,
}).refine((p) => p.end >= p.start, { error: "the period ends before it starts", path: ["end"] });
