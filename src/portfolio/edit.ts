import type { Draft, Patch } from "immer";
import type { EditMeta, EditResult } from "../core/index.js";
import { checkWithSchema, diffJson, editChecked, keyedIndex, positionsBy, touchedBy, type EditCheck } from "../core/internal.js";
import { validationError, type ValidationIssue } from "../core/result.js";
import { portfolioIntegrityIssues, touchedIntegrityIssues } from "./integrity.js";
import { sortIssues } from "./issue-order.js";
import { parsePortfolio } from "./parse.js";
import { portfolioCollections, PortfolioSchema, type Portfolio } from "./schema.js";
import { isKnownSound, markSound } from "./sound.js";

const itemsOf = (input: unknown, collection: string): readonly unknown[] | undefined => {
  const v = typeof input === "object" && input !== null ? (input as Record<string, unknown>)[collection] : undefined;
  return Array.isArray(v) ? v : undefined;
};
const idOf = (item: unknown) => {
  const id = typeof item === "object" && item !== null ? (item as { id?: unknown }).id : undefined;
  return typeof id === "string" ? [id] : [];
};

/** Where each id occurs in each collection, updated by what an edit changed (made on first use, so the module stays tree-shakable). */
let idPositions: ((input: object) => Record<string, Map<string, number[]>>) | undefined;
function positionsOfIds(input: object): Record<string, Map<string, number[]>> {
  idPositions ??= keyedIndex(Object.fromEntries(portfolioCollections.map((c) => [c, positionsBy((doc: object) => itemsOf(doc, c), idOf)])));
  return idPositions(input);
}

/**
 * The items an edit touched, by collection, when references can be checked item by item: no
 * collection replaced or shortened, and no touched item's id changed (an id that disappears could
 * break references anywhere). `undefined` otherwise.
 */
function touchedItems(before: Portfolio, next: unknown, patches: readonly Patch[]): Map<string, Set<number>> | undefined {
  const touched = touchedBy(PortfolioSchema.shape, patches);
  if (!touched) return undefined;
  // A removal is seen by lengths (its patch names a position that no longer holds an item).
  for (const c of portfolioCollections) if ((itemsOf(next, c)?.length ?? 0) < (itemsOf(before, c)?.length ?? 0)) return undefined;
  const items = new Map<string, Set<number>>();
  for (const [key, positions] of touched) {
    if (!(portfolioCollections as readonly string[]).includes(key)) continue;
    const was = itemsOf(before, key) ?? [];
    const now = itemsOf(next, key);
    if (positions === "whole" || !now) return undefined;
    for (const i of positions) if (i < was.length && idOf(was[i])[0] !== idOf(now[i])[0]) return undefined;
    items.set(key, positions);
  }
  return items;
}

/** The shape and reference issues of an edited portfolio, as {@link parsePortfolio} reports them (sorted by path). */
const checkPortfolio: EditCheck = (before, next, patches) => {
  if (!isKnownSound(before)) {
    const whole = parsePortfolio(next as never);
    return whole.ok ? { ok: true, value: diffJson(next, whole.value) } : whole;
  }
  const shape = checkWithSchema(PortfolioSchema)(before, next, patches);
  const items = touchedItems(before as Portfolio, next, patches);
  const references: ValidationIssue[] = items
    ? touchedIntegrityIssues(next, items, (collection, id) => positionsOfIds(next as object)[collection]?.get(id))
    : portfolioIntegrityIssues(next);
  const issues = [...(shape.ok ? [] : shape.error.issues), ...references];
  return issues.length ? { ok: false, error: validationError(sortIssues(issues)) } : shape;
};

/**
 * Edits a portfolio the way {@link edit} does, and refuses any edit after which
 * {@link parsePortfolio} would refuse the portfolio: the same issues (shape and references), in
 * the same order, and the same value (defaults the recipe left out filled in). A portfolio that
 * came from `parsePortfolio` or from an earlier `editPortfolio` is checked by what the edit
 * touched: the records the patches reach are parsed, the references they make are looked up, and
 * the ids they repeat are reported; removing records, replacing a whole collection or changing an
 * id checks every reference (an id that disappears may be referred to anywhere). Any other
 * portfolio is checked whole. Complexity: O(the records touched) plus O(collection length)
 * identity checks; the whole check is O(size of the portfolio).
 *
 * @example
 * ```ts
 * import { editPortfolio, parsePortfolio } from "ece-partnerships";
 * const p = parsePortfolio({
 *   schemaVersion: 2,
 *   organizations: [
 *     { id: "hs", name: "Sunrise", kind: "early-head-start", level: "local", program: { types: ["early-head-start"], americanIndianAlaskaNative: false, fundedEnrollment: 72 } },
 *     { id: "lib", name: "Library", kind: "library", level: "local" },
 *   ],
 *   partnerships: [{ id: "p1", parties: ["hs", "lib"], status: "exploring" }],
 * });
 * if (!p.ok) throw new Error(p.error.message);
 * const signed = editPortfolio(p.value, (d) => { d.partnerships[0]!.status = "active"; }, { at: "2025-09-01", by: "director" });
 * if (signed.ok) signed.value.partnerships[0]?.status; //=> "active"
 * const broken = editPortfolio(p.value, (d) => { d.partnerships[0]!.parties[1] = "museum"; }, { at: "2025-09-01" });
 * if (!broken.ok) broken.error.issues.map((i) => i.message); //=> ['partnerships[0].parties[1] refers to organization "museum", which is not in the portfolio']
 * ```
 * @category Portfolio
 */
export function editPortfolio(portfolio: Portfolio, recipe: (draft: Draft<Portfolio>) => void, meta: Omit<EditMeta<Portfolio>, "schema">): EditResult<Portfolio> {
  const result = editChecked(portfolio, recipe, meta, checkPortfolio);
  if (result.ok) markSound(result.value);
  return result;
}
