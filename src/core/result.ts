import type * as z from "zod";
import { daysInMonth } from "./date-math.js";
import { describeThrown, describeValue } from "./describe.js";
import { didYouMean } from "./suggest.js";

/**
 * One problem found while validating input: where it is, a stable code and a sentence.
 *
 * @example
 * ```ts
 * import type { ValidationIssue } from "ece-partnerships";
 * const issue: ValidationIssue = {
 *   path: ["partners", 0, "since"],
 *   pathText: "partners[0].since",
 *   code: "invalid_format",
 *   message: "Invalid ISO date",
 * };
 * issue.pathText; //=> "partners[0].since"
 * ```
 * @category Core
 */
export interface ValidationIssue {
  /** Where the problem is, as keys and indexes from the root of the input. */
  path: (string | number)[];
  /** The same path written as a property access, such as `partners[0].since`; `""` for the root. */
  pathText: string;
  /** A stable code: zod's issue codes plus the library's own (`unrecognized_key`, `reference`, `unparseable`...). */
  code: string;
  /** One human sentence. */
  message: string;
}

/**
 * Why input was rejected: every issue found, and a readable `message` listing them all.
 *
 * @example
 * ```ts
 * import { parseWith, IsoDateSchema } from "ece-partnerships";
 * const result = parseWith(IsoDateSchema, "2025-02-30");
 * result.ok; //=> false
 * if (!result.ok) result.error.issues.length; //=> 1
 * ```
 * @category Core
 */
export interface ValidationError {
  /** Always `"ValidationError"`, so an app can tell it apart from other errors. */
  name: "ValidationError";
  /** Every issue, one per line, each with its path. */
  message: string;
  /** Every issue found (not only the first). */
  issues: ValidationIssue[];
}

/**
 * The result of a function that validates its input: the value, or every reason it was rejected.
 *
 * @example
 * ```ts
 * import { parseWith, CentsSchema, type ParseResult } from "ece-partnerships";
 * const r: ParseResult<number> = parseWith(CentsSchema, 1250);
 * r; //=> { ok: true, value: 1250 }
 * ```
 * @category Core
 */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: ValidationError };

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Writes a path as a property access: `["partners", 0, "since"]` → `partners[0].since`.
 *
 * @example
 * ```ts
 * import { formatPath } from "ece-partnerships";
 * formatPath(["partners", 0, "since"]); //=> "partners[0].since"
 * formatPath(["extensions", "crm-id"]); //=> 'extensions["crm-id"]'
 * formatPath([]); //=> ""
 * ```
 * @category Core
 */
export function formatPath(path: readonly (string | number)[]): string {
  let text = "";
  for (const key of path) {
    if (typeof key === "number") text += `[${key}]`;
    else if (IDENTIFIER.test(key)) text += text === "" ? key : `.${key}`;
    else text += `[${JSON.stringify(key)}]`;
  }
  return text;
}

/**
 * Builds one issue from a path, a code and a message.
 *
 * @example
 * ```ts
 * import { makeIssue } from "ece-partnerships";
 * makeIssue(["parties", 1], "duplicate", "parties[1] repeats a party").pathText; //=> "parties[1]"
 * ```
 * @category Core
 */
export function makeIssue(path: readonly (string | number)[], code: string, message: string): ValidationIssue {
  return { path: [...path], pathText: formatPath(path), code, message };
}

/**
 * Builds a {@link ValidationError} from issues; its `message` lists every issue with its path.
 *
 * @example
 * ```ts
 * import { makeIssue, validationError } from "ece-partnerships";
 * const error = validationError([makeIssue(["name"], "too_small", "name must not be empty")]);
 * error.message; //=> "1 problem:\n- at name: name must not be empty"
 * ```
 * @category Core
 */
export function validationError(issues: readonly ValidationIssue[]): ValidationError {
  const lines = issues.map((issue) => `- at ${issue.pathText === "" ? "(root)" : issue.pathText}: ${issue.message}`);
  const count = issues.length === 1 ? "1 problem" : `${issues.length} problems`;
  return { name: "ValidationError", message: `${count}:\n${lines.join("\n")}`, issues: [...issues] };
}

function toPathKeys(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((key) => (typeof key === "number" ? key : String(key)));
}

/** Converts zod issues to library issues, one issue per unknown key. */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly (string | number)[] = []): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...toPathKeys(issue.path)];
    if (issue.code === "unrecognized_keys") {
      // The library's object schemas write one line per key (with a suggestion); others get the default.
      const lines = issue.message.split("\n");
      issue.keys.forEach((key, i) => {
        const line = lines.length === issue.keys.length && lines[i]!.startsWith(`unknown key "${key}"`) ? lines[i]! : `unknown key "${key}": the library does not model it; put an app's own data under "extensions"`;
        out.push(makeIssue([...path, key], "unrecognized_key", line));
      });
    } else if (issue.code === "invalid_union" && issue.errors.length > 0 && !("note" in issue && issue.note)) {
      // Report the branch that got furthest rather than a bare "invalid input".
      const best = [...issue.errors].sort((a, b) => depth(b) - depth(a))[0] ?? [];
      const nested = fromZodIssues(best, path);
      out.push(...(nested.length > 0 ? nested : [makeIssue(path, issue.code, issue.message)]));
    } else {
      out.push(makeIssue(path, issue.code, issueMessage(issue)));
    }
  }
  return out;
}

function depth(issues: readonly z.core.$ZodIssue[]): number {
  return Math.max(0, ...issues.map((issue) => issue.path.length));
}


/**
 * The parameter type of every `parseX` function: for an object literal, the entity's input type `I`
 * (completion, a compile-time error for a misspelt or unknown key or a wrong value); for a value of
 * type `unknown` or `any`, or a string-keyed record (data read from JSON, a form or a database),
 * anything, checked at run time. `T` is inferred from the argument; callers never write it.
 *
 * @example
 * ```ts
 * import { parseGoal, type ParseInput, type GoalInput } from "ece-partnerships";
 * const typed: ParseInput<{ id: string; text: string }, GoalInput> = { id: "g1", text: "Enroll foster children" };
 * typed.text; //=> "Enroll foster children"
 * const fromJson: unknown = JSON.parse('{"id":"g1","text":"Enroll foster children"}');
 * parseGoal(fromJson).ok; //=> true
 * ```
 * @category Core
 */
export type ParseInput<T, I> = unknown extends T ? T : string extends keyof T ? T : { [K in keyof T]: K extends keyof I ? I[K] : never } & I;

/**
 * `schema.safeParse(input)`, and on failure the same parse again with zod's `reportInput`, so each
 * issue carries the rejected value and its message can echo it. Parsing with `reportInput` from the
 * start costs memory on every record (about a third more peak memory reading a national file), so
 * only a failing input pays for it.
 */
export function safeParseReporting<S extends z.ZodType>(schema: S, input: unknown): z.ZodSafeParseResult<z.output<S>> {
  const result = schema.safeParse(input);
  return result.success ? result : schema.safeParse(input, { reportInput: true });
}

/**
 * Validates `input` against a zod schema and never throws, whatever the input: cyclic objects,
 * getters that throw, very deep nesting and `__proto__` keys all come back as issues.
 * Every issue has a `path`, a `pathText` such as `partners[0].since`, a `code` and a `message`;
 * an unknown key gets its own issue pointing to `extensions`. Complexity: that of the schema, O(size of the input).
 *
 * @example
 * ```ts
 * import * as z from "zod";
 * import { parseWith, entitySchema, IsoDateSchema } from "ece-partnerships";
 * const Visit = entitySchema({ on: IsoDateSchema });
 * parseWith(Visit, { on: "2025-09-02" }); //=> { ok: true, value: { on: "2025-09-02" } }
 * const bad = parseWith(Visit, { on: "2025-09-31", color: "red" });
 * bad.ok; //=> false
 * if (!bad.ok) bad.error.issues.map((i) => i.pathText); //=> ["on", "color"]
 * ```
 * @category Core
 */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown): ParseResult<z.output<S>> {
  try {
    const result = safeParseReporting(schema, input);
    if (result.success) return { ok: true, value: result.data };
    return { ok: false, error: validationError(fromZodIssues(result.error.issues)) };
  } catch (thrown) {
    return { ok: false, error: validationError([makeIssue([], "unparseable", `the input could not be read: ${describeThrown(thrown)}`)]) };
  }
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/**
 * A message that says how to fix the value: "required" for a missing field, the bad value echoed
 * (shortened), the choices when there are few and the nearest when one is close, and an impossible
 * date named as such. zod's own message is kept where the library has nothing better to say.
 */
function issueMessage(issue: z.core.$ZodIssue): string {
  const input = (issue as { input?: unknown }).input;
  // zod's own wording starts "Invalid input"; a schema's custom message is kept.
  const own = issue.message.startsWith("Invalid input");
  if (issue.code === "invalid_type" && input === undefined) return `required: ${own ? `expected ${article(issue.expected)}` : issue.message}`;
  if (issue.code === "invalid_type" && own) return `expected ${article(issue.expected)}, got ${describeValue(input)}`;
  if (issue.code === "invalid_value" && issue.values.length > 0 && issue.values.every((v) => typeof v === "string")) {
    const values = issue.values as string[];
    if (issue.message.includes("; got ")) return issue.message;
    const custom = issue.message.startsWith("Invalid option") ? "" : `${issue.message}; `;
    const choices = values.length <= 8 ? `expected one of ${values.map((v) => JSON.stringify(v)).join(", ")}, ` : "";
    return `${custom}${choices}got ${describeValue(input)}${didYouMean(input, values)}`;
  }
  if (issue.code === "invalid_format" && issue.format === "date" && typeof input === "string") return impossibleDate(input) ?? issue.message;
  return issue.message;
}

function article(expected: string): string {
  return `${/^[aeiou]/.test(expected) ? "an" : "a"} ${expected}`;
}

/** "2025-02-30 is not a date: February 2025 has 28 days", for text shaped like a date. */
function impossibleDate(text: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return `${describeValue(text)} is not a date written YYYY-MM-DD`;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) return `${text} is not a date: there is no month ${m[2]}`;
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return `${text} is not a date: ${MONTHS[month - 1]} ${m[1]} has ${days} days`;
  return undefined;
}
