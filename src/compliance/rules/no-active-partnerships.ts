import { defineFinding, defineRule } from "../../core/index.js";
import { ONGOING_PARTNERSHIPS } from "../sources.js";
import type { ComplianceContext } from "./context.js";

/** 1302.53(a)(1): the program has no active partnership on `asOf`. */
export const noActivePartnerships = /* @__PURE__ */ (() =>
  defineRule(
  defineFinding({
    code: "compliance.a1.no-active-partnerships",
    severity: "must",
    title: "No active community partnerships",
    citation: ONGOING_PARTNERSHIPS.citation,
    binding: ONGOING_PARTNERSHIPS,
    basis: "The regulation says a program must establish ongoing partnerships with community organizations; the portfolio records none active on the date.",
    action: "Record the program's ongoing partnerships (or renew ended ones), with the agreements that make them formal.",
    message: (p: { program: string; asOf: string }) => `${p.program} has no active partnerships on ${p.asOf}.`,
  }),
  (ctx: ComplianceContext, emit) => {
    if (ctx.active.length === 0) emit({ program: ctx.programName, asOf: ctx.asOf }, { subject: ctx.subject });
  },
))();
