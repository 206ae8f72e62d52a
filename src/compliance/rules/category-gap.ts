import { defineFinding, defineRule } from "../../core/index.js";
import { partnerCategories } from "../../partners/index.js";
import { cfr53 } from "../sources.js";
import type { ComplianceContext } from "./context.js";

/** 1302.53(a)(2): no active partnership covers a category. */
export const categoryGap = /* @__PURE__ */ (() =>
  defineRule(
  defineFinding({
    code: "compliance.a2.category-gap",
    severity: "should",
    title: "No partner in a category",
    citation: cfr53("(a)(2)"),
    basis: 'The regulation requires "necessary" partnerships with organizations that "may include" the eight categories: a category without a partner is a gap to consider, not a breach.',
    action: "Check the community assessment: if families need what this category offers, look for a partner (suggestPartners helps with a community directory).",
    message: (p: { program: string; paragraph: string; category: string }) => `No active partnership of ${p.program} covers ${p.paragraph} ${p.category}.`,
  }),
  (ctx: ComplianceContext, emit) => {
    for (const c of ctx.categoryGaps) {
      const category = partnerCategories.find((x) => x.id === c)!;
      emit({ program: ctx.programName, paragraph: category.paragraph, category: category.label.toLowerCase() }, { subject: ctx.subject, citation: category.citation });
    }
  },
))();
