import type { Rule } from "../../core/index.js";
import { agreementNotFound } from "./agreement-not-found.js";
import { annualReviewMissed } from "./annual-review-missed.js";
import { assessmentGrantPeriodMissed } from "./assessment-grant-period-missed.js";
import { assessmentMissing } from "./assessment-missing.js";
import { assessmentOlderThanFiveYears } from "./assessment-older-than-five-years.js";
import { assessmentOutsideGrantPeriod } from "./assessment-outside-grant-period.js";
import { categoryGap } from "./category-gap.js";
import type { ComplianceContext } from "./context.js";
import { elementsMissing } from "./elements-missing.js";
import { informalPartnership } from "./informal-partnership.js";
import { mouExempt } from "./mou-exempt.js";
import { mouExemptionSuperseded } from "./mou-exemption-superseded.js";
import { mouMissing } from "./mou-missing.js";
import { mouNotInForce } from "./mou-not-in-force.js";
import { needWithoutPartner } from "./need-without-partner.js";
import { noActivePartnerships } from "./no-active-partnerships.js";
import { recordsWithoutBasis } from "./records-without-basis.js";
import { activeRoleUnrecorded } from "./active-role.js";
import { reviewOverdue } from "./review-overdue.js";
import { aianDecision } from "./aian-decision.js";
import { dataSystems } from "./data-systems.js";
import { qris } from "./qris.js";

/**
 * The rules {@link assessCompliance} runs, in order: 1302.53(a)(1) partnerships, (a)(2)
 * categories, 1302.11 community assessment, (b) child records, (b)(1) the public-preschool MOU,
 * (b)(2)-(b)(4) QRIS and data systems. The findings of the MOU's own assessment
 * ({@link agreementRules}) are added after them.
 *
 * @example
 * ```ts
 * import { complianceRules } from "ece-partnerships";
 * complianceRules.filter((r) => r.meta.severity === "must").map((r) => r.meta.code);
 * //=> ["compliance.a1.no-active-partnerships", "compliance.1302-11.missing", "compliance.1302-11.grant-period-missed", "compliance.1302-11.annual-review-missed", "compliance.b1.mou-missing", "compliance.b1.mou-not-in-force"]
 * ```
 * @category Compliance
 */
export const complianceRules = /* @__PURE__ */ Object.freeze([
  noActivePartnerships,
  informalPartnership,
  agreementNotFound,
  categoryGap,
  needWithoutPartner,
  assessmentMissing,
  assessmentOutsideGrantPeriod,
  assessmentGrantPeriodMissed,
  assessmentOlderThanFiveYears,
  annualReviewMissed,
  reviewOverdue,
  elementsMissing,
  recordsWithoutBasis,
  activeRoleUnrecorded,
  mouMissing,
  mouNotInForce,
  mouExempt,
  mouExemptionSuperseded,
  qris,
  dataSystems,
  aianDecision,
] as const) satisfies readonly Rule<ComplianceContext, string>[];

/**
 * Every finding code of {@link complianceRules}.
 *
 * @example
 * ```ts
 * import type { ComplianceFindingCode } from "ece-partnerships";
 * const c: ComplianceFindingCode = "compliance.b1.mou-missing";
 * c; //=> "compliance.b1.mou-missing"
 * ```
 * @category Compliance
 */
export type ComplianceFindingCode = (typeof complianceRules)[number]["meta"]["code"];
