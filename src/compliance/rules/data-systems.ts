import { defineFinding, defineRule } from "../../core/index.js";
import { cfr53 } from "../sources.js";
import type { ComplianceContext } from "./context.js";

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
