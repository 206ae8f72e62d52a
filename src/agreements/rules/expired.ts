import { defineFinding, defineRule } from "../../core/index.js";
import type { AgreementContext } from "./context.js";
import { isStatutoryMou } from "./status-helpers.js";

/** An agreement past its end date (other than the public-preschool MOU). */
export const expired = /* @__PURE__ */ (() =>
  defineRule(
  defineFinding({
    code: "agreement.expired",
    severity: "should",
    title: "Agreement expired",
    basis: "No rule sets the term of these agreements; a partnership that goes on without one in force is no longer formal (45 CFR 1302.53(a)(1) examples).",
    action: "Renew or replace the agreement if the partnership goes on; otherwise record that the partnership ended.",
    message: (p: { agreement: string; end: string }) => `${p.agreement} ended on ${p.end}.`,
  }),
  (ctx: AgreementContext, emit) => {
    if (ctx.state.status === "expired" && !isStatutoryMou(ctx)) emit({ agreement: ctx.label, end: ctx.agreement.endDate ?? "" }, { subject: ctx.subject, path: ["endDate"] });
  },
))();
