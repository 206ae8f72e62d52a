import { defineFinding, defineRule } from "../../core/index.js";
import type { AgreementContext } from "./context.js";

/** A signature dated after `asOf` does not count yet. */
export const signatureAfterAsOf = /* @__PURE__ */ (() =>
  defineRule(
  defineFinding({
    code: "agreement.signature-after-as-of",
    severity: "info",
    title: "Signature dated after the assessment date",
    basis: "A note on the data: the signature is not counted on this date.",
    action: "Nothing, unless the date is a typing error; then correct it.",
    message: (p: { agreement: string; party: string; date: string; asOf: string }) => `${p.agreement}: the signature of ${p.party} is dated ${p.date}, after ${p.asOf}; it does not count yet.`,
  }),
  (ctx: AgreementContext, emit) => {
    ctx.agreement.signatures.forEach((s, index) => {
      if (s.date > ctx.asOf) emit({ agreement: ctx.label, party: ctx.partyName(s.party), date: s.date, asOf: ctx.asOf }, { subject: ctx.subject, path: ["signatures", index, "date"] });
    });
  },
))();
