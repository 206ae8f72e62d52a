import { defineFinding, defineRule } from "../../core/index.js";
import { MOU_RENEWAL } from "../sources.js";
import type { AgreementContext } from "./context.js";
import { params, dueSoon } from "./review-params.js";

/** The public-preschool MOU's renewal falls due within `dueSoonDays`. */
export const renewalDueSoon = /* @__PURE__ */ (() =>
  defineRule(
  defineFinding({
    code: "agreement.renewal-due-soon",
    severity: "info",
    title: "Public-preschool MOU renewal due soon",
    citation: MOU_RENEWAL.citation,
    basis: "A reminder of a statutory date ahead.",
    action: "Plan the renewal with the entity before the school year starts.",
    message: dueSoon("renewal"),
  }),
  (ctx: AgreementContext, emit) => {
    const r = ctx.review;
    if (r?.statutory && r.days >= 0 && r.days <= ctx.dueSoonDays) emit(params(ctx, r), { subject: ctx.subject, path: ["review"] });
  },
))();
