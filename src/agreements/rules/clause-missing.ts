import { defineRule, type Rule } from "../../core/index.js";
import { groupInto } from "../../core/internal.js";
import { clauseFindings, type ClauseFindingCode } from "../clause-findings.js";
import type { AgreementContext } from "./context.js";

type Template = AgreementContext["templates"][number];

/** A template's clauses by the code their absence reports: read once per template (templates are frozen catalog items). */
const clausesByCode = new WeakMap<Template, Map<string, Template["clauses"][number][]>>();
function clausesWithCode(template: Template, code: string): readonly Template["clauses"][number][] {
  let byCode = clausesByCode.get(template);
  if (!byCode) {
    byCode = new Map();
    for (const tc of template.clauses) if (tc.missing !== undefined) groupInto(byCode, tc.missing, tc);
    clausesByCode.set(template, byCode);
  }
  return byCode.get(code) ?? [];
}

/**
 * One rule per missing-clause code: each reports the template clauses declared with that code
 * (`TemplateClause.missing`) that the agreement lacks or leaves empty. Custom clauses never count.
 */
export const clauseMissingRules: readonly Rule<AgreementContext, ClauseFindingCode>[] = /* @__PURE__ */ clauseFindings.map((meta) =>
  defineRule(meta, (ctx: AgreementContext, emit) => {
    // Only the clauses with this code: the rule runs once per code for every agreement of a national file.
    for (const template of ctx.templates) {
      for (const tc of clausesWithCode(template, meta.code)) {
        if (ctx.filled.has(tc.id)) continue;
        const clause = ctx.clauses.get(tc.id);
        emit({ agreement: ctx.label, clause: tc.label, state: clause ? "has an empty" : "lacks the" }, { subject: ctx.subject, path: ["clauses"], citation: tc.citation });
      }
    }
  }),
);
