import type * as z from "zod";
import { daysInMonth } from "./date-math.js";
import { describeThrown, describeValue } from "./describe.js";
import { didYouMean } from "./suggest.js";
import { fillTemplate, issueText, type IssueTemplate } from "./issue-text.js";

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
  /**
   * The English template the message was written from (`{name}` slots) and the values put in
   * them, so the message can be written in another language ({@link localizeValidationError}).
   * Absent where the message has no values: the message is then its own template.
   */
  template?: { readonly text: string; readonly values: Readonly<Record<string, string | number>> };
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

/** {@link makeIssue} from a template (see `issueText`): the message and the template it was written from. */
export function templatedIssue(path: readonly (string | number)[], code: string, text: { message: string; params: { template: IssueTemplate } }): ValidationIssue {
  return { ...makeIssue(path, code, text.message), template: text.params.template };
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
        out.push({ ...makeIssue([...path, key], "unrecognized_key", line), template: unknownKeyTemplate(key, line) });
      });
    } else if (issue.code === "invalid_union" && issue.errors.length > 0 && !("note" in issue && issue.note)) {
      // Report the branch that got furthest rather than a bare "invalid input".
      const best = [...issue.errors].sort((a, b) => depth(b) - depth(a))[0] ?? [];
      const nested = fromZodIssues(best, path);
      out.push(...(nested.length > 0 ? nested : [makeIssue(path, issue.code, issue.message)]));
    } else {
      const { message, template } = issueMessage(issue);
      out.push(template ? { ...makeIssue(path, issue.code, message), template } : makeIssue(path, issue.code, message));
    }
  }
  return out;
}

const UNKNOWN_KEY_END = ': the library does not model it; put an app\'s own data under "extensions"';

/** The template of an unknown key's line: with the suggested key, or without one. */
function unknownKeyTemplate(key: string, line: string): IssueTemplate {
  const head = `unknown key "${key}"`;
  const middle = line.slice(head.length, line.length - UNKNOWN_KEY_END.length);
  const suggested = /^ \(did you mean "(.*)"\?\)$/.exec(middle);
  return suggested
    ? { text: `unknown key "{key}" (did you mean "{suggestion}"?)${UNKNOWN_KEY_END}`, values: { key, suggestion: suggested[1]! } }
    : { text: `unknown key "{key}"${UNKNOWN_KEY_END}`, values: { key } };
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
    return { ok: false, error: validationError([templatedIssue([], "unparseable", issueText("the input could not be read: {reason}", { reason: describeThrown(thrown) }))]) };
  }
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** A message written from a template: the English and the template it came from. */
type Written = { message: string; template?: IssueTemplate };

const written = (text: string, values: Readonly<Record<string, string | number>>): Written => ({ message: fillTemplate(text, values), template: { text, values } });

/**
 * A message that says how to fix the value: "required" for a missing field, the bad value echoed
 * (shortened), the choices when there are few and the nearest when one is close, and an impossible
 * date named as such; a schema's own message is kept. Each comes with the template it was written
 * from, so it can be written in another language.
 */
function issueMessage(issue: z.core.$ZodIssue): Written {
  const input = (issue as { input?: unknown }).input;
  // zod's own wording starts "Invalid input"; a schema's custom message is kept.
  const own = issue.message.startsWith("Invalid input");
  if (issue.code === "invalid_type" && input === undefined) return own ? written("required: expected {expected}", { expected: article(issue.expected) }) : written("required: {reason}", { reason: issue.message });
  if (issue.code === "invalid_type" && own) return written("expected {expected}, got {got}", { expected: article(issue.expected), got: describeValue(input) });
  if (issue.code === "invalid_value" && issue.values.length > 0 && issue.values.every((v) => typeof v === "string")) return choiceMessage(issue.message, issue.values as string[], input);
  if (issue.code === "invalid_format" && issue.format === "date" && typeof input === "string") return impossibleDate(input) ?? { message: issue.message };
  // zod's own wording for the other codes ("Too small: ...", "Invalid ...") becomes the library's, so it has a template.
  if (/^(Too small|Too big|Invalid)/.test(issue.message)) return zodDefault(issue, input) ?? { message: issue.message };
  return customMessage(issue);
}

/** The library's words for what zod would say in its own: sizes, formats, literals, multiples. */
function zodDefault(issue: z.core.$ZodIssue, input: unknown): Written | undefined {
  switch (issue.code) {
    case "too_small":
      return sizeMessage(issue.origin, "small", Number(issue.minimum), issue.inclusive !== false);
    case "too_big":
      return sizeMessage(issue.origin, "big", Number(issue.maximum), issue.inclusive !== false);
    case "invalid_format":
      return written("is not a valid {format}", { format: issue.format });
    case "invalid_value":
      return written("expected {expected}, got {got}", { expected: issue.values.map((v) => describeValue(v)).join(" or "), got: describeValue(input) });
    case "not_multiple_of":
      return written("must be a multiple of {divisor}", { divisor: Number(issue.divisor) });
    case "invalid_union":
      return written("does not match any of the allowed shapes", {});
    case "invalid_key":
      return written("has a key that is not allowed", {});
    case "invalid_element":
      return written("has a value that is not allowed", {});
    default:
      return undefined;
  }
}

/** "must not be empty", "needs at least 2 items", "must be at most 100"... */
function sizeMessage(origin: string, side: "small" | "big", limit: number, inclusive: boolean): Written {
  const unit = origin === "string" ? "characters" : origin === "array" || origin === "set" ? "items" : undefined;
  if (side === "small" && unit === "characters" && limit === 1) return written("must not be empty", {});
  if (unit === "characters") return written(side === "small" ? "needs at least {limit} characters" : "must have at most {limit} characters", { limit });
  if (unit === "items") return written(side === "small" ? "needs at least {limit} items" : "must have at most {limit} items", { limit });
  if (side === "small") return written(inclusive ? "must be at least {limit}" : "must be more than {limit}", { limit });
  return written(inclusive ? "must be at most {limit}" : "must be less than {limit}", { limit });
}

/** A value outside a list of choices: the choices when there are few, and the nearest. */
function choiceMessage(message: string, values: readonly string[], input: unknown): Written {
  // A schema's own message that already says what it got ("unknown organization kind; see ...; got ...").
  const at = message.indexOf("; got ");
  if (at >= 0) return withSuggestion(message.slice(at + 6), "{prefix}; got {got}", { prefix: message.slice(0, at) });
  const choices = values.length <= 8 ? values.map((v) => JSON.stringify(v)).join(", ") : "";
  const near = didYouMean(input, values);
  const got = describeValue(input) + near;
  if (!message.startsWith("Invalid option")) return withSuggestion(got, choices ? "{prefix}; expected one of {choices}, got {got}" : "{prefix}; got {got}", { prefix: message, choices });
  return withSuggestion(got, choices ? "expected one of {choices}, got {got}" : "got {got}", { choices });
}

/** A template ending in "got {got}", with the "did you mean" suggestion as a slot of its own when `got` ends with one. */
function withSuggestion(got: string, text: string, values: Readonly<Record<string, string>>): Written {
  const m = /^([\s\S]*?); did you mean "([\s\S]*)"\?$/.exec(got);
  const own = Object.fromEntries(Object.entries(values).filter(([name]) => text.includes(`{${name}}`)));
  return m ? written(`${text}; did you mean "{suggestion}"?`, { ...own, got: m[1]!, suggestion: m[2]! }) : written(text, { ...own, got });
}

/**
 * Messages that schemas write with a value in them through zod's `error` function (which cannot
 * carry a template): read back into their template by pattern. Every other message without a
 * template has no values and is its own template.
 */
const PATTERNED = [
  "an agreement needs at least two parties; it has {count}",
  "a partnership needs at least two parties; it has {count}",
  "schemaVersion {version} is newer than this version of ece-partnerships reads ({supported}): update the library to read this document",
  "schemaVersion must be {supported}; this document is version {version}: run migratePortfolio on it",
  "schemaVersion must be {supported}",
];
let patterns: { text: string; names: string[]; re: RegExp }[] | undefined;

/** The template a patterned message was written from, if it is one of {@link PATTERNED}. */
function patternedTemplate(message: string): IssueTemplate | undefined {
  patterns ??= PATTERNED.map((text) => ({
    text,
    names: [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!),
    re: new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\\\{\w+\\\}/g, "(.+?)")}$`),
  }));
  for (const p of patterns) {
    const m = p.re.exec(message);
    if (m) return { text: p.text, values: Object.fromEntries(p.names.map((name, i) => [name, m[i + 1]!])) };
  }
  return undefined;
}

/** A custom issue's message and the template it carries (zod's `params`), or the pattern it matches. */
function customMessage(issue: z.core.$ZodIssue): Written {
  const template = (issue.code === "custom" ? (issue.params as { template?: IssueTemplate } | undefined)?.template : undefined) ?? patternedTemplate(issue.message);
  return template ? { message: issue.message, template } : { message: issue.message };
}

function article(expected: string): string {
  return `${/^[aeiou]/.test(expected) ? "an" : "a"} ${expected}`;
}

/** "2025-02-30 is not a date: February 2025 has 28 days", for text shaped like a date. */
function impossibleDate(text: string): Written | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return written("{value} is not a date written YYYY-MM-DD", { value: describeValue(text) });
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) return written("{date} is not a date: there is no month {month}", { date: text, month: m[2]! });
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return written("{date} is not a date: {month} {year} has {days} days", { date: text, month: MONTHS[month - 1]!, year: m[1]!, days });
  return undefined;
}
