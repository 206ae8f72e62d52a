import { defineFinding, defineRule } from "../../core/index.js";
import { COMMUNITY_ASSESSMENT_ANNUAL } from "../sources.js";
import { budgetYearsWithoutUpdate, type ComplianceContext } from "./context.js";

/** 1302.11(b): a whole budget year of the grant period passed with no review or update. */
export const annualReviewMissed = /* @__PURE__ */ (() =>
  defineRule(
  defineFinding({
    code: "compliance.1302-11.annual-review-missed",
    severity: "must",
    title: "A year passed without reviewing the community assessment",
    citation: COMMUNITY_ASSESSMENT_ANNUAL.citation,
    binding: COMMUNITY_ASSESSMENT_ANNUAL,
    basis:
      "Annually means once in each year of the grant period: the library reads the period's budget years (12 months from its start) and reports a year that ended with no review or update dated in it. A rolling 12 months is not the rule's measure (see compliance.1302-11.review-overdue).",
    action: "Review and update the community assessment now and record the review's date.",
    message: (p: { program: string; start: string; end: string }) => `${p.program} did not review or update its community assessment in the budget year ${p.start} to ${p.end}.`,
  }),
  (ctx: ComplianceContext, emit) => {
    for (const year of budgetYearsWithoutUpdate(ctx)) emit({ program: ctx.programName, start: year.start, end: year.end }, { subject: ctx.subject });
  },
))();
