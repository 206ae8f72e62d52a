import { defineFinding, defineRule } from "../../core/index.js";
import { HS_MATCH } from "./sources.js";
import { shortParams } from "./match-short.js";
import type { FundingContext } from "./context.js";

/** A partnership's, alliance's or coordinated-services plan carries Head Start money with less than 20% non-federal. */
export const matchShareShort = /* @__PURE__ */ (() =>
  defineRule(
  defineFinding({
    code: "funding.match.share-short",
    severity: "info",
    title: "This plan's slice of Head Start money has less than its share of match",
    citation: HS_MATCH,
    basis: "The match is judged on the grant's whole budget period, not on one partnership's or alliance's slice; other parts of the grant may carry more match.",
    action: "Check the match on the grant's budget for the budget period.",
    message: (p: { plan: string; nonFederal: string; required: string; federal: string; short: string }) =>
      `${p.plan} carries ${p.federal} of Head Start money with ${p.nonFederal} non-federal, ${p.short} less than 20% of its total (${p.required}); the match is judged on the grant's budget period.`,
  }),
  (ctx: FundingContext, emit) => {
    if (!ctx.headStartBudget && ctx.match && ctx.match.shortfallCents > 0) emit(shortParams(ctx.label, ctx.match), { subject: ctx.subject });
  },
))();
