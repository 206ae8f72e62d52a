import { defineFinding, defineRule } from "../../core/index.js";
import { daysBetween } from "../../core/internal.js";
import { MOU_SUBMISSION } from "../sources.js";
import type { AgreementContext } from "./context.js";

const recipientLabel: Record<string, string> = {
  secretary: "the Secretary (through the regional office)",
  "state-collaboration-director": "the State Director of Head Start Collaboration",
  "regional-office": "the regional office",
  "governing-body": "the governing body",
  "policy-council": "the Policy Council",
};
const to = (recipient: string) => recipientLabel[recipient] ?? recipient;

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

/** The MOU reached a recipient after the 30 days. */
export const submissionLate = /* @__PURE__ */ (() =>
  defineRule(
  defineFinding({
    code: "agreement.submission-late",
    severity: "should",
    title: "Public-preschool MOU submitted late",
    citation: MOU_SUBMISSION.citation,
    basis: "The submission was made, so the requirement is met now; the delay is a past lapse to note in the record and avoid at the next renewal.",
    action: "Nothing to send; plan the next renewal's submission within 30 days of signing.",
    message: (p: { agreement: string; to: string; sent: string; days: number; executed: string; limit: number }) =>
      `${p.agreement} reached ${p.to} on ${p.sent}, ${p.days} days after the parties entered it on ${p.executed}; the limit is ${p.limit} days.`,
  }),
  (ctx: AgreementContext, emit) => {
    const s = ctx.submission;
    const limit = ctx.template?.submission?.withinDays ?? 30;
    if (!s) return;
    for (const r of s.required) {
      if (r.sent !== undefined && r.sent > s.deadline) emit({ agreement: ctx.label, to: to(r.to), sent: r.sent, days: daysBetween(s.executed, r.sent), executed: s.executed, limit }, { subject: ctx.subject, path: ["submissions"] });
    }
  },
))();

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
