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
