// Checks of numeric options passed by code (a programming error throws a RangeError that names the option).

/** A whole number of at least 0 (days, months, counts), or `undefined` when not given. */
export function optionalCount(value: unknown, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a whole number of at least 0, got ${String(value)}`);
  }
  return value;
}

/** A finite number within [min, max], or `undefined` when not given. */
export function optionalNumber(value: unknown, name: string, min = Number.NEGATIVE_INFINITY, max = Number.POSITIVE_INFINITY): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isFinite(value) || value < min || value > max) {
    const range = Number.isFinite(min) && Number.isFinite(max) ? ` from ${min} to ${max}` : Number.isFinite(min) ? ` of at least ${min}` : "";
    throw new RangeError(`${name} must be a finite number${range}, got ${String(value)}`);
  }
  return value;
}

/**
 * Checks that an analysis was given a parsed document: an object whose named collections are lists
 * (a parsed portfolio always has them, empty or not). Throws a `TypeError` that says what to call.
 */
export function requireCollections(input: unknown, names: readonly string[], fn: string, parse = "parsePortfolio"): void {
  const missing = input === null || typeof input !== "object" ? names : names.filter((name) => !Array.isArray((input as Record<string, unknown>)[name]));
  if (missing.length === 0) return;
  const what = input === null || typeof input !== "object" ? `got ${input === null ? "null" : typeof input}` : `${missing.join(", ")} ${missing.length === 1 ? "is" : "are"} not a list`;
  throw new TypeError(`${fn} needs a parsed document (${what}): call ${parse}(data) first and pass its value`);
}
