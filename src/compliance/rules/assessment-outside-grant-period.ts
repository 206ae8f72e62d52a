import { defineFinding, defineRule } from "../../core/index.js";
import { COMMUNITY_ASSESSMENT_PERIOD } from "../sources.js";
import { assessmentServes, type ComplianceContext } from "./context.js";

/** 1302.11(b): no assessment serves the current grant period yet, and the period is still running. */
export const assessmentOutsideGrantPeriod = /* @__PURE__ */ (() =>
  defineRule(
  defineFinding({
    code: "compliance.1302-11.outside-grant-period",
    severity: "should",
    title: "Community assessment due in this grant period",
    citation: COMMUNITY_ASSESSMENT_PERIOD.citation,
    basis: 'The rule asks for an assessment "at least once over the five-year grant period": until the period ends, the program still has time, so this is a reminder, not a breach.',
    action: "Plan the community assessment for this grant period, before it ends.",
    message: (p: { program: string; latest: string; start: string; end: string }) =>
      `The latest community assessment of ${p.program} (${p.latest}) predates the grant period that began ${p.start}; conduct one before the period ends on ${p.end}.`,
  }),
  (ctx: ComplianceContext, emit) => {
    const period = ctx.program.grantPeriod;
    const latest = ctx.latestAssessment;
    if (!period || !latest || ctx.asOf > period.end || assessmentServes(ctx, period)) return;
    emit({ program: ctx.programName, latest: latest.conductedOn, start: period.start, end: period.end }, { subject: ctx.subject });
  },
))();
