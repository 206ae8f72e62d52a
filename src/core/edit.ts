import { z } from "./zod.js";
import { Immer, enablePatches, type Draft, type Patch } from "immer";
import { entitySchema, partSchema } from "./entity.js";
import { TimestampSchema } from "./iso-date.js";
import { JsonValueSchema, cloneJson } from "./json.js";
import { applyJsonPatches, diffJson, type PatchLike } from "./patch.js";
import { markValid, parseTouched } from "./validate-touched.js";
import { linkDerived, recordListChanges } from "./derived.js";
import { makeIssue, parseWith, validationError, type ParseResult, type ValidationError } from "./result.js";

/**
 * One step of a change, as immer writes it: an operation at a path (keys and array indexes).
 *
 * @example
 * ```ts
 * import { PatchSchema } from "ece-partnerships";
 * PatchSchema.parse({ op: "replace", path: ["status"], value: "active" }).op; //=> "replace"
 * ```
 * @category Editing
 */
export const PatchSchema = /* @__PURE__ */ partSchema({
  /** `add`, `replace` or `remove`. */
  op: /* @__PURE__ */ z.enum(["add", "replace", "remove"]),
  /** Keys and array indexes from the root of the edited value. */
  path: /* @__PURE__ */ z.array(/* @__PURE__ */ z.union([/* @__PURE__ */ z.string(), /* @__PURE__ */ z.number().int().min(0)])),
  /** The new value (absent for `remove`). */
  value: /* @__PURE__ */ JsonValueSchema.optional(),
});

/**
 * A patch; see {@link PatchSchema}.
 *
 * @example
 * ```ts
 * import type { EditPatch } from "ece-partnerships";
 * const p: EditPatch = { op: "remove", path: ["goals", 2] };
 * p.path; //=> ["goals", 2]
 * ```
 * @category Editing
 * @useDeclaredType
 */
export type EditPatch = z.infer<typeof PatchSchema>;

/**
 * A recorded edit: when (supplied by the caller; the library reads no clock), by whom, why, and
 * the forward and inverse patches. It is plain JSON, so an app can store it as an audit trail
 * and undo or redo it later.
 *
 * @example
 * ```ts
 * import { ChangeSchema } from "ece-partnerships";
 * ChangeSchema.safeParse({ at: "2025-09-01T10:00:00Z", patches: [], inversePatches: [] }).success; //=> true
 * ```
 * @category Editing
 */
export const ChangeSchema = /* @__PURE__ */ entitySchema({
  /** When the edit was made: an ISO date-time with offset, or a calendar date. */
  at: TimestampSchema,
  /** Who made it. */
  by: /* @__PURE__ */ z.string().min(1).optional(),
  /** Why. */
  reason: /* @__PURE__ */ z.string().min(1).optional(),
  /** What the edit did. */
  patches: /* @__PURE__ */ z.array(PatchSchema),
  /** What undoes it. */
  inversePatches: /* @__PURE__ */ z.array(PatchSchema),
});

/**
 * A change; see {@link ChangeSchema}.
 *
 * @example
 * ```ts
 * import type { Change } from "ece-partnerships";
 * const c: Change = { at: "2025-09-01", patches: [], inversePatches: [] };
 * c.at; //=> "2025-09-01"
 * ```
 * @category Editing
 * @useDeclaredType
 */
export type Change = z.infer<typeof ChangeSchema>;

/**
 * What {@link edit} needs besides the value and the recipe.
 *
 * @example
 * ```ts
 * import type { EditMeta } from "ece-partnerships";
 * const meta: EditMeta<{ n: number }> = { at: "2025-09-01T10:00:00Z", by: "fsw-12", reason: "new count" };
 * meta.by; //=> "fsw-12"
 * ```
 * @category Editing
 */
export interface EditMeta<T> {
  /** When: an ISO date-time with offset or a calendar date, supplied by the caller. */
  at: string;
  /** Who. */
  by?: string;
  /** Why. */
  reason?: string;
  /** When given, the edited value must still pass this schema, or the edit is refused. */
  schema?: z.ZodType<T>;
}

/**
 * The result of {@link edit}: the new value and its change, or an error and the unchanged value.
 *
 * @example
 * ```ts
 * import { edit, type EditResult } from "ece-partnerships";
 * const r: EditResult<{ n: number }> = edit({ n: 1 }, (d) => { d.n = 2; }, { at: "2025-01-01" });
 * r.value; //=> { n: 2 }
 * ```
 * @category Editing
 */
export type EditResult<T> = { ok: true; value: T; change: Change } | { ok: false; value: T; error: ValidationError };

let immer: Immer | undefined;

/** The library's private immer instance: patches on, auto-freeze off (inputs are never frozen or mutated). */
function getImmer(): Immer {
  if (!immer) {
    enablePatches();
    immer = new Immer({ autoFreeze: false });
  }
  return immer;
}

function toEditPatches(patches: readonly Patch[]): EditPatch[] {
  return patches.map((patch) => {
    const out: EditPatch = { op: patch.op, path: patch.path.map((key) => (typeof key === "number" ? key : String(key))) };
    if (patch.op !== "remove") out.value = cloneJson(patch.value);
    return out;
  });
}

/**
 * What checks an edited value: its issues, or the patches that fill in its defaults. `before` is
 * the value edited, `patches` what the recipe did.
 */
export type EditCheck = (before: unknown, next: unknown, patches: readonly Patch[]) => ParseResult<PatchLike[]>;

/**
 * Validates an edited value against `schema`: by the parts the patches touched when the value
 * before is known to pass it, else whole. The patches that fill in the schema's defaults.
 */
export function checkWithSchema(schema: z.ZodType): EditCheck {
  return (before, next, patches) => {
    const touched = parseTouched(schema, before, next, patches);
    if (touched) return touched;
    const whole = parseWith(schema, next);
    return whole.ok ? { ok: true, value: diffJson(next, whole.value) } : whole;
  };
}

/**
 * Edits a value immutably through a recipe that "mutates" a draft, and records the change as
 * JSON patches. The input is never mutated or frozen; untouched parts are shared. With
 * `schema`, the result is validated and an invalid edit is refused (`ok: false`, value unchanged);
 * a valid one returns the schema's value, with any defaults the recipe left out filled in (a
 * deleted list comes back empty), and the change records those patches too, so undo and redo
 * stay exact. A value that came out of the schema (from `parsePortfolio` for `PortfolioSchema`,
 * or from an earlier `edit` with the same schema) is checked by what the edit touched: the list
 * items and fields the patches reach are parsed, with the same result as parsing the whole value
 * (a schema with checks across its fields is always parsed whole). A schema checks shape only;
 * {@link editPortfolio} also checks the references between a portfolio's collections, as
 * `parsePortfolio` does.
 * A recipe that throws is a programming error and its exception propagates.
 *
 * @example
 * ```ts
 * import { edit, undo } from "ece-partnerships";
 * const before = { status: "exploring", goals: ["g1"] };
 * const result = edit(before, (draft) => { draft.status = "active"; draft.goals.push("g2"); }, {
 *   at: "2025-09-01T10:00:00Z", by: "director", reason: "MOU signed",
 * });
 * result.value; //=> { status: "active", goals: ["g1", "g2"] }
 * before.status; //=> "exploring"
 * if (result.ok) undo(result.value, result.change); //=> { status: "exploring", goals: ["g1"] }
 * ```
 * @category Editing
 */
export function edit<T>(value: T, recipe: (draft: Draft<T>) => void, meta: EditMeta<T>): EditResult<T> {
  const schema = meta?.schema;
  const result = editChecked(value, recipe, meta, schema ? checkWithSchema(schema) : undefined);
  if (schema && result.ok) markValid(schema, result.value);
  return result;
}

/** {@link edit} with any check of the edited value (a schema's, or a portfolio's shape and references). */
export function editChecked<T>(value: T, recipe: (draft: Draft<T>) => void, meta: Omit<EditMeta<T>, "schema">, check: EditCheck | undefined): EditResult<T> {
  if (!TimestampSchema.safeParse(meta?.at).success) {
    return {
      ok: false,
      value,
      error: validationError([makeIssue(["at"], "invalid_format", "at must be an ISO date-time with offset or a calendar date, supplied by the caller")]),
    };
  }
  const [next, patches, inversePatches] = getImmer().produceWithPatches(value, (draft: Draft<T>) => {
    recipe(draft);
  });
  // Before the check, which may index the edited value.
  linkDerived(next, value);
  recordListChanges(next, value, patches);
  let result = next as T;
  let forward = toEditPatches(patches);
  let backward = toEditPatches(inversePatches);
  if (check) {
    const checked = check(value, next, patches);
    if (!checked.ok) return { ok: false, value, error: checked.error };
    // The check may fill defaults the recipe left out (a deleted list comes back empty): the value
    // returned is the schema's, and the change records the way there and back.
    const defaults = checked.value as EditPatch[];
    if (defaults.length > 0) {
      result = applyJsonPatches(next as T, defaults);
      linkDerived(result, next);
      recordListChanges(result, next, defaults);
      forward = [...forward, ...defaults];
      backward = diffJson(result, value) as EditPatch[];
    }
  }
  const change: Change = { at: meta.at, patches: forward, inversePatches: backward };
  if (meta.by !== undefined) change.by = meta.by;
  if (meta.reason !== undefined) change.reason = meta.reason;
  return { ok: true, value: result, change };
}

/**
 * Undoes a change: applies its inverse patches to the value the edit produced, restoring the
 * original exactly. The input is not mutated. Keys are set as own properties, so changes under
 * keys such as `constructor` or `__proto__` (allowed in `extensions`) undo like any other.
 * Complexity: O(patches × path length + the objects copied along the paths).
 *
 * @throws {TypeError | RangeError} When the change's paths do not fit the value (it belongs to
 *   another value).
 * @example
 * ```ts
 * import { edit, undo } from "ece-partnerships";
 * const r = edit({ slots: 8 }, (d) => { d.slots = 12; }, { at: "2025-01-01" });
 * if (r.ok) undo(r.value, r.change); //=> { slots: 8 }
 * ```
 * @category Editing
 */
export function undo<T>(value: T, change: Pick<Change, "inversePatches">): T {
  const result = applyJsonPatches(value, change.inversePatches);
  linkDerived(result, value);
  recordListChanges(result, value, change.inversePatches);
  return result;
}

/**
 * Redoes a change: applies its forward patches to the value it was made from, as {@link undo}
 * applies the inverse ones.
 *
 * @example
 * ```ts
 * import { edit, redo } from "ece-partnerships";
 * const before = { slots: 8 };
 * const r = edit(before, (d) => { d.slots = 12; }, { at: "2025-01-01" });
 * if (r.ok) redo(before, r.change); //=> { slots: 12 }
 * ```
 * @category Editing
 */
export function redo<T>(value: T, change: Pick<Change, "patches">): T {
  const result = applyJsonPatches(value, change.patches);
  linkDerived(result, value);
  recordListChanges(result, value, change.patches);
  return result;
}
