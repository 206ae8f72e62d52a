import { defineFinding, defineRule } from "../../core/index.js";
import { MOU_RENEWAL } from "../sources.js";
import type { AgreementContext } from "./context.js";
import { isStatutoryMou } from "./status-helpers.js";

/** The public-preschool MOU past its end date and not renewed. */
export const mouExpired = /* @__PURE__ */ (() =>
  defineRule(
  defineFinding({
    code: "agreement.public-preschool.expired",
    severity: "must",
    title: "Public-preschool MOU expired without renewal",
    citation: MOU_RENEWAL.citation,
    binding: MOU_RENEWAL,
    basis: "The Act says the MOU shall be renewed biennially; an MOU past its end date has not been renewed.",
    action: "Renew the MOU with the entity (a signed renewal or a new MOU), or record an exemption if the entity is now unable or unwilling.",
    message: (p: { agreement: string; end: string }) => `${p.agreement} ended on ${p.end} and has not been renewed.`,
  }),
  (ctx: AgreementContext, emit) => {
    if (ctx.state.status === "expired" && isStatutoryMou(ctx)) emit({ agreement: ctx.label, end: ctx.agreement.endDate ?? "" }, { subject: ctx.subject, path: ["endDate"] });
  },
))();
