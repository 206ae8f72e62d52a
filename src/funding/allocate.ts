import { exactMatch, exactWeights } from "./exact.js";

/**
 * Splits integer cents across weights so that the parts sum exactly to the total, by the largest
 * remainder method: each part gets the floor of its exact share, and the cents left over go one
 * by one to the parts with the largest remainders, ties to the earlier position. Shares are
 * computed exactly (each weight as the decimal it is written as, in integer arithmetic), so a tie
 * is a real tie, never floating-point noise: `allocateCost(25, [0.58, 0.42])` is `[15, 10]` (exact
 * shares 14.5 and 10.5). It is deterministic, never negative, and a zero weight gets 0.
 *
 * Complexity: O(n log n) big-integer operations.
 *
 * @throws {RangeError} For a total that is not an integer from 0 to `Number.MAX_SAFE_INTEGER`, an
 *   empty weight list, a weight that is missing (a hole in the list), negative or not finite, or
 *   weights summing to zero.
 * @example
 * ```ts
 * import { allocateCost } from "ece-partnerships";
 * allocateCost(100, [1, 1, 1]); //=> [34, 33, 33]
 * allocateCost(1_000_00, [0.6, 0.25, 0.15]); //=> [60000, 25000, 15000]
 * allocateCost(5, [0, 2, 0]); //=> [0, 5, 0]
 * allocateCost(25, [0.58, 0.42]); //=> [15, 10]
 * ```
 * @category Funding
 */
export function allocateCost(totalCents: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(totalCents) || totalCents < 0) {
    throw new RangeError(`allocateCost: the total must be integer cents from 0 to Number.MAX_SAFE_INTEGER, got ${totalCents}`);
  }
  if (!Array.isArray(weights) || weights.length === 0) throw new RangeError("allocateCost: at least one weight is needed");
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i];
    if (typeof w !== "number" || !Number.isFinite(w) || w < 0) throw new RangeError(`allocateCost: weight ${i} is ${String(w)}; weights must be finite and not negative`);
  }
  const exact = exactWeights(weights);
  let sum = 0n;
  for (const w of exact) sum += w;
  if (sum === 0n) throw new RangeError("allocateCost: the weights sum to zero; nothing to allocate by");
  const total = BigInt(totalCents);
  const base: bigint[] = [];
  const remainder: bigint[] = [];
  let left = total;
  for (const w of exact) {
    const product = total * w;
    base.push(product / sum);
    remainder.push(product % sum);
    left -= product / sum;
  }
  // The cents left over (fewer than the number of parts) go to the largest exact remainders,
  // ties to the earlier position; a zero weight has remainder 0 and is never chosen first.
  const order = exact.map((_, i) => i).sort((a, b) => (remainder[b]! > remainder[a]! ? 1 : remainder[b]! < remainder[a]! ? -1 : a - b));
  for (let k = 0; left > 0n; k++, left--) base[order[k]!]! += 1n;
  return base.map(Number);
}

/**
 * The non-federal match a federal amount requires when federal assistance may cover at most
 * `1 - rate` of the total approved cost. For Head Start (Act 640(b); 45 CFR 1303.4) the rate is
 * 0.2 of the total, which is 25% of the federal amount: $800,000 federal needs $200,000 match.
 * Computed exactly with integers (the rate as the decimal it is written as: 0.2 is one fifth) and
 * rounded **up** to the next whole cent, so a program that meets the figure meets the rule.
 *
 * Complexity: O(1).
 *
 * @throws {RangeError} For a federal amount that is not integer cents in the safe range, a rate
 *   outside [0, 1), or a match beyond `Number.MAX_SAFE_INTEGER`.
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
  if (typeof rate !== "number" || !(rate >= 0 && rate < 1)) throw new RangeError(`requiredNonFederalMatch: the rate must be at least 0 and below 1, got ${String(rate)}`);
  const match = exactMatch(federalCents, rate, "total-cost");
  if (match >= Number.MAX_SAFE_INTEGER && federalCents > 0) throw new RangeError("requiredNonFederalMatch: the match exceeds Number.MAX_SAFE_INTEGER cents");
  return match;
}
