import { defineFinding, defineRule } from "../../core/index.js";
import type { AgreementContext } from "./context.js";

/** A party has not signed. */
export const unsigned = /* @__PURE__ */ (() =>
  defineRule(
  defineFinding({
    code: "agreement.unsigned",
    severity: "should",
    title: "A party has not signed",
    basis:
      "No rule requires signatures on joint agreements, procedures or contracts in general (45 CFR 1302.53(a)(1) gives them as examples); an agreement not every party signed is simply not yet in force. For the public-preschool MOU, the program-level finding compliance.b1.mou-not-in-force carries the requirement.",
    action: "Collect the missing signature, or remove the party if it is not part of the agreement.",
    message: (p: { agreement: string; party: string }) => `${p.agreement} is not signed by ${p.party}.`,
  }),
  (ctx: AgreementContext, emit) => {
    for (const party of ctx.state.unsignedParties) emit({ agreement: ctx.label, party: ctx.partyName(party) }, { subject: ctx.subject, path: ["signatures"] });
  },
))();
