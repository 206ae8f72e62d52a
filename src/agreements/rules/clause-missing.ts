import { defineRule, type Rule } from "../../core/index.js";
import { clauseFindings, type ClauseFindingCode } from "../clause-findings.js";
import type { AgreementContext } from "./context.js";

/**
 * One rule per missing-clause code: each reports the template clauses declared with that code
 * (`TemplateClause.missing`) that the agreement lacks or leaves empty. Custom clauses never count.
 */
export const clauseMissingRules: readonly Rule<AgreementContext, ClauseFindingCode>[] = /* @__PURE__ */ clauseFindings.map((meta) =>
  defineRule(meta, (ctx: AgreementContext, emit) => {
    // Nested loops, not a flatMap: this runs once per code for every agreement of a national file.
    for (const template of ctx.templates) {
      for (const tc of template.clauses) {
        if (tc.missing !== meta.code || ctx.filled.has(tc.id)) continue;
        const clause = ctx.clauses.get(tc.id);
        emit({ agreement: ctx.label, clause: tc.label, state: clause ? "has an empty" : "lacks the" }, { subject: ctx.subject, path: ["clauses"], citation: tc.citation });
      }
    }
  }),
);
