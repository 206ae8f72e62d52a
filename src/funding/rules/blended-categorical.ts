import { defineFinding, defineRule } from "../../core/index.js";
import type { FundingContext } from "./context.js";

/** A cost blends a federal categorical stream with other money. */
export const blendedCategorical = /* @__PURE__ */ (() =>
  defineRule(
  defineFinding({
    code: "funding.blended.categorical",
    severity: "should",
    title: "Categorical federal money blended",
    citation: { source: "Early Childhood Systems Building Resource Guide (ACF): blending and braiding" },
    basis: "In blending, costs are not allocated and tracked by source; federal categorical funds are generally braided or layered instead. Whether a statute allows blending is a modelling judgment the library has not verified.",
    action: "Braid or layer the cost (allocate it to each source by a documented basis), or record the authority that allows blending.",
    message: (p: { item: string; streams: readonly string[] }) => `Cost "${p.item}" blends ${p.streams.join(", ")} with other money; federal categorical funds are generally braided or layered so costs are tracked to each (confirm any statutory authority to blend).`,
  }),
  (ctx: FundingContext, emit) => {
    for (const c of ctx.items) {
      const f = c.item.funding;
      if (f?.method !== "blended" || f.pool.length < 2) continue;
      const categorical = f.pool.filter((id) => ctx.streamOf(id)?.categorical === true);
      if (categorical.length > 0) emit({ item: c.item.label, streams: categorical.map((id) => ctx.streamOf(id)?.label ?? id) }, { subject: ctx.subject, path: ["costItems", c.index, "funding"] });
    }
  },
))();
