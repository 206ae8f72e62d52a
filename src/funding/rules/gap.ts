import { defineFinding, defineRule, formatCents } from "../../core/index.js";
import type { FundingContext } from "./context.js";

/** The plan's sources add up to less than its costs. */
export const fundingGap = /* @__PURE__ */ (() =>
  defineRule(
  defineFinding({
    code: "funding.gap",
    severity: "should",
    title: "Funding gap",
    basis: "Arithmetic on the plan.",
    action: "Find money for the gap or lower the costs.",
    message: (p: { plan: string; gap: string; cost: string }) => `${p.plan} is ${p.gap} short of its ${p.cost} cost.`,
  }),
  (ctx: FundingContext, emit) => {
    if (ctx.totalCost > ctx.totalFunding) emit({ plan: ctx.label, gap: formatCents(ctx.totalCost - ctx.totalFunding), cost: formatCents(ctx.totalCost) }, { subject: ctx.subject });
  },
))();
