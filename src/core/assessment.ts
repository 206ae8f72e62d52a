import { NOT_MET, bandFor, scoreBands, type BandTable } from "./bands.js";
import { sortFindings, type Finding, type Subject } from "./finding.js";

/**
 * One weighted part of an assessment, with the evidence behind its score. `score` is 0..100, or
 * `null` when there was no evidence for this part (it then does not count toward the total).
 *
 * @example
 * ```ts
 * import type { AssessmentComponent } from "ece-partnerships";
 * const c: AssessmentComponent = { id: "stage", label: "Stage from evidence", score: 50, weight: 0.3, evidence: ["regular-meetings on 2025-03-04"] };
 * c.weight; //=> 0.3
 * ```
 * @category Core
 */
export interface AssessmentComponent {
  /** Stable id of the component. */
  id: string;
  /** Human label. */
  label: string;
  /** 0..100, or `null` for no evidence. */
  score: number | null;
  /** Relative weight (weights need not sum to 1; the total is a weighted mean). */
  weight: number;
  /** Short statements of the evidence used, each naming its source and date where it has one. */
  evidence: string[];
  /**
   * Where an analysis writes its evidence from templates (today `assessCompliance`): at the same
   * index as each statement of `evidence`, the English template it was written from (`{name}`
   * slots) and the values put in, so a report can write the evidence in another language.
   */
  evidenceTemplates?: { readonly text: string; readonly values: Readonly<Record<string, string | number>> }[];
}

/**
 * The result of every scoring function: a 0..100 score (or `null` for insufficient evidence),
 * its band, the weighted components with their evidence, and findings.
 *
 * @example
 * ```ts
 * import { buildAssessment } from "ece-partnerships";
 * const a = buildAssessment({ subject: { kind: "partnership", id: "p1" }, components: [], findings: [] });
 * a.band; //=> "insufficient-evidence"
 * ```
 * @category Core
 */
export interface Assessment<C extends string = string> {
  /** What was assessed. */
  subject: Subject;
  /** 0..100, one decimal; `null` when too few components had evidence. */
  score: number | null;
  /**
   * The band id from the band table used (see {@link bandFor}), except that an assessment with a
   * `must` finding is in band `not-met` whatever its score ({@link NOT_MET}): a score never reads
   * positive beside an unmet requirement.
   */
  band: string;
  /** The weighted parts, each with its evidence. */
  components: AssessmentComponent[];
  /** What the assessment noticed, strongest first. */
  findings: Finding<C>[];
}

/**
 * Options of {@link buildAssessment}.
 *
 * @example
 * ```ts
 * import type { BuildAssessmentInput } from "ece-partnerships";
 * const input: BuildAssessmentInput = { subject: { kind: "program" }, components: [], findings: [], minEvidenced: 2 };
 * input.minEvidenced; //=> 2
 * ```
 * @category Core
 */
export interface BuildAssessmentInput<C extends string = string> {
  /** What is assessed. */
  subject: Subject;
  /** The weighted parts. */
  components: AssessmentComponent[];
  /** Findings to attach (they are sorted strongest first). */
  findings: Finding<C>[];
  /** The band table; defaults to {@link scoreBands}. */
  bands?: BandTable;
  /** How many components need evidence (a non-null score and a positive weight) for a score; default 1. */
  minEvidenced?: number;
}

/**
 * Rounds to one decimal place, the precision of every library score.
 *
 * @example
 * ```ts
 * import { roundScore } from "ece-partnerships";
 * roundScore(66.666); //=> 66.7
 * ```
 * @category Core
 */
export function roundScore(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * Combines weighted components into an {@link Assessment}: the score is the weighted mean of the
 * components that have evidence, rounded to one decimal and clamped to 0..100; with fewer than
 * `minEvidenced` such components the score is `null` and the band `insufficient-evidence`. With a
 * `must` finding the band is `not-met` ({@link NOT_MET}) whatever the score, so no score reads
 * "strong" or "established" beside an unmet requirement; the score itself is kept, so the
 * arithmetic stays visible. Apps use it to write scorers that explain themselves the same way the library's do.
 *
 * @example
 * ```ts
 * import { buildAssessment } from "ece-partnerships";
 * const a = buildAssessment({
 *   subject: { kind: "partnership", id: "p1" },
 *   components: [
 *     { id: "stage", label: "Stage", score: 50, weight: 1, evidence: ["regular meetings"] },
 *     { id: "agreement", label: "Agreement", score: 100, weight: 3, evidence: ["MOU signed 2025-01-10"] },
 *     { id: "families", label: "Family voice", score: null, weight: 1, evidence: [] },
 *   ],
 *   findings: [],
 *   minEvidenced: 2,
 * });
 * a.score; //=> 87.5
 * a.band; //=> "strong"
 * const unmet = buildAssessment({ subject: { kind: "program" }, components: [{ id: "x", label: "X", score: 90, weight: 1, evidence: ["e"] }], findings: [{ code: "x.missing", severity: "must", message: "X is missing." }] });
 * [unmet.score, unmet.band]; //=> [90, "not-met"]
 * ```
 * @category Core
 */
export function buildAssessment<C extends string>(input: BuildAssessmentInput<C>): Assessment<C> {
  const bands = input.bands ?? scoreBands;
  const minEvidenced = input.minEvidenced ?? 1;
  let weighted = 0;
  let totalWeight = 0;
  let evidenced = 0;
  for (const component of input.components) {
    if (component.score === null || !(component.weight > 0) || !Number.isFinite(component.score)) continue;
    weighted += component.score * component.weight;
    totalWeight += component.weight;
    evidenced += 1;
  }
  const score =
    evidenced >= Math.max(1, minEvidenced) && totalWeight > 0
      ? Math.min(bands.max, Math.max(bands.min, roundScore(weighted / totalWeight)))
      : null;
  const unmet = input.findings.some((f) => f.severity === "must");
  return {
    subject: input.subject,
    score,
    band: unmet ? NOT_MET : bandFor(score, bands).id,
    components: input.components,
    findings: sortFindings(input.findings),
  };
}
