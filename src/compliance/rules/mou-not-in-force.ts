import { defineFinding, defineRule } from "../../core/index.js";
import { MOU_REGULATION } from "../sources.js";
import type { ComplianceContext } from "./context.js";

/** 1302.53(b)(1): the MOU recorded is not in force (unsigned, expired, terminated, not yet effective). */
export const mouNotInForce = /* @__PURE__ */ (() =>
  defineRule(
  defineFinding({
    code: "compliance.b1.mou-not-in-force",
    severity: "must",
    title: "Public-preschool MOU not in force",
    citation: MOU_REGULATION.citation,
    binding: MOU_REGULATION,
    basis: "An MOU that is not signed by every party, has expired or was terminated does not meet the requirement to enter into one; an exemption recorded before the MOU was executed no longer applies.",
    action: "Sign, renew or replace the MOU with the entity, or record an exemption that applies now.",
    message: (p: { program: string; agreement: string; status: string; asOf: string }) => `The public-preschool MOU of ${p.program} (${p.agreement}) is ${p.status} on ${p.asOf}.`,
  }),
  (ctx: ComplianceContext, emit) => {
    for (const m of ctx.mou) {
      if (m.status !== "not-in-force" || !m.agreement) continue;
      emit({ program: ctx.programName, agreement: m.agreement.subject.name ?? m.agreement.subject.id ?? "", status: m.agreement.status, asOf: ctx.asOf }, { subject: m.agreement.subject });
    }
  },
))();
