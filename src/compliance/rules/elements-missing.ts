import { defineFinding, defineRule } from "../../core/index.js";
import { communityAssessmentElements } from "../community-assessment.js";
import { CFR_1302_11 } from "../sources.js";
import type { ComplianceContext } from "./context.js";

/** 1302.11(b)(1): the assessment does not record covering some data elements. */
export const elementsMissing = /* @__PURE__ */ (() =>
  defineRule(
  defineFinding({
    code: "compliance.1302-11.elements-missing",
    severity: "info",
    title: "Community assessment elements not recorded",
    citation: { ...CFR_1302_11, section: "1302.11(b)(1)" },
    basis: "The list of data elements follows 1302.11(b)(1)(i)-(vi) in its 2016 numbering; the wording is unverified and what the assessment covers is recorded only if the app asks.",
    action: "Record which data elements the assessment covers (covers).",
    message: (p: { assessment: string; missing: readonly string[] }) => `Community assessment ${p.assessment} does not record covering: ${p.missing.join(", ")}.`,
  }),
  (ctx: ComplianceContext, emit) => {
    const latest = ctx.latestAssessment;
    if (!latest) return;
    const missing = communityAssessmentElements.filter((e) => !latest.covers.includes(e));
    if (missing.length > 0) emit({ assessment: latest.id, missing }, { subject: ctx.subject });
  },
))();
