import { defineFinding, defineRule } from "../../core/index.js";
import { untitledAgreement } from "../../core/internal.js";
import { cfr53 } from "../sources.js";
import type { ComplianceContext } from "./context.js";

/** 1302.53(b): an agreement in force that shares child records records no subpart C basis. */
export const recordsWithoutBasis = /* @__PURE__ */ (() =>
  defineRule(
  defineFinding({
    code: "compliance.b.records-without-basis",
    severity: "should",
    title: "Child records shared without a recorded basis",
    citation: { ...cfr53("(b)"), section: "1302.53(b); part 1303 subpart C" },
    basis:
      "Not documented: 1302.53(b) asks programs to protect the privacy of child records in accordance with part 1303 subpart C, which governs each disclosure (consent, or a disclosure without consent it allows), not what an agreement records. A missing basis is a gap in the record.",
    action: "Record on the agreement the basis its disclosures rely on (dataSharing).",
    message: (p: { agreement: string }) => `${p.agreement} shares child records with no basis recorded under 45 CFR 1303 subpart C.`,
  }),
  (ctx: ComplianceContext, emit) => {
    for (const a of ctx.agreements) {
      const state = ctx.stateOf(a.id);
      if (state?.inForce && state.sharesChildRecords && !state.hasDataSharingBasis) emit({ agreement: a.title ?? untitledAgreement(a.id) }, { subject: { kind: "agreement", id: a.id, ...(a.title ? { name: a.title } : {}) } });
    }
  },
))();
