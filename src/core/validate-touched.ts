// Validating an edit by what it touched: when the value before the edit is known to pass the schema
// (it came out of the schema, or out of an edit checked with it), only the collection items and
// fields the patches reach can fail, so only they are parsed. The result (the value, its defaults,
// the issues and their order) is that of parsing the whole value.
import type { Patch } from "immer";
import { z } from "./zod.js";
import { describeThrown } from "./describe.js";
import { issueText } from "./issue-text.js";
import { diffJson, type PatchLike } from "./patch.js";
import { fromZodIssues, safeParseReporting, templatedIssue, validationError, type ParseResult, type ValidationIssue } from "./result.js";

const validUnder = new WeakMap<object, WeakSet<object>>();

/** Records that `value` passed `schema` (it is the schema's output; or any check named by an object), so edits of it can be checked by what they touch. */
export function markValid(schema: object, value: unknown): void {
  if (typeof value !== "object" || value === null) return;
  let set = validUnder.get(schema);
  if (!set) validUnder.set(schema, (set = new WeakSet()));
  set.add(value);
}

/** True when `value` is known to have passed `schema`. */
export function isKnownValid(schema: object, value: unknown): boolean {
  return typeof value === "object" && value !== null && validUnder.get(schema)?.has(value) === true;
}

const checksOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: { checks?: unknown[] } } })._zod.def.checks ?? [];

/** The array schema inside `.default()`/`.optional()`, when it has no checks of its own (a length limit needs the whole list). */
function plainArray(schema: z.ZodType): z.ZodArray | undefined {
  let s: z.ZodType = schema;
  while (s instanceof z.ZodDefault || s instanceof z.ZodOptional) s = s.unwrap() as z.ZodType;
  return s instanceof z.ZodArray && checksOf(s).length === 0 ? s : undefined;
}

/** What the patches touched: per top-level key, the whole field or some items of its list. */
export type Touched = Map<string, "whole" | Set<number>>;

export function touchedBy(shape: Record<string, z.ZodType>, patches: readonly Patch[]): Touched | undefined {
  const touched: Touched = new Map();
  for (const { op, path } of patches) {
    const key = path[0];
    // The root replaced, or a key the schema does not know (the whole parse reports it).
    if (typeof key !== "string" || !Object.hasOwn(shape, key)) return undefined;
    const index = path[1];
    const items = touched.get(key);
    if (items === "whole") continue;
    if (path.length === 1 || typeof index !== "number" || !plainArray(shape[key]!)) touched.set(key, "whole");
    else if (!(op === "remove" && path.length === 2)) touched.set(key, (items ?? new Set()).add(index));
  }
  return touched;
}

interface Part {
  path: (string | number)[];
  schema: z.ZodType;
  input: unknown;
}

/** The fields and items to parse, in the order a whole parse visits them (the shape's keys, then items ascending). */
function partsToParse(shape: Record<string, z.ZodType>, touched: Touched, next: Record<string, unknown>): Part[] {
  const parts: Part[] = [];
  for (const key of Object.keys(shape)) {
    const items = touched.get(key);
    if (items === undefined) continue;
    const list = next[key];
    if (items === "whole" || !Array.isArray(list)) {
      parts.push({ path: [key], schema: shape[key]!, input: list });
      continue;
    }
    const element = plainArray(shape[key]!)!.element as z.ZodType;
    for (const i of [...items].sort((a, b) => a - b)) if (i < list.length) parts.push({ path: [key, i], schema: element, input: list[i] });
  }
  return parts;
}

/** `{ [key]: value }`, or `{}` where `of` has no such key and `value` is undefined. */
function field(of: object, key: string, value: unknown): Record<string, unknown> {
  return value === undefined && !Object.hasOwn(of, key) ? {} : { [key]: value };
}

/**
 * Parses only what `patches` touched in `next`, when `before` is known to pass `schema` and the
 * schema is a plain object (no checks across fields); `undefined` when the whole value must be
 * parsed. On success, the patches that fill the schema's defaults into `next`.
 */
export function parseTouched(schema: z.ZodType, before: unknown, next: unknown, patches: readonly Patch[]): ParseResult<PatchLike[]> | undefined {
  if (!(schema instanceof z.ZodObject) || checksOf(schema).length > 0 || !isKnownValid(schema, before)) return undefined;
  if (typeof next !== "object" || next === null) return undefined;
  const shape = schema.shape as Record<string, z.ZodType>;
  const touched = touchedBy(shape, patches);
  if (!touched) return undefined;
  const issues: ValidationIssue[] = [];
  const defaults: PatchLike[] = [];
  for (const part of partsToParse(shape, touched, next as Record<string, unknown>)) {
    try {
      const result = safeParseReporting(part.schema, part.input);
      if (!result.success) issues.push(...fromZodIssues(result.error.issues, part.path));
      else if (part.path.length > 1) diffJson(part.input, result.data, [...part.path], defaults);
      // A whole field is compared from its parent, so a default for an absent field is an `add`.
      else diffJson(field(next, part.path[0] as string, part.input), field(next, part.path[0] as string, result.data), [], defaults);
    } catch (thrown) {
      issues.push(templatedIssue(part.path, "unparseable", issueText("the input could not be read: {reason}", { reason: describeThrown(thrown) })));
    }
  }
  return issues.length > 0 ? { ok: false, error: validationError(issues) } : { ok: true, value: defaults };
}
