import { defineFinding, defineRule } from "../../core/index.js";
import type { FundingContext } from "./context.js";

/** A source's money ends during the plan's period, before its end. */
export const sourceEndsBeforePeriod = /* @__PURE__ */ (() =>
  defineRule(
  defineFinding({
    code: "funding.source.ends-before-period",
    severity: "should",
    title: "Source ends before the plan's period does",
    basis: "Dates on the plan: the last part of the period has less money than the plan shows.",
    action: "Plan the money for the rest of the period.",
    message: (p: { source: string; ends: string; end: string }) => `Source ${p.source} ends on ${p.ends}, before the plan's period ends on ${p.end}.`,
  }),
  (ctx: FundingContext, emit) => {
    ctx.plan.sources.forEach((s, index) => {
      const ends = ctx.endsOn(s);
      if (ends !== undefined && s.amount > 0 && ends < ctx.plan.period.end && ends >= ctx.plan.period.start) emit({ source: s.id, ends, end: ctx.plan.period.end }, { subject: ctx.subject, path: ["sources", index] });
    });
  },
))();
