import { z } from "./zod.js";
import { ExtensionsSchema } from "./json.js";
import { nearest } from "./suggest.js";

/** One line per unknown key (fromZodIssues splits them), each with the nearest known key if one is close. */
function unknownKeysMessage(keys: readonly string[], known: readonly string[], hints: Readonly<Record<string, string>>): string {
  const hint = (key: string) => {
    const near = Object.hasOwn(hints, key) ? hints[key] : nearest(key, known);
    return near === undefined ? "" : ` (did you mean "${near}"?)`;
  };
  return keys.map((key) => `unknown key "${key}"${hint(key)}: the library does not model it; put an app's own data under "extensions"`).join("\n");
}

/** The keys of the object schema an issue came from. */
function knownKeys(issue: { inst?: unknown }): string[] {
  const shape = (issue.inst as { _zod?: { def?: { shape?: object } } } | undefined)?._zod?.def?.shape;
  return shape ? Object.keys(shape) : [];
}

/**
 * Builds the schema of an entity: a strict object with the given fields plus an optional
 * `extensions` object. An unknown key is a validation error whose message names the key, suggests
 * the nearest known key when one is close (or the key `hints` maps it to, for a likely mistake
 * such as `name` for `signer`) and points to `extensions`, so no data is ever silently dropped.
 *
 * @example
 * ```ts
 * import * as z from "zod";
 * import { entitySchema, parseWith } from "ece-partnerships";
 * const Site = entitySchema({ id: z.string(), slots: z.number().int() });
 * const r = parseWith(Site, { id: "s1", slots: 16, colour: "blue" });
 * if (!r.ok) r.error.issues[0]?.message; //=> 'unknown key "colour": the library does not model it; put an app\'s own data under "extensions"'
 * parseWith(Site, { id: "s1", slots: 16, extensions: { colour: "blue" } }).ok; //=> true
 * ```
 * @category Core
 */
export function entitySchema<Shape extends z.ZodRawShape>(shape: Shape, hints: Readonly<Record<string, string>> = {}) {
  return z.strictObject(
    { ...shape, extensions: /* @__PURE__ */ ExtensionsSchema.optional() },
    {
      error: (issue) => (issue.code === "unrecognized_keys" ? unknownKeysMessage(issue.keys, knownKeys(issue), hints) : undefined),
    },
  );
}

/**
 * A strict object without `extensions`, for parts of an entity (a contact, a signature) that
 * should reject unknown keys in the same way (with the same suggestions and `hints`). Apps put
 * their own data on the enclosing entity.
 *
 * @example
 * ```ts
 * import * as z from "zod";
 * import { partSchema } from "ece-partnerships";
 * const Contact = partSchema({ name: z.string() });
 * Contact.safeParse({ name: "Ana", extra: 1 }).success; //=> false
 * ```
 * @category Core
 */
export function partSchema<Shape extends z.ZodRawShape>(shape: Shape, hints: Readonly<Record<string, string>> = {}) {
  return z.strictObject(shape, {
    error: (issue) => (issue.code === "unrecognized_keys" ? unknownKeysMessage(issue.keys, knownKeys(issue), hints) : undefined),
  });
}

const hasOwnProtoKey = (v: unknown) => typeof v === "object" && v !== null && Object.prototype.hasOwnProperty.call(v, "__proto__");

/**
 * Reports an own `__proto__` key of a record's input as an issue (zod skips such a key, so it
 * would be dropped without a word); returns the record schema's own type, so input types and the
 * JSON Schema stay the record's.
 */
function guardProtoKey<S extends z.ZodType>(schema: S): S {
  return z.preprocess((value, ctx) => {
    if (hasOwnProtoKey(value)) ctx.addIssue({ code: "custom", path: ["__proto__"], message: 'a key named "__proto__" cannot be kept (it would replace the object\'s prototype); rename it', input: value });
    return value;
  }, schema) as unknown as S;
}

/** `z.record` whose `__proto__` key is reported instead of dropped. */
export function recordSchema<K extends z.core.$ZodRecordKey, V extends z.ZodType>(key: K, value: V): z.ZodRecord<K, V> {
  return guardProtoKey(z.record(key, value));
}

/** `z.partialRecord` whose `__proto__` key is reported instead of dropped. */
export function partialRecordSchema<K extends z.core.$ZodRecordKey, V extends z.ZodType>(key: K, value: V) {
  return guardProtoKey(z.partialRecord(key, value));
}

/**
 * Options for an entity's cross-field check (`.superRefine(check, crossField("parties", "views"))`, marked
 * `@__PURE__` in the library so bundlers can drop it): the check runs whenever the fields it reads are valid, even when other fields are not, so one
 * pass reports every problem. zod's default skips it after any issue in the object.
 */
export function crossField(...fields: string[]): { when: (payload: { value: unknown; issues: readonly { code?: string | undefined; path?: readonly PropertyKey[] | undefined }[] }) => boolean } {
  const blocks = (issue: { code?: string | undefined; path?: readonly PropertyKey[] | undefined }) =>
    issue.code !== "unrecognized_keys" && (issue.path === undefined || issue.path.length === 0 || fields.includes(String(issue.path[0])));
  return {
    when: (payload) => typeof payload.value === "object" && payload.value !== null && !Array.isArray(payload.value) && !payload.issues.some(blocks),
  };
}
