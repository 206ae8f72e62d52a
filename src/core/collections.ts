/** Appends `value` to the list under `key`, creating the list on first use. */
export function groupInto<K, T>(map: Map<K, T[]>, key: K, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
