import { factorInsufficient, factorLowAgreement, itemUnknown, respondentDuplicate, valueOutOfScale, waveBandDown, waveBandUp, type InstrumentFindingCode } from "./findings.js";
import { bandFor, buildAssessment, report, roundScore, type Assessment, type Finding } from "../core/index.js";
import { optionalCount, roundShare } from "../core/internal.js";
import type { Instrument, InstrumentResponse } from "./instrument.js";

/**
 * The score of one factor across respondents.
 *
 * @example
 * ```ts
 * import type { FactorScore } from "ece-partnerships";
 * const f: FactorScore = { factorId: "trust", label: "Trust", n: 4, missing: 1, mean: 3.75, sd: 0.5, agreement: 0.875, band: "established" };
 * f.band; //=> "established"
 * ```
 * @category Instruments
 */
export interface FactorScore {
  /** The factor. */
  factorId: string;
  /** Its label. */
  label: string;
  /** Respondents who answered at least one of its items. */
  n: number;
  /** Item answers missing (or out of scale) across respondents. */
  missing: number;
  /** Mean of the respondents' factor means on the instrument's scale; `null` below the minimum n. */
  mean: number | null;
  /** Sample standard deviation of the respondents' factor means; `null` below 2 respondents or the minimum n. */
  sd: number | null;
  /** Agreement between respondents, r_wg = 1 - sd² / ((A² - 1) / 12) for A scale points, clamped to 0..1; `null` with sd. */
  agreement: number | null;
  /** Band of the mean from the instrument's band table, or `insufficient-evidence`. */
  band: string;
}

/**
 * The result of {@link scoreInstrument}: an assessment (components are factors scored 0..100,
 * the band read on the instrument's own scale from the overall mean) plus each factor's statistics.
 *
 * @example
 * ```ts
 * import type { InstrumentAssessment } from "ece-partnerships";
 * const keys: (keyof InstrumentAssessment)[] = ["factors", "respondents", "overallMean"];
 * keys.length; //=> 3
 * ```
 * @category Instruments
 */
export interface InstrumentAssessment extends Assessment<InstrumentFindingCode> {
  /** Per factor statistics. */
  factors: FactorScore[];
  /** Respondents counted (duplicates excluded). */
  respondents: number;
  /** Mean of the factor means that have a score, on the instrument's scale. */
  overallMean: number | null;
}


/**
 * Scores a Likert instrument per factor across respondents: for each respondent, the mean of the
 * factor's answered items (reverse-scored items as `min + max - value`); then across respondents
 * the mean, n, missing answers, sample standard deviation and agreement (r_wg against a uniform
 * null distribution, James, Demaree & Wolf 1984), and the band. A factor answered by fewer than
 * `minRespondents` (the option, else the instrument's, default 3) is `insufficient-evidence`.
 *
 * Bad input never throws: a repeated respondent counts once (the first), a value off the scale or
 * not a number counts as missing, an unknown item is ignored; each is a finding.
 * Complexity: O(respondents × items).
 *
 * @throws {RangeError} When `minRespondents` is not a whole number of at least 0.
 * @example
 * ```ts
 * import { scoreInstrument, partnershipElementsInstrument } from "ece-partnerships";
 * const answers = (v: number) => Object.fromEntries(partnershipElementsInstrument.items.map((i) => [i.id, v]));
 * const a = scoreInstrument(partnershipElementsInstrument, [
 *   { respondentId: "hs-director", answers: answers(4) },
 *   { respondentId: "cw-supervisor", answers: answers(5) },
 *   { respondentId: "parent-1", answers: { ...answers(3), "sv-1": 9 } },
 * ]);
 * a.factors[0]; //=> { factorId: "shared-vision", label: "A clear, shared vision and purpose supported by strong leadership", n: 3, missing: 1, mean: 4, sd: 1, agreement: 0.5, band: "established" }
 * a.findings[0]?.code; //=> "instrument.value.out-of-scale"
 * scoreInstrument(partnershipElementsInstrument, [{ respondentId: "only-one", answers: answers(5) }]).band; //=> "insufficient-evidence"
 * ```
 * @category Instruments
 */
export function scoreInstrument(instrument: Instrument, responses: readonly InstrumentResponse[], options: { minRespondents?: number } = {}): InstrumentAssessment {
  const minN = Math.max(1, optionalCount(options.minRespondents, "minRespondents") ?? instrument.minRespondents ?? 3);
  const { min, max } = instrument.scale;
  const subject = { kind: "instrument", id: instrument.id };
  const findings: Finding<InstrumentFindingCode>[] = [];
  const items = new Map(instrument.items.map((i) => [i.id, i]));
  const seen = new Set<string>();
  const unknownReported = new Set<string>();
  const counted: InstrumentResponse[] = [];
  responses.forEach((r, index) => {
    if (seen.has(r.respondentId)) {
      findings.push(report(respondentDuplicate, { respondent: r.respondentId }, { subject, path: ["responses", index] }));
      return;
    }
    seen.add(r.respondentId);
    counted.push(r);
    for (const [itemId, value] of Object.entries(r.answers ?? {})) {
      if (!items.has(itemId)) {
        if (!unknownReported.has(itemId)) findings.push(report(itemUnknown, { item: itemId, instrument: instrument.id }, { subject }));
        unknownReported.add(itemId);
      } else if (value !== null && !(typeof value === "number" && value >= min && value <= max)) {
        findings.push(report(valueOutOfScale, { respondent: r.respondentId, value: String(value), item: itemId, min, max }, { subject, path: ["responses", index, "answers", itemId] }));
      }
    }
  });

  const points = max - min + 1;
  const nullVariance = (points * points - 1) / 12;
  const factors: FactorScore[] = instrument.factors.map((factor) => {
    const factorItems = instrument.items.filter((i) => i.factorId === factor.id);
    const means: number[] = [];
    let missing = 0;
    for (const r of counted) {
      let sum = 0;
      let k = 0;
      for (const item of factorItems) {
        const v = r.answers?.[item.id];
        if (typeof v !== "number" || !(v >= min && v <= max)) {
          missing += 1;
          continue;
        }
        sum += item.reverse ? min + max - v : v;
        k += 1;
      }
      if (k > 0) means.push(sum / k);
    }
    const n = means.length;
    if (n < minN || n === 0) return { factorId: factor.id, label: factor.label, n, missing, mean: null, sd: null, agreement: null, band: bandFor(null, instrument.bands).id };
    const mean = means.reduce((a, b) => a + b, 0) / n;
    const sd = n >= 2 ? Math.sqrt(means.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1)) : null;
    const agreement = sd === null || nullVariance <= 0 ? null : roundShare(Math.min(1, Math.max(0, 1 - (sd * sd) / nullVariance)));
    return { factorId: factor.id, label: factor.label, n, missing, mean: roundShare(mean), sd: sd === null ? null : roundShare(sd), agreement, band: bandFor(Math.min(max, Math.max(min, mean)), instrument.bands).id };
  });

  for (const f of factors) {
    if (f.mean === null) findings.push(report(factorInsufficient, { factor: f.label, n: f.n, min: minN }, { subject }));
    else if (f.agreement !== null && f.agreement < 0.5) {
      findings.push(report(factorLowAgreement, { factor: f.label, agreement: f.agreement }, { subject }));
    }
  }
  const scored = factors.filter((f): f is FactorScore & { mean: number } => f.mean !== null);
  const overallMean = scored.length ? roundShare(scored.reduce((a, f) => a + f.mean, 0) / scored.length) : null;
  const assessment = buildAssessment({
    subject,
    findings,
    components: factors.map((f) => ({
      id: f.factorId,
      label: f.label,
      score: f.mean === null ? null : roundScore(((f.mean - min) / (max - min)) * 100),
      weight: 1,
      evidence: f.mean === null ? [] : [`mean ${f.mean} from ${f.n} respondents${f.sd !== null ? `, sd ${f.sd}` : ""}${f.missing ? `, ${f.missing} missing answers` : ""}`],
    })),
  });
  return Object.assign(assessment, { band: bandFor(overallMean === null ? null : Math.min(max, Math.max(min, overallMean)), instrument.bands).id, factors, respondents: counted.length, overallMean });
}

/**
 * How each factor changed between two administrations of the same instrument.
 *
 * @example
 * ```ts
 * import type { WaveComparison } from "ece-partnerships";
 * const c: WaveComparison = { factors: [], findings: [] };
 * c.factors.length; //=> 0
 * ```
 * @category Instruments
 */
export interface WaveComparison {
  /** Per factor: the two means, the change, the two bands and the direction of the band transition. */
  factors: {
    factorId: string;
    before: number | null;
    after: number | null;
    change: number | null;
    bandBefore: string;
    bandAfter: string;
    transition: "up" | "down" | "same" | "not-comparable";
  }[];
  /** Band drops (`should`) and rises (`info`). */
  findings: Finding<InstrumentFindingCode>[];
}

/**
 * Compares two administrations (waves) of an instrument: per factor, the change in mean and the
 * band transition. A factor with `insufficient-evidence` in either wave is `not-comparable`.
 * Complexity: O(respondents × items).
 *
 * @example
 * ```ts
 * import { compareWaves, partnershipElementsInstrument } from "ece-partnerships";
 * const wave = (v: number) => ["a", "b", "c"].map((id) => ({ respondentId: id, answers: Object.fromEntries(partnershipElementsInstrument.items.map((i) => [i.id, v])) }));
 * const c = compareWaves(partnershipElementsInstrument, wave(3), wave(4));
 * c.factors[0]; //=> { factorId: "shared-vision", before: 3, after: 4, change: 1, bandBefore: "emerging", bandAfter: "established", transition: "up" }
 * ```
 * @category Instruments
 */
export function compareWaves(
  instrument: Instrument,
  before: readonly InstrumentResponse[],
  after: readonly InstrumentResponse[],
  options: { minRespondents?: number } = {},
): WaveComparison {
  const a = scoreInstrument(instrument, before, options);
  const b = scoreInstrument(instrument, after, options);
  const order = instrument.bands.bands.map((band) => band.id);
  const findings: Finding<InstrumentFindingCode>[] = [];
  const factors = a.factors.map((fa, i) => {
    const fb = b.factors[i]!;
    const ra = order.indexOf(fa.band);
    const rb = order.indexOf(fb.band);
    const transition: WaveComparison["factors"][number]["transition"] = ra < 0 || rb < 0 ? "not-comparable" : rb > ra ? "up" : rb < ra ? "down" : "same";
    if (transition === "down") findings.push(report(waveBandDown, { factor: fa.label, before: fa.band, after: fb.band }, { subject: { kind: "instrument", id: instrument.id } }));
    if (transition === "up") findings.push(report(waveBandUp, { factor: fa.label, before: fa.band, after: fb.band }, { subject: { kind: "instrument", id: instrument.id } }));
    return {
      factorId: fa.factorId,
      before: fa.mean,
      after: fb.mean,
      change: fa.mean === null || fb.mean === null ? null : roundShare(fb.mean - fa.mean),
      bandBefore: fa.band,
      bandAfter: fb.band,
      transition,
    };
  });
  return { factors, findings };
}
