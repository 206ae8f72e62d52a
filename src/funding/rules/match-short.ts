import { defineFinding, defineRule, formatCents } from "../../core/index.js";
import { HS_MATCH, MATCH_EACH_BUDGET_PERIOD } from "./sources.js";
import type { FundingContext, MatchFigures } from "./context.js";

interface ShortParams {
  readonly [key: string]: string;
  plan: string;
  nonFederal: string;
  waiver: string;
  required: string;
  federal: string;
  short: string;
}
export const shortParams = (plan: string, m: MatchFigures): ShortParams => ({
  plan,
  nonFederal: formatCents(m.nonFederalCents),
  waiver: m.waivedCents ? formatCents(m.waivedCents) : "",
  required: formatCents(m.requiredCents),
  federal: formatCents(m.federalCents),
  short: formatCents(m.shortfallCents),
});

/** A Head Start grant's budget is short of the 20% non-federal match. */
export const matchShort = /* @__PURE__ */ (() =>
  defineRule(
  defineFinding({
    code: "funding.match.short",
    severity: "must",
    title: "Head Start non-federal match short",
    citation: HS_MATCH,
    binding: MATCH_EACH_BUDGET_PERIOD,
    basis:
      "The match belongs to a Head Start or Early Head Start grant and its budget period: the finding is a must only for a plan that is that budget (a program's plan, or headStartBudgetPeriod: true). Waivers are counted.",
    action: "Find more non-federal cash or in-kind contributions (fairly valued), or apply for a waiver of the shortfall for the budget period.",
    message: (p: ShortParams) => `${p.plan} has ${p.nonFederal} of non-federal match${p.waiver ? ` and a ${p.waiver} waiver` : ""} against ${p.required} required (20% of total approved cost on ${p.federal} federal): ${p.short} short.`,
  }),
  (ctx: FundingContext, emit) => {
    if (ctx.headStartBudget && ctx.match && ctx.match.shortfallCents > 0) emit(shortParams(ctx.label, ctx.match), { subject: ctx.subject });
  },
))();
