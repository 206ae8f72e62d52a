// Exact arithmetic for money: a number as the decimal fraction it is written as, shares in BigInt.

const MAX_SAFE = 9_007_199_254_740_991n;

/**
 * A finite non-negative number as the exact fraction of its shortest decimal form (the digits
 * `String(x)` writes): 0.2 is 2/10, not the binary double just above it; 1e-7 is 1/10,000,000.
 */
export function decimalFraction(x: number): [numerator: bigint, denominator: bigint] {
  const [mantissa = "0", expPart] = String(x).split("e");
  const exp = expPart === undefined ? 0 : Number(expPart);
  const [whole = "0", frac = ""] = mantissa.split(".");
  const digits = BigInt(whole + frac);
  const scale = frac.length - exp;
  return scale <= 0 ? [digits * 10n ** BigInt(-scale), 1n] : [digits, 10n ** BigInt(scale)];
}

/** Integer weights proportional to the given decimals (common denominator), exactly. */
export function exactWeights(weights: readonly number[]): bigint[] {
  const fractions = weights.map(decimalFraction);
  let common = 1n;
  for (const [, d] of fractions) if (d > common) common = d;
  // Every denominator is a power of ten, so the largest is a multiple of the others.
  return fractions.map(([n, d]) => n * (common / d));
}

/**
 * The match on `base` at `rate` of the total (`total-cost`: base × rate / (1 - rate)) or of the
 * base (`federal-award`: base × rate), rounded up to the cent, exactly; saturates at
 * Number.MAX_SAFE_INTEGER cents.
 */
export function exactMatch(baseCents: number, rate: number, basis: "total-cost" | "federal-award"): number {
  const [n, d] = decimalFraction(rate);
  const den = basis === "total-cost" ? d - n : d;
  if (den <= 0n) return Number(MAX_SAFE);
  const match = (BigInt(baseCents) * n + den - 1n) / den;
  return Number(match > MAX_SAFE ? MAX_SAFE : match);
}

/** Cents as a BigInt sum, saturating at Number.MAX_SAFE_INTEGER when converted back. */
export function saturate(value: bigint): number {
  return Number(value > MAX_SAFE ? MAX_SAFE : value < -MAX_SAFE ? -MAX_SAFE : value);
}
