import { defineFinding, defineRule } from "../../core/index.js";
import { MOU_RENEWAL } from "../sources.js";
import type { AgreementContext } from "./context.js";

interface DueParams {
  readonly [key: string]: string | number;
  agreement: string;
  cadence: string;
  due: string;
  days: number;
  asOf: string;
}
const params = (ctx: AgreementContext, review: NonNullable<AgreementContext["review"]>): DueParams => ({
  agreement: ctx.label,
  cadence: review.cadence,
  due: review.due,
  days: Math.abs(review.days),
  asOf: ctx.asOf,
});
const overdue = (what: string) => (p: DueParams) => `${p.agreement} was due for its ${p.cadence} ${what} on ${p.due}, ${p.days} days before ${p.asOf}.`;
const dueSoon = (what: string) => (p: DueParams) => `${p.agreement} is due for its ${p.cadence} ${what} on ${p.due}${p.days === 0 ? " (today)" : `, in ${p.days} days`}.`;

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
