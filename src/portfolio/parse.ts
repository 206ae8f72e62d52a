import { makeIssue, validationError, type ParseInput, type ParseResult, type ValidationIssue } from "../core/index.js";
import { describeThrown, fromZodIssues, issueText, safeParseReporting, templatedIssue } from "../core/internal.js";
import { markSound } from "./sound.js";
import { portfolioIntegrityIssues } from "./integrity.js";
import { sortIssues } from "./issue-order.js";
import { PortfolioSchema, type Portfolio, type PortfolioInput } from "./schema.js";

/**
 * Validates a portfolio whole: its shape (every entity strict, unknown keys pointing to
 * `extensions`) and its referential integrity (ids unique in each collection; every id a
 * partnership, agreement, plan, response, alliance or approach refers to exists). Every problem is
 * reported, shape and references together, each with a path, ordered by path (top-level fields in
 * the document's order, list items by index, other keys alphabetically; at one path, shape issues
 * before references). Never throws, whatever the input.
 * Complexity: O(size of the document).
 *
 * @example
 * ```ts
 * import { parsePortfolio } from "ece-partnerships";
 * const r = parsePortfolio({
 *   schemaVersion: 2,
 *   organizations: [{ id: "hs", name: "Sunrise", kind: "early-head-start", level: "local", program: { types: ["early-head-start"], americanIndianAlaskaNative: false, fundedEnrollment: 72 } }],
 *   partnerships: [{ id: "p1", parties: ["hs", "ghost"], status: "active" }],
 * });
 * r.ok; //=> false
 * if (!r.ok) r.error.issues.map((i) => [i.pathText, i.code]); //=> [["partnerships[0].parties[1]", "reference"]]
 * ```
 * @category Portfolio
 */
export function parsePortfolio<const T = PortfolioInput>(input: ParseInput<T, PortfolioInput>): ParseResult<Portfolio> {
  let issues: ValidationIssue[] = [];
  let value: Portfolio | undefined;
  try {
    const result = safeParseReporting(PortfolioSchema, input);
    if (result.success) value = result.data;
    else issues = fromZodIssues(result.error.issues);
  } catch (thrown) {
    return { ok: false, error: validationError([templatedIssue([], "unparseable", issueText("the input could not be read: {reason}", { reason: describeThrown(thrown) }))]) };
  }
  try {
    issues = issues.concat(portfolioIntegrityIssues(value ?? input));
  } catch (thrown) {
    issues.push(templatedIssue([], "unparseable", issueText("references could not be checked: {reason}", { reason: describeThrown(thrown) })));
  }
  if (issues.length > 0 || value === undefined) return { ok: false, error: validationError(sortIssues(issues)) };
  // An edit of this value (editPortfolio, or edit with PortfolioSchema) checks only what it touches.
  markSound(value);
  return { ok: true, value };
}

