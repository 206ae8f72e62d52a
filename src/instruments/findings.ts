import { defineFinding } from "../core/index.js";

// The finding codes of scoreInstrument and compareWaves (declared once; gathered in findingCatalog).

/** A respondent answered more than once. */
export const respondentDuplicate = /* @__PURE__ */ (() =>
  defineFinding({
  code: "instrument.respondent.duplicate",
  severity: "should",
  title: "Respondent answered twice",
  basis: "A gap in the data: only the first response counts.",
  action: "Remove the duplicate response or give each respondent a distinct id.",
  message: (p: { respondent: string }) => `Respondent ${p.respondent} answered more than once; only the first response counts.`,
}))();

/** An answer to an item the instrument does not have. */
export const itemUnknown = /* @__PURE__ */ (() =>
  defineFinding({
  code: "instrument.item.unknown",
  severity: "info",
  title: "Answer to an unknown item",
  basis: "A note on the data: the answers were ignored.",
  action: "Use the instrument's item ids.",
  message: (p: { item: string; instrument: string }) => `Item "${p.item}" is not in instrument ${p.instrument}; its answers were ignored.`,
}))();

/** An answer outside the scale. */
export const valueOutOfScale = /* @__PURE__ */ (() =>
  defineFinding({
  code: "instrument.value.out-of-scale",
  severity: "should",
  title: "Answer outside the scale",
  basis: "A gap in the data: the answer counts as missing.",
  action: "Correct the answer.",
  message: (p: { respondent: string; value: string; item: string; min: number; max: number }) => `Respondent ${p.respondent} gave ${p.value} for item ${p.item}, outside the ${p.min}-${p.max} scale; it counts as missing.`,
}))();

/** A factor has too few respondents for a score. */
export const factorInsufficient = /* @__PURE__ */ (() =>
  defineFinding({
  code: "instrument.factor.insufficient",
  severity: "info",
  title: "Too few respondents for a factor",
  basis: "A score with too little evidence is not given.",
  action: "Ask more partners to answer.",
  message: (p: { factor: string; n: number; min: number }) => `Factor "${p.factor}" has ${p.n} respondent(s); at least ${p.min} are needed for a score.`,
}))();

/** Respondents disagree on a factor. */
export const factorLowAgreement = /* @__PURE__ */ (() =>
  defineFinding({
  code: "instrument.factor.low-agreement",
  severity: "info",
  title: "Respondents disagree",
  basis: "A note for discussion.",
  action: "Discuss the difference together.",
  message: (p: { factor: string; agreement: number }) => `Respondents disagree on "${p.factor}" (agreement ${p.agreement}): a difference to discuss together.`,
}))();

/** A factor fell a band between waves. */
export const waveBandDown = /* @__PURE__ */ (() =>
  defineFinding({
  code: "instrument.wave.band-down",
  severity: "should",
  title: "A factor fell a band",
  basis: "Practice: a drop between waves deserves attention.",
  action: "Discuss what changed with the partners.",
  message: (p: { factor: string; before: string; after: string }) => `"${p.factor}" fell from ${p.before} to ${p.after}.`,
}))();

/** A factor rose a band between waves. */
export const waveBandUp = /* @__PURE__ */ (() =>
  defineFinding({
  code: "instrument.wave.band-up",
  severity: "info",
  title: "A factor rose a band",
  basis: "A note: progress.",
  action: "Nothing.",
  message: (p: { factor: string; before: string; after: string }) => `"${p.factor}" rose from ${p.before} to ${p.after}.`,
}))();

/** Every code of the instruments. */
export const instrumentFindings = /* @__PURE__ */ Object.freeze([respondentDuplicate, itemUnknown, valueOutOfScale, factorInsufficient, factorLowAgreement, waveBandDown, waveBandUp] as const);

/**
 * Every finding code of the instrument engine.
 *
 * @example
 * ```ts
 * import type { InstrumentFindingCode } from "ece-partnerships";
 * const c: InstrumentFindingCode = "instrument.wave.band-down";
 * c; //=> "instrument.wave.band-down"
 * ```
 * @category Instruments
 */
export type InstrumentFindingCode = (typeof instrumentFindings)[number]["code"];
