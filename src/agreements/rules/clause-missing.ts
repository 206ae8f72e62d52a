import { defineRule, type FindingPlace, type Rule } from "../../core/index.js";
import { groupInto, withCounter } from "../../core/internal.js";
import { clauseFindings, type ClauseFindingCode, type ClauseMissingParams } from "../clause-findings.js";
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
 * The template clauses with a code that the agreement lacks or leaves empty: emitted in order when
 * `emit` is given, and counted. Only the clauses with this code: the rule runs once per code for
 * every agreement of a national file.
 */
function missingClauses(ctx: AgreementContext, code: string, emit?: (params: ClauseMissingParams, place: FindingPlace) => void): number {
  let missing = 0;
  for (const template of ctx.templates) {
    for (const tc of clausesWithCode(template, code)) {
      if (ctx.filled.has(tc.id)) continue;
      missing += 1;
      emit?.({ agreement: ctx.label, clause: tc.label, state: ctx.clauses.has(tc.id) ? "has an empty" : "lacks the" }, { subject: ctx.subject, path: ["clauses"], citation: tc.citation });
    }
  }
  return missing;
}

/**
 * One rule per missing-clause code: each reports the template clauses declared with that code
 * (`TemplateClause.missing`) that the agreement lacks or leaves empty. Custom clauses never count.
 */
export const clauseMissingRules: readonly Rule<AgreementContext, ClauseFindingCode>[] = /* @__PURE__ */ clauseFindings.map((meta) =>
  withCounter(
    defineRule(meta, (ctx: AgreementContext, emit) => {
      missingClauses(ctx, meta.code, emit);
    }),
    (ctx) => missingClauses(ctx, meta.code),
  ),
);
