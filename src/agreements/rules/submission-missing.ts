import { defineFinding, defineRule } from "../../core/index.js";
import { MOU_SUBMISSION } from "../sources.js";
import type { AgreementContext } from "./context.js";
import { to } from "./recipients.js";

/** The public-preschool MOU has not reached a required recipient and the 30 days are over. */
export const submissionMissing = /* @__PURE__ */ (() =>
  defineRule(
  defineFinding({
    code: "agreement.submission-missing",
    severity: "must",
    title: "Public-preschool MOU not submitted",
    citation: MOU_SUBMISSION.citation,
    binding: MOU_SUBMISSION,
    basis: "The Act says the MOU shall be submitted to the Secretary and the State Director within 30 days of the parties entering it. A submission recorded to the regional office counts as reaching the Secretary.",
    action: "Send the signed MOU to the recipient now and record the date (submissions).",
    message: (p: { agreement: string; to: string; deadline: string }) => `${p.agreement} has not been submitted to ${p.to}; it was due by ${p.deadline}.`,
  }),
  (ctx: AgreementContext, emit) => {
    const s = ctx.submission;
    if (!s || ctx.asOf <= s.deadline) return;
    for (const r of s.required) if (r.sent === undefined) emit({ agreement: ctx.label, to: to(r.to), deadline: s.deadline }, { subject: ctx.subject, path: ["submissions"] });
  },
))();
