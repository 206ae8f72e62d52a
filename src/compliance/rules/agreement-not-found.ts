import { defineFinding, defineRule } from "../../core/index.js";
import { untitledPartnership } from "../../core/internal.js";
import type { ComplianceContext } from "./context.js";

/** A partnership lists an agreement the input does not have. */
export const agreementNotFound = /* @__PURE__ */ (() =>
  defineRule(
  defineFinding({
    code: "compliance.a1.agreement-not-found",
    severity: "info",
    title: "Partnership lists an unknown agreement",
    basis: "A gap in the data, not in the program: parsePortfolio rejects such a reference, so this appears only with input that was not parsed as a portfolio.",
    action: "Add the agreement to the portfolio or remove the reference.",
    message: (p: { partnership: string; agreement: string }) => `${p.partnership} lists agreement ${p.agreement}, which is not in the portfolio.`,
  }),
  (ctx: ComplianceContext, emit) => {
    for (const p of ctx.active) {
      for (const id of p.agreementIds) if (!ctx.index.agreements.has(id)) emit({ partnership: p.name ?? untitledPartnership(p.id), agreement: id }, { subject: { kind: "partnership", id: p.id } });
    }
  },
))();
