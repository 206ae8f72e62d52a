import { countRules, type CountedFindings } from "../core/internal.js";
import type { Agreement } from "./agreement.js";
import { assessAgreement } from "./assess.js";
import { agreementContext, type AssessAgreementOptions } from "./rules/context.js";
import { agreementRules } from "./rules/index.js";

/**
 * What a portfolio summary reads of {@link assessAgreement}: the same standing, and the findings
 * counted by severity instead of written. Internal.
 */
export interface AgreementOutline extends CountedFindings {
  inForce: boolean;
  daysUntilReviewDue?: number;
}

const agreementCodes: ReadonlySet<string> = /* @__PURE__ */ (() => new Set(agreementRules.map((r) => r.meta.code)))();

/**
 * An agreement's standing and its findings counted, with the rules {@link assessAgreement} runs
 * on the context it reads, but no message, finding, score or coverage made. A summary of a
 * national portfolio counts half a million findings of agreements and shows none of them.
 */
export function outlineAgreement(agreement: Agreement, options: AssessAgreementOptions): AgreementOutline {
  const ctx = agreementContext(agreement, options);
  const outline: AgreementOutline = { subjectId: agreement.id, inForce: ctx.state.inForce, counts: countRules(agreementRules, ctx), codes: agreementCodes, findings: () => assessAgreement(agreement, options).findings };
  if (ctx.review) outline.daysUntilReviewDue = ctx.review.days;
  return outline;
}
