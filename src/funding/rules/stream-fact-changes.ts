import { defineFinding, defineRule, factChangesIn, factOn } from "../../core/index.js";
import type { FundingContext } from "./context.js";

const show = (v: string | number | undefined) => (typeof v === "number" ? `${Math.round(v * 10000) / 100}%` : v === "fmap" ? "the federal medical assistance percentage" : String(v ?? "none"));

/** A dated fact of a stream the plan uses changes inside the plan's period. */
export const streamFactChanges = /* @__PURE__ */ (() =>
  defineRule(
  defineFinding({
    code: "funding.stream.fact-changes",
    severity: "info",
    title: "A stream's rule changes during the plan's period",
    basis: "A dated fact of the stream (a federal share, a cap, a set-aside) takes a new value inside the period; the money goes on, its terms change.",
    action: "Budget the months before and after the change with the rule in force for each.",
    message: (p: { stream: string; fact: string; from: string; before: string; after: string }) => `${p.stream}: the ${p.fact.toLowerCase()} changes on ${p.from}, within the plan's period, from ${p.before} to ${p.after}.`,
  }),
  (ctx: FundingContext, emit) => {
    const seen = new Set<string>();
    for (const s of ctx.plan.sources) {
      const stream = ctx.streams.get(s.streamId);
      if (!stream?.facts || seen.has(stream.id)) continue;
      seen.add(stream.id);
      for (const change of factChangesIn(stream.facts, ctx.plan.period)) {
        const before = factOn(stream.facts, change.id, ctx.plan.period.start);
        emit({ stream: stream.label, fact: change.label, from: change.from!, before: show(before?.value), after: show(change.value) }, { subject: ctx.subject, citation: change.citation });
      }
    }
  },
))();
