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
