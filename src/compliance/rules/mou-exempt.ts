import { defineFinding, defineRule } from "../../core/index.js";
import type { ComplianceContext } from "./context.js";

const ACT_B = { source: "Head Start Act", section: "642(e)(5)(B)" };

/** 642(e)(5)(B): an exemption from the MOU is recorded. */
export const mouExempt = /* @__PURE__ */ (() =>
  defineRule(
  defineFinding({
    code: "compliance.b1.exempt",
    severity: "info",
    title: "Exempt from the public-preschool MOU",
    citation: ACT_B,
    basis: "A note: the Act's exemption applies.",
    action: "Review the exemption when the service area changes (a new public preschool, a willing entity).",
    message: (p: { program: string; exemption: string; recorded: string }) => `${p.program} records an exemption from the public-preschool MOU (${p.exemption}, ${p.recorded}).`,
  }),
  (ctx: ComplianceContext, emit) => {
    for (const m of ctx.mou) if (m.status === "exempt" && m.exemption) emit({ program: ctx.programName, exemption: m.exemption.exemption, recorded: m.exemption.recordedOn }, { subject: ctx.subject });
  },
))();

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
