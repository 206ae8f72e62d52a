import { defineFinding, defineRule } from "../../core/index.js";
import { addMonthsIso } from "../../core/internal.js";
import { CFR_1302_11 } from "../sources.js";
import { budgetYearsWithoutUpdate, type ComplianceContext } from "./context.js";

/** 1302.11(b): more than 12 months since the last review, short of a missed budget year. */
export const reviewOverdue = /* @__PURE__ */ (() =>
  defineRule(
  defineFinding({
    code: "compliance.1302-11.review-overdue",
    severity: "should",
    title: "Community assessment review due",
    citation: CFR_1302_11,
    basis:
      "Annual updates tied to the annual funding application can fall 12 to 13 months apart and still be annual; a rolling 12 months is the library's reminder, not the rule's measure. A budget year that ends without a review is reported as compliance.1302-11.annual-review-missed instead.",
    action: "Review and update the community assessment and record the review's date.",
    message: (p: { program: string; last: string; due: string }) => `The community assessment of ${p.program} was last reviewed on ${p.last}; the annual review was due by ${p.due}.`,
  }),
  (ctx: ComplianceContext, emit) => {
    const last = ctx.lastReviewed;
    if (last === undefined || last >= addMonthsIso(ctx.asOf, -12) || budgetYearsWithoutUpdate(ctx).length > 0) return;
    emit({ program: ctx.programName, last, due: addMonthsIso(last, 12) }, { subject: ctx.subject });
  },
))();
