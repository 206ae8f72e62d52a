import { buildAssessment, report, roundScore, type Assessment, type Finding } from "../core/index.js";
import { groupBy, keyedIndex, requireCollections, requireIsoDate } from "../core/internal.js";
import { indexForCompliance, type ComplianceInput } from "../compliance/index-cache.js";
import { categoriesRead, type Organization } from "../partners/organization.js";
import { isPartnershipActive, type Partnership } from "../partners/partnership.js";
import { childWelfareStaffRoles, staffPolicyTopics } from "./catalog.js";
import { staffPolicyMissing, staffPolicyReviewOverdue, type StaffFindingCode } from "./findings.js";
import type { StaffPolicy } from "./policy.js";

/**
 * What {@link assessStaffPolicies} reads: a parsed portfolio has all of it.
 *
 * @example
 * ```ts
 * import type { StaffPoliciesInput } from "ece-partnerships";
 * const input: StaffPoliciesInput = { organizations: [], partnerships: [], staffPolicies: [] };
 * input.staffPolicies.length; //=> 0
 * ```
 * @category Staff
 */
export interface StaffPoliciesInput {
  organizations: readonly Organization[];
  partnerships: readonly Partnership[];
  staffPolicies: readonly StaffPolicy[];
}

/**
 * The result of {@link assessStaffPolicies}.
 *
 * @example
 * ```ts
 * import type { StaffPolicyAssessment } from "ece-partnerships";
 * const keys: (keyof StaffPolicyAssessment)[] = ["childWelfarePartners", "topics", "rolesCovered", "rolesNotCovered"];
 * keys.length; //=> 4
 * ```
 * @category Staff
 */
export interface StaffPolicyAssessment extends Assessment<StaffFindingCode> {
  /** The program's partners in the child-welfare category through partnerships active on the date, by name. */
  childWelfarePartners: string[];
  /** Each topic with the program's policy on it (the latest adopted on or before the date), or `null`. */
  topics: { topic: string; label: string; policy: { id: string; title: string | null; adoptedOn: string; reviewedOn: string | null; nextReviewOn: string | null } | null }[];
  /** Staff roles of {@link childWelfareStaffRoles} the policies' training covers, in catalog order. */
  rolesCovered: string[];
  /** Those it does not. */
  rolesNotCovered: string[];
}

const indexForStaff = /* @__PURE__ */ keyedIndex({
  policiesByProgram: /* @__PURE__ */ groupBy((input: StaffPoliciesInput) => input.staffPolicies, (p) => [p.programId]),
});

/** The policy on each topic: the one adopted last on or before `asOf` (the later in the list on a tie). */
function currentPolicies(policies: readonly StaffPolicy[], asOf: string): Map<string, StaffPolicy> {
  const current = new Map<string, StaffPolicy>();
  for (const p of policies) {
    if (p.adoptedOn > asOf) continue;
    const seen = current.get(p.topic);
    if (!seen || seen.adoptedOn <= p.adoptedOn) current.set(p.topic, p);
  }
  return current;
}

/**
 * Assesses a program's staff policies for child-welfare partnerships on a date: whether the two
 * policies of {@link staffPolicyTopics} are recorded (Strategies for Partnering with Child Welfare
 * Agencies: programs "must provide staff with clear policies"), their review dates, and which of
 * the nine staff roles ({@link childWelfareStaffRoles}) their training covers.
 *
 * Findings: `staff-policy.missing` (should: the source is guidance, not regulation) for each topic
 * without a policy when the program has a partnership active on `asOf` with a partner in the
 * child-welfare category; `staff-policy.review-overdue` (info) when a policy's planned review date
 * has passed with no review on or after it. Components: `policies` (0.7), the share of the two
 * topics with a policy (scored when a child-welfare partnership is active or a policy exists);
 * `training` (0.3), the share of the nine roles covered (scored when a policy exists).
 * Complexity: O(the program's partnerships and policies) after indexing.
 *
 * @throws {RangeError} When `asOf` is not a calendar date.
 * @throws {TypeError} When the input is not a parsed portfolio.
 * @example
 * ```ts
 * import { assessStaffPolicies, parsePortfolio } from "ece-partnerships";
 * const parsed = parsePortfolio({
 *   schemaVersion: 2,
 *   organizations: [
 *     { id: "hs", name: "Sunrise Head Start", kind: "head-start-preschool", level: "local", program: { types: ["head-start-preschool"], americanIndianAlaskaNative: false, fundedEnrollment: 120 } },
 *     { id: "cps", name: "Dane County CPS", kind: "child-welfare-agency", level: "county" },
 *   ],
 *   partnerships: [{ id: "hs-cps", parties: ["hs", "cps"], status: "active" }],
 *   staffPolicies: [{ id: "p1", programId: "hs", topic: "child-welfare-interaction", adoptedOn: "2024-08-15", trainingCovers: ["reporting-duties", "implicit-bias"] }],
 * });
 * if (!parsed.ok) throw parsed.error;
 * const a = assessStaffPolicies(parsed.value, "hs", { asOf: "2025-09-01" });
 * a.findings.map((f) => f.message);
 * //=> ["Sunrise Head Start works with Dane County CPS but records no staff policy on: Supervision and consultation when a family is involved with child welfare."]
 * a.components.map((c) => [c.id, c.score]); //=> [["policies", 50], ["training", 22.2]]
 * ```
 * @category Staff
 */
export function assessStaffPolicies(input: StaffPoliciesInput, programId: string, options: { asOf: string }): StaffPolicyAssessment {
  const asOf = requireIsoDate(options?.asOf);
  requireCollections(input, ["organizations", "partnerships", "staffPolicies"], "assessStaffPolicies");
  // Organizations and partnerships by organization come from the compliance index, one per portfolio
  // (cached by the input's identity; an input without agreements indexes none).
  const { orgs, partnershipsByOrg } = indexForCompliance(input as StaffPoliciesInput & ComplianceInput);
  const index = { orgs, partnershipsByOrg, policiesByProgram: indexForStaff(input).policiesByProgram };
  const program = index.orgs.get(programId);
  const name = program?.name ?? programId;
  const subject = { kind: "program", id: programId, name };
  const partners = new Set<string>();
  for (const p of index.partnershipsByOrg.get(programId) ?? []) {
    if (!isPartnershipActive(p, asOf)) continue;
    for (const id of p.parties) {
      const org = index.orgs.get(id);
      if (id !== programId && org && categoriesRead(org).includes("child-welfare")) partners.add(org.name);
    }
  }
  const childWelfarePartners = [...partners];
  const policies = currentPolicies(index.policiesByProgram.get(programId) ?? [], asOf);
  const findings: Finding<StaffFindingCode>[] = [];
  const topics = staffPolicyTopics.map((t) => {
    const p = policies.get(t.id);
    if (!p && childWelfarePartners.length) findings.push(report(staffPolicyMissing, { program: name, topic: t.label, partners: childWelfarePartners }, { subject }));
    if (p?.nextReviewOn !== undefined && p.nextReviewOn < asOf && !(p.reviewedOn !== undefined && p.reviewedOn >= p.nextReviewOn)) {
      findings.push(report(staffPolicyReviewOverdue, { policy: p.title ?? `the policy on ${t.label.toLowerCase()}`, due: p.nextReviewOn }, { subject }));
    }
    return { topic: t.id, label: t.label, policy: p ? { id: p.id, title: p.title ?? null, adoptedOn: p.adoptedOn, reviewedOn: p.reviewedOn ?? null, nextReviewOn: p.nextReviewOn ?? null } : null };
  });
  const covered = new Set([...policies.values()].flatMap((p) => p.trainingCovers));
  const rolesCovered = childWelfareStaffRoles.filter((r) => covered.has(r.id as never)).map((r) => r.id);
  const rolesNotCovered = childWelfareStaffRoles.filter((r) => !covered.has(r.id as never)).map((r) => r.id);
  const assessment = buildAssessment({
    subject,
    findings,
    components: [
      { id: "policies", label: "Staff policies for child-welfare partnerships", score: childWelfarePartners.length || policies.size ? roundScore((policies.size / staffPolicyTopics.length) * 100) : null, weight: 0.7, evidence: [...policies.values()].map((p) => `${p.title ?? p.topic} adopted ${p.adoptedOn}${p.reviewedOn ? `, reviewed ${p.reviewedOn}` : ""}`) },
      { id: "training", label: "Staff roles the training covers", score: policies.size ? roundScore((rolesCovered.length / childWelfareStaffRoles.length) * 100) : null, weight: 0.3, evidence: rolesCovered.map((id) => childWelfareStaffRoles.find((r) => r.id === id)!.label) },
    ],
  });
  return Object.assign(assessment, { childWelfarePartners, topics, rolesCovered, rolesNotCovered });
}
