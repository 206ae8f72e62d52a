import type { FindingMeta, report } from "../core/index.js";
import type { CountedFindings } from "../core/internal.js";
import type { StageClassification } from "../continuum/index.js";
import { continuumFindings } from "../continuum/findings.js";
import { partnerFindings } from "./findings.js";
import type { Partnership } from "./partnership.js";
import { partnershipFindings, readPartnership, scorePartnership, type ScorePartnershipOptions } from "./score.js";

/**
 * What a portfolio summary reads of {@link scorePartnership}: the same stage classification, and
 * the findings counted by severity instead of written. Internal.
 */
export interface PartnershipOutline extends CountedFindings {
  /** The stage read from the evidence. */
  classification: Pick<StageClassification, "stage">;
}

/**
 * Makes no finding of the stage classification: gives back its declaration, which holds the
 * severity the outline counts (no message, params or place is read).
 */
const declarationOnly = ((meta: FindingMeta) => meta) as unknown as typeof report;

const partnershipCodes: ReadonlySet<string> = /* @__PURE__ */ (() => new Set([...continuumFindings, ...partnerFindings].map((m) => m.code)))();

/**
 * A partnership's stage and its findings counted, from the steps {@link scorePartnership} takes,
 * with its options checked the same way, but no message, component or score made (the stage
 * classification's findings are counted by their declarations). Referrals are not an option:
 * they only score a partnership, and its findings never depend on them.
 */
export function outlinePartnership(partnership: Partnership, options: Omit<ScorePartnershipOptions, "referrals">): PartnershipOutline {
  const { ctx, classification, recent } = readPartnership(partnership, options, declarationOnly);
  const counts = { must: 0, should: 0, info: 0 };
  partnershipFindings(ctx, classification, recent, {
    add: (meta) => {
      counts[meta.severity] += 1;
    },
    addMade: (made) => {
      for (const f of made) counts[f.severity] += 1;
    },
  });
  return { subjectId: partnership.id, classification: { stage: classification.stage }, counts, codes: partnershipCodes, findings: () => scorePartnership(partnership, options).findings };
}
