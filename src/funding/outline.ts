import { countRules, type CountedFindings } from "../core/internal.js";
import { analyzeFundingPlan, fundingFigures, type FundingFigures } from "./analyze.js";
import type { FundingPlan } from "./plan.js";
import { fundingContext, type AnalyzeFundingPlanOptions } from "./rules/context.js";
import { fundingRules } from "./rules/index.js";

/**
 * What a portfolio summary reads of {@link analyzeFundingPlan}: the same figures, and the findings
 * counted by severity instead of written. Internal.
 */
export interface FundingPlanOutline extends CountedFindings {
  figures: FundingFigures;
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
