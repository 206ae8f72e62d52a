import { defineFinding, defineRule } from "../../core/index.js";
import type { ComplianceContext } from "./context.js";
import { ACT_B } from "./exemption-citation.js";

/** An exemption recorded before an MOU was executed no longer applies. */
export const mouExemptionSuperseded = /* @__PURE__ */ (() =>
  defineRule(
  defineFinding({
    code: "compliance.b1.exemption-superseded",
    severity: "info",
    title: "Exemption superseded by a later MOU",
    citation: ACT_B,
    basis: "A note on the data: an MOU executed after the exemption was recorded shows the exemption is out of date, so the MOU's status decides.",
    action: "If the entity is again unable or unwilling, record a new exemption with its notifications.",
    message: (p: { program: string; exemption: string; recorded: string }) => `The exemption of ${p.program} recorded on ${p.recorded} (${p.exemption}) predates its public-preschool MOU and no longer applies.`,
  }),
  (ctx: ComplianceContext, emit) => {
    for (const m of ctx.mou) {
      const e = m.supersededExemption;
      if (e) emit({ program: ctx.programName, exemption: e.exemption, recorded: e.recordedOn }, { subject: ctx.subject });
    }
  },
))();
