import { firstBy, groupBy, keyedIndex } from "../core/internal.js";
import type { Agreement, MouExemption } from "../agreements/index.js";
import type { Organization, Partnership } from "../partners/index.js";
import type { CommunityAssessment } from "./community-assessment.js";

/**
 * What the program-level checks read: a portfolio or any object with these collections.
 *
 * @example
 * ```ts
 * import type { ComplianceInput } from "ece-partnerships";
 * const input: ComplianceInput = { organizations: [], partnerships: [], agreements: [] };
 * input.agreements.length; //=> 0
 * ```
 * @category Compliance
 */
export interface ComplianceInput {
  organizations: readonly Organization[];
  partnerships: readonly Partnership[];
  agreements: readonly Agreement[];
  mouExemptions?: readonly MouExemption[] | undefined;
  communityAssessments?: readonly CommunityAssessment[] | undefined;
}

/** Collections indexed by id and by organization, built once per input and updated by what an edit changed. */
export interface ComplianceIndex {
  orgs: Map<string, Organization>;
  partnershipsByOrg: Map<string, Partnership[]>;
  agreements: Map<string, Agreement>;
  agreementsByOrg: Map<string, Agreement[]>;
  exemptionsByProgram: Map<string, MouExemption[]>;
  assessmentsByProgram: Map<string, CommunityAssessment[]>;
}

/**
 * Indexes the collections once (O(total size)); the index is cached per input object, and after an
 * edit it is updated by the items that changed (O(collection length) identity checks plus the
 * changes) instead of rebuilt. Inputs are treated as immutable.
 */
export const indexForCompliance: (input: ComplianceInput) => ComplianceIndex = /* @__PURE__ */ keyedIndex({
  orgs: /* @__PURE__ */ firstBy((input: ComplianceInput) => input.organizations, (o) => o.id),
  partnershipsByOrg: /* @__PURE__ */ groupBy((input: ComplianceInput) => input.partnerships, (p) => p.parties),
  agreements: /* @__PURE__ */ firstBy((input: ComplianceInput) => input.agreements, (a) => a.id),
  agreementsByOrg: /* @__PURE__ */ groupBy((input: ComplianceInput) => input.agreements, (a) => a.parties),
  exemptionsByProgram: /* @__PURE__ */ groupBy((input: ComplianceInput) => input.mouExemptions, (e) => [e.programId]),
  assessmentsByProgram: /* @__PURE__ */ groupBy((input: ComplianceInput) => input.communityAssessments, (c) => [c.programId]),
});
