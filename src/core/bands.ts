import { issueText } from "./issue-text.js";
import { z } from "./zod.js";
import { partSchema } from "./entity.js";

/**
 * One band of a band table: scores from `min` (inclusive) up to `max` (exclusive), except the
 * last band of a table, which also includes `max`.
 *
 * @example
 * ```ts
 * import { BandSchema } from "ece-partnerships";
 * BandSchema.parse({ id: "strong", label: "Strong", min: 75, max: 100 }).id; //=> "strong"
 * ```
 * @category Core
 */
export const BandSchema = /* @__PURE__ */ partSchema({
  /** Stable kebab-case id, used as `Assessment.band`. */
  id: /* @__PURE__ */ z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "band ids are kebab-case" }),
  /** A short human label. */
  label: /* @__PURE__ */ z.string().min(1),
  /** Lowest score in the band (inclusive). */
  min: /* @__PURE__ */ z.number(),
  /** Upper bound (exclusive, except for the table's last band, where it is inclusive). */
  max: /* @__PURE__ */ z.number(),
  /** What the band means. */
  description: /* @__PURE__ */ z.string().optional(),
});

/**
 * A band; see {@link BandSchema}.
 *
 * @example
 * ```ts
 * import type { Band } from "ece-partnerships";
 * const b: Band = { id: "developing", label: "Developing", min: 40, max: 60 };
 * b.max; //=> 60
 * ```
 * @category Core
 * @useDeclaredType
 */
export type Band = z.infer<typeof BandSchema>;

/**
 * The fields of {@link BandTableSchema} without its cross-field rules, for reuse: `.pick()`, `.omit()`
 * and `.partial()` work on it (they refuse a schema with refinements). Validate whole records with
 * {@link BandTableSchema}.
 *
 * @example
 * ```ts
 * import { BandTableBaseSchema } from "ece-partnerships";
 * Object.keys(BandTableBaseSchema.partial().shape).length > 1; //=> true
 * ```
 * @category Core
 */
export const BandTableBaseSchema = /* @__PURE__ */ partSchema({
  /** Stable id of the table. */
  id: /* @__PURE__ */ z.string().min(1),
  /** Lowest score of the scale. */
  min: /* @__PURE__ */ z.number(),
  /** Highest score of the scale. */
  max: /* @__PURE__ */ z.number(),
  /** The bands, lowest first. */
  bands: /* @__PURE__ */ z.array(BandSchema).min(1),
});

/**
 * A band table as data: contiguous half-open intervals `[min, max)` that cover the scale from
 * `min` to `max` with no gap and no overlap; the last band is closed `[min, max]`. Every score on
 * the scale therefore lands in exactly one band.
 *
 * @example
 * ```ts
 * import { BandTableSchema } from "ece-partnerships";
 * const gap = BandTableSchema.safeParse({
 *   id: "t", min: 1, max: 5,
 *   bands: [{ id: "low", label: "Low", min: 1, max: 2.9 }, { id: "high", label: "High", min: 3, max: 5 }],
 * });
 * gap.success; //=> false
 * ```
 * @category Core
 */
export const BandTableSchema = /* @__PURE__ */ BandTableBaseSchema.superRefine((table, ctx) => {
  if (!(table.min < table.max)) {
    ctx.addIssue({ code: "custom", path: ["max"], message: "the scale's max must be greater than its min" });
    return;
  }
  let expected = table.min;
  const seen = new Set<string>();
  table.bands.forEach((band, index) => {
    if (seen.has(band.id)) ctx.addIssue({ code: "custom", path: ["bands", index, "id"], ...issueText("band id \"{id}\" is repeated", { id: band.id }) });
    seen.add(band.id);
    if (band.min !== expected) {
      ctx.addIssue({
        code: "custom",
        path: ["bands", index, "min"],
        ...issueText("band \"{id}\" starts at {min} but must start at {expected}, where the previous band ends (no gaps, no overlaps)", { id: band.id, min: band.min, expected }),
      });
    }
    if (!(band.max > band.min)) {
      ctx.addIssue({ code: "custom", path: ["bands", index, "max"], ...issueText("band \"{id}\" must end above its start", { id: band.id }) });
    }
    expected = band.max;
  });
  if (expected !== table.max) {
    ctx.addIssue({
      code: "custom",
      path: ["bands", table.bands.length - 1, "max"],
      ...issueText("the last band ends at {expected} but the scale ends at {max}", { expected, max: table.max }),
    });
  }
});

/**
 * A band table; see {@link BandTableSchema}.
 *
 * @example
 * ```ts
 * import { scoreBands, type BandTable } from "ece-partnerships";
 * const t: BandTable = scoreBands;
 * t.bands.length; //=> 4
 * ```
 * @category Core
 * @useDeclaredType
 */
export type BandTable = z.infer<typeof BandTableSchema>;

/**
 * The id every assessment uses when there is too little evidence for a score.
 *
 * @example
 * ```ts
 * import { INSUFFICIENT_EVIDENCE } from "ece-partnerships";
 * INSUFFICIENT_EVIDENCE; //=> "insufficient-evidence"
 * ```
 * @category Core
 */
export const INSUFFICIENT_EVIDENCE = "insufficient-evidence";

/**
 * The band of every assessment with a `must` finding, whatever its score: a requirement is not
 * met, so the score cannot read "strong" or "established" (see `buildAssessment`). Band tables
 * cover scores; this band sits beside them, like {@link INSUFFICIENT_EVIDENCE}.
 *
 * @example
 * ```ts
 * import { NOT_MET } from "ece-partnerships";
 * NOT_MET; //=> "not-met"
 * ```
 * @category Core
 */
export const NOT_MET = "not-met";

/**
 * Validates a band table and returns it deeply frozen (a band table is code-level configuration).
 *
 * @throws {TypeError} Naming the gap or overlap when the bands are not contiguous.
 * @example
 * ```ts
 * import { defineBandTable, bandFor } from "ece-partnerships";
 * const likert = defineBandTable({
 *   id: "likert-1-5", min: 1, max: 5,
 *   bands: [
 *     { id: "low", label: "Low", min: 1, max: 3 },
 *     { id: "moderate", label: "Moderate", min: 3, max: 4 },
 *     { id: "high", label: "High", min: 4, max: 5 },
 *   ],
 * });
 * bandFor(2.95, likert).id; //=> "low"
 * bandFor(5, likert).id; //=> "high"
 * ```
 * @category Core
 */
export function defineBandTable(table: BandTable): BandTable {
  const parsed = BandTableSchema.safeParse(table);
  if (!parsed.success) {
    throw new TypeError(`invalid band table "${table.id}": ${parsed.error.issues.map((i) => i.message).join("; ")}`);
  }
  return Object.freeze({ ...parsed.data, bands: Object.freeze(parsed.data.bands.map((b) => Object.freeze(b))) }) as BandTable;
}

/**
 * The band a score falls in. `null` (too little evidence) gives `insufficient-evidence`.
 * Bands are half-open `[min, max)` except the last, which includes the scale's max, so every
 * score from the table's `min` to its `max` lands in exactly one band.
 *
 * Complexity: O(number of bands).
 *
 * @throws {RangeError} For a score off the scale or `NaN` (a programming error).
 * @example
 * ```ts
 * import { bandFor, scoreBands } from "ece-partnerships";
 * bandFor(59.99, scoreBands).id; //=> "developing"
 * bandFor(60, scoreBands).id; //=> "established"
 * bandFor(100, scoreBands).id; //=> "strong"
 * bandFor(null, scoreBands).id; //=> "insufficient-evidence"
 * ```
 * @category Core
 */
export function bandFor(score: number | null, table: BandTable): { id: string; label: string } {
  if (score === null) return { id: INSUFFICIENT_EVIDENCE, label: "Insufficient evidence" };
  if (!(score >= table.min && score <= table.max)) {
    throw new RangeError(`score ${score} is outside the scale ${table.min}..${table.max} of band table "${table.id}"`);
  }
  const bands = table.bands;
  for (let i = 0; i < bands.length - 1; i++) {
    const band = bands[i]!;
    if (score < band.max) return { id: band.id, label: band.label };
  }
  const last = bands[bands.length - 1]!;
  return { id: last.id, label: last.label };
}

/**
 * The library's band table for 0..100 scores:
 * `weak` [0, 40), `developing` [40, 60), `established` [60, 80), `strong` [80, 100]. Two bands
 * sit beside the table: `insufficient-evidence` (no score) and `not-met` (a `must` finding,
 * whatever the score; {@link NOT_MET}).
 *
 * @example
 * ```ts
 * import { scoreBands } from "ece-partnerships";
 * scoreBands.bands.map((b) => b.id); //=> ["weak", "developing", "established", "strong"]
 * ```
 * @category Core
 */
export const scoreBands: BandTable = /* @__PURE__ */ defineBandTable({
  id: "score-0-100",
  min: 0,
  max: 100,
  bands: [
    { id: "weak", label: "Weak", min: 0, max: 40, description: "Most of what was assessed is missing or weak." },
    { id: "developing", label: "Developing", min: 40, max: 60, description: "Some parts are in place; important gaps remain." },
    { id: "established", label: "Established", min: 60, max: 80, description: "Most parts are in place; some gaps remain." },
    { id: "strong", label: "Strong", min: 80, max: 100, description: "What was assessed is in place, with evidence." },
  ],
});
