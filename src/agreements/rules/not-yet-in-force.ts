import { defineFinding, defineRule } from "../../core/index.js";
import type { AgreementContext } from "./context.js";

/** An agreement signed by everyone that takes effect after `asOf`. */
export const notYetInForce = /* @__PURE__ */ (() =>
  defineRule(
  defineFinding({
    code: "agreement.not-yet-in-force",
    severity: "info",
    title: "Agreement not yet in force",
    basis: "A note: every party signed and the effective date is ahead.",
    action: "Nothing.",
    message: (p: { agreement: string; effective: string }) => `${p.agreement} takes effect on ${p.effective}.`,
  }),
  (ctx: AgreementContext, emit) => {
    if (ctx.state.status === "not-yet-in-force") emit({ agreement: ctx.label, effective: ctx.state.effectiveOn ?? "" }, { subject: ctx.subject });
  },
))();
