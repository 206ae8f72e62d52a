import { defineFinding, defineRule } from "../../core/index.js";
import { MOU_REGULATION } from "../sources.js";
import type { ComplianceContext } from "./context.js";

/** 1302.53(b)(1): no MOU and no exemption (for the program, or for one of its listed entities). */
export const mouMissing = /* @__PURE__ */ (() =>
  defineRule(
  defineFinding({
    code: "compliance.b1.mou-missing",
    severity: "must",
    title: "No public-preschool MOU and no exemption",
    citation: MOU_REGULATION.citation,
    binding: MOU_REGULATION,
    basis:
      "The regulation says a program must enter into the MOU (Head Start Act 642(e)(5)); the Act exempts a program only where there is no publicly funded preschool in the service area or the entity is unable or unwilling, and neither is recorded. Where the program lists several responsible entities, each needs an MOU or an exemption (ACF-IM-HS-08-18).",
    action: "Enter into the MOU with the entity, or record the exemption that applies (with the notifications an unable-or-unwilling entity needs).",
    message: (p: { program: string; entity: string }) => `Head Start Preschool program ${p.program} has no MOU with ${p.entity}, and no exemption recorded.`,
  }),
  (ctx: ComplianceContext, emit) => {
    for (const m of ctx.mou) {
      if (m.status !== "missing") continue;
      emit({ program: ctx.programName, entity: m.entityId ? ctx.name(m.entityId) : "the entity managing publicly funded preschool" }, { subject: ctx.subject });
    }
  },
))();
