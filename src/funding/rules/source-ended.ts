import { defineFinding, defineRule } from "../../core/index.js";
import type { FundingContext } from "./context.js";

/** A source's money ended before `asOf` (within or after the plan's period). */
export const sourceEnded = /* @__PURE__ */ (() =>
  defineRule(
  defineFinding({
    code: "funding.source.ended",
    severity: "should",
    title: "Source has ended",
    basis: "Dates on the plan: the money's last day has passed.",
    action: "Replace the money for the costs it paid, or record the later date if the award was extended.",
    message: (p: { source: string; stream: string; ends: string; asOf: string }) => `Source ${p.source} (${p.stream}) ended on ${p.ends}, before ${p.asOf}.`,
  }),
  (ctx: FundingContext, emit) => {
    ctx.plan.sources.forEach((s, index) => {
      const ends = ctx.endsOn(s);
      if (ends === undefined || s.amount === 0 || ends < ctx.plan.period.start) return;
      if (ends < ctx.asOf) emit({ source: s.id, stream: ctx.streams.get(s.streamId)?.label ?? s.streamId, ends, asOf: ctx.asOf }, { subject: ctx.subject, path: ["sources", index] });
    });
  },
))();
