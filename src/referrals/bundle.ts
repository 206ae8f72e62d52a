import { z } from "../core/zod.js";
import { enumSchema } from "../core/internal.js";
import { IdSchema, entitySchema, parseWith, partSchema, type ParseInput, type ParseResult } from "../core/index.js";
import { partnerCategoryIds } from "../partners/categories.js";

/**
 * Services a program and its partners deliver together so a family makes fewer trips: in one
 * visit, at one place, or on one day. Strategies for Partnering with Child Welfare Agencies asks
 * "What services can be bundled to reduce the number of family visits?" and how partners "can
 * work together to reduce family stress resulting from contact with many different agencies".
 *
 * @example
 * ```ts
 * import { parseServiceBundle } from "ece-partnerships";
 * parseServiceBundle({
 *   id: "wic-dental-day", programId: "sunrise-hs", label: "WIC and dental day at the center", delivery: "same-place",
 *   services: [
 *     { partnerId: "dane-wic", need: "health", service: "WIC certification" },
 *     { partnerId: "dane-dental", need: "health", service: "Dental screening" },
 *   ],
 *   familiesPerYear: 40,
 * }).ok; //=> true
 * ```
 * @category Referrals
 */
export const ServiceBundleSchema = /* @__PURE__ */ entitySchema({
  /** Unique id. */
  id: IdSchema,
  /** The program that organizes it. */
  programId: IdSchema,
  /** A name families would recognize. */
  label: /* @__PURE__ */ z.string().min(1),
  /** How the services come together: in one visit, at one place, or on one day. */
  delivery: /* @__PURE__ */ enumSchema(["same-visit", "same-place", "same-day"]),
  /** Where (a site name or address, in words). */
  location: /* @__PURE__ */ z.string().min(1).optional(),
  /** The services bundled: two or more, each from a partner (or the program itself). */
  services: /* @__PURE__ */ z
    .array(/* @__PURE__ */ partSchema({ partnerId: IdSchema, need: /* @__PURE__ */ enumSchema(partnerCategoryIds), service: /* @__PURE__ */ z.string().min(1).optional() }))
    .min(2, { error: "a bundle brings together at least two services" }),
  /** How many families use the bundle in a year (else counted from referrals carrying the bundle's id). */
  familiesPerYear: /* @__PURE__ */ z.number().int().min(0).max(1_000_000).optional(),
});

/**
 * A service bundle; see {@link ServiceBundleSchema}.
 *
 * @example
 * ```ts
 * import type { ServiceBundle } from "ece-partnerships";
 * const b: ServiceBundle = { id: "b", programId: "hs", label: "Health day", delivery: "same-day", services: [{ partnerId: "a", need: "health" }, { partnerId: "b", need: "health" }] };
 * b.services.length; //=> 2
 * ```
 * @category Referrals
 * @useDeclaredType
 */
export type ServiceBundle = z.infer<typeof ServiceBundleSchema>;

/**
 * What {@link parseServiceBundle} accepts.
 *
 * @example
 * ```ts
 * import { parseServiceBundle, type ServiceBundleInput } from "ece-partnerships";
 * const input = { id: "b", programId: "hs", label: "Health day", delivery: "same-day", services: [{ partnerId: "a", need: "health" }, { partnerId: "b", need: "health" }] } satisfies ServiceBundleInput;
 * parseServiceBundle(input).ok; //=> true
 * ```
 * @category Referrals
 * @useDeclaredType
 */
export type ServiceBundleInput = z.input<typeof ServiceBundleSchema>;

/**
 * Validates a service bundle; never throws.
 *
 * @example
 * ```ts
 * import { parseServiceBundle } from "ece-partnerships";
 * const r = parseServiceBundle({ id: "b", programId: "hs", label: "One service", delivery: "same-day", services: [{ partnerId: "a", need: "health" }] });
 * if (!r.ok) r.error.issues[0]?.message; //=> "a bundle brings together at least two services"
 * ```
 * @category Referrals
 */
export function parseServiceBundle<const T = ServiceBundleInput>(input: ParseInput<T, ServiceBundleInput>): ParseResult<ServiceBundle> {
  return parseWith(ServiceBundleSchema, input);
}

/**
 * The trips a bundle saves: a family that would visit each of `n` services separately makes one
 * trip instead, so each family saves `n - 1` visits; over a year, `(n - 1) × families`.
 * `families` defaults to the bundle's `familiesPerYear` (0 when it records none).
 *
 * @example
 * ```ts
 * import { bundleVisitsSaved } from "ece-partnerships";
 * const bundle = { id: "b", programId: "hs", label: "Health day", delivery: "same-day" as const, familiesPerYear: 40,
 *   services: [{ partnerId: "wic", need: "health" as const }, { partnerId: "dental", need: "health" as const }, { partnerId: "vision", need: "health" as const }] };
 * bundleVisitsSaved(bundle); //=> { perFamily: 2, families: 40, visits: 80 }
 * bundleVisitsSaved(bundle, 5); //=> { perFamily: 2, families: 5, visits: 10 }
 * ```
 * @category Referrals
 */
export function bundleVisitsSaved(bundle: Pick<ServiceBundle, "services" | "familiesPerYear">, families?: number): { perFamily: number; families: number; visits: number } {
  const perFamily = Math.max(0, bundle.services.length - 1);
  const count = families ?? bundle.familiesPerYear ?? 0;
  return { perFamily, families: count, visits: perFamily * count };
}
