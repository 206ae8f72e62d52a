import type { Rule } from "../../core/index.js";
import { clauseMissingRules } from "./clause-missing.js";
import type { AgreementContext } from "./context.js";
import { consentIncomplete, dataSharingNoBasis } from "./data-sharing.js";
import { renewalDueSoon, renewalOverdue, reviewDueSoon, reviewOverdue } from "./review.js";
import { signatureAfterAsOf, unsigned } from "./signatures.js";
import { expired, mouExpired, notYetInForce, terminated } from "./status.js";
import { submissionDue, submissionLate, submissionMissing } from "./submission.js";

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
