import { defineFinding, defineRule } from "../../core/index.js";
import { MOU_SUBMISSION } from "../sources.js";
import type { AgreementContext } from "./context.js";
import { to } from "./recipients.js";

/** The MOU is still within its 30 days and not yet sent to a recipient. */
export const submissionDue = /* @__PURE__ */ (() =>
  defineRule(
  defineFinding({
    code: "agreement.submission-due",
    severity: "info",
    title: "Public-preschool MOU submission due",
    citation: MOU_SUBMISSION.citation,
    basis: "A reminder of a statutory deadline ahead.",
    action: "Send the signed MOU before the deadline and record the date.",
    message: (p: { agreement: string; to: string; deadline: string }) => `${p.agreement} is to be submitted to ${p.to} by ${p.deadline}.`,
  }),
  (ctx: AgreementContext, emit) => {
    const s = ctx.submission;
    if (!s || ctx.asOf > s.deadline) return;
    for (const r of s.required) if (r.sent === undefined) emit({ agreement: ctx.label, to: to(r.to), deadline: s.deadline }, { subject: ctx.subject, path: ["submissions"] });
  },
))();
