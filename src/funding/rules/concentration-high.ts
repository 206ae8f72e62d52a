import { defineFinding, defineRule } from "../../core/index.js";
import type { FundingContext } from "./context.js";

/** More than 80% of the money comes from one stream. */
export const concentrationHigh = /* @__PURE__ */ (() =>
  defineRule(
  defineFinding({
    code: "funding.concentration.high",
    severity: "info",
    title: "Most money from one stream",
    basis: "A note on risk: a plan that leans on one stream is exposed to its changes.",
    action: "Nothing required; diversify where the partnership allows.",
    message: (p: { percent: number; plan: string; stream: string }) => `${p.percent}% of the money of ${p.plan} comes from ${p.stream}.`,
  }),
  (ctx: FundingContext, emit) => {
    const top = ctx.byStream[0];
    if (top?.share != null && top.share > 0.8) emit({ percent: Math.round(top.share * 100), plan: ctx.label, stream: ctx.streams.get(top.streamId)?.label ?? top.streamId }, { subject: ctx.subject });
  },
))();
