import { z } from "./zod.js";

/** -0 is not a value JSON keeps (it is written "0"), so a document with it would not read back the same. */
export const notNegativeZero = (n: number) => !Object.is(n, -0);
/** The message for -0. */
export const NEGATIVE_ZERO = "-0 does not survive JSON (it is written 0): write 0";

/** Number.MAX_SAFE_INTEGER as a literal, so the schema below stays tree-shakable (a global lookup counts as a side effect). */
const MAX_SAFE_CENTS = 9_007_199_254_740_991;

/**
 * An identifier: a non-empty string of at most 200 characters with no leading or trailing spaces.
 *
 * @example
 * ```ts
 * import { IdSchema } from "ece-partnerships";
 * IdSchema.safeParse("org-ccrr-1").success; //=> true
 * IdSchema.safeParse(" org ").success; //=> false
 * IdSchema.safeParse("").success; //=> false
 * ```
 * @category Core
 */
export const IdSchema = /* @__PURE__ */ z
  .string()
  .min(1, { error: "an id must not be empty" })
  .max(200, { error: "an id must be at most 200 characters" })
  .regex(/^\S(?:[\s\S]*\S)?$/, { error: "an id must not start or end with white space" });

/**
 * A name or other text a person reads: at least one character that is not white space; leading
 * and trailing white space is trimmed.
 *
 * @example
 * ```ts
 * import { TextSchema } from "ece-partnerships";
 * TextSchema.parse("  Sunrise Head Start "); //=> "Sunrise Head Start"
 * TextSchema.safeParse("   ").success; //=> false
 * ```
 * @category Core
 */
export const TextSchema = /* @__PURE__ */ z.string().regex(/\S/, { error: "must not be blank" }).trim();

/**
 * An amount of money in integer US cents, from 0 to `Number.MAX_SAFE_INTEGER`.
 * `$1,250.00` is `125000`.
 *
 * @example
 * ```ts
 * import { CentsSchema } from "ece-partnerships";
 * CentsSchema.safeParse(125000).success; //=> true
 * CentsSchema.safeParse(12.5).success; //=> false
 * CentsSchema.safeParse(-1).success; //=> false
 * ```
 * @category Core
 */
export const CentsSchema = /* @__PURE__ */ z
  .number({ error: "expected an amount in integer cents" })
  .int({ error: "amounts are integer cents (no fractions of a cent)" })
  .min(0, { error: "amounts must not be negative" })
  .max(MAX_SAFE_CENTS, { error: "amounts must be at most Number.MAX_SAFE_INTEGER cents" })
  .refine(notNegativeZero, { error: NEGATIVE_ZERO });

/**
 * Writes integer cents as US dollars: `125000` → `"$1,250.00"`. Negative amounts get a minus sign.
 *
 * @example
 * ```ts
 * import { formatCents } from "ece-partnerships";
 * formatCents(125000); //=> "$1,250.00"
 * formatCents(-5); //=> "-$0.05"
 * ```
 * @category Core
 */
export function formatCents(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(Math.trunc(cents));
  const dollars = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${sign}$${dollars}.${(abs % 100).toString().padStart(2, "0")}`;
}

/**
 * A share between 0 and 1 inclusive (0.25 is a quarter).
 *
 * @example
 * ```ts
 * import { ShareSchema } from "ece-partnerships";
 * ShareSchema.safeParse(0.25).success; //=> true
 * ShareSchema.safeParse(1.5).success; //=> false
 * ```
 * @category Core
 */
export const ShareSchema = /* @__PURE__ */ z.number().min(0).max(1).refine(notNegativeZero, { error: NEGATIVE_ZERO });
