import { defineFinding, defineRule } from "../../core/index.js";
import { cfr53 } from "../sources.js";
import type { ComplianceContext } from "./context.js";

/** 1302.53(b)(4): an American Indian and Alaska Native program decides on (b)(2) and (b)(3). */
export const aianDecision = /* @__PURE__ */ (() =>
  defineRule(
  defineFinding({
    code: "compliance.b4.aian-decision",
    severity: "info",
    title: "American Indian and Alaska Native program's own decision",
    citation: cfr53("(b)(4)"),
    basis: 'The regulation says such a program "should determine whether or not it will participate"; its decision is reported, never a gap.',
    action: "Record the decision and its date (aianSystemsDecision), if not yet recorded.",
    message: (p: { program: string; decision: string; decidedOn?: string; qris?: string; dataSystems?: string }) => `American Indian and Alaska Native program ${p.program} ${p.decision}.`,
  }),
  (ctx: ComplianceContext, emit) => {
    if (!ctx.program.americanIndianAlaskaNative) return;
    const d = ctx.program.aianSystemsDecision;
    const decision = d
      ? `decided on ${d.decidedOn} to ${d.qris} in QRIS and ${d.dataSystems} in state data systems`
      : "determines whether to take part in QRIS and state data systems; no decision is recorded";
    // The decision's parts too, so another language writes the sentence from them.
    emit(d ? { program: ctx.programName, decision, decidedOn: d.decidedOn, qris: d.qris, dataSystems: d.dataSystems } : { program: ctx.programName, decision }, { subject: ctx.subject });
  },
))();
