/** Writes any value for a message without throwing (bigints, symbols, null-prototype objects...). */
export function describeValue(value: unknown): string {
  try {
    return typeof value === "string" ? JSON.stringify(value) : Array.isArray(value) ? "a list" : String(value);
  } catch {
    return "a value that cannot be printed";
  }
}

/** Says what an exception thrown while reading input was, without throwing again. */
export function describeThrown(thrown: unknown): string {
  // Everything inside the try: the thrown value may itself be a hostile Proxy whose traps throw.
  try {
    if (thrown instanceof RangeError) return "it is nested too deeply or is cyclic";
    const text = thrown instanceof Error ? thrown.message : String(thrown);
    return typeof text === "string" ? text : "reading it threw an error";
  } catch {
    return "reading it threw an error";
  }
}

/** Rounds a share or a mean to three decimals, the precision of every library share. */
export function roundShare(value: number): number {
  return Math.round(value * 1000) / 1000;
}
