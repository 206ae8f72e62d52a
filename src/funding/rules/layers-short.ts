import { defineFinding, defineRule, formatCents } from "../../core/index.js";
import type { FundingContext } from "./context.js";

/** A layered cost's layers add up to less than its cost. */
export const layersShort = /* @__PURE__ */ (() =>
  defineRule(
  defineFinding({
    code: "funding.layers.short",
    severity: "should",
    title: "Layers do not cover the cost",
    basis: "Arithmetic on the plan: part of the cost has no layer paying for it.",
    action: "Add a layer for the rest of the cost, or lower the cost to what the layers pay.",
    message: (p: { item: string; layered: string; cost: string }) => `The layers of "${p.item}" cover ${p.layered} of ${p.cost}.`,
  }),
  (ctx: FundingContext, emit) => {
    for (const c of ctx.items) {
      if (c.layered !== undefined && c.layered < c.item.amount) emit({ item: c.item.label, layered: formatCents(c.layered), cost: formatCents(c.item.amount) }, { subject: ctx.subject, path: ["costItems", c.index, "funding", "layers"] });
    }
  },
))();
