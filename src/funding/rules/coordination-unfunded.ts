import { defineFinding, defineRule, formatCents } from "../../core/index.js";
import { COORDINATED_SERVICES } from "./sources.js";
import type { FundingContext } from "./context.js";

/** Coordination costs without funding. */
export const coordinationUnfunded = /* @__PURE__ */ (() =>
  defineRule(
  defineFinding({
    code: "funding.coordination.unfunded",
    severity: "should",
    title: "Coordination costs unfunded",
    citation: COORDINATED_SERVICES,
    basis: 'Practice: most coordinated services approaches "did not have funding for the coordination itself", and partnerships stall without it.',
    action: "Fund the coordination work (a share of a grant's administration, a local or private source).",
    message: (p: { cents: string; plan: string }) => `${p.cents} of coordination costs in ${p.plan} have no funding; coordination itself is rarely funded.`,
  }),
  (ctx: FundingContext, emit) => {
    if (ctx.coordinationCost > ctx.coordinationFunded) emit({ cents: formatCents(ctx.coordinationCost - ctx.coordinationFunded), plan: ctx.label }, { subject: ctx.subject });
  },
))();
