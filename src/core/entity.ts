import { z } from "./zod.js";
import { ExtensionsSchema } from "./json.js";

/** The message for an unknown key, naming it and pointing to `extensions`. */
function unknownKeysMessage(keys: readonly string[]): string {
  const names = keys.map((key) => `"${key}"`).join(", ");
  return `unknown key${keys.length === 1 ? "" : "s"} ${names}: put an app's own data under "extensions"`;
}

/**
 * Builds the schema of an entity: a strict object with the given fields plus an optional
 * `extensions` object. An unknown key is a validation error whose message names the key and
 * points to `extensions`, so no data is ever silently dropped.
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
export function entitySchema<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.strictObject(
    { ...shape, extensions: /* @__PURE__ */ ExtensionsSchema.optional() },
    {
      error: (issue) => (issue.code === "unrecognized_keys" ? unknownKeysMessage(issue.keys) : undefined),
    },
  );
}

/**
 * A strict object without `extensions`, for parts of an entity (a contact, a signature) that
 * should reject unknown keys in the same way. Apps put their own data on the enclosing entity.
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
export function partSchema<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.strictObject(shape, {
    error: (issue) => (issue.code === "unrecognized_keys" ? unknownKeysMessage(issue.keys) : undefined),
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
