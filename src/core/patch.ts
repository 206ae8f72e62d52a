import { cloneJson } from "./json.js";

/** A JSON patch as `edit` records it. */
export interface PatchLike {
  op: "add" | "replace" | "remove";
  path: readonly (string | number)[];
  value?: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

/** A shallow copy that keeps every own key as an own key (spread defines properties, so "__proto__" stays data). */
function shallowCopy(v: unknown): unknown {
  if (Array.isArray(v)) return v.slice();
  if (isObject(v)) return { ...v };
  return v;
}

function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function applyAtLeaf(parent: unknown, key: string | number, patch: PatchLike): void {
  const value = patch.op === "remove" ? undefined : cloneJson(patch.value);
  if (Array.isArray(parent)) {
    if (key === "length") {
      parent.length = Number(value);
      return;
    }
    const i = Number(key);
    if (!Number.isInteger(i) || i < 0 || i > parent.length) throw new RangeError(`patch path index ${String(key)} is outside the list`);
    if (patch.op === "add") parent.splice(i, 0, value);
    else if (patch.op === "remove") parent.splice(i, 1);
    else parent[i] = value;
    return;
  }
  if (!isObject(parent)) throw new TypeError(`patch path runs through a value that is not an object at "${String(key)}"`);
  // JSON has no undefined: a key set to undefined (a recipe that deleted a key that was not there) is absent.
  if (patch.op === "remove" || value === undefined) delete parent[String(key)];
  else setOwn(parent, String(key), value);
}

/**
 * Applies JSON patches to a value without mutating it: each patch copies the objects along its path
 * (structural sharing elsewhere), and keys are always set as own data properties, so paths through
 * keys such as `constructor`, `prototype` or `__proto__` work and change no prototype. A patch with
 * an empty path replaces the whole value.
 * Complexity: O(patches × path length + the sizes of the objects copied).
 *
 * @throws {TypeError | RangeError} For a path that does not fit the value (a programming error:
 *   the change does not belong to this value).
 */
export function applyJsonPatches<T>(value: T, patches: readonly PatchLike[]): T {
  let root: unknown = value;
  for (const patch of patches) {
    if (patch.path.length === 0) {
      root = patch.op === "remove" ? undefined : cloneJson(patch.value);
      continue;
    }
    root = shallowCopy(root);
    let parent = root;
    for (let depth = 0; depth < patch.path.length - 1; depth++) {
      const key = patch.path[depth]!;
      if (!isObject(parent)) throw new TypeError(`patch path runs through a value that is not an object at "${String(key)}"`);
      const child = shallowCopy((parent as Record<string, unknown>)[String(key)]);
      if (Array.isArray(parent)) parent[Number(key)] = child;
      else setOwn(parent as Record<string, unknown>, String(key), child);
      parent = child;
    }
    applyAtLeaf(parent, patch.path[patch.path.length - 1]!, patch);
  }
  return root as T;
}

/**
 * The patches that turn `before` into `after`, both JSON values: `replace` for a changed value,
 * `add` for a new key or list item, `remove` for a key or list item that is gone (list items
 * removed from the end, last first). Unchanged parts produce nothing. Complexity: O(size).
 */
export function diffJson(before: unknown, after: unknown, path: (string | number)[] = [], out: PatchLike[] = []): PatchLike[] {
  if (Object.is(before, after)) return out;
  if (Array.isArray(before) && Array.isArray(after)) {
    const common = Math.min(before.length, after.length);
    for (let i = 0; i < common; i++) diffJson(before[i], after[i], [...path, i], out);
    for (let i = common; i < after.length; i++) out.push({ op: "add", path: [...path, i], value: cloneJson(after[i]) });
    for (let i = before.length - 1; i >= common; i--) out.push({ op: "remove", path: [...path, i] });
    return out;
  }
  if (isObject(before) && isObject(after) && !Array.isArray(before) && !Array.isArray(after)) {
    for (const key of Object.keys(after)) {
      if (Object.prototype.hasOwnProperty.call(before, key)) diffJson(before[key], after[key], [...path, key], out);
      else out.push({ op: "add", path: [...path, key], value: cloneJson(after[key]) });
    }
    for (const key of Object.keys(before)) if (!Object.prototype.hasOwnProperty.call(after, key)) out.push({ op: "remove", path: [...path, key] });
    return out;
  }
  out.push({ op: "replace", path, value: cloneJson(after) });
  return out;
}
