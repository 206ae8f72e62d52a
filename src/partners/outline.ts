import type { Finding } from "../core/index.js";
import type { SeverityCounts } from "../core/internal.js";
import type { StageClassification } from "../continuum/index.js";
import { continuumFindings } from "../continuum/findings.js";
import { partnerFindings } from "./findings.js";
import type { Partnership } from "./partnership.js";
import { partnershipFindings, readPartnership, scorePartnership, type ScorePartnershipOptions } from "./score.js";

/**
 * What a portfolio summary reads of {@link scorePartnership}: the same stage classification, and
 * the findings counted by severity instead of written. Internal.
 */
export interface PartnershipOutline {
  /** The partnership's id: what its findings are about. */
  subjectId: string;
  classification: StageClassification;
  /** The findings of {@link scorePartnership} by severity; all of them are about the partnership. */
  counts: SeverityCounts;
  /** Every code {@link scorePartnership} can give. */
  codes: ReadonlySet<string>;
  /** The findings themselves (scores the partnership in full), for when one must be compared. */
  findings: () => readonly Finding[];
}

const partnershipCodes: ReadonlySet<string> = /* @__PURE__ */ (() => new Set([...continuumFindings, ...partnerFindings].map((m) => m.code)))();

/**
 * A partnership's stage and its findings counted, from the steps {@link scorePartnership} takes,
 * with its options checked the same way, but no message, component or score made (the stage
 * classification's own findings are made, and counted). Referrals are not an option: they only
 * score a partnership, and its findings never depend on them.
 */
export function outlinePartnership(partnership: Partnership, options: Omit<ScorePartnershipOptions, "referrals">): PartnershipOutline {
  const { ctx, classification, recent } = readPartnership(partnership, options);
  const counts = { must: 0, should: 0, info: 0 };
  partnershipFindings(ctx, classification, recent, {
    add: (meta) => {
      counts[meta.severity] += 1;
    },
    addMade: (made) => {
      for (const f of made) counts[f.severity] += 1;
    },
  });
  return { subjectId: partnership.id, classification, counts, codes: partnershipCodes, findings: () => scorePartnership(partnership, options).findings };
}
