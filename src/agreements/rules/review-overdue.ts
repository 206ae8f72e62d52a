import { defineFinding, defineRule } from "../../core/index.js";
import type { AgreementContext } from "./context.js";
import { params, overdue } from "./review-params.js";

/** Any other review cadence (a template's or the agreement's own) is overdue. */
export const reviewOverdue = /* @__PURE__ */ (() =>
  defineRule(
  defineFinding({
    code: "agreement.review-overdue",
    severity: "should",
    title: "Agreement review overdue",
    basis: "The cadence is the template's practice (the data-sharing agreement's annual review, whose paragraph in 1303.22 is unverified) or the parties' own; no binding text the library has verified sets it.",
    action: "Review the agreement with the other parties and record the date (review.lastReviewed).",
    message: overdue("review"),
  }),
  (ctx: AgreementContext, emit) => {
    const r = ctx.review;
    if (r && !r.statutory && r.days < 0) emit(params(ctx, r), { subject: ctx.subject, path: ["review"] });
  },
))();
