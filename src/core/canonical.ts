import { z } from "./zod.js";

/** Every enum value of the library's schemas, each mapped to the schema's own copy of the string. */
const canonicalStrings = /* @__PURE__ */ new Map<string, string>();

/**
 * `z.enum`, with its values recorded as canonical strings (see {@link canonicalString}). The
 * schema is plain `z.enum`: the same type, issues, speed and JSON Schema.
 */
export function enumSchema<const T extends readonly string[]>(values: T, params?: string | z.core.$ZodEnumParams): z.ZodEnum<z.core.util.ToEnum<T[number]>> {
  addCanonicalStrings(values);
  return z.enum(values, params);
}

/** Records more canonical strings, such as a catalog's ids. */
export function addCanonicalStrings(values: Iterable<string>): void {
  for (const value of values) if (!canonicalStrings.has(value)) canonicalStrings.set(value, value);
}

/**
 * The library's own copy of `value` when it is an enum value or catalog id, else `value` itself.
 * Equal strings either way; the point is memory: `JSON.parse` shares only strings of up to 10
 * characters, so a national file read from text would otherwise hold 20,000 separate copies of
 * "formal-information-sharing". O(1).
 */
export function canonicalString(value: string): string {
  return canonicalStrings.get(value) ?? value;
}

/** Whether `value` is one of the canonical strings recorded so far. */
export function isCanonicalString(value: string): boolean {
  return canonicalStrings.has(value);
}
