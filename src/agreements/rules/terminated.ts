import { defineFinding, defineRule } from "../../core/index.js";
import type { AgreementContext } from "./context.js";

/** An agreement terminated on or before `asOf`. */
export const terminated = /* @__PURE__ */ (() =>
  defineRule(
  defineFinding({
    code: "agreement.terminated",
    severity: "info",
    title: "Agreement terminated",
    basis: "A note: the agreement was ended by a party.",
    action: "Nothing, unless the partnership goes on; then make a new agreement.",
    message: (p: { agreement: string; date: string; reason: string }) => `${p.agreement} was terminated on ${p.date}${p.reason ? ` (${p.reason})` : ""}.`,
  }),
  (ctx: AgreementContext, emit) => {
    const t = ctx.agreement.termination;
    if (ctx.state.status === "terminated" && t) emit({ agreement: ctx.label, date: t.date, reason: t.reason ?? "" }, { subject: ctx.subject, path: ["termination"] });
  },
))();
