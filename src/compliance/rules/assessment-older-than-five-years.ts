import { defineFinding, defineRule } from "../../core/index.js";
import { addYearsIso } from "../../core/internal.js";
import { CFR_1302_11 } from "../sources.js";
import type { ComplianceContext } from "./context.js";

/** 1302.11(b), without a recorded grant period: the latest assessment is more than five years old. */
export const assessmentOlderThanFiveYears = /* @__PURE__ */ (() =>
  defineRule(
  defineFinding({
    code: "compliance.1302-11.older-than-five-years",
    severity: "should",
    title: "Community assessment more than five years old",
    citation: CFR_1302_11,
    basis: "Without a recorded grant period the library cannot tell which period an assessment serves; five years is its stand-in for one grant period, not the rule's words.",
    action: "Record the program's grant period (program.grantPeriod), and plan a new community assessment if none serves it.",
    message: (p: { program: string; latest: string; since: string }) => `The latest community assessment of ${p.program} (${p.latest}) is older than five years (before ${p.since}) and no grant period is recorded.`,
  }),
  (ctx: ComplianceContext, emit) => {
    const latest = ctx.latestAssessment;
    if (ctx.program.grantPeriod || latest?.grantPeriod || !latest) return;
    const since = addYearsIso(ctx.asOf, -5);
    if (latest.conductedOn < since) emit({ program: ctx.programName, latest: latest.conductedOn, since }, { subject: ctx.subject });
  },
))();
