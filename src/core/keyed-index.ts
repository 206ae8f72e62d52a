// Indexes of a document's collections by key that follow edits: after an immutable update (edit,
// immer, spreads) most items of a collection are the same objects, so the index of the previous
// version is brought up to date by the positions that changed, not rebuilt.
import { distinct } from "./collections.js";
import { derivedOf, listChangeFrom, markIndexed } from "./derived.js";

type Items = readonly unknown[];

/**
 * How one collection is indexed: the keys each item is found under, and whether the index keeps
 * the first item per key (a lookup by id), every item in document order, or their positions.
 */
export interface IndexPart<I, V> {
  list(input: I): Items | undefined;
  build(items: Items): Map<string, V>;
  /** Brings `map` (built for `before`) up to date with `after`, given the changed positions (ascending; those past `before.length` are appended). */
  update(map: Map<string, V>, before: Items, after: Items, changed: readonly number[]): void;
}

const sameKeys = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((k) => b.includes(k));

/** Keys whose entries must be recomputed from the whole collection, and that recomputation. */
function rescan<V>(map: Map<string, V>, after: Items, dirty: Set<string>, keysOf: (item: never) => readonly string[], entry: (found: unknown[], positions: number[]) => V) {
  if (dirty.size === 0) return;
  const found = new Map<string, { items: unknown[]; positions: number[] }>();
  after.forEach((item, i) => {
    for (const key of distinct(keysOf(item as never))) {
      if (!dirty.has(key)) continue;
      let f = found.get(key);
      if (!f) found.set(key, (f = { items: [], positions: [] }));
      f.items.push(item);
      f.positions.push(i);
    }
  });
  for (const key of dirty) {
    const f = found.get(key);
    if (f) map.set(key, entry(f.items, f.positions));
    else map.delete(key);
  }
}

/** The first item of `list` under each key: a lookup by id (later items with the same id are duplicates, reported elsewhere). */
export function firstBy<I, T>(list: (input: I) => readonly T[] | undefined, keyOf: (item: T) => string): IndexPart<I, T> {
  const keysOf = (item: T) => [keyOf(item)];
  return {
    list,
    build: (items) => {
      const map = new Map<string, T>();
      for (const item of items as readonly T[]) if (!map.has(keyOf(item))) map.set(keyOf(item), item);
      return map;
    },
    update: (map, before, after, changed) => {
      const dirty = new Set<string>();
      for (const i of changed) {
        const old = before[i] as T | undefined;
        const next = after[i] as T;
        const key = keyOf(next);
        if (old === undefined) {
          if (!map.has(key)) map.set(key, next);
        } else if (keyOf(old) === key) {
          // Still first unless an earlier item has the key (then it stays first).
          if (map.get(key) === old) map.set(key, next);
        } else {
          dirty.add(keyOf(old));
          dirty.add(key);
        }
      }
      rescan(map, after, dirty, keysOf as (item: never) => readonly string[], (found) => found[0] as T);
    },
  };
}

/** The items of `list` under each of their keys, in document order (`positions`: their positions instead). */
export function groupBy<I, T>(list: (input: I) => readonly T[] | undefined, keysOf: (item: T) => readonly string[]): IndexPart<I, T[]> {
  return {
    list,
    build: (items) => {
      const map = new Map<string, T[]>();
      for (const item of items as readonly T[]) for (const key of distinct(keysOf(item))) push(map, key, item);
      return map;
    },
    update: (map, before, after, changed) => {
      const dirty = new Set<string>();
      // Lists are replaced, never changed in place: a result may hold the old one.
      const copied = new Set<string>();
      const own = (key: string) => {
        if (!copied.has(key)) {
          copied.add(key);
          map.set(key, [...(map.get(key) ?? [])]);
        }
        return map.get(key)!;
      };
      for (const i of changed) {
        const old = before[i] as T | undefined;
        const next = after[i] as T;
        const keys = distinct(keysOf(next));
        if (old === undefined) for (const key of keys) own(key).push(next);
        else if (sameKeys(distinct(keysOf(old)), keys)) for (const key of keys) replaceIn(own(key), old, next, key, dirty);
        else for (const key of [...keysOf(old), ...keys]) dirty.add(key);
      }
      rescan(map, after, dirty, keysOf as (item: never) => readonly string[], (found) => found as T[]);
    },
  };
}

/** The positions in `list` of the items under each key, ascending (records listed in document order across keys). */
export function positionsBy<I, T>(list: (input: I) => readonly T[] | undefined, keysOf: (item: T) => readonly string[]): IndexPart<I, number[]> {
  return {
    list,
    build: (items) => {
      const map = new Map<string, number[]>();
      (items as readonly T[]).forEach((item, i) => {
        for (const key of distinct(keysOf(item))) push(map, key, i);
      });
      return map;
    },
    update: (map, before, after, changed) => {
      const dirty = new Set<string>();
      for (const i of changed) {
        const old = before[i] as T | undefined;
        const keys = distinct(keysOf(after[i] as T));
        if (old === undefined) for (const key of keys) map.set(key, [...(map.get(key) ?? []), i]);
        else if (!sameKeys(distinct(keysOf(old)), keys)) for (const key of [...keysOf(old), ...keys]) dirty.add(key);
      }
      rescan(map, after, dirty, keysOf as (item: never) => readonly string[], (_, positions) => positions);
    },
  };
}

function push<V>(map: Map<string, V[]>, key: string, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Puts `next` where `old` is in `list`; a key whose list holds `old` twice (or not at all) is recomputed. */
function replaceIn<T>(list: T[], old: T, next: T, key: string, dirty: Set<string>) {
  const at = list.indexOf(old);
  if (at === -1 || list.indexOf(old, at + 1) !== -1) dirty.add(key);
  else list[at] = next;
}

/**
 * The positions where `after` differs from `before` (by identity), those past `before.length`
 * being appended; `undefined` when items were removed, more than an eighth changed or none is shared
 * (a rebuild is then as cheap). O(length) identity checks.
 */
export function changedPositions(before: Items, after: Items): number[] | undefined {
  if (after.length < before.length) return undefined;
  const limit = Math.max(64, before.length >> 3);
  // An edit recorded them from its patches: no need to compare the lists item by item.
  const recorded = listChangeFrom(before, after);
  if (recorded && recorded.length <= limit && after.length - before.length <= limit) {
    const changed = recorded.filter((i) => i < before.length);
    for (let i = before.length; i < after.length; i++) changed.push(i);
    return changed;
  }
  const changed: number[] = [];
  for (let i = 0; i < before.length; i++) {
    if (before[i] === after[i]) continue;
    changed.push(i);
    if (changed.length > limit) return undefined;
  }
  // Nothing shared: another document, not an edit of this one.
  if (before.length > 0 && changed.length === before.length) return undefined;
  if (after.length - before.length > limit) return undefined;
  for (let i = before.length; i < after.length; i++) changed.push(i);
  return changed;
}

type PartsOf<I> = Record<string, IndexPart<I, unknown>>;
type IndexOf<P> = { [K in keyof P]: P[K] extends IndexPart<never, infer V> ? Map<string, V> : never };

interface Entry<P> {
  lists: (Items | undefined)[];
  lengths: (number | undefined)[];
  index: IndexOf<P>;
}

/**
 * Indexes an input's collections by key, once per input object (cached weakly). For a value an
 * edit made (`edit`, `editPortfolio`, `undo`, `redo` record where each value came from), the index
 * of the value it was made from is brought up to date by the positions of each collection that
 * changed (found by identity: an edit shares every unchanged item) and moves to the new value. A
 * collection with items removed, or more than an eighth changed, is rebuilt; any other value is
 * indexed from scratch. Inputs are treated as immutable; a collection changed in place without a
 * new array is caught by its length only, as before.
 */
export function keyedIndex<I extends object, P extends PartsOf<I>>(parts: P): (input: I) => IndexOf<P> {
  const names = Object.keys(parts) as (keyof P & string)[];
  const cache = new WeakMap<I, Entry<P>>();
  const listsOf = (input: I) => names.map((name) => parts[name]!.list(input));
  const build = (lists: (Items | undefined)[]) => Object.fromEntries(names.map((name, k) => [name, parts[name]!.build(lists[k] ?? [])])) as IndexOf<P>;
  return (input) => {
    const lists = listsOf(input);
    const lengths = lists.map((l) => l?.length);
    const hit = cache.get(input);
    if (hit && hit.lists.every((l, k) => l === lists[k] && hit.lengths[k] === lengths[k])) return hit.index;
    // The value an edit made this one from, if it was indexed: its index is brought up to date.
    const previousInput = derivedOf(input) as I | undefined;
    const previous = previousInput ? cache.get(previousInput) : undefined;
    let index: IndexOf<P>;
    if (previous && previousInput) {
      index = previous.index;
      names.forEach((name, k) => {
        const before = previous.lists[k] ?? [];
        const after = lists[k] ?? [];
        if (before === after && previous.lengths[k] === lengths[k]) return;
        const changed = changedPositions(before, after);
        const map = index[name] as Map<string, unknown>;
        if (changed === undefined) (index as Record<string, unknown>)[name] = parts[name]!.build(after);
        else parts[name]!.update(map, before, after, changed);
      });
      // The index now describes `input`: the previous value gives it up (it would be rebuilt if used again).
      cache.delete(previousInput);
    } else {
      index = build(lists);
    }
    cache.set(input, { lists, lengths, index });
    markIndexed(input);
    return index;
  };
}
