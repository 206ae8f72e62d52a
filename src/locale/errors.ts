import type { ValidationError, ValidationIssue } from "../core/result.js";
import { requireLocale, type Locale } from "./locale.js";
import { fill, sayIn } from "./say.js";

/**
 * The slots whose values are the library's own words (a type such as "a string", a month, a
 * reason, a schema's own sentence before "; got"), written in the locale's words. Every other value
 * is data (an id, a key, a date, a suggested id) and is kept as given.
 */
const WORDED = new Set(["expected", "got", "month", "reason", "type", "prefix"]);

/** A value put into a message, in the locale's words where its slot holds words and the locale has them. */
function valueIn(words: Readonly<Record<string, string>>, name: string, value: string | number): string | number {
  return WORDED.has(name) && typeof value === "string" && Object.hasOwn(words, value) ? words[value]! : value;
}

/** One issue's message in the locale: its template's translation, filled with its values; the English where the locale has none. */
function issueIn(issue: ValidationIssue, words: Readonly<Record<string, string>>): ValidationIssue {
  const template = issue.template ?? { text: issue.message, values: {} };
  if (!Object.hasOwn(words, template.text)) return issue;
  const values = Object.fromEntries(Object.entries(template.values).map(([name, value]) => [name, valueIn(words, name, value)]));
  return { ...issue, message: fill(words[template.text]!, values) };
}

/**
 * A validation error written in a locale: every issue's message from the template it was written
 * from (`issue.template`; a message with no values is its own template), and the summary
 * `message` listing them. Paths, codes and templates do not change; a message the locale has no
 * words for stays in English. Pass the error of any `parse…` function, `parsePortfolioJson`,
 * `editPortfolio` or `importDirectory`.
 *
 * @throws {TypeError} When `locale` is a string such as `"es"` (import the locale object instead).
 * @example
 * ```ts
 * import { localizeValidationError, parsePartnership } from "ece-partnerships";
 * import { es } from "ece-partnerships/es";
 * const r = parsePartnership({ id: "p1", parties: ["hs", "hs"], status: "active", colour: "blue" } as unknown);
 * if (!r.ok) {
 *   r.error.issues.map((i) => i.pathText); //=> ["colour", "parties[1]"]
 *   localizeValidationError(r.error, es).issues.map((i) => i.message);
 *   //=> ['clave desconocida "colour": la biblioteca no la modela; ponga los datos propios de la aplicación en "extensions"', 'la parte "hs" figura dos veces (también en parties[0])']
 *   localizeValidationError(r.error, es).message.split("\n")[0]; //=> "2 problemas:"
 * }
 * ```
 * @category Languages
 */
export function localizeValidationError(error: ValidationError, locale: Locale): ValidationError {
  const given = requireLocale(locale, "localizeValidationError");
  const words = given?.words;
  if (!words) return error;
  const issues = error.issues.map((issue) => issueIn(issue, words));
  const say = sayIn(given);
  const count = issues.length === 1 ? say("1 problem") : say("{n} problems", { n: issues.length });
  const lines = issues.map((issue) => say("- at {path}: {message}", { path: issue.pathText === "" ? say("(root)") : issue.pathText, message: issue.message }));
  return { name: "ValidationError", message: `${count}:\n${lines.join("\n")}`, issues };
}
