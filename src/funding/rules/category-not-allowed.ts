import { defineFinding, defineRule, formatCents } from "../../core/index.js";
import type { FundingContext } from "./context.js";

/** A stream is charged for a category its catalog entry does not list. */
export const categoryNotAllowed = /* @__PURE__ */ (() =>
  defineRule(
  defineFinding({
    code: "funding.category.not-allowed",
    severity: "should",
    title: "Money charged to a category its stream does not list",
    basis: "The allowable-category lists are the library's summary of each stream's rules, not the rules themselves; check the award before moving money.",
    action: "Charge the cost to a stream that allows it, or confirm in the award that this stream may pay for it.",
    message: (p: { stream: string; cents: string; item: string; category: string }) => `${p.stream} is charged ${p.cents} for "${p.item}" (${p.category}), a category it is not listed to allow.`,
  }),
  (ctx: FundingContext, emit) => {
    for (const c of ctx.items) {
      for (const [sourceId, cents] of c.parts) {
        const stream = ctx.streamOf(sourceId);
        if (stream && cents > 0 && !stream.allowableCategories.includes(c.item.category)) {
          emit({ stream: stream.label, cents: formatCents(cents), item: c.item.label, category: c.item.category }, { subject: ctx.subject, path: ["costItems", c.index], citation: stream.citation });
        }
      }
    }
  },
))();
