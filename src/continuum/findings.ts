import { defineAdvisoryFinding } from "../core/internal.js";

// The finding codes of classifyStage (declared once; gathered in findingCatalog).

const FREY = { source: "Frey, Lohmeier, Lee & Tollefson (2006)", section: "Levels of Collaboration Scale" };

/** Evidence names a practice the library does not know. */
export const practiceUnknown = /* @__PURE__ */ (() =>
  defineAdvisoryFinding({
  code: "continuum.practice.unknown",
  severity: "should",
  title: "Unknown practice",
  basis: "A data gap.",
  action: "Use a practice id of partnershipPractices.",
  message: (p: { index: number; practice: string }) => `Evidence ${p.index} names an unknown practice "${p.practice}"; it was not counted.`,
}))();

/** Evidence has no valid date. */
export const evidenceInvalidDate = /* @__PURE__ */ (() =>
  defineAdvisoryFinding({
  code: "continuum.evidence.invalid-date",
  severity: "should",
  title: "Undated evidence",
  basis: "A data gap.",
  action: "Record the date it was observed.",
  message: (p: { practice: string }) => `Evidence of ${p.practice} has no valid date; it was not counted.`,
}))();

/** Evidence dated after the assessment date. */
export const evidenceAfterAsOf = /* @__PURE__ */ (() =>
  defineAdvisoryFinding({
  code: "continuum.evidence.after-as-of",
  severity: "info",
  title: "Evidence dated later",
  basis: "A note on the data.",
  action: "Check the date.",
  message: (p: { practice: string; date: string; asOf: string }) => `Evidence of ${p.practice} is dated ${p.date}, after ${p.asOf}; it does not count yet.`,
}))();

/** The evidence behind the stage is old. */
export const evidenceStale = /* @__PURE__ */ (() =>
  defineAdvisoryFinding({
  code: "continuum.evidence.stale",
  severity: "should",
  title: "Stale evidence",
  basis: "Practice: old evidence may no longer hold.",
  action: "Confirm it and record a new date.",
  message: (p: { practice: string; date: string; months: number; asOf: string }) => `The latest evidence of ${p.practice} is from ${p.date}, more than ${p.months} months before ${p.asOf}; confirm it still holds.`,
}))();

/** A party's view names no known stage or model level. */
export const viewUnknownLevel = /* @__PURE__ */ (() =>
  defineAdvisoryFinding({
  code: "continuum.view.unknown-level",
  severity: "should",
  title: "Unknown level",
  basis: "A data gap.",
  action: "Use a stage or a model level.",
  message: (p: { party: string }) => `The view of ${p.party} names no known stage or model level; it was ignored.`,
}))();

/** A party sees the partnership at another stage than the evidence shows. */
export const viewDisagrees = /* @__PURE__ */ (() =>
  defineAdvisoryFinding({
  code: "continuum.view.disagrees",
  severity: "info",
  title: "A view differs",
  citation: FREY,
  basis: "A note for discussion.",
  action: "Discuss it together.",
  message: (p: { party: string; view: string; stage: string }) => `${p.party} sees the partnership at ${p.view}, but the evidence shows ${p.stage}: a difference to discuss together.`,
}))();

/** The parties see the partnership differently. */
export const viewPartiesDisagree = /* @__PURE__ */ (() =>
  defineAdvisoryFinding({
  code: "continuum.view.parties-disagree",
  severity: "info",
  title: "Views differ",
  basis: "A note for discussion.",
  action: "Discuss it together.",
  // The views one by one (a name may hold "; "), so another language writes them its own way.
  message: (p: { parties: readonly string[]; stages: readonly string[] }) => `The parties see the partnership differently (${p.parties.map((party, i) => `${party}: ${p.stages[i]}`).join("; ")}).`,
}))();

/** Every code of the continuum. */
export const continuumFindings = /* @__PURE__ */ Object.freeze([practiceUnknown, evidenceInvalidDate, evidenceAfterAsOf, evidenceStale, viewUnknownLevel, viewDisagrees, viewPartiesDisagree] as const);

/**
 * Every finding code {@link classifyStage} can emit.
 *
 * @example
 * ```ts
 * import type { ContinuumFindingCode } from "ece-partnerships";
 * const c: ContinuumFindingCode = "continuum.evidence.stale";
 * c; //=> "continuum.evidence.stale"
 * ```
 * @category Continuum
 */
export type ContinuumFindingCode = (typeof continuumFindings)[number]["code"];
