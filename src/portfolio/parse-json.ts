import type * as z from "zod";
import { makeIssue, validationError, type ParseResult, type ValidationIssue } from "../core/index.js";
import { addCanonicalStrings, canonicalString, fromZodIssues, issueText, safeParseReporting, templatedIssue } from "../core/internal.js";
import { agreementTemplates } from "../agreements/index.js";
import { fundingStreams } from "../funding/index.js";
import { portfolioIntegrityIssues } from "./integrity.js";
import { sortIssues } from "./issue-order.js";
import { parsePortfolio } from "./parse.js";
import { PortfolioSchema, portfolioCollections, type Portfolio } from "./schema.js";

type Span = [start: number, end: number];

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;

const isWs = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/**
 * The JSON text being read: a string, or UTF-8 bytes (past V8's longest string). Structure is
 * found by ASCII codes, which UTF-8 never uses inside a multi-byte character, so the same scan
 * works on both; only record slices are decoded. Past the end, `code` is not a number.
 */
interface Source {
  readonly length: number;
  code(i: number): number;
  /** The index of the next `"` at or after `from`, or -1. */
  quote(from: number): number;
  /** The text of [start, end). */
  slice(start: number, end: number): string;
}

class TextSource implements Source {
  readonly length: number;
  constructor(private readonly text: string) {
    this.length = text.length;
  }
  code(i: number): number {
    return this.text.charCodeAt(i);
  }
  quote(from: number): number {
    return this.text.indexOf('"', from);
  }
  slice(start: number, end: number): string {
    return this.text.slice(start, end);
  }
}

/** The WHATWG decoder, global in browsers and Node (typed here: the library's types use no DOM lib). */
declare const TextDecoder: new (label: string, options: { fatal: boolean; ignoreBOM: boolean }) => { decode(input: Uint8Array): string };

class BytesSource implements Source {
  readonly length: number;
  private readonly decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  constructor(private readonly bytes: Uint8Array) {
    this.length = bytes.length;
  }
  code(i: number): number {
    return this.bytes[i] as number;
  }
  quote(from: number): number {
    return this.bytes.indexOf(QUOTE, from);
  }
  slice(start: number, end: number): string {
    return this.decoder.decode(this.bytes.subarray(start, end));
  }
}

function skipWs(text: Source, i: number): number {
  while (i < text.length && isWs(text.code(i))) i++;
  return i;
}

/** End (exclusive) of the string whose opening quote is at `i`: the next quote not escaped by an odd run of backslashes. */
function stringEnd(text: Source, i: number): number {
  let from = i + 1;
  for (;;) {
    const quote = text.quote(from);
    if (quote < 0) throw new SyntaxError("unterminated string");
    let k = quote - 1;
    while (text.code(k) === BACKSLASH) k--;
    if ((quote - 1 - k) % 2 === 0) return quote + 1;
    from = quote + 1;
  }
}

/** End (exclusive) of the JSON value starting at `i`; assumes well-formed JSON (slices are re-checked by JSON.parse). O(length of the value). */
function valueEnd(text: Source, i: number): number {
  const c = text.code(i);
  if (c === QUOTE) return stringEnd(text, i);
  if (c === OPEN_BRACE || c === OPEN_BRACKET) {
    let depth = 0;
    for (let j = i; j < text.length; j++) {
      const d = text.code(j);
      if (d === QUOTE) j = stringEnd(text, j) - 1;
      else if (d === OPEN_BRACE || d === OPEN_BRACKET) depth++;
      else if ((d === CLOSE_BRACE || d === CLOSE_BRACKET) && --depth === 0) return j + 1;
    }
    throw new SyntaxError("unterminated object or array");
  }
  let j = i;
  for (; j < text.length; j++) {
    const d = text.code(j);
    if (d === COMMA || d === CLOSE_BRACE || d === CLOSE_BRACKET || isWs(d)) break;
  }
  if (j === i) throw new SyntaxError(`unexpected character at ${i}`);
  return j;
}

const COLON = 0x3a;

/** The members of the top-level object: key to value span (a later duplicate key wins, as in JSON.parse). */
function members(text: Source): Map<string, Span> {
  const out = new Map<string, Span>();
  let i = skipWs(text, 0);
  if (text.code(i) !== OPEN_BRACE) throw new SyntaxError("a portfolio is a JSON object");
  i = skipWs(text, i + 1);
  if (text.code(i) === CLOSE_BRACE) return out;
  for (;;) {
    const keyEnd = valueEnd(text, i);
    const key = JSON.parse(text.slice(i, keyEnd)) as string;
    i = skipWs(text, keyEnd);
    if (text.code(i) !== COLON) throw new SyntaxError(`expected ':' at ${i}`);
    i = skipWs(text, i + 1);
    const end = valueEnd(text, i);
    out.delete(key);
    out.set(key, [i, end]);
    i = skipWs(text, end);
    if (text.code(i) === COMMA) {
      i = skipWs(text, i + 1);
      continue;
    }
    if (text.code(i) === CLOSE_BRACE && skipWs(text, i + 1) === text.length) return out;
    throw new SyntaxError(`expected ',' or '}' at ${i}`);
  }
}

/** Calls `visit` with the start, end and index of each element of a JSON array, in order, without collecting the spans. */
function forEachElement(text: Source, [start, end]: Span, visit: (start: number, end: number, index: number) => void): void {
  let i = skipWs(text, start + 1);
  if (text.code(i) === CLOSE_BRACKET) return;
  for (let index = 0; i < end; index++) {
    const e = valueEnd(text, i);
    visit(i, e, index);
    i = skipWs(text, e);
    if (text.code(i) === COMMA) i = skipWs(text, i + 1);
    else if (text.code(i) === CLOSE_BRACKET) break;
    else throw new SyntaxError(`expected ',' or ']' at ${i}`);
  }
}

let catalogIdsAdded = false;

/** Adds the catalogs' ids (templates, their clauses, funding streams) to the canonical strings, once. */
function addCatalogIds(): void {
  if (catalogIdsAdded) return;
  catalogIdsAdded = true;
  for (const template of agreementTemplates) addCanonicalStrings([template.id, ...template.clauses.map((c) => c.id)]);
  addCanonicalStrings(fundingStreams.map((s) => s.id));
}

/**
 * The validated value `parsed`, rebuilt for memory from `raw`, the `JSON.parse` value it was
 * validated from (private to this parse, so nothing the caller holds is reused):
 * - wherever both objects have the same keys in the same order, the raw object is kept. Objects
 *   from `JSON.parse` hold exactly their properties inline, while the copies zod builds key by key
 *   reserve four slots and move the rest to a second allocation: a national file's 700,000
 *   objects took about a quarter more memory that way (51 MB against 40 MB).
 * - enum values and catalog ids become the library's own strings ({@link canonicalString}).
 * Every value, default and key order is `parsed`'s, so the result is deep-equal to `parsed` and
 * serializes identically. O(size of the value).
 */
function adopt(raw: unknown, parsed: unknown): unknown {
  if (typeof parsed === "string") return canonicalString(parsed);
  if (typeof parsed !== "object" || parsed === null || typeof raw !== "object" || raw === null) return parsed;
  if (Array.isArray(parsed)) {
    if (!Array.isArray(raw)) return parsed;
    for (let i = 0; i < parsed.length; i++) parsed[i] = adopt(raw[i], parsed[i]);
    return parsed;
  }
  const target = parsed as Record<string, unknown>;
  const source = raw as Record<string, unknown>;
  const keys = Object.keys(target);
  const rawKeys = Array.isArray(raw) ? [] : Object.keys(source);
  // Only a plain object may be swapped for its raw form (a schema that built a class instance keeps it).
  const same = Object.getPrototypeOf(target) === Object.prototype && keys.length === rawKeys.length && keys.every((key, i) => rawKeys[i] === key);
  const out = same ? source : target;
  for (const key of keys) out[key] = adopt(source[key], target[key]);
  return out;
}

let shellSchema: z.ZodType | undefined;

function collectionSchema(name: (typeof portfolioCollections)[number]): z.ZodType {
  return PortfolioSchema.shape[name];
}

/**
 * Parses and validates a portfolio from its JSON text, one record at a time, so that a national
 * file never exists twice in memory: each record is parsed from its slice of the text and
 * validated, its compact `JSON.parse` objects are kept wherever zod's copy has the same keys, and
 * enum values and catalog ids are stored once. The result equals
 * `parsePortfolio(JSON.parse(text))` (same values, same key order, every shape and reference
 * problem with its path). On the national benchmark (50 MB of JSON) it peaks at 2.9 times the
 * text's size and the result holds 1.9 times, where `JSON.parse` then `parsePortfolio` peaks at 4.6
 * times; it takes 1.1 to 1.5 times as long as that pair. Use it when reading large files. Text
 * that is not JSON gives one `invalid_json` issue; JSON that is not an object is reported as
 * `parsePortfolio` would. Issues come in the same order as `parsePortfolio`'s (by path: top-level
 * fields in the document's order, list items by index, other keys alphabetically). Never throws.
 *
 * It also reads the file's UTF-8 bytes (a `Uint8Array`, such as the `Buffer` `readFileSync(path)`
 * returns), with the same result: only each record's slice is decoded, so a file longer than the
 * longest string V8 can hold (about 537 MB) can be read whole, up to the largest buffer (4 GB in
 * Node 20). A leading byte-order mark is skipped; bytes that are not UTF-8 are an `invalid_json`
 * issue. Complexity: O(length of the text).
 *
 * @example
 * ```ts
 * import { parsePortfolioJson } from "ece-partnerships";
 * const r = parsePortfolioJson('{"schemaVersion":2,"organizations":[{"id":"lib","name":"Library","kind":"library","level":"local"}]}');
 * r.ok && r.value.organizations[0]?.contacts; //=> []
 * const bad = parsePortfolioJson('{"schemaVersion":2,"partnerships":[{"id":"p","parties":["a","b"],"status":"active"}]}');
 * if (!bad.ok) bad.error.issues.map((i) => i.pathText); //=> ["partnerships[0].parties[0]", "partnerships[0].parties[1]"]
 * parsePortfolioJson("{oops").ok; //=> false
 * const bytes = new TextEncoder().encode('{"schemaVersion":2,"title":"Niños"}');
 * parsePortfolioJson(bytes).ok; //=> true
 * ```
 * @category Portfolio
 */
export function parsePortfolioJson(json: string | Uint8Array): ParseResult<Portfolio> {
  const text = sourceOf(json);
  if (!text) return { ok: false, error: validationError([makeIssue([], "invalid_type", "expected the portfolio's JSON text (a string, or UTF-8 bytes in a Uint8Array)")]) };
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
    const shellResult = safeParseReporting(shellSchema, shell);
    if (shellResult.success) Object.assign(assembled, shellResult.data);
    else {
      issues.push(...fromZodIssues(shellResult.error.issues));
      Object.assign(assembled, shell);
    }
    addCatalogIds();
    for (const name of portfolioCollections) {
      const span = spans.get(name);
      if (!span) {
        assembled[name] = [];
        continue;
      }
      if (text.code(span[0]) !== OPEN_BRACKET) {
        const result = safeParseReporting(collectionSchema(name), JSON.parse(text.slice(span[0], span[1])));
        if (!result.success) issues.push(...fromZodIssues(result.error.issues, [name]));
        assembled[name] = [];
        continue;
      }
      const element = (collectionSchema(name) as unknown as { unwrap(): { element: z.ZodType } }).unwrap().element;
      const out: unknown[] = [];
      forEachElement(text, span, (s, e, i) => {
        const raw: unknown = JSON.parse(text.slice(s, e));
        const result = safeParseReporting(element, raw);
        if (result.success) out.push(adopt(raw, result.data));
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
  // concat, not push(...): a national file can have more broken references than a call takes arguments.
  const allIssues = issues.concat(portfolioIntegrityIssues(assembled));
  if (allIssues.length > 0) return { ok: false, error: validationError(sortIssues(allIssues)) };
  // Key order as zod writes it, so the value serializes exactly like parsePortfolio's.
  const ordered: Record<string, unknown> = {};
  for (const key of Object.keys(PortfolioSchema.shape)) if (key in assembled) ordered[key] = assembled[key];
  return { ok: true, value: ordered as Portfolio };
}

/** A source for text or UTF-8 bytes (a leading byte-order mark skipped), or undefined for anything else. */
function sourceOf(json: unknown): Source | undefined {
  if (typeof json === "string") return new TextSource(json);
  if (!(json instanceof Uint8Array)) return undefined;
  const bom = json.length >= 3 && json[0] === 0xef && json[1] === 0xbb && json[2] === 0xbf;
  return new BytesSource(bom ? json.subarray(3) : json);
}

function invalidJson(text: Source): ParseResult<Portfolio> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.slice(0, text.length));
  } catch (thrown) {
    return { ok: false, error: validationError([thrown instanceof Error ? templatedIssue([], "invalid_json", issueText("the text is not valid JSON: {reason}", { reason: thrown.message })) : makeIssue([], "invalid_json", "the text is not valid JSON")]) };
  }
  // Valid JSON that is not an object (or that the scanner could not follow): the whole-value parser says why.
  return parsePortfolio(parsed);
}
