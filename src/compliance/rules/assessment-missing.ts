import { defineFinding, defineRule } from "../../core/index.js";
import { COMMUNITY_ASSESSMENT_PERIOD } from "../sources.js";
import type { ComplianceContext } from "./context.js";

/** 1302.11(b): no community assessment conducted on or before `asOf`. */
export const assessmentMissing = /* @__PURE__ */ (() =>
  defineRule(
  defineFinding({
    code: "compliance.1302-11.missing",
    severity: "must",
    title: "No community assessment",
    citation: COMMUNITY_ASSESSMENT_PERIOD.citation,
    binding: COMMUNITY_ASSESSMENT_PERIOD,
    basis: "The program must conduct a community assessment at least once each grant period and review it every year; the portfolio records none conducted by the date.",
    action: "Record the program's community assessment (when it was conducted, the needs it names, its annual reviews).",
    message: (p: { program: string; asOf: string }) => `${p.program} has no community assessment conducted by ${p.asOf}.`,
  }),
  (ctx: ComplianceContext, emit) => {
    if (!ctx.latestAssessment) emit({ program: ctx.programName, asOf: ctx.asOf }, { subject: ctx.subject });
  },
))();
