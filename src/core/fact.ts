import { z } from "./zod.js";
import { CitationSchema } from "./citation.js";
import { enumSchema } from "./canonical.js";
import { IsoDateSchema } from "./iso-date.js";
import { partSchema } from "./entity.js";
import { verifications } from "./rule.js";

/**
 * A fact that changes over time (a rate, a share, a cap, a deadline, a paragraph number), with the
 * period it is in force (`from` and `to`, both inclusive, either open), its source and
 * verification, and, for a fact the sources do not confirm as current, the date it was last
 * confirmed. `value` is a number (a rate as a share of 1, an amount in cents, a count) or a
 * string (a paragraph number, "fmap" for the federal medical assistance percentage).
 *
 * @example
 * ```ts
 * import { DatedFactSchema } from "ece-partnerships";
 * DatedFactSchema.parse({
 *   id: "federal-share", label: "Federal share of prevention services", value: 0.5,
 *   from: "2019-10-01", to: "2026-09-30",
 *   citation: { source: "42 U.S.C.", section: "674(a)(6)(A)(i)(I)" }, verification: "verified",
 * }).to; //=> "2026-09-30"
 * ```
 * @category Core
 */
export const DatedFactSchema = /* @__PURE__ */ partSchema({
  /** What the fact is about, kebab-case: `federal-share`, `copay-cap`, `obligation-deadline`... Facts with the same id are periods of one fact. */
  id: /* @__PURE__ */ z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "fact ids are kebab-case" }),
  /** A short human label. */
  label: /* @__PURE__ */ z.string().min(1),
  /** The value in force during the period. */
  value: /* @__PURE__ */ z.union([/* @__PURE__ */ z.number(), /* @__PURE__ */ z.string().min(1)]),
  /** First day in force (inclusive); absent: in force since before the library's sources. */
  from: /* @__PURE__ */ IsoDateSchema.optional(),
  /** Last day in force (inclusive); absent: in force until changed. */
  to: /* @__PURE__ */ IsoDateSchema.optional(),
  /** Words for a person. */
  note: /* @__PURE__ */ z.string().min(1).optional(),
  /** The source. */
  citation: CitationSchema,
  /** How far it was checked. */
  verification: /* @__PURE__ */ enumSchema(verifications),
  /** For a fact the sources do not confirm as current: the day it was last confirmed. */
  lastConfirmed: /* @__PURE__ */ IsoDateSchema.optional(),
});

/**
 * A dated fact; see {@link DatedFactSchema}.
 *
 * @example
 * ```ts
 * import type { DatedFact } from "ece-partnerships";
 * const f: DatedFact = { id: "copay-cap", label: "Federal cap on family co-payments", value: 0.07, from: "2024-04-30", to: "2026-07-12", citation: { source: "45 CFR", section: "98.45(l)(3)" }, verification: "excerpt" };
 * f.value; //=> 0.07
 * ```
 * @category Core
 * @useDeclaredType
 */
export type DatedFact = z.infer<typeof DatedFactSchema>;

/**
 * The fact with a given id in force on a date (the period whose `from`..`to` holds it), or
 * `undefined` when none is. ISO dates compare as strings, so this reads no clock and no time zone.
 * Complexity: O(facts).
 *
 * @example
 * ```ts
 * import { factOn, fundingStreams } from "ece-partnerships";
 * const ive = fundingStreams.find((s) => s.id === "title-iv-e-prevention")!;
 * factOn(ive.facts, "federal-share", "2026-09-30")?.value; //=> 0.5
 * factOn(ive.facts, "federal-share", "2026-11-15")?.value; //=> "fmap"
 * ```
 * @category Core
 */
export function factOn<F extends Pick<DatedFact, "id" | "from" | "to">>(facts: readonly F[] | undefined, id: string, date: string): F | undefined {
  for (const fact of facts ?? []) {
    if (fact.id !== id) continue;
    if ((fact.from === undefined || fact.from <= date) && (fact.to === undefined || date <= fact.to)) return fact;
  }
  return undefined;
}

/**
 * The facts whose value changes inside a period (`from`..`to`, inclusive): each fact that starts
 * after the period's first day and on or before its last day. Complexity: O(facts).
 *
 * @example
 * ```ts
 * import { factChangesIn, fundingStreams } from "ece-partnerships";
 * const ive = fundingStreams.find((s) => s.id === "title-iv-e-prevention")!;
 * factChangesIn(ive.facts, { start: "2026-07-01", end: "2027-06-30" }).map((f) => `${f.id} ${f.from}`); //=> ["federal-share 2026-10-01"]
 * ```
 * @category Core
 */
export function factChangesIn<F extends Pick<DatedFact, "from">>(facts: readonly F[] | undefined, period: { start: string; end: string }): F[] {
  return (facts ?? []).filter((f) => f.from !== undefined && f.from > period.start && f.from <= period.end);
}
