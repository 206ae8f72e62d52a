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

const ordinaryCopies = new WeakMap<object, readonly unknown[]>();

/**
 * The same items in an ordinary array, for a loop that runs once per record: a frozen list (every
 * catalog) is copied once and the copy kept while the list lives; any other list is returned as
 * it is. V8 iterates frozen arrays several times slower (see deepFreeze).
 */
export function forLoops<T>(list: readonly T[]): readonly T[] {
  if (!Object.isFrozen(list)) return list;
  let copy = ordinaryCopies.get(list);
  if (!copy) ordinaryCopies.set(list, (copy = [...list]));
  return copy as readonly T[];
}
