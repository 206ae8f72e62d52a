import { z } from "../core/zod.js";
import { crossField, issueText, NEGATIVE_ZERO, notNegativeZero, recordSchema } from "../core/internal.js";
import { BandTableSchema, CitationSchema, IdSchema, IsoDateSchema, entitySchema, parseWith, partSchema, type ParseInput, type ParseResult } from "../core/index.js";

/**
 * The fields of {@link InstrumentSchema} without its cross-field rules, for reuse: `.pick()`, `.omit()`
 * and `.partial()` work on it (they refuse a schema with refinements). Validate whole records with
 * {@link InstrumentSchema}.
 *
 * @example
 * ```ts
 * import { InstrumentBaseSchema } from "ece-partnerships";
 * Object.keys(InstrumentBaseSchema.partial().shape).length > 1; //=> true
 * ```
 * @category Instruments
 */
export const InstrumentBaseSchema = /* @__PURE__ */ entitySchema({
  /** Stable id. */
  id: IdSchema,
  /** Version; compare waves only within one version. */
  version: /* @__PURE__ */ z.string().min(1),
  /** Title. */
  title: /* @__PURE__ */ z.string().min(1),
  /** Where it comes from. */
  citation: /* @__PURE__ */ CitationSchema.optional(),
  /** License or permission under which the app uses it. */
  license: /* @__PURE__ */ z.string().optional(),
  /** The response scale: lowest and highest points and their labels. */
  scale: /* @__PURE__ */ partSchema({
    min: /* @__PURE__ */ z.number().int(),
    max: /* @__PURE__ */ z.number().int(),
    labels: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()).optional(),
  }),
  /** Factors (dimensions) the items measure. */
  factors: /* @__PURE__ */ z.array(/* @__PURE__ */ partSchema({ id: IdSchema, label: /* @__PURE__ */ z.string().min(1), description: /* @__PURE__ */ z.string().optional() })).min(1),
  /** Items, each on one factor. */
  items: /* @__PURE__ */ z
    .array(
      /* @__PURE__ */ partSchema({
        id: IdSchema,
        factorId: IdSchema,
        text: /* @__PURE__ */ z.string().min(1),
        /** Scored as `min + max - value`. */
        reverse: /* @__PURE__ */ z.boolean().optional(),
        citation: /* @__PURE__ */ CitationSchema.optional(),
      }),
    )
    .min(1),
  /** Bands over the scale. */
  bands: BandTableSchema,
  /** Respondents needed for a factor score (default 3). */
  minRespondents: /* @__PURE__ */ z.number().int().min(1).default(3),
});

/**
 * A Likert instrument supplied as data: a scale, factors, items (some reverse-scored), a band
 * table over the scale with explicit half-open intervals, and a minimum number of respondents
 * below which a factor is `insufficient-evidence`. Copyrighted instruments (the Wilder
 * Collaboration Factors Inventory, PSAT) are never shipped: an app that holds a license loads
 * their items as its own data.
 *
 * @example
 * ```ts
 * import { parseInstrument } from "ece-partnerships";
 * const r = parseInstrument({
 *   id: "x", version: "1", title: "X", scale: { min: 1, max: 5 },
 *   factors: [{ id: "trust", label: "Trust" }],
 *   items: [{ id: "t1", factorId: "trust", text: "We trust each other." }, { id: "t2", factorId: "ghost", text: "?" }],
 *   bands: { id: "b", min: 1, max: 5, bands: [{ id: "low", label: "Low", min: 1, max: 3 }, { id: "high", label: "High", min: 3, max: 5 }] },
 * });
 * if (!r.ok) r.error.issues[0]?.message; //=> 'item "t2" names factor "ghost", which the instrument does not have'
 * ```
 * @category Instruments
 */
export const InstrumentSchema = /* @__PURE__ */ InstrumentBaseSchema.superRefine((inst, ctx) => {
  if (inst.scale.max <= inst.scale.min) ctx.addIssue({ code: "custom", path: ["scale", "max"], message: "the scale's max must be above its min" });
  if (inst.scale.labels && inst.scale.labels.length !== inst.scale.max - inst.scale.min + 1) {
    ctx.addIssue({ code: "custom", path: ["scale", "labels"], ...issueText("a {min}-{max} scale needs {min2} labels", { min: inst.scale.min, max: inst.scale.max, min2: inst.scale.max - inst.scale.min + 1 }) });
  }
  if (inst.bands.min !== inst.scale.min || inst.bands.max !== inst.scale.max) {
    ctx.addIssue({ code: "custom", path: ["bands"], ...issueText("the band table covers {min}-{max}, not the scale {min2}-{max2}", { min: inst.bands.min, max: inst.bands.max, min2: inst.scale.min, max2: inst.scale.max }) });
  }
  const factors = new Set<string>();
  inst.factors.forEach((f, i) => {
    if (factors.has(f.id)) ctx.addIssue({ code: "custom", path: ["factors", i, "id"], ...issueText("factor id \"{id}\" is repeated", { id: f.id }) });
    factors.add(f.id);
  });
  const items = new Set<string>();
  inst.items.forEach((item, i) => {
    if (!factors.has(item.factorId)) ctx.addIssue({ code: "custom", path: ["items", i, "factorId"], ...issueText("item \"{id}\" names factor \"{factorId}\", which the instrument does not have", { id: item.id, factorId: item.factorId }) });
    if (items.has(item.id)) ctx.addIssue({ code: "custom", path: ["items", i, "id"], ...issueText("item id \"{id}\" is repeated", { id: item.id }) });
    items.add(item.id);
  });
}, /* @__PURE__ */ crossField("scale", "factors", "items", "bands"));

/**
 * An instrument; see {@link InstrumentSchema}.
 *
 * @example
 * ```ts
 * import { partnershipElementsInstrument, type Instrument } from "ece-partnerships";
 * const i: Instrument = partnershipElementsInstrument;
 * i.scale; //=> { min: 1, max: 5, labels: ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"] }
 * ```
 * @category Instruments
 * @useDeclaredType
 */
export type Instrument = z.infer<typeof InstrumentSchema>;

/**
 * What {@link InstrumentSchema} accepts (`minRespondents` may be left out).
 *
 * @example
 * ```ts
 * import type { InstrumentInput } from "ece-partnerships";
 * const keys: (keyof InstrumentInput)[] = ["id", "items", "bands"];
 * keys.length; //=> 3
 * ```
 * @category Instruments
 * @useDeclaredType
 */
export type InstrumentInput = z.input<typeof InstrumentSchema>;

/**
 * Validates an instrument; never throws.
 *
 * @example
 * ```ts
 * import { parseInstrument, partnershipElementsInstrument } from "ece-partnerships";
 * parseInstrument(partnershipElementsInstrument).ok; //=> true
 * ```
 * @category Instruments
 */
export function parseInstrument<const T = InstrumentInput>(input: ParseInput<T, InstrumentInput>): ParseResult<Instrument> {
  return parseWith(InstrumentSchema, input);
}

/**
 * One respondent's answers in one administration: item id → value on the scale, or `null` for
 * "no answer".
 *
 * @example
 * ```ts
 * import { InstrumentResponseSchema } from "ece-partnerships";
 * InstrumentResponseSchema.parse({ respondentId: "r1", role: "partner-agency", answers: { "sv-1": 4, "sv-2": null } }).respondentId; //=> "r1"
 * ```
 * @category Instruments
 */
export const InstrumentResponseSchema = /* @__PURE__ */ partSchema({
  /** Who answered (anonymous ids are fine); each respondent answers once per wave. */
  respondentId: IdSchema,
  /** Their role or perspective. */
  role: /* @__PURE__ */ z.string().optional(),
  /** Their organization. */
  organizationId: /* @__PURE__ */ IdSchema.optional(),
  /** When. */
  date: /* @__PURE__ */ IsoDateSchema.optional(),
  /** Item id → value, or null for no answer. */
  answers: /* @__PURE__ */ recordSchema(/* @__PURE__ */ z.string().min(1), /* @__PURE__ */ z.number().refine(notNegativeZero, { error: NEGATIVE_ZERO }).nullable()),
});

/**
 * One respondent's answers; see {@link InstrumentResponseSchema}.
 *
 * @example
 * ```ts
 * import type { InstrumentResponse } from "ece-partnerships";
 * const r: InstrumentResponse = { respondentId: "r1", answers: { "sv-1": 5 } };
 * r.answers["sv-1"]; //=> 5
 * ```
 * @category Instruments
 * @useDeclaredType
 */
export type InstrumentResponse = z.infer<typeof InstrumentResponseSchema>;

/**
 * The input of {@link InstrumentResponseSchema} for an instrument response: the schema's input, where fields with
 * defaults are optional. Use it with `satisfies` for completion while writing data.
 *
 * @example
 * ```ts
 * import { InstrumentResponseSchema, type InstrumentResponseInput } from "ece-partnerships";
 * const input = { respondentId: "r1", role: "partner-agency", answers: { "sv-1": 4 } } satisfies InstrumentResponseInput;
 * InstrumentResponseSchema.safeParse(input).success; //=> true
 * ```
 * @category Instruments
 * @useDeclaredType
 */
export type InstrumentResponseInput = z.input<typeof InstrumentResponseSchema>;

/**
 * One administration of an instrument: its responses, stored in a portfolio.
 *
 * @example
 * ```ts
 * import { InstrumentAdministrationSchema } from "ece-partnerships";
 * InstrumentAdministrationSchema.safeParse({ id: "w1", instrumentId: "partnership-elements", date: "2025-05-01", responses: [] }).success; //=> true
 * ```
 * @category Instruments
 */
export const InstrumentAdministrationSchema = /* @__PURE__ */ entitySchema({
  /** Unique id. */
  id: IdSchema,
  /** The instrument. */
  instrumentId: IdSchema,
  /** Its version. */
  instrumentVersion: /* @__PURE__ */ z.string().optional(),
  /** The partnership or network assessed. */
  partnershipId: /* @__PURE__ */ IdSchema.optional(),
  /** When it was given. */
  date: IsoDateSchema,
  /** The responses. */
  responses: /* @__PURE__ */ z.array(InstrumentResponseSchema).default([]),
});

/**
 * An administration; see {@link InstrumentAdministrationSchema}.
 *
 * @example
 * ```ts
 * import type { InstrumentAdministration } from "ece-partnerships";
 * const w: InstrumentAdministration = { id: "w1", instrumentId: "i", date: "2025-05-01", responses: [] };
 * w.id; //=> "w1"
 * ```
 * @category Instruments
 * @useDeclaredType
 */
export type InstrumentAdministration = z.infer<typeof InstrumentAdministrationSchema>;

/**
 * The input of {@link InstrumentAdministrationSchema} for an instrument administration: the schema's input, where fields with
 * defaults are optional. Use it with `satisfies` for completion while writing data.
 *
 * @example
 * ```ts
 * import { InstrumentAdministrationSchema, type InstrumentAdministrationInput } from "ece-partnerships";
 * const input = { id: "w1", instrumentId: "i", date: "2025-05-01", responses: [] } satisfies InstrumentAdministrationInput;
 * InstrumentAdministrationSchema.safeParse(input).success; //=> true
 * ```
 * @category Instruments
 * @useDeclaredType
 */
export type InstrumentAdministrationInput = z.input<typeof InstrumentAdministrationSchema>;
