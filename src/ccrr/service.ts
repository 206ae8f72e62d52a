import { z } from "../core/zod.js";
import { crossField, issueText, enumSchema } from "../core/internal.js";
import { IdSchema, IsoDateSchema, entitySchema, parseWith, type ParseInput, type ParseResult } from "../core/index.js";
import { ccrrFunctionIds } from "./functions.js";

/**
 * The fields of {@link CcrrServiceSchema} without its cross-field rule, for reuse with `.pick()`,
 * `.omit()` and `.partial()`.
 *
 * @example
 * ```ts
 * import { CcrrServiceBaseSchema } from "ece-partnerships";
 * Object.keys(CcrrServiceBaseSchema.pick({ functionId: true }).shape); //=> ["functionId"]
 * ```
 * @category CCR&R
 */
export const CcrrServiceBaseSchema = /* @__PURE__ */ entitySchema({
  /** Unique id. */
  id: IdSchema,
  /** The organization that performs the function (usually a CCR&R agency). */
  providerId: IdSchema,
  /** The function (an id of {@link ccrrFunctions}). */
  functionId: /* @__PURE__ */ enumSchema(ccrrFunctionIds),
  /** For whom: the programs and child care partners it serves (organization ids); empty for a community-wide service. */
  forIds: /* @__PURE__ */ z.array(IdSchema).default([]),
  /** The partnership it serves, when it serves one. */
  partnershipId: /* @__PURE__ */ IdSchema.optional(),
  /** The first day it was performed. */
  since: /* @__PURE__ */ IsoDateSchema.optional(),
  /** The last day (inclusive), when it ended. */
  until: /* @__PURE__ */ IsoDateSchema.optional(),
  /** Who pays for it, in words ("CCDF quality funds", "EHS-CCP grant"). */
  fundedBy: /* @__PURE__ */ z.string().min(1).optional(),
  /** What it involves, in words. */
  description: /* @__PURE__ */ z.string().min(1).optional(),
});

/**
 * A record that an organization performs a CCR&R function ({@link ccrrFunctions}) for some
 * programs, child care partners or a partnership, over a period: "which organization performs
 * which function for whom". A CCR&R is otherwise only an organization kind and a possible broker
 * in the network; these records say what it does.
 *
 * @example
 * ```ts
 * import { parseCcrrService } from "ece-partnerships";
 * parseCcrrService({
 *   id: "coaching-acorns", providerId: "dane-ccrr", functionId: "quality-coaching",
 *   forIds: ["sunrise-hs", "little-acorns"], partnershipId: "sunrise-acorns", since: "2024-09-01", fundedBy: "CCDF quality funds",
 * }).ok; //=> true
 * const r = parseCcrrService({ id: "x", providerId: "ccrr", functionId: "quality-coaching", since: "2025-01-01", until: "2024-12-31" });
 * if (!r.ok) r.error.issues[0]?.message; //=> "until 2024-12-31 is before since 2025-01-01"
 * ```
 * @category CCR&R
 */
export const CcrrServiceSchema = /* @__PURE__ */ CcrrServiceBaseSchema.superRefine((s, ctx) => {
  if (s.since !== undefined && s.until !== undefined && s.until < s.since) ctx.addIssue({ code: "custom", path: ["until"], ...issueText("until {until} is before since {since}", { until: s.until, since: s.since }) });
}, /* @__PURE__ */ crossField("since", "until"));

/**
 * A CCR&R service record; see {@link CcrrServiceSchema}.
 *
 * @example
 * ```ts
 * import type { CcrrService } from "ece-partnerships";
 * const s: CcrrService = { id: "s", providerId: "ccrr", functionId: "higher-education-access", forIds: [] };
 * s.functionId; //=> "higher-education-access"
 * ```
 * @category CCR&R
 * @useDeclaredType
 */
export type CcrrService = z.infer<typeof CcrrServiceSchema>;

/**
 * What {@link parseCcrrService} accepts.
 *
 * @example
 * ```ts
 * import { parseCcrrService, type CcrrServiceInput } from "ece-partnerships";
 * const input = { id: "s", providerId: "ccrr", functionId: "policy-awareness" } satisfies CcrrServiceInput;
 * parseCcrrService(input).ok; //=> true
 * ```
 * @category CCR&R
 * @useDeclaredType
 */
export type CcrrServiceInput = z.input<typeof CcrrServiceSchema>;

/**
 * Validates a CCR&R service record; never throws.
 *
 * @example
 * ```ts
 * import { parseCcrrService } from "ece-partnerships";
 * const fromForm: unknown = { id: "s", providerId: "ccrr", functionId: "coaching" };
 * const r = parseCcrrService(fromForm);
 * if (!r.ok) r.error.issues[0]?.pathText; //=> "functionId"
 * ```
 * @category CCR&R
 */
export function parseCcrrService<const T = CcrrServiceInput>(input: ParseInput<T, CcrrServiceInput>): ParseResult<CcrrService> {
  return parseWith(CcrrServiceSchema, input);
}
