import type { Finding } from "../core/index.js";
import { countRules, type SeverityCounts } from "../core/internal.js";
import { analyzeFundingPlan, fundingFigures, type FundingFigures } from "./analyze.js";
import type { FundingPlan } from "./plan.js";
import { fundingContext, type AnalyzeFundingPlanOptions } from "./rules/context.js";
import { fundingRules } from "./rules/index.js";

/**
 * What a portfolio summary reads of {@link analyzeFundingPlan}: the same figures, and the findings
 * counted by severity instead of written. Internal.
 */
export interface FundingPlanOutline {
  /** The plan's id: what its findings are about. */
  subjectId: string;
  figures: FundingFigures;
  /** The findings of {@link analyzeFundingPlan} by severity; all of them are about the plan. */
  counts: SeverityCounts;
  /** Every code {@link analyzeFundingPlan} can give. */
  codes: ReadonlySet<string>;
  /** The findings themselves (analyzes the plan in full), for when one must be compared. */
  findings: () => readonly Finding[];
}

const fundingCodes: ReadonlySet<string> = /* @__PURE__ */ (() => new Set(fundingRules.map((r) => r.meta.code)))();

/**
 * A funding plan's figures and its findings counted, with the rules {@link analyzeFundingPlan}
 * runs on the context it reads, but no message, finding, score or evidence made (a plan's
 * evidence writes every amount it names).
 */
export function outlineFundingPlan(plan: FundingPlan, options: AnalyzeFundingPlanOptions): FundingPlanOutline {
  const ctx = fundingContext(plan, options);
  const counts = countRules(fundingRules, ctx);
  return { subjectId: plan.id, figures: fundingFigures(ctx), counts, codes: fundingCodes, findings: () => analyzeFundingPlan(plan, options).findings };
}
