import { defineFinding, defineRule } from "../../core/index.js";
import { addMonthsIso } from "../../core/internal.js";
import { cfr53 } from "../sources.js";
import type { ComplianceContext } from "./context.js";

/**
 * 1302.53(b): the program's active partnerships record no communication, cooperation or sharing of
 * information (a meeting or a dated practice of the continuum) in the 12 months to `asOf`.
 */
export const activeRoleUnrecorded = /* @__PURE__ */ (() =>
  defineRule(
  defineFinding({
    code: "compliance.b.active-role-unrecorded",
    severity: "should",
    title: "No recorded communication, cooperation or information sharing in a year",
    citation: cfr53("(b)"),
    basis:
      'The regulation binds ("A program must take an active role in promoting coordinated systems of comprehensive early childhood services ... through communication, cooperation, and the sharing of information among agencies and their community partners") but names no record that shows it; a year with none recorded is a gap in the record, not proof the program took no active role, so a should.',
    action: "Record the meetings held with partners and the practices of the partnerships (information exchange, shared resources, a formal information-sharing system) with their dates.",
    message: (p: { program: string; partnerships: number; since: string; asOf: string }) =>
      `None of the ${p.partnerships} active partnerships of ${p.program} records a meeting or a practice of communication, cooperation or information sharing between ${p.since} and ${p.asOf}.`,
  }),
  (ctx: ComplianceContext, emit) => {
    if (ctx.active.length === 0) return;
    const since = addMonthsIso(ctx.asOf, -12);
    const within = (date: string) => date > since && date <= ctx.asOf;
    const recorded = ctx.active.some((p) => (p.meetings ?? []).some((m) => within(m.date)) || (p.practices ?? []).some((e) => within(e.date)));
    if (!recorded) emit({ program: ctx.programName, partnerships: ctx.active.length, since, asOf: ctx.asOf }, { subject: ctx.subject });
  },
))();
