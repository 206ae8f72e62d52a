import { defineFinding, defineRule, formatCents } from "../../core/index.js";
import type { FundingContext } from "./context.js";

/** A source is charged more than it provides. */
export const sourceOvercommitted = /* @__PURE__ */ (() =>
  defineRule(
  defineFinding({
    code: "funding.source.overcommitted",
    severity: "should",
    title: "Source charged more than it provides",
    basis: "Arithmetic on the plan: no rule is broken by a plan on paper, but the money is not there.",
    action: "Move some charges to another source, or record the larger amount if the award is larger.",
    message: (p: { source: string; stream: string; charged: string; amount: string }) => `Source ${p.source} (${p.stream}) is charged ${p.charged} but provides ${p.amount}.`,
  }),
  (ctx: FundingContext, emit) => {
    ctx.plan.sources.forEach((s, index) => {
      const charged = ctx.charged.get(s.id) ?? 0;
      if (charged > s.amount) emit({ source: s.id, stream: ctx.streams.get(s.streamId)?.label ?? s.streamId, charged: formatCents(charged), amount: formatCents(s.amount) }, { subject: ctx.subject, path: ["sources", index] });
    });
  },
))();
