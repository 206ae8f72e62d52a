import { defineFinding, defineRule } from "../../core/index.js";
import { MOU_RENEWAL } from "../sources.js";
import type { AgreementContext } from "./context.js";
import { params, overdue } from "./review-params.js";

/** The public-preschool MOU's statutory biennial renewal is overdue. */
export const renewalOverdue = /* @__PURE__ */ (() =>
  defineRule(
  defineFinding({
    code: "agreement.renewal-overdue",
    severity: "must",
    title: "Public-preschool MOU renewal overdue",
    citation: MOU_RENEWAL.citation,
    binding: MOU_RENEWAL,
    basis:
      "The Act says the MOU shall be renewed biennially in alignment with the beginning of the school year. The library counts the renewal overdue only after the first school-year start on or after the second anniversary of the last renewal (or of signing): the latest date that reading allows.",
    action: "Renew the MOU with the entity and record the renewal date (review.lastReviewed).",
    message: overdue("renewal"),
  }),
  (ctx: AgreementContext, emit) => {
    const r = ctx.review;
    if (r?.statutory && r.days < 0) emit(params(ctx, r), { subject: ctx.subject, path: ["review"] });
  },
))();
