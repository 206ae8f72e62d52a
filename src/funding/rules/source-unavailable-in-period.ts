import { defineFinding, defineRule, formatCents } from "../../core/index.js";
import type { FundingContext } from "./context.js";

/** A source's money ends before the plan's period starts: none of it is available. */
export const sourceUnavailableInPeriod = /* @__PURE__ */ (() =>
  defineRule(
  defineFinding({
    code: "funding.source.unavailable-in-period",
    severity: "should",
    title: "Source ends before the plan's period starts",
    basis: "Dates on the plan: the money's last day comes before the plan's first, so the plan counts money it cannot use.",
    action: "Remove the source, or record the later date if the award was extended.",
    message: (p: { source: string; stream: string; cents: string; ends: string; start: string }) => `Source ${p.source} (${p.stream}, ${p.cents}) ends on ${p.ends}, before the plan's period starts on ${p.start}: none of it is available to the plan.`,
  }),
  (ctx: FundingContext, emit) => {
    ctx.plan.sources.forEach((s, index) => {
      const ends = ctx.endsOn(s);
      if (ends !== undefined && s.amount > 0 && ends < ctx.plan.period.start) {
        emit({ source: s.id, stream: ctx.streams.get(s.streamId)?.label ?? s.streamId, cents: formatCents(s.amount), ends, start: ctx.plan.period.start }, { subject: ctx.subject, path: ["sources", index] });
      }
    });
  },
))();
