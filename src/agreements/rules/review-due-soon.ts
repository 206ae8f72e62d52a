import { defineFinding, defineRule } from "../../core/index.js";
import type { AgreementContext } from "./context.js";
import { params, dueSoon } from "./review-params.js";

/** Any other review falls due within `dueSoonDays`. */
export const reviewDueSoon = /* @__PURE__ */ (() =>
  defineRule(
  defineFinding({
    code: "agreement.review-due-soon",
    severity: "info",
    title: "Agreement review due soon",
    basis: "A reminder of a date ahead.",
    action: "Plan the review with the other parties.",
    message: dueSoon("review"),
  }),
  (ctx: AgreementContext, emit) => {
    const r = ctx.review;
    if (r && !r.statutory && r.days >= 0 && r.days <= ctx.dueSoonDays) emit(params(ctx, r), { subject: ctx.subject, path: ["review"] });
  },
))();
