import { z } from "./zod.js";
import { issueText, type IssueTemplate } from "./issue-text.js";

/**
 * A JSON value: what `JSON.parse` can return. Functions, `undefined`, symbols, bigints,
 * `NaN`, `Infinity`, dates and class instances are not JSON values.
 *
 * @example
 * ```ts
 * import type { JsonValue } from "ece-partnerships";
 * const v: JsonValue = { county: "Dane", sites: [1, 2], active: true, note: null };
 * v; //=> { county: "Dane", sites: [1, 2], active: true, note: null }
 * ```
 * @category Core
 */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * The deepest nesting a JSON value in `extensions` may have. Deeper values are rejected with a
 * clear issue rather than risking a stack overflow in the app or in `JSON.stringify`.
 *
 * @example
 * ```ts
 * import { MAX_JSON_DEPTH } from "ece-partnerships";
 * MAX_JSON_DEPTH; //=> 256
 * ```
 * @category Core
 */
export const MAX_JSON_DEPTH = 256;

/** Keys that would reach an object's prototype when copied with plain assignment. */
const FORBIDDEN_KEYS = new Set(["__proto__"]);

interface JsonProblem {
  path: (string | number)[];
  message: string;
  /** The message's template and values, where it has values. */
  params?: { template: IssueTemplate };
}

/** A problem whose message is written from a template. */
const problemAt = (path: (string | number)[], text: string, values: Readonly<Record<string, string | number>>): JsonProblem => Object.assign({ path }, issueText(text, values));

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * Finds the first place where `value` is not a JSON value, walking iteratively (no recursion,
 * so a 10,000-deep value cannot overflow the stack) and detecting cycles.
 */
export function findJsonProblem(value: unknown): JsonProblem | undefined {
  const stack: { value: unknown; path: (string | number)[]; ancestors: Set<object> }[] = [
    { value, path: [], ancestors: new Set() },
  ];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const v = frame.value;
    const path = frame.path;
    if (v === null || typeof v === "string" || typeof v === "boolean") continue;
    if (typeof v === "number") {
      if (!Number.isFinite(v)) return problemAt(path, "{value} is not a JSON number", { value: String(v) });
      continue;
    }
    if (typeof v !== "object") {
      return problemAt(path, "a {type} is not a JSON value", { type: typeof v });
    }
    if (frame.ancestors.has(v)) return { path, message: "a cyclic reference is not a JSON value" };
    if (path.length >= MAX_JSON_DEPTH) {
      return problemAt(path, "JSON values nested deeper than {depth} levels are not accepted", { depth: MAX_JSON_DEPTH });
    }
    const ancestors = new Set(frame.ancestors).add(v);
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) {
        if (!(i in v)) return { path: [...path, i], message: "a sparse array hole is not a JSON value" };
        stack.push({ value: v[i], path: [...path, i], ancestors });
      }
      continue;
    }
    if (!isPlainObject(v)) return { path, message: "only plain objects are JSON objects" };
    for (const key of Reflect.ownKeys(v)) {
      if (typeof key === "symbol") return { path, message: "symbol keys are not JSON" };
      if (FORBIDDEN_KEYS.has(key)) return problemAt([...path, key], 'the key "{key}" is not accepted', { key });
      const descriptor = Object.getOwnPropertyDescriptor(v, key);
      if (descriptor && !("value" in descriptor)) {
        return { path: [...path, key], message: "accessor properties are not JSON" };
      }
      stack.push({ value: descriptor?.value, path: [...path, key], ancestors });
    }
  }
  return undefined;
}

/**
 * Validates any JSON value (see {@link JsonValue}); the parsed value is the input itself.
 * Non-JSON values are reported with the path to the offending part.
 *
 * @example
 * ```ts
 * import { JsonValueSchema } from "ece-partnerships";
 * JsonValueSchema.safeParse({ a: [1, "two", null] }).success; //=> true
 * JsonValueSchema.safeParse({ a: Number.NaN }).success; //=> false
 * ```
 * @category Core
 */
export const JsonValueSchema: z.ZodType<JsonValue> = /* @__PURE__ */ z
  .unknown()
  .superRefine((value, ctx) => {
    const problem = findJsonProblem(value);
    if (problem) ctx.addIssue({ code: "custom", path: problem.path, message: problem.message, ...(problem.params ? { params: problem.params } : {}), input: value });
  })
  .meta({ description: "Any JSON value." }) as unknown as z.ZodType<JsonValue>;

/**
 * An app's own data on an entity: an object of JSON values. It is the one place for data the
 * library does not model; every entity keeps it verbatim through parse and serialize.
 *
 * @example
 * ```ts
 * import { ExtensionsSchema } from "ece-partnerships";
 * ExtensionsSchema.safeParse({ "crm-id": "A-17", tags: ["rural"] }).success; //=> true
 * ExtensionsSchema.safeParse({ callback: () => 1 }).success; //=> false
 * ExtensionsSchema.safeParse([1, 2]).success; //=> false
 * ```
 * @category Core
 */
export const ExtensionsSchema: z.ZodType<{ [key: string]: JsonValue }> = /* @__PURE__ */ z
  .unknown()
  .superRefine((value, ctx) => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      ctx.addIssue({ code: "custom", message: "extensions must be an object of JSON values", input: value });
      return;
    }
    const problem = findJsonProblem(value);
    if (problem) ctx.addIssue({ code: "custom", path: problem.path, message: problem.message, ...(problem.params ? { params: problem.params } : {}), input: value });
  })
  .meta({
    description: "An app's own data: an object whose values are any JSON values.",
    type: "object",
    additionalProperties: true,
  }) as unknown as z.ZodType<{ [key: string]: JsonValue }>;

/**
 * The type of an entity's `extensions`.
 *
 * @example
 * ```ts
 * import type { Extensions } from "ece-partnerships";
 * const ext: Extensions = { "crm-id": "A-17" };
 * ext["crm-id"]; //=> "A-17"
 * ```
 * @category Core
 */
export type Extensions = { [key: string]: JsonValue };

/** Deep-copies a JSON value (used for patches so a change never aliases live state). */
export function cloneJson<T>(value: T): T {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((item) => cloneJson(item)) as T;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined) continue;
    // A "__proto__" key stays an own data property (assignment would set the prototype instead).
    if (key === "__proto__") Object.defineProperty(out, key, { value: cloneJson(item), enumerable: true, writable: true, configurable: true });
    else out[key] = cloneJson(item);
  }
  return out as T;
}
