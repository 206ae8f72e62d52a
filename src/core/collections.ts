/** Appends `value` to the list under `key`, creating the list on first use. */
export function groupInto<K, T>(map: Map<K, T[]>, key: K, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The distinct values of a short list, in order, without allocating a set for the usual case of
 * two or three values (past eight values, or on a repeat, a set does it). O(n).
 */
export function distinct<T>(values: readonly T[]): readonly T[] {
  if (values.length > 8) return [...new Set(values)];
  for (let i = 1; i < values.length; i++) if (values.lastIndexOf(values[i]!, i - 1) !== -1) return [...new Set(values)];
  return values;
}

/**
 * Wraps `build` so that each input object is indexed once: the index is cached per object (weakly)
 * and rebuilt when one of the lists `listsOf` names is replaced or changes length. Inputs are
 * treated as immutable (the library never changes them; `edit` gives new objects).
 */
export function cachedIndex<I extends object, X>(listsOf: (input: I) => readonly (readonly unknown[] | undefined)[], build: (input: I) => X): (input: I) => X {
  const cache = new WeakMap<object, { keys: unknown[]; index: X }>();
  return (input) => {
    const lists = listsOf(input);
    const keys = [...lists, ...lists.map((list) => list?.length)];
    const hit = cache.get(input);
    if (hit && hit.keys.length === keys.length && hit.keys.every((k, i) => k === keys[i])) return hit.index;
    const index = build(input);
    cache.set(input, { keys, index });
    return index;
  };
}
