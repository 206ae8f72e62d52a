import type { ValidationError, ValidationIssue } from "./result.js";

/**
 * Groups a validation error's messages by field, for a form: each key is an issue's `pathText`
 * (`"parties[1]"`, `"program.grantPeriod.end"`, `""` for the whole input) and its value the
 * messages for that field, in the error's order. Pass `prefix` to show the issues of one part of a
 * document (`"organizations[2]"`): only paths under it, relative to it. The object has no
 * prototype, so a field named `constructor` or `__proto__` is a plain key. Complexity: O(issues).
 *
 * @example
 * ```ts
 * import { issuesByPath, parsePartnership } from "ece-partnerships";
 * const fromForm: unknown = { id: "p", parties: ["hs", "hs"], status: "active", colour: "red" };
 * const r = parsePartnership(fromForm);
 * if (!r.ok) Object.keys(issuesByPath(r.error)); //=> ["colour", "parties[1]"]
 * ```
 * @category Core
 */
export function issuesByPath(error: Pick<ValidationError, "issues">, prefix = ""): Record<string, string[]> {
  const out: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  for (const issue of error.issues) {
    const key = relativePath(issue, prefix);
    if (key === undefined) continue;
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

function relativePath(issue: ValidationIssue, prefix: string): string | undefined {
  if (prefix === "") return issue.pathText;
  if (issue.pathText === prefix) return "";
  if (!issue.pathText.startsWith(prefix)) return undefined;
  const rest = issue.pathText.slice(prefix.length);
  if (rest.startsWith(".")) return rest.slice(1);
  if (rest.startsWith("[")) return rest;
  return undefined;
}
