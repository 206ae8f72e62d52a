import { defineFinding, defineRule } from "../../core/index.js";
import type { FundingContext } from "./context.js";

/** Costs in a category (other than coordination) with no funding arrangement. */
export const categoryUnfunded = /* @__PURE__ */ (() =>
  defineRule(
  defineFinding({
    code: "funding.category.unfunded",
    severity: "should",
    title: "Costs without funding",
    basis: "Arithmetic on the plan.",
    action: "Say how these costs are paid for (a source, a braid, a layer).",
    message: (p: { category: string; plan: string }) => `Costs in category ${p.category} of ${p.plan} have no funding.`,
  }),
  (ctx: FundingContext, emit) => {
    for (const category of ctx.unfundedCategories) if (category !== "coordination") emit({ category, plan: ctx.label }, { subject: ctx.subject });
  },
))();
