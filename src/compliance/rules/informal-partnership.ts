import { defineFinding, defineRule } from "../../core/index.js";
import { untitledPartnership } from "../../core/internal.js";
import { cfr53 } from "../sources.js";
import type { ComplianceContext } from "./context.js";

/** 1302.53(a)(1): an active partnership has no agreement in force. */
export const informalPartnership = /* @__PURE__ */ (() =>
  defineRule(
  defineFinding({
    code: "compliance.a1.informal",
    severity: "should",
    title: "Partnership without an agreement in force",
    citation: cfr53("(a)(1)"),
    basis: 'The regulation gives joint agreements, procedures or contracts as examples ("such as"); a partnership without one may still be ongoing.',
    action: "Consider a joint agreement, procedure, contract or onsite service arrangement that records what each partner does.",
    message: (p: { partnership: string; asOf: string }) => `${p.partnership} has no joint agreement, procedure, contract or onsite service arrangement in force on ${p.asOf}.`,
  }),
  (ctx: ComplianceContext, emit) => {
    for (const p of ctx.active) if (!ctx.formal.has(p)) emit({ partnership: p.name ?? untitledPartnership(p.id), asOf: ctx.asOf }, { subject: { kind: "partnership", id: p.id, ...(p.name ? { name: p.name } : {}) } });
  },
))();
