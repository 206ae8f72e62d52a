import { defineFinding, defineRule, formatCents } from "../../core/index.js";
import type { FundingContext } from "./context.js";

/** A source's money ends within the 12 months after `asOf`. */
export const sourceExpiring = /* @__PURE__ */ (() =>
  defineRule(
  defineFinding({
    code: "funding.source.expiring",
    severity: "info",
    title: "Source ends within 12 months",
    basis: "A reminder of a date ahead.",
    action: "Plan what replaces the money, or ask the funder about renewal.",
    message: (p: { source: string; cents: string; ends: string; asOf: string }) => `Source ${p.source} (${p.cents}) ends on ${p.ends}, within 12 months of ${p.asOf}.`,
  }),
  (ctx: FundingContext, emit) => {
    ctx.plan.sources.forEach((s, index) => {
      const ends = ctx.endsOn(s);
      if (ends === undefined || s.amount === 0 || ends < ctx.plan.period.start || ends < ctx.asOf || ends > ctx.horizon) return;
      emit({ source: s.id, cents: formatCents(s.amount), ends, asOf: ctx.asOf }, { subject: ctx.subject, path: ["sources", index] });
    });
  },
))();
