import { defineFinding, defineRule } from "../../core/index.js";
import type { AgreementContext } from "./context.js";
import { SUBPART_C } from "./consent-parts.js";

/** An agreement that shares child records records no basis. */
export const dataSharingNoBasis = /* @__PURE__ */ (() =>
  defineRule(
  defineFinding({
    code: "agreement.data-sharing.no-legal-basis",
    severity: "should",
    title: "Shares child records but records no basis",
    citation: SUBPART_C,
    basis:
      "Not documented. 45 CFR 1303.22 governs each disclosure (consent before disclosing, or a disclosure without consent it allows), not what an agreement records; a missing entry here is a gap in the record, not proof of an unlawful disclosure.",
    action: "Record the basis the agreement relies on (dataSharing): written parental consent, or the disclosure without consent that applies (for example, officials acting for the program).",
    message: (p: { agreement: string }) => `${p.agreement} shares child records but records no basis under 45 CFR 1303 subpart C (written parental consent or a named disclosure without consent).`,
  }),
  (ctx: AgreementContext, emit) => {
    if (ctx.state.sharesChildRecords && !ctx.agreement.dataSharing) emit({ agreement: ctx.label }, { subject: ctx.subject, path: ["dataSharing"] });
  },
))();
