import type { Rule } from "../../core/index.js";
import { clauseMissingRules } from "./clause-missing.js";
import type { AgreementContext } from "./context.js";
import { consentIncomplete } from "./consent-incomplete.js";
import { dataSharingNoBasis } from "./data-sharing-no-basis.js";
import { renewalDueSoon } from "./renewal-due-soon.js";
import { renewalOverdue } from "./renewal-overdue.js";
import { reviewDueSoon } from "./review-due-soon.js";
import { reviewOverdue } from "./review-overdue.js";
import { signatureAfterAsOf } from "./signature-after-as-of.js";
import { unsigned } from "./unsigned.js";
import { expired } from "./expired.js";
import { mouExpired } from "./mou-expired.js";
import { notYetInForce } from "./not-yet-in-force.js";
import { terminated } from "./terminated.js";
import { submissionDue } from "./submission-due.js";
import { submissionLate } from "./submission-late.js";
import { submissionMissing } from "./submission-missing.js";

/**
 * The rules {@link assessAgreement} runs, in order: missing clauses (one rule per code), signatures,
 * status, review or renewal, submission, data sharing. Each has its declaration as `meta`.
 *
 * @example
 * ```ts
 * import { agreementRules } from "ece-partnerships";
 * agreementRules.filter((r) => r.meta.severity === "must").map((r) => r.meta.code);
 * //=> ["agreement.public-preschool.topic-missing", "agreement.public-preschool.clause-missing", "agreement.public-preschool.expired", "agreement.renewal-overdue", "agreement.submission-missing"]
 * ```
 * @category Agreements
 */
export const agreementRules = /* @__PURE__ */ (() =>
  Object.freeze([
  ...clauseMissingRules,
  signatureAfterAsOf,
  unsigned,
  expired,
  mouExpired,
  terminated,
  notYetInForce,
  renewalOverdue,
  renewalDueSoon,
  reviewOverdue,
  reviewDueSoon,
  submissionMissing,
  submissionLate,
  submissionDue,
  dataSharingNoBasis,
  consentIncomplete,
] as const))() satisfies readonly Rule<AgreementContext, string>[];

/**
 * Every finding code {@link assessAgreement} can emit.
 *
 * @example
 * ```ts
 * import type { AgreementFindingCode } from "ece-partnerships";
 * const c: AgreementFindingCode = "agreement.renewal-overdue";
 * c; //=> "agreement.renewal-overdue"
 * ```
 * @category Agreements
 */
export type AgreementFindingCode = (typeof agreementRules)[number]["meta"]["code"];
