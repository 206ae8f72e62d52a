import { defineFinding, defineRule } from "../../core/index.js";
import type { ComplianceContext } from "./context.js";
import { ACT_B } from "./exemption-citation.js";

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
