import { defineFinding, defineRule } from "../../core/index.js";
import { daysBetween } from "../../core/internal.js";
import { MOU_SUBMISSION } from "../sources.js";
import type { AgreementContext } from "./context.js";
import { to } from "./recipients.js";

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
