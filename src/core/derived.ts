// Which value an edit made a value from, so indexes of the earlier value can be brought up to date
// instead of rebuilt. Links are one hop long and point only to values that have been indexed, so a
// value keeps at most one earlier version alive (and only while it is itself alive): an editing
// session holds the latest value and the one its indexes came from, never the whole history.

const indexed = new WeakSet<object>();
const derivedFrom = new WeakMap<object, object>();

const isObject = (v: unknown): v is object => typeof v === "object" && v !== null;

/** Records that an index was built for `value`. */
export function markIndexed(value: object): void {
  indexed.add(value);
}

/**
 * Records that `next` was made from `from` (by an edit, undo or redo): `next` links to `from` when
 * `from` was indexed, else to what `from` links to. The value linked to loses its own link.
 */
export function linkDerived(next: unknown, from: unknown): void {
  if (!isObject(next) || !isObject(from) || next === from) return;
  const anchor = indexed.has(from) ? from : derivedFrom.get(from);
  if (!anchor || anchor === next) return;
  derivedFrom.delete(anchor);
  derivedFrom.set(next, anchor);
}

/** The indexed value `value` was made from, if an edit recorded one. */
export function derivedOf(value: object): object | undefined {
  return derivedFrom.get(value);
}

/** A list an edit made from `before` by replacing or appending items: the positions that changed. */
interface ListChange {
  before: readonly unknown[];
  positions: readonly number[];
}

/**
 * For a list an edit produced: how it differs from the list it was made from, and (composed) from
 * the first list of the run of edits that led to it. Two hops at most, so an index built on either
 * finds its changes without comparing the lists item by item. A list's record is dropped once the
 * next edit has read it, so a record keeps at most those two earlier lists alive, never the history.
 */
const listChanges = new WeakMap<readonly unknown[], readonly ListChange[]>();

/** The top-level lists an edit changed only by replacing items or appending, from its patches; `null` for a list changed any other way. */
function changedItems(patches: readonly { op: string; path: readonly (string | number)[] }[], from: Record<string, unknown>): Map<string, Set<number> | null> {
  const byKey = new Map<string, Set<number> | null>();
  for (const { op, path } of patches) {
    const [key, index] = path;
    if (typeof key !== "string" || !Array.isArray(from[key])) continue;
    if (byKey.get(key) === null) continue;
    // The list itself replaced, its length set, or an item inserted or removed (the items after it move).
    const exact = typeof index === "number" && (path.length > 2 || op === "replace" || (op === "add" && index >= (from[key] as unknown[]).length));
    if (!exact) {
      byKey.set(key, null);
      continue;
    }
    let positions = byKey.get(key);
    if (!positions) byKey.set(key, (positions = new Set()));
    positions.add(index as number);
  }
  return byKey;
}

/**
 * Records, for each top-level list of `next` that the patches changed only by replacing or
 * appending items, which positions changed (see {@link listChangeFrom}). Patches are those that
 * made `next` from `from` (immer's or the library's JSON patches: numeric indexes).
 */
export function recordListChanges(next: unknown, from: unknown, patches: readonly { op: string; path: readonly (string | number)[] }[]): void {
  if (!isObject(next) || !isObject(from) || next === from || Array.isArray(from)) return;
  const before = from as Record<string, unknown>;
  const after = next as Record<string, unknown>;
  for (const [key, positions] of changedItems(patches, before)) {
    const a = after[key];
    const b = before[key];
    if (positions === null || !Array.isArray(a) || !Array.isArray(b) || a === b) continue;
    const own: ListChange = { before: b, positions: [...positions].sort((x, y) => x - y) };
    const earlier = listChanges.get(b)?.at(-1);
    listChanges.delete(b);
    const composed = earlier && [...new Set([...earlier.positions, ...own.positions])].sort((x, y) => x - y);
    // Past an eighth of the list an index is rebuilt anyway (see changedPositions): no need to keep it.
    const hops = composed && composed.length <= Math.max(64, earlier.before.length >> 3) ? [own, { before: earlier.before, positions: composed }] : [own];
    listChanges.set(a, hops);
  }
}

/** The positions at which `after` differs from `before`, when an edit recorded them; else `undefined`. */
export function listChangeFrom(before: readonly unknown[], after: readonly unknown[]): readonly number[] | undefined {
  return listChanges.get(after)?.find((hop) => hop.before === before)?.positions;
}
