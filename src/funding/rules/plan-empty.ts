import { defineFinding, defineRule } from "../../core/index.js";
import type { FundingContext } from "./context.js";

/** A plan with no costs and no money. */
export const planEmpty = /* @__PURE__ */ (() =>
  defineRule(
  defineFinding({
    code: "funding.plan.empty",
    severity: "info",
    title: "Plan has no costs and no funding yet",
    basis: "A note: nothing to analyze.",
    action: "Add the plan's sources and cost items.",
    message: (p: { plan: string }) => `${p.plan} has no costs and no funding yet.`,
  }),
  (ctx: FundingContext, emit) => {
    if (ctx.totalCost === 0 && ctx.totalFunding === 0) emit({ plan: ctx.label }, { subject: ctx.subject });
  },
))();
