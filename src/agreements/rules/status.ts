import { defineFinding, defineRule } from "../../core/index.js";
import { MOU_RENEWAL } from "../sources.js";
import type { AgreementContext } from "./context.js";

const isStatutoryMou = (ctx: AgreementContext) => ctx.template?.review?.statutory === true;

/** An agreement past its end date (other than the public-preschool MOU). */
export const expired = /* @__PURE__ */ (() =>
  defineRule(
  defineFinding({
    code: "agreement.expired",
    severity: "should",
    title: "Agreement expired",
    basis: "No rule sets the term of these agreements; a partnership that goes on without one in force is no longer formal (45 CFR 1302.53(a)(1) examples).",
    action: "Renew or replace the agreement if the partnership goes on; otherwise record that the partnership ended.",
    message: (p: { agreement: string; end: string }) => `${p.agreement} ended on ${p.end}.`,
  }),
  (ctx: AgreementContext, emit) => {
    if (ctx.state.status === "expired" && !isStatutoryMou(ctx)) emit({ agreement: ctx.label, end: ctx.agreement.endDate ?? "" }, { subject: ctx.subject, path: ["endDate"] });
  },
))();

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

/** An agreement terminated on or before `asOf`. */
export const terminated = /* @__PURE__ */ (() =>
  defineRule(
  defineFinding({
    code: "agreement.terminated",
    severity: "info",
    title: "Agreement terminated",
    basis: "A note: the agreement was ended by a party.",
    action: "Nothing, unless the partnership goes on; then make a new agreement.",
    message: (p: { agreement: string; date: string; reason: string }) => `${p.agreement} was terminated on ${p.date}${p.reason ? ` (${p.reason})` : ""}.`,
  }),
  (ctx: AgreementContext, emit) => {
    const t = ctx.agreement.termination;
    if (ctx.state.status === "terminated" && t) emit({ agreement: ctx.label, date: t.date, reason: t.reason ?? "" }, { subject: ctx.subject, path: ["termination"] });
  },
))();

/** An agreement signed by everyone that takes effect after `asOf`. */
export const notYetInForce = /* @__PURE__ */ (() =>
  defineRule(
  defineFinding({
    code: "agreement.not-yet-in-force",
    severity: "info",
    title: "Agreement not yet in force",
    basis: "A note: every party signed and the effective date is ahead.",
    action: "Nothing.",
    message: (p: { agreement: string; effective: string }) => `${p.agreement} takes effect on ${p.effective}.`,
  }),
  (ctx: AgreementContext, emit) => {
    if (ctx.state.status === "not-yet-in-force") emit({ agreement: ctx.label, effective: ctx.state.effectiveOn ?? "" }, { subject: ctx.subject });
  },
))();
