import type { Citation } from "./citation.js";
import { deepFreeze } from "./catalog.js";
import { forLoops } from "./collections.js";
import type { Finding, FindingParams, Severity, Subject } from "./finding.js";

/**
 * How far a text or fact was checked against its source:
 *
 * - `verified`: the words were read in the full primary text (the statute, the regulation as
 *   published, the source document itself);
 * - `excerpt`: the words were read on an official page (eCFR, ECLKC or headstart.gov, an ACF
 *   program instruction, the Federal Register) that quotes or states them, without the whole text;
 * - `secondary`: confirmed only through a secondary source (a summary, a third party's policy);
 * - `unverified`: from domain knowledge, not confirmed.
 *
 * A `must` needs binding words that are `verified` or `excerpt`; an `unverified` fact never backs
 * anything above `should`.
 *
 * @example
 * ```ts
 * import { verifications } from "ece-partnerships";
 * verifications; //=> ["verified", "excerpt", "secondary", "unverified"]
 * ```
 * @category Core
 */
export const verifications = /* @__PURE__ */ Object.freeze(["verified", "excerpt", "secondary", "unverified"] as const);

/**
 * A verification mark; see {@link verifications}.
 *
 * @example
 * ```ts
 * import type { Verification } from "ece-partnerships";
 * const v: Verification = "excerpt";
 * v; //=> "excerpt"
 * ```
 * @category Core
 */
export type Verification = (typeof verifications)[number];

/**
 * The binding words a `must` finding rests on: the sentence of the statute or regulation that says
 * "shall" or "must", quoted verbatim (an ellipsis marks every cut), where it comes from, and how
 * far it was checked.
 *
 * @example
 * ```ts
 * import type { BindingText } from "ece-partnerships";
 * const b: BindingText = {
 *   quote: "A program must establish ongoing collaborative relationships and partnerships with community organizations",
 *   citation: { source: "45 CFR", section: "1302.53(a)(1)" },
 *   verification: "verified",
 * };
 * b.verification; //=> "verified"
 * ```
 * @category Core
 */
export interface BindingText {
  /** The words, verbatim; they contain "shall" or "must". */
  readonly quote: string;
  /** Where they are. */
  readonly citation: Citation;
  /** How far they were checked (`verified` or `excerpt` for a `must`). */
  readonly verification: Verification;
}

/**
 * The declaration of one finding code, the way a lint rule declares its `meta`: the code, its
 * severity, a title, the citation, the binding words (every `must` has them), why the severity is
 * what it is, what to do about it, and the English message written from the finding's params.
 * Every code the library emits is declared once with {@link defineFinding} and gathered in
 * `findingCatalog`.
 *
 * @example
 * ```ts
 * import { defineFinding, type FindingMeta } from "ece-partnerships";
 * const meta: FindingMeta<"app.site.no-license", { site: string }> = defineFinding({
 *   code: "app.site.no-license",
 *   severity: "should",
 *   title: "Site license not recorded",
 *   basis: "Not documented: the app asks for it.",
 *   action: "Record the site's child care license number.",
 *   message: (p: { site: string }) => `${p.site} records no license.`,
 * });
 * meta.message({ site: "Oak Street" }); //=> "Oak Street records no license."
 * ```
 * @category Core
 */
export interface FindingMeta<C extends string = string, P extends FindingParams = FindingParams> {
  /** The stable dotted code. */
  readonly code: C;
  /** `must` only with `binding` words; see {@link Severity}. */
  readonly severity: Severity;
  /** A short title: "Public-preschool MOU missing". */
  readonly title: string;
  /** The rule or source the finding cites. */
  readonly citation?: Citation;
  /** The binding words of a `must`. */
  readonly binding?: BindingText;
  /** Why the severity is `should` or `info` (guidance, "may", arithmetic, not documented...) or how the binding words apply. */
  readonly basis: string;
  /** What to do about it, in one or two sentences. */
  readonly action: string;
  /** The English message, written from the finding's params. */
  readonly message: (params: P) => string;
}

const BINDING_WORDS = /\b(shall|must)\b/i;

/**
 * Declares a finding code: checks that a `must` has binding words ("shall" or "must") that are
 * `verified` or `excerpt`, and returns the declaration frozen.
 *
 * @throws {TypeError} Otherwise (a declaration is code-level data).
 * @example
 * ```ts
 * import { defineFinding } from "ece-partnerships";
 * try {
 *   defineFinding({ code: "app.x", severity: "must", title: "X", basis: "I think so", action: "Fix it", message: () => "X." });
 * } catch (e) {
 *   (e as Error).message; //=> 'must "app.x" needs binding words ("shall" or "must"), verified or excerpt'
 * }
 * ```
 * @category Core
 */
export function defineFinding<const C extends string, P extends FindingParams>(meta: FindingMeta<C, P>): FindingMeta<C, P> {
  if (meta.severity === "must") {
    const b = meta.binding;
    if (!b || !BINDING_WORDS.test(b.quote) || (b.verification !== "verified" && b.verification !== "excerpt")) {
      throw new TypeError(`must "${meta.code}" needs binding words ("shall" or "must"), verified or excerpt`);
    }
  }
  deepFreeze(meta);
  return meta;
}

/**
 * {@link defineFinding} for a declaration that cannot be a `must` (its type allows only `should`
 * and `info`): there is nothing to check, so no check is bundled with it. The continuum's findings
 * use it, which keeps `classifyStage` alone within its bundle budget (internal).
 */
export function defineAdvisoryFinding<const C extends string, P extends FindingParams>(meta: FindingMeta<C, P> & { severity: "should" | "info" }): FindingMeta<C, P> {
  return deepFreeze(meta) as unknown as FindingMeta<C, P>;
}

/**
 * Where a finding points: its subject, its path in the input, and a citation narrower than the
 * declaration's (one topic of an MOU, say).
 *
 * @example
 * ```ts
 * import type { FindingPlace } from "ece-partnerships";
 * const at: FindingPlace = { subject: { kind: "agreement", id: "mou-1" }, path: ["clauses"] };
 * at.path; //=> ["clauses"]
 * ```
 * @category Core
 */
export interface FindingPlace {
  /** What the finding is about. */
  subject?: Subject | undefined;
  /** Where in the input. */
  path?: (string | number)[] | undefined;
  /** A narrower citation than the declaration's. */
  citation?: Citation | undefined;
}

/**
 * Builds a finding from its declaration: the code, severity and citation come from the
 * declaration, the message from the params. This is how every analysis of the library makes its
 * findings, so none can be emitted undeclared.
 *
 * @example
 * ```ts
 * import { defineFinding, report } from "ece-partnerships";
 * const meta = defineFinding({
 *   code: "app.site.no-license", severity: "should", title: "Site license not recorded",
 *   basis: "Not documented.", action: "Record it.", message: (p: { site: string }) => `${p.site} records no license.`,
 * });
 * report(meta, { site: "Oak Street" }, { subject: { kind: "site", id: "oak" } });
 * //=> { code: "app.site.no-license", severity: "should", message: "Oak Street records no license.", subject: { kind: "site", id: "oak" }, params: { site: "Oak Street" } }
 * ```
 * @category Core
 */
export function report<C extends string, P extends FindingParams>(meta: FindingMeta<C, P>, params: P, place: FindingPlace = {}): Finding<C> {
  const { code, severity } = meta;
  const message = meta.message(params);
  const citation = place.citation ?? meta.citation;
  const { subject, path } = place;
  // The usual shapes as whole literals (fields in the same order): V8 keeps their fields inside the
  // object, where fields added one by one need a second store. Every analysis makes findings this way.
  if (subject) {
    if (citation) return path ? { code, severity, message, citation, subject, path, params } : { code, severity, message, citation, subject, params };
    return path ? { code, severity, message, subject, path, params } : { code, severity, message, subject, params };
  }
  const finding: Finding<C> = { code, severity, message };
  if (citation) finding.citation = citation;
  if (path) finding.path = path;
  finding.params = params;
  return finding;
}

/**
 * One check of an analysis, the way ESLint structures a lint rule: its declaration (`meta`) and a
 * function from the analysis's indexed input to findings. Analyses compose their rules; apps can
 * list the rules an analysis runs (`agreementRules`, `complianceRules`, `fundingRules`...).
 *
 * @example
 * ```ts
 * import { defineFinding, defineRule, runRules } from "ece-partnerships";
 * const noLicense = defineRule(
 *   defineFinding({ code: "app.site.no-license", severity: "should", title: "Site license not recorded", basis: "Not documented.", action: "Record it.", message: (p: { site: string }) => `${p.site} records no license.` }),
 *   (site: { name: string; license?: string }, emit) => {
 *     if (!site.license) emit({ site: site.name });
 *   },
 * );
 * runRules([noLicense], { name: "Oak Street" }).map((f) => f.message); //=> ["Oak Street records no license."]
 * ```
 * @category Core
 */
export interface Rule<I, C extends string = string> {
  /** The declaration of the code the rule emits. */
  readonly meta: FindingMeta<C>;
  /** The findings the rule makes of an input. */
  readonly check: (input: I) => Finding<C>[];
}

/**
 * Makes a {@link Rule} from a declaration and a check that calls `emit(params, place)` once per
 * finding.
 *
 * @example
 * ```ts
 * import { defineFinding, defineRule } from "ece-partnerships";
 * const rule = defineRule(
 *   defineFinding({ code: "app.empty", severity: "info", title: "Empty", basis: "A note.", action: "None.", message: () => "Nothing recorded." }),
 *   (list: readonly number[], emit) => {
 *     if (list.length === 0) emit({});
 *   },
 * );
 * rule.check([]).length; //=> 1
 * rule.meta.code; //=> "app.empty"
 * ```
 * @category Core
 */
export function defineRule<I, C extends string, P extends FindingParams>(
  meta: FindingMeta<C, P>,
  check: (input: I, emit: (params: P, place?: FindingPlace) => void) => void,
): Rule<I, C> {
  const rule: Rule<I, C> = Object.freeze({
    meta: meta as unknown as FindingMeta<C>,
    check: (input: I) => {
      const findings: Finding<C>[] = [];
      check(input, (params, place) => findings.push(report(meta, params, place)));
      return findings;
    },
  });
  uncollected.set(rule, check as Check<I>);
  return rule;
}

type Check<I> = (input: I, emit: (params: FindingParams, place?: FindingPlace) => void) => void;

/**
 * Each rule's own check, so {@link runRules} can have every rule write into one list through one
 * `emit` (a list and a closure per rule per record add up on a national portfolio).
 */
const uncollected = new WeakMap<object, Check<never>>();

/** Findings counted by severity. */
export type SeverityCounts = { must: number; should: number; info: number };

/**
 * A list of findings about one subject, counted by severity but not written: what a portfolio
 * summary reads of a record's analysis (an outline). Internal.
 */
export interface CountedFindings {
  /** The id of the subject every finding of the list is about. */
  subjectId: string;
  /** Every code the list's analysis can give (a finding is only ever the same as one with its code). */
  codes: ReadonlySet<string>;
  counts: SeverityCounts;
  /** Writes the findings, in the order their analysis lists them. */
  findings: () => readonly Finding[];
}

/** Rules that can count their findings without emitting them (see {@link countRules}). */
const counters = new WeakMap<object, (input: never) => number>();

/**
 * Gives a rule a way to count its findings without emitting them: `count(input)` is the number of
 * findings the rule's check emits for `input`. Internal: for rules that run very often (a missing
 * clause rule runs for every agreement of a summary).
 */
export function withCounter<I, C extends string>(rule: Rule<I, C>, count: (input: I) => number): Rule<I, C> {
  counters.set(rule, count as (input: never) => number);
  return rule;
}

/** How {@link countRules} counts one rule: by its counter, through its own check, or from its findings. */
interface CountStep<I> {
  severity: Severity;
  counter: ((input: I) => number) | undefined;
  check: Check<I> | undefined;
  rule: Rule<I, string>;
}

/** The steps of a frozen rule list (a catalog), read once. */
const countPlans = new WeakMap<object, CountStep<never>[]>();

function countPlanOf<I>(rules: readonly Rule<I, string>[]): CountStep<I>[] {
  let plan = countPlans.get(rules) as CountStep<I>[] | undefined;
  if (!plan) {
    plan = rules.map((rule) => ({ severity: rule.meta.severity, counter: counters.get(rule) as ((input: I) => number) | undefined, check: uncollected.get(rule) as Check<I> | undefined, rule }));
    // A list that can still change is read again on each call.
    if (Object.isFrozen(rules)) countPlans.set(rules, plan as CountStep<never>[]);
  }
  return plan;
}

/**
 * What {@link runRules} returns, counted by severity and not written: no message, finding or place
 * is made. For a caller that reports only how many findings there are (a portfolio summary of half
 * a million findings). Each finding a rule emits has its declaration's severity.
 */
export function countRules<I>(rules: readonly Rule<I, string>[], input: I): SeverityCounts {
  const counts = { must: 0, should: 0, info: 0 };
  let severity: Severity = "info";
  const emit = () => {
    counts[severity] += 1;
  };
  for (const step of countPlanOf(rules)) {
    if (step.counter) counts[step.severity] += step.counter(input);
    else if (step.check) {
      severity = step.severity;
      step.check(input, emit);
    } else for (const f of step.rule.check(input)) counts[f.severity] += 1;
  }
  return counts;
}

/**
 * Runs rules in order over one input and returns their findings in that order.
 * Complexity: the sum of the rules' own.
 *
 * @example
 * ```ts
 * import { runRules } from "ece-partnerships";
 * runRules([], {}); //=> []
 * ```
 * @category Core
 */
export function runRules<I, C extends string>(rules: readonly Rule<I, C>[], input: I): Finding<C>[] {
  const findings: Finding<C>[] = [];
  let meta: FindingMeta<C> | undefined;
  const emit = (params: FindingParams, place?: FindingPlace) => findings.push(report(meta!, params, place));
  // Rule lists are frozen catalogs (see deepFreeze).
  for (const rule of forLoops(rules)) {
    const check = uncollected.get(rule) as Check<I> | undefined;
    if (check) {
      meta = rule.meta;
      check(input, emit);
    } else for (const f of rule.check(input)) findings.push(f);
  }
  return findings;
}
