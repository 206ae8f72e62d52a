import type { ValidationIssue } from "../core/index.js";
import { PortfolioSchema } from "./schema.js";

let topLevel: Map<string, number> | undefined;

function compareKeys(a: string | number, b: string | number, depth: number): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "number") return -1;
  if (typeof b === "number") return 1;
  if (depth === 0) {
    topLevel ??= new Map(Object.keys(PortfolioSchema.shape).map((k, i) => [k, i]));
    const x = topLevel.get(a) ?? Number.MAX_SAFE_INTEGER;
    const y = topLevel.get(b) ?? Number.MAX_SAFE_INTEGER;
    if (x !== y) return x - y;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Orders a portfolio's issues by path, the order both `parsePortfolio` and `parsePortfolioJson`
 * document: top-level fields in the document's order (`schemaVersion`, `title`, the collections,
 * `changeLog`, `extensions`), list items by index, other keys alphabetically; a path before the
 * paths under it; issues at the same path in the order they were found (shape before references).
 * Stable. Complexity: O(n log n).
 */
export function sortIssues(issues: readonly ValidationIssue[]): ValidationIssue[] {
  return issues
    .map((issue, i) => ({ issue, i }))
    .sort((x, y) => {
      const a = x.issue.path;
      const b = y.issue.path;
      for (let k = 0; k < Math.min(a.length, b.length); k++) {
        const c = compareKeys(a[k]!, b[k]!, k);
        if (c !== 0) return c;
      }
      return a.length - b.length || x.i - y.i;
    })
    .map((x) => x.issue);
}
