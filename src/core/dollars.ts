import { describeValue } from "./describe.js";

// A literal, so every bundle that does not use it can drop it (a call on Number.MAX_SAFE_INTEGER is kept).
const MAX_CENTS = 9007199254740991n; // Number.MAX_SAFE_INTEGER
/** Optional minus and `$`, whole dollars (plain, or with commas between groups of three), optional decimals. */
const DOLLARS = /^(-)?\$?((?:\d{1,3}(?:,\d{3})+|\d+)?)(?:\.(\d*))?$/;

/**
 * Converts a dollar amount to integer cents, exactly: from a number (`2150000`, `19.99`) or from
 * text as people type it (`"2,150,000.00"`, `"$1,250"`, `"19.9"`). Money in the library is integer
 * cents, so a $2.15M grant is `215_000_000`; typing `2150000` where cents are expected means
 * $21,500. Complexity: O(length of the text).
 *
 * @throws {RangeError} For a fraction of a cent (`"1.005"`, `0.1 + 0.2`), a value that is not a
 *   finite number or not an amount (`"12 dollars"`, `"1,00"`), or more cents than
 *   `Number.MAX_SAFE_INTEGER`; the message echoes the value.
 * @example
 * ```ts
 * import { dollarsToCents, formatCents } from "ece-partnerships";
 * dollarsToCents("2,150,000.00"); //=> 215000000
 * dollarsToCents(19.99); //=> 1999
 * dollarsToCents("$1,250"); //=> 125000
 * formatCents(dollarsToCents("-0.5")); //=> "-$0.50"
 * ```
 * @category Core
 */
export function dollarsToCents(dollars: number | string): number {
  const text = typeof dollars === "number" ? numberText(dollars) : typeof dollars === "string" ? dollars.trim() : undefined;
  const m = text === undefined ? null : DOLLARS.exec(text);
  if (!m || (m[2] === "" && (m[3] ?? "") === "")) throw new RangeError(`${describeValue(dollars)} is not a dollar amount (write it like 2150000, "2,150,000.00" or "$19.99")`);
  const fraction = m[3] ?? "";
  if (fraction.replace(/0+$/, "").length > 2) throw new RangeError(`${describeValue(dollars)} has a fraction of a cent; amounts are whole cents`);
  const cents = BigInt((m[2] ?? "").replace(/,/g, "") || "0") * 100n + BigInt((fraction + "00").slice(0, 2));
  if (cents > MAX_CENTS) throw new RangeError(`${describeValue(dollars)} is more than Number.MAX_SAFE_INTEGER cents`);
  const n = Number(cents);
  return m[1] && n !== 0 ? -n : n;
}

/** A number as exact decimal text (no exponent), or undefined when it is not finite. */
function numberText(n: number): string | undefined {
  if (!Number.isFinite(n)) return undefined;
  const s = String(n);
  if (!/e/i.test(s)) return s;
  // Exponent form: very large (1e+21) or very small (1e-7) numbers.
  const [mantissa, exponent] = s.split(/e/i) as [string, string];
  const e = Number(exponent);
  const negative = mantissa.startsWith("-");
  const [whole, frac = ""] = mantissa.replace("-", "").split(".") as [string, string?];
  const digits = whole + frac;
  const point = whole.length + e;
  const body = point <= 0 ? `0.${"0".repeat(-point)}${digits}` : point >= digits.length ? digits + "0".repeat(point - digits.length) : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return (negative ? "-" : "") + body;
}
