import { defineFinding } from "../core/index.js";

// The finding codes of assessStaffPolicies (declared once; gathered in findingCatalog).

const SOURCE = { source: "Strategies for Partnering with Child Welfare Agencies (ECLKC)", section: "How Head Start and Early Head Start Staff Who Work Directly with Families Can Play an Effective Role in Child Welfare Partnerships" };

/** A program with an active child-welfare partnership has no record of one of the two staff policies. */
export const staffPolicyMissing = /* @__PURE__ */ (() =>
  defineFinding({
    code: "staff-policy.missing",
    severity: "should",
    title: "Staff policy for child-welfare partnerships not recorded",
    citation: SOURCE,
    basis:
      'The source says programs "must provide staff with clear policies" on both topics, but it is guidance from the Office of Head Start, not a statute or regulation: a monitor would find no rule saying so, so the finding is a should.',
    action: "Write (or record) the policy, have it approved as the program approves its policies, and train staff on it.",
    message: (p: { program: string; topic: string; partners: readonly string[] }) => `${p.program} works with ${p.partners.join(", ")} but records no staff policy on: ${p.topic}.`,
  }))();

/** A staff policy's planned review date has passed. */
export const staffPolicyReviewOverdue = /* @__PURE__ */ (() =>
  defineFinding({
    code: "staff-policy.review-overdue",
    severity: "info",
    title: "Staff policy review overdue",
    citation: SOURCE,
    basis: "A note: the review date is the program's own; no rule sets one.",
    action: "Review the policy with the staff who use it and record the review.",
    message: (p: { policy: string; due: string }) => `The review of ${p.policy} planned for ${p.due} has not been recorded.`,
  }))();

/** The finding codes of staff policies, in catalog order. */
export const staffFindings = /* @__PURE__ */ Object.freeze([staffPolicyMissing, staffPolicyReviewOverdue] as const);

/**
 * Every finding code {@link assessStaffPolicies} can emit.
 *
 * @example
 * ```ts
 * import type { StaffFindingCode } from "ece-partnerships";
 * const code: StaffFindingCode = "staff-policy.missing";
 * code; //=> "staff-policy.missing"
 * ```
 * @category Staff
 */
export type StaffFindingCode = (typeof staffFindings)[number]["code"];
