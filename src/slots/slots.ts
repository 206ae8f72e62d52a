import { z } from "../core/zod.js";
import { crossField, issueText, enumSchema } from "../core/internal.js";
import { IdSchema, entitySchema, parseWith, partSchema, type ParseInput, type ParseResult } from "../core/index.js";

const hours = /* @__PURE__ */ z.number().positive().max(24);
const days = /* @__PURE__ */ z.number().int().min(1).max(366);

/**
 * The fields of {@link FundedSlotsSchema} without its cross-field rules, for reuse with
 * `.pick()`, `.omit()` and `.partial()`.
 *
 * @example
 * ```ts
 * import { FundedSlotsBaseSchema } from "ece-partnerships";
 * Object.keys(FundedSlotsBaseSchema.pick({ slots: true }).shape); //=> ["slots"]
 * ```
 * @category Enrollment
 */
export const FundedSlotsBaseSchema = /* @__PURE__ */ entitySchema({
  /** Unique id. */
  id: IdSchema,
  /** The Head Start or Early Head Start program. */
  programId: IdSchema,
  /** What these slots are ("Full-day, full-year toddler slots at Little Acorns"). */
  label: /* @__PURE__ */ z.string().min(1),
  /** The site, in words, when the slots are counted per site. */
  site: /* @__PURE__ */ z.string().min(1).optional(),
  /** The organization where the children are served (a child care partner), when not the program. */
  providerId: /* @__PURE__ */ IdSchema.optional(),
  /** Infants and toddlers, preschoolers, or both. */
  ageGroup: /* @__PURE__ */ enumSchema(["infants-toddlers", "preschoolers", "mixed"]).optional(),
  /** How many slots (a count of funded places, not of children). */
  slots: /* @__PURE__ */ z.number().int().min(1).max(1_000_000),
  /** Hours a day each slot provides. */
  hoursPerDay: hours,
  /** Days a year each slot provides. */
  daysPerYear: days,
  /**
   * The streams layered on each slot: the hours a day and days a year each pays for. `pays` is
   * `hours` (the default: the stream pays for these hours of care) or `enhancements` (it pays for
   * costs on top of hours another stream pays for, such as comprehensive services or a higher rate
   * in an EHS-CCP partner; not counted against the hours). A stream may have several layers (the
   * school year and the summer).
   */
  layers: /* @__PURE__ */ z
    .array(
      /* @__PURE__ */ partSchema({
        streamId: /* @__PURE__ */ z.string().min(1),
        pays: /* @__PURE__ */ enumSchema(["hours", "enhancements"]).default("hours"),
        hoursPerDay: hours,
        daysPerYear: days,
        note: /* @__PURE__ */ z.string().min(1).optional(),
      }),
    )
    .min(1, { error: "a slot is paid by at least one funding stream" }),
  /** Other programs that enroll the same families (dual enrollment: a workforce program, an adult education program), with how many families. */
  coEnrollment: /* @__PURE__ */ z
    .array(/* @__PURE__ */ partSchema({ organizationId: IdSchema, program: /* @__PURE__ */ z.string().min(1), families: /* @__PURE__ */ z.number().int().min(0).max(1_000_000) }))
    .default([]),
});

/**
 * Funded slots of one kind at a program or site, and how their cost is layered: each stream pays
 * for some hours a day on some days a year (a full-day, full-year slot of 10 hours on 250 days
 * layered from Head Start for 6 hours on 180 days and the CCDF subsidy for the rest), or for
 * enhancements on top of hours another stream pays for (EHS-CCP funds on a subsidized slot). Counts, not
 * children: no child is recorded. `coEnrollment` records dual enrollment, two-generation work such
 * as a workforce center that "dual-enrolled participants into its program and the child care
 * program" (Supporting Families Through Coordinated Services Partnerships, OPRE Report 2022-52).
 *
 * @example
 * ```ts
 * import { parseFundedSlots } from "ece-partnerships";
 * const r = parseFundedSlots({
 *   id: "acorns-toddlers", programId: "sunrise-hs", label: "Full-day, full-year toddler slots", providerId: "little-acorns",
 *   slots: 8, hoursPerDay: 10, daysPerYear: 250,
 *   layers: [{ streamId: "ehs-ccp", hoursPerDay: 10, daysPerYear: 250 }],
 * });
 * r.ok; //=> true
 * const wide = parseFundedSlots({ id: "s", programId: "hs", label: "x", slots: 1, hoursPerDay: 6, daysPerYear: 180, layers: [{ streamId: "ccdf-discretionary", hoursPerDay: 8, daysPerYear: 180 }] });
 * if (!wide.ok) wide.error.issues[0]?.message; //=> "layers[0] pays for 8 hours a day; the slot provides 6"
 * ```
 * @category Enrollment
 */
export const FundedSlotsSchema = /* @__PURE__ */ FundedSlotsBaseSchema.superRefine((s, ctx) => {
  s.layers.forEach((layer, i) => {
    if (layer.hoursPerDay > s.hoursPerDay) ctx.addIssue({ code: "custom", path: ["layers", i, "hoursPerDay"], ...issueText("layers[{i}] pays for {hoursPerDay} hours a day; the slot provides {hoursPerDay2}", { i, hoursPerDay: layer.hoursPerDay, hoursPerDay2: s.hoursPerDay }) });
    if (layer.daysPerYear > s.daysPerYear) ctx.addIssue({ code: "custom", path: ["layers", i, "daysPerYear"], ...issueText("layers[{i}] pays for {daysPerYear} days a year; the slot provides {daysPerYear2}", { i, daysPerYear: layer.daysPerYear, daysPerYear2: s.daysPerYear }) });
  });
}, /* @__PURE__ */ crossField("hoursPerDay", "daysPerYear", "layers"));

/**
 * Funded slots; see {@link FundedSlotsSchema}.
 *
 * @example
 * ```ts
 * import type { FundedSlots } from "ece-partnerships";
 * const s: FundedSlots = { id: "s", programId: "hs", label: "Part-day preschool", slots: 20, hoursPerDay: 3.5, daysPerYear: 128, layers: [{ streamId: "head-start-preschool", pays: "hours", hoursPerDay: 3.5, daysPerYear: 128 }], coEnrollment: [] };
 * s.slots; //=> 20
 * ```
 * @category Enrollment
 * @useDeclaredType
 */
export type FundedSlots = z.infer<typeof FundedSlotsSchema>;

/**
 * What {@link parseFundedSlots} accepts.
 *
 * @example
 * ```ts
 * import { parseFundedSlots, type FundedSlotsInput } from "ece-partnerships";
 * const input = { id: "s", programId: "hs", label: "Part-day", slots: 20, hoursPerDay: 3.5, daysPerYear: 128, layers: [{ streamId: "head-start-preschool", hoursPerDay: 3.5, daysPerYear: 128 }] } satisfies FundedSlotsInput;
 * parseFundedSlots(input).ok; //=> true
 * ```
 * @category Enrollment
 * @useDeclaredType
 */
export type FundedSlotsInput = z.input<typeof FundedSlotsSchema>;

/**
 * Validates funded slots; never throws.
 *
 * @example
 * ```ts
 * import { parseFundedSlots } from "ece-partnerships";
 * const r = parseFundedSlots({ id: "s", programId: "hs", label: "x", slots: 0, hoursPerDay: 6, daysPerYear: 180, layers: [] });
 * if (!r.ok) r.error.issues.map((i) => i.pathText); //=> ["slots", "layers"]
 * ```
 * @category Enrollment
 */
export function parseFundedSlots<const T = FundedSlotsInput>(input: ParseInput<T, FundedSlotsInput>): ParseResult<FundedSlots> {
  return parseWith(FundedSlotsSchema, input);
}
