import { defineFinding, defineRule } from "../../core/index.js";
import { COMMUNITY_ASSESSMENT_PERIOD } from "../sources.js";
import { assessmentServes, type ComplianceContext } from "./context.js";

/** 1302.11(b): the recorded grant period ended with no assessment conducted for it. */
export const assessmentGrantPeriodMissed = /* @__PURE__ */ (() =>
  defineRule(
  defineFinding({
    code: "compliance.1302-11.grant-period-missed",
    severity: "must",
    title: "Grant period ended without a community assessment",
    citation: COMMUNITY_ASSESSMENT_PERIOD.citation,
    binding: COMMUNITY_ASSESSMENT_PERIOD,
    basis: "The recorded five-year grant period is over and no community assessment was conducted in it or recorded as serving it.",
    action: "Conduct the community assessment now, and record the program's current grant period.",
    message: (p: { program: string; start: string; end: string }) => `${p.program} conducted no community assessment in the grant period ${p.start} to ${p.end}.`,
  }),
  (ctx: ComplianceContext, emit) => {
    const period = ctx.program.grantPeriod;
    if (!period || !ctx.latestAssessment || ctx.asOf <= period.end || assessmentServes(ctx, period)) return;
    emit({ program: ctx.programName, start: period.start, end: period.end }, { subject: ctx.subject });
  },
))();
