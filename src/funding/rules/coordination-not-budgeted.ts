import { defineFinding, defineRule } from "../../core/index.js";
import { COORDINATED_SERVICES } from "./sources.js";
import type { FundingContext } from "./context.js";

/** A plan with costs budgets nothing for coordination. */
export const coordinationNotBudgeted = /* @__PURE__ */ (() =>
  defineRule(
  defineFinding({
    code: "funding.coordination.not-budgeted",
    severity: "info",
    title: "No coordination budgeted",
    citation: COORDINATED_SERVICES,
    basis: "A note from practice: the work of partnering takes staff time.",
    action: "Consider budgeting the coordination work.",
    message: (p: { plan: string }) => `${p.plan} budgets nothing for coordination, the work of partnering itself.`,
  }),
  (ctx: FundingContext, emit) => {
    if (ctx.plan.costItems.length > 0 && ctx.coordinationCost === 0) emit({ plan: ctx.label }, { subject: ctx.subject });
  },
))();
