import { parseFundingPlan, type FundingPlanInput } from "../../../src/index.js";
import { fundingContext, type FundingContext } from "../../../src/funding/rules/context.js";

/** A program's 2025-26 plan with the given sources and cost items (and any other field). */
export function plan(over: Partial<FundingPlanInput> = {}): FundingPlanInput {
  return { id: "fp", label: "Sunrise 2025-26", owner: { kind: "program", id: "hs" }, period: { start: "2025-07-01", end: "2026-06-30" }, ...over };
}

/** The context the funding rules read. Throws when the plan does not parse. */
export function ctx(over: Partial<FundingPlanInput> = {}, asOf = "2025-09-01"): FundingContext {
  const parsed = parseFundingPlan(plan(over));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return fundingContext(parsed.value, { asOf });
}
