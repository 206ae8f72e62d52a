import { defineFinding, defineRule } from "../../core/index.js";
import { cfr53 } from "../sources.js";
import type { ComplianceContext } from "./context.js";

/** 1302.53(b)(2): the program does not (record that it) participate(s) in its QRIS. */
export const qris = /* @__PURE__ */ (() =>
  defineRule(
  defineFinding({
    code: "compliance.b2.qris",
    severity: "should",
    title: "Not participating in the QRIS",
    citation: cfr53("(b)(2)"),
    basis: 'The regulation says a program "should participate" in its State or local QRIS, to the extent practicable, if the QRIS supports Head Start participation.',
    action: "Join the State or local QRIS, or record that it has no strategy to support Head Start participation (no-qris-strategy).",
    message: (p: { program: string; state: string }) => `${p.program} ${p.state} in its State or local QRIS.`,
  }),
  (ctx: ComplianceContext, emit) => {
    const q = ctx.program.qris;
    if (ctx.program.americanIndianAlaskaNative || q === "participating" || q === "no-qris-strategy") return;
    emit({ program: ctx.programName, state: q === "not-participating" ? "does not participate" : "records no participation" }, { subject: ctx.subject });
  },
))();

/** 1302.53(b)(3): the program does not (record that it) share(s) data with state education data systems. */
export const dataSystems = /* @__PURE__ */ (() =>
  defineRule(
  defineFinding({
    code: "compliance.b3.data-systems",
    severity: "should",
    title: "Not sharing data with state education data systems",
    citation: cfr53("(b)(3)"),
    basis: 'The regulation says a program "should integrate and share relevant data with state education data systems, to the extent practicable".',
    action: "Share relevant data with the state education data systems, or record that the program cannot get comparable support (no-comparable-support).",
    message: (p: { program: string; state: string }) => `${p.program} ${p.state} data with state education data systems.`,
  }),
  (ctx: ComplianceContext, emit) => {
    const d = ctx.program.stateDataSystems;
    if (ctx.program.americanIndianAlaskaNative || d === "sharing" || d === "no-comparable-support") return;
    emit({ program: ctx.programName, state: d === "not-sharing" ? "does not share" : "records no sharing of" }, { subject: ctx.subject });
  },
))();

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
    message: (p: { program: string; decision: string }) => `American Indian and Alaska Native program ${p.program} ${p.decision}.`,
  }),
  (ctx: ComplianceContext, emit) => {
    if (!ctx.program.americanIndianAlaskaNative) return;
    const d = ctx.program.aianSystemsDecision;
    const decision = d
      ? `decided on ${d.decidedOn} to ${d.qris} in QRIS and ${d.dataSystems} in state data systems`
      : "determines whether to take part in QRIS and state data systems; no decision is recorded";
    emit({ program: ctx.programName, decision }, { subject: ctx.subject });
  },
))();
