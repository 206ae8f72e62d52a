import type { Citation } from "./citation.js";

/**
 * How strongly a finding applies, in the language of regulation: `must` (a requirement is not
 * met), `should` (a recommendation or good practice is not met), `info` (a note).
 *
 * @example
 * ```ts
 * import type { Severity } from "ece-partnerships";
 * const s: Severity = "should";
 * s; //=> "should"
 * ```
 * @category Core
 */
export type Severity = "must" | "should" | "info";

/**
 * The three severities, strongest first.
 *
 * @example
 * ```ts
 * import { severities } from "ece-partnerships";
 * severities; //=> ["must", "should", "info"]
 * ```
 * @category Core
 */
export const severities: readonly Severity[] = /* @__PURE__ */ Object.freeze(["must", "should", "info"] as const);

/**
 * What a subject is: its kind (`"partnership"`, `"agreement"`, `"program"`...) and id.
 *
 * @example
 * ```ts
 * import type { Subject } from "ece-partnerships";
 * const s: Subject = { kind: "agreement", id: "mou-1" };
 * s.kind; //=> "agreement"
 * ```
 * @category Core
 */
export interface Subject {
  /** The kind of thing: `"partnership"`, `"agreement"`, `"funding-plan"`, `"program"`... */
  kind: string;
  /** Its id, where it has one. */
  id?: string;
  /** Its name as a person reads it (an organization's name, an agreement's title), where one is recorded. */
  name?: string;
}

/**
 * One thing an assessment noticed: a stable dotted code, a severity, one sentence naming the
 * subject, and where relevant the citation, the subject and the path in the input.
 *
 * @example
 * ```ts
 * import type { Finding } from "ece-partnerships";
 * const f: Finding = {
 *   code: "agreement.renewal-overdue",
 *   severity: "must",
 *   message: "MOU mou-1 was due for biennial renewal on 2025-08-01.",
 *   citation: { source: "Head Start Act", section: "642(e)(5)(C)" },
 *   subject: { kind: "agreement", id: "mou-1" },
 * };
 * f.severity; //=> "must"
 * ```
 * @category Core
 */
export interface Finding<C extends string = string> {
  /**
   * Stable and dotted, such as `agreement.public-preschool.topic-missing`; apps may key on it.
   * Every code the library emits is declared once in `findingCatalog` (see `FindingCode`).
   */
  code: C;
  /** `must`, `should` or `info`. */
  severity: Severity;
  /** One human sentence naming the subject. */
  message: string;
  /** The rule or source behind the finding. */
  citation?: Citation;
  /** What the finding is about. */
  subject?: Subject;
  /** Where in the input the finding points. */
  path?: (string | number)[];
  /**
   * The values the message was written from (names, dates, amounts), so an app can write the
   * message again in its own words or another language; the keys are documented per code.
   */
  params?: FindingParams;
}

/**
 * The values a finding's message is written from: plain strings, numbers and lists of strings.
 *
 * @example
 * ```ts
 * import type { FindingParams } from "ece-partnerships";
 * const p: FindingParams = { agreement: "MOU with Dane County Schools", due: "2025-08-01", days: 31 };
 * p.days; //=> 31
 * ```
 * @category Core
 */
export type FindingParams = Readonly<Record<string, string | number | readonly string[]>>;

/**
 * Builds a finding of an app's own, leaving out the optional parts that are `undefined`. The
 * library's analyses never call it: they build findings from declared codes (`defineFinding`,
 * `report`), so an app that wants its findings listed and checked the same way declares them too.
 *
 * @example
 * ```ts
 * import { makeFinding } from "ece-partnerships";
 * makeFinding("app.site.no-license", "should", "Oak Street records no license.", { subject: { kind: "site", id: "oak" } });
 * //=> { code: "app.site.no-license", severity: "should", message: "Oak Street records no license.", subject: { kind: "site", id: "oak" } }
 * ```
 * @category Core
 */
export function makeFinding(
  code: string,
  severity: Severity,
  message: string,
  extra: { citation?: Citation | undefined; subject?: Subject | undefined; path?: (string | number)[] | undefined } = {},
): Finding {
  const finding: Finding = { code, severity, message };
  if (extra.citation) finding.citation = extra.citation;
  if (extra.subject) finding.subject = extra.subject;
  if (extra.path) finding.path = extra.path;
  return finding;
}

/**
 * Orders findings strongest first (`must`, `should`, `info`), keeping the original order within a
 * severity; a finding with any other severity (data from elsewhere) is kept, last, never dropped.
 * Complexity: O(n), with no allocation beyond the result.
 *
 * @example
 * ```ts
 * import { sortFindings } from "ece-partnerships";
 * sortFindings([
 *   { code: "a", severity: "info", message: "A." },
 *   { code: "b", severity: "must", message: "B." },
 * ]).map((f) => f.code); //=> ["b", "a"]
 * ```
 * @category Core
 */
export function sortFindings<F extends Finding<string>>(findings: readonly F[]): F[] {
  // One pass per severity rather than a sort: it runs on every assessment, so no entry objects.
  const sorted: F[] = [];
  const other: F[] = [];
  for (const f of findings) if (f.severity === "must") sorted.push(f);
  else if (f.severity !== "should" && f.severity !== "info") other.push(f);
  for (const f of findings) if (f.severity === "should") sorted.push(f);
  for (const f of findings) if (f.severity === "info") sorted.push(f);
  for (const f of other) sorted.push(f);
  return sorted;
}
