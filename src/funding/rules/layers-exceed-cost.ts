import { defineFinding, defineRule, formatCents } from "../../core/index.js";
import type { FundingContext } from "./context.js";

/** A layered cost's layers add up to more than its cost. */
export const layersExceedCost = /* @__PURE__ */ (() =>
  defineRule(
  defineFinding({
    code: "funding.layers.exceed-cost",
    severity: "info",
    title: "Layers add up to more than the cost",
    basis: "Arithmetic on the plan: some money layered on this cost is not needed for it.",
    action: "Check the layer amounts; free the extra money for other costs.",
    message: (p: { item: string; layered: string; cost: string }) => `The layers of "${p.item}" add up to ${p.layered}, more than its cost of ${p.cost}.`,
  }),
  (ctx: FundingContext, emit) => {
    for (const c of ctx.items) {
      if (c.layered !== undefined && c.layered > c.item.amount) emit({ item: c.item.label, layered: formatCents(c.layered), cost: formatCents(c.item.amount) }, { subject: ctx.subject, path: ["costItems", c.index, "funding", "layers"] });
    }
  },
))();
