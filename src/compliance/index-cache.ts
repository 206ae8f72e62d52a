import { cachedIndex, distinct, groupInto } from "../core/internal.js";
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

/** Collections indexed by id and by organization, built once per input. */
export interface ComplianceIndex {
  orgs: Map<string, Organization>;
  partnershipsByOrg: Map<string, Partnership[]>;
  agreements: Map<string, Agreement>;
  agreementsByOrg: Map<string, Agreement[]>;
  exemptionsByProgram: Map<string, MouExemption[]>;
  assessmentsByProgram: Map<string, CommunityAssessment[]>;
}

/**
 * Indexes the collections once (O(total size)); the index is cached per input object and rebuilt
 * when a collection is replaced or changes length. Inputs are treated as immutable.
 */
export const indexForCompliance: (input: ComplianceInput) => ComplianceIndex = /* @__PURE__ */ cachedIndex(
  (input: ComplianceInput) => [input.organizations, input.partnerships, input.agreements, input.mouExemptions, input.communityAssessments],
  (input) => {
    const index: ComplianceIndex = {
      orgs: new Map(),
      partnershipsByOrg: new Map(),
      agreements: new Map(),
      agreementsByOrg: new Map(),
      exemptionsByProgram: new Map(),
      assessmentsByProgram: new Map(),
    };
    for (const o of input.organizations) if (!index.orgs.has(o.id)) index.orgs.set(o.id, o);
    for (const p of input.partnerships) for (const party of distinct(p.parties)) groupInto(index.partnershipsByOrg, party, p);
    for (const a of input.agreements) {
      if (!index.agreements.has(a.id)) index.agreements.set(a.id, a);
      for (const party of distinct(a.parties)) groupInto(index.agreementsByOrg, party, a);
    }
    for (const e of input.mouExemptions ?? []) groupInto(index.exemptionsByProgram, e.programId, e);
    for (const c of input.communityAssessments ?? []) groupInto(index.assessmentsByProgram, c.programId, c);
    return index;
  },
);
