import { defineFinding, defineRule } from "../../core/index.js";
import { cfr53 } from "../sources.js";
import type { ComplianceContext } from "./context.js";

/** 1302.53(a)(1): a need the community assessment names has no partner in its categories. */
export const needWithoutPartner = /* @__PURE__ */ (() =>
  defineRule(
  defineFinding({
    code: "compliance.a1.need-without-partner",
    severity: "should",
    title: "Community need without a partner",
    citation: cfr53("(a)(1)"),
    basis: "Partnerships serve the needs the community assessment determines; the program may meet a need in other ways, so this is a gap to consider.",
    action: "Find a partner that meets the need, or record how the program meets it otherwise.",
    message: (p: { need: string; categories: readonly string[] }) => `The community assessment names "${p.need}", but no active partner covers ${p.categories.join(" or ")}.`,
  }),
  (ctx: ComplianceContext, emit) => {
    for (const need of ctx.latestAssessment?.needs ?? []) {
      if (!need.categories.some((c) => ctx.coverage[c].length > 0)) emit({ need: need.label, categories: [...need.categories] }, { subject: ctx.subject });
    }
  },
))();
