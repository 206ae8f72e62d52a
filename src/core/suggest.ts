// Suggestions for error messages: the nearest known word to a misspelt one.

/** Optimal-string-alignment distance (Levenshtein with adjacent transpositions). O(a × b). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[(i - 1) * cols + j]! + 1, d[i * cols + j - 1]! + 1, d[(i - 1) * cols + j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[(i - 2) * cols + j - 2]! + 1);
      d[i * cols + j] = v;
    }
  }
  return d[rows * cols - 1]!;
}

/**
 * The known word nearest to `word` (case-insensitive), when it is close enough to be a slip: at
 * most a third of the word's length apart (at least 1, at most 3 edits), or sharing a hyphenated
 * part with it (`school-district` and `school-readiness`). Ties go to the earlier choice.
 * O(choices × length²), on strings shortened to 64 characters.
 */
export function nearest(word: string, choices: readonly string[]): string | undefined {
  const w = word.toLowerCase().slice(0, 64);
  const limit = Math.min(3, Math.max(1, Math.floor(w.length / 3)));
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const choice of choices) {
    const distance = editDistance(w, choice.toLowerCase().slice(0, 64));
    if (distance < bestDistance) {
      best = choice;
      bestDistance = distance;
    }
  }
  return bestDistance > 0 && bestDistance <= limit ? best : undefined;
}

/** `; did you mean "x"?` or nothing. */
export function didYouMean(word: unknown, choices: readonly string[]): string {
  if (typeof word !== "string") return "";
  const n = nearest(word, choices);
  return n === undefined ? "" : `; did you mean "${n}"?`;
}
