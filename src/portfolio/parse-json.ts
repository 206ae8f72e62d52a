import type * as z from "zod";
import { makeIssue, validationError, type ParseResult, type ValidationIssue } from "../core/index.js";
import { fromZodIssues } from "../core/internal.js";
import { portfolioIntegrityIssues } from "./integrity.js";
import { parsePortfolio } from "./parse.js";
import { PortfolioSchema, portfolioCollections, type Portfolio } from "./schema.js";

type Span = [start: number, end: number];

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);

function skipWs(text: string, i: number): number {
  while (i < text.length && WS.has(text.charCodeAt(i))) i++;
  return i;
}

/** End (exclusive) of the JSON value starting at `i`; assumes well-formed JSON (slices are re-checked by JSON.parse). */
function valueEnd(text: string, i: number): number {
  const c = text[i];
  if (c === '"') {
    for (let j = i + 1; j < text.length; j++) {
      const d = text[j];
      if (d === "\\") j++;
      else if (d === '"') return j + 1;
    }
    throw new SyntaxError("unterminated string");
  }
  if (c === "{" || c === "[") {
    let depth = 0;
    for (let j = i; j < text.length; j++) {
      const d = text[j];
      if (d === '"') {
        j = valueEnd(text, j) - 1;
      } else if (d === "{" || d === "[") depth++;
      else if (d === "}" || d === "]") {
        depth--;
        if (depth === 0) return j + 1;
      }
    }
    throw new SyntaxError("unterminated object or array");
  }
  let j = i;
  while (j < text.length && !",}] \t\n\r".includes(text[j]!)) j++;
  if (j === i) throw new SyntaxError(`unexpected character at ${i}`);
  return j;
}

/** The members of the top-level object: key to value span (a later duplicate key wins, as in JSON.parse). */
function members(text: string): Map<string, Span> {
  const out = new Map<string, Span>();
  let i = skipWs(text, 0);
  if (text[i] !== "{") throw new SyntaxError("a portfolio is a JSON object");
  i = skipWs(text, i + 1);
  if (text[i] === "}") return out;
  for (;;) {
    const keyEnd = valueEnd(text, i);
    const key = JSON.parse(text.slice(i, keyEnd)) as string;
    i = skipWs(text, keyEnd);
    if (text[i] !== ":") throw new SyntaxError(`expected ':' at ${i}`);
    i = skipWs(text, i + 1);
    const end = valueEnd(text, i);
    out.delete(key);
    out.set(key, [i, end]);
    i = skipWs(text, end);
    if (text[i] === ",") {
      i = skipWs(text, i + 1);
      continue;
    }
    if (text[i] === "}" && skipWs(text, i + 1) === text.length) return out;
    throw new SyntaxError(`expected ',' or '}' at ${i}`);
  }
}

/** The element spans of a JSON array. */
function elements(text: string, [start, end]: Span): Span[] {
  const out: Span[] = [];
  let i = skipWs(text, start + 1);
  if (text[i] === "]") return out;
  while (i < end) {
    const e = valueEnd(text, i);
    out.push([i, e]);
    i = skipWs(text, e);
    if (text[i] === ",") i = skipWs(text, i + 1);
    else if (text[i] === "]") break;
    else throw new SyntaxError(`expected ',' or ']' at ${i}`);
  }
  return out;
}

let shellSchema: z.ZodType | undefined;

function collectionSchema(name: (typeof portfolioCollections)[number]): z.ZodType {
  return PortfolioSchema.shape[name];
}

/**
 * Parses and validates a portfolio from its JSON text, one record at a time, so that a national
 * file never exists twice in memory: each record is parsed from its slice of the text, validated,
 * and its raw form dropped before the next. The result is the same as
 * `parsePortfolio(JSON.parse(text))` (every shape and reference problem, with paths), at about
 * half the peak memory: use it when reading large files. Text that is not JSON gives one
 * `invalid_json` issue; JSON that is not an object is reported as `parsePortfolio` would. Never throws. Complexity: O(length of the text).
 *
 * @example
 * ```ts
 * import { parsePortfolioJson } from "ece-partnerships";
 * const r = parsePortfolioJson('{"schemaVersion":1,"organizations":[{"id":"lib","name":"Library","kind":"library","level":"local"}]}');
 * r.ok && r.value.organizations[0]?.contacts; //=> []
 * const bad = parsePortfolioJson('{"schemaVersion":1,"partnerships":[{"id":"p","parties":["a","b"],"status":"active"}]}');
 * if (!bad.ok) bad.error.issues.map((i) => i.pathText); //=> ["partnerships[0].parties[0]", "partnerships[0].parties[1]"]
 * parsePortfolioJson("{oops").ok; //=> false
 * ```
 * @category Portfolio
 */
export function parsePortfolioJson(text: string): ParseResult<Portfolio> {
  if (typeof text !== "string") return { ok: false, error: validationError([makeIssue([], "invalid_type", "expected the portfolio's JSON text")]) };
  let spans: Map<string, Span>;
  try {
    spans = members(text);
  } catch {
    return invalidJson(text);
  }
  const issues: ValidationIssue[] = [];
  const assembled: Record<string, unknown> = {};
  try {
    const shell: Record<string, unknown> = {};
    for (const [key, span] of spans) {
      // defineProperty keeps a "__proto__" key an own key, which the strict schema then rejects.
      if (!(portfolioCollections as readonly string[]).includes(key)) Object.defineProperty(shell, key, { value: JSON.parse(text.slice(span[0], span[1])), enumerable: true, configurable: true, writable: true });
    }
    shellSchema ??= PortfolioSchema.omit(Object.fromEntries(portfolioCollections.map((c) => [c, true])) as Record<(typeof portfolioCollections)[number], true>);
    const shellResult = shellSchema.safeParse(shell);
    if (shellResult.success) Object.assign(assembled, shellResult.data);
    else {
      issues.push(...fromZodIssues(shellResult.error.issues));
      Object.assign(assembled, shell);
    }
    for (const name of portfolioCollections) {
      const span = spans.get(name);
      if (!span) {
        assembled[name] = [];
        continue;
      }
      if (text[span[0]] !== "[") {
        const result = collectionSchema(name).safeParse(JSON.parse(text.slice(span[0], span[1])));
        if (!result.success) issues.push(...fromZodIssues(result.error.issues, [name]));
        assembled[name] = [];
        continue;
      }
      const element = (collectionSchema(name) as unknown as { unwrap(): { element: z.ZodType } }).unwrap().element;
      const out: unknown[] = [];
      elements(text, span).forEach(([s, e], i) => {
        const raw: unknown = JSON.parse(text.slice(s, e));
        const result = element.safeParse(raw);
        if (result.success) out.push(result.data);
        else {
          issues.push(...fromZodIssues(result.error.issues, [name, i]));
          out.push(raw);
        }
      });
      assembled[name] = out;
    }
  } catch {
    return invalidJson(text);
  }
  issues.push(...portfolioIntegrityIssues(assembled));
  if (issues.length > 0) return { ok: false, error: validationError(issues) };
  // Key order as zod writes it, so the value serializes exactly like parsePortfolio's.
  const ordered: Record<string, unknown> = {};
  for (const key of Object.keys(PortfolioSchema.shape)) if (key in assembled) ordered[key] = assembled[key];
  return { ok: true, value: ordered as Portfolio };
}

function invalidJson(text: string): ParseResult<Portfolio> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (thrown) {
    return { ok: false, error: validationError([makeIssue([], "invalid_json", `the text is not valid JSON${thrown instanceof Error ? `: ${thrown.message}` : ""}`)]) };
  }
  // Valid JSON that is not an object (or that the scanner could not follow): the whole-value parser says why.
  return parsePortfolio(parsed);
}
