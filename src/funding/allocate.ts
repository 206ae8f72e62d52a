/**
 * Splits integer cents across weights so that the parts sum exactly to the total, by the largest
 * remainder method: each part gets the floor of its exact share, and the cents left over go one
 * by one to the parts with the largest fractional remainders, ties to the earlier position. It is
 * deterministic, never negative, and a zero weight gets 0.
 *
 * Throws a `RangeError` for a total that is not an integer from 0 to `Number.MAX_SAFE_INTEGER`,
 * an empty weight list, a negative or non-finite weight, or weights summing to zero.
 * Complexity: O(n log n).
 *
 * @example
 * ```ts
 * import { allocateCost } from "ece-partnerships";
 * allocateCost(100, [1, 1, 1]); //=> [34, 33, 33]
 * allocateCost(1_000_00, [0.6, 0.25, 0.15]); //=> [60000, 25000, 15000]
 * allocateCost(5, [0, 2, 0]); //=> [0, 5, 0]
 * ```
 * @category Funding
 */
export function allocateCost(totalCents: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(totalCents) || totalCents < 0) {
    throw new RangeError(`allocateCost: the total must be integer cents from 0 to Number.MAX_SAFE_INTEGER, got ${totalCents}`);
  }
  if (weights.length === 0) throw new RangeError("allocateCost: at least one weight is needed");
  let sum = 0;
  weights.forEach((w, i) => {
    if (!Number.isFinite(w) || w < 0) throw new RangeError(`allocateCost: weight ${i} is ${w}; weights must be finite and not negative`);
    sum += w;
  });
  if (!(sum > 0) || !Number.isFinite(sum)) throw new RangeError("allocateCost: the weights sum to zero (or overflow); nothing to allocate by");

  const parts = weights.map((w) => {
    const exact = totalCents * (w / sum);
    const base = Math.min(totalCents, Math.max(0, Math.floor(exact)));
    return { base, remainder: exact - base };
  });
  let left = totalCents - parts.reduce((acc, p) => acc + p.base, 0);
  const order = parts
    .map((p, index) => ({ index, remainder: p.remainder, weight: weights[index]! }))
    .filter((p) => p.weight > 0)
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  // Floating-point shares can leave more than one cent per part, or overshoot: settle exactly.
  while (left > 0) {
    for (const p of order) {
      if (left === 0) break;
      parts[p.index]!.base += 1;
      left -= 1;
    }
  }
  while (left < 0) {
    for (const p of [...order].reverse()) {
      if (left === 0) break;
      if (parts[p.index]!.base > 0) {
        parts[p.index]!.base -= 1;
        left += 1;
      }
    }
  }
  return parts.map((p) => p.base);
}

/**
 * The non-federal match a federal amount requires when federal assistance may cover at most
 * `1 - rate` of the total approved cost. For Head Start (Act 640(b); 45 CFR 1303.4) the rate is
 * 0.2 of the total, which is 25% of the federal amount: $800,000 federal needs $200,000 match.
 * Computed exactly with integers (the rate is taken to nine decimals) and rounded **up** to the
 * next whole cent, so a program that meets the figure meets the rule.
 *
 * Throws a `RangeError` for a federal amount that is not integer cents in the safe range, a rate
 * outside [0, 1), or a match beyond `Number.MAX_SAFE_INTEGER`. Complexity: O(1).
 *
 * @example
 * ```ts
 * import { requiredNonFederalMatch } from "ece-partnerships";
 * requiredNonFederalMatch(800_000_00); //=> 200_000_00
 * requiredNonFederalMatch(1, { rate: 0.2 }); //=> 1
 * requiredNonFederalMatch(1_000_00, { rate: 0 }); //=> 0
 * ```
 * @category Funding
 */
export function requiredNonFederalMatch(federalCents: number, options: { rate?: number } = {}): number {
  const rate = options.rate ?? 0.2;
  if (!Number.isSafeInteger(federalCents) || federalCents < 0) {
    throw new RangeError(`requiredNonFederalMatch: the federal amount must be integer cents from 0 to Number.MAX_SAFE_INTEGER, got ${federalCents}`);
  }
  if (!(rate >= 0 && rate < 1)) throw new RangeError(`requiredNonFederalMatch: the rate must be at least 0 and below 1, got ${rate}`);
  const scale = 1_000_000_000n;
  const num = BigInt(Math.round(rate * 1_000_000_000));
  const den = scale - num;
  const product = BigInt(federalCents) * num;
  const match = (product + den - 1n) / den;
  if (match > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError("requiredNonFederalMatch: the match exceeds Number.MAX_SAFE_INTEGER cents");
  return Number(match);
}
