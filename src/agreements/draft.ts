import { describeValue } from "../core/internal.js";
import type { Citation, Severity } from "../core/index.js";
import type { AgreementInput } from "./agreement.js";
import { agreementTemplates, findTemplate, type TemplateClause } from "./templates.js";

/**
 * What {@link draftAgreement} needs besides the template: the new agreement's id and parties, and
 * optionally its title (the template's label by default) and dates.
 *
 * @example
 * ```ts
 * import type { DraftAgreementOptions } from "ece-partnerships";
 * const o: DraftAgreementOptions = { id: "mou-2026", parties: ["sunrise-hs", "madison-sd"], effectiveDate: "2026-08-01" };
 * o.parties.length; //=> 2
 * ```
 * @category Agreements
 */
export interface DraftAgreementOptions {
  /** The new agreement's id. */
  id: string;
  /** Its parties' organization ids (two or more). */
  parties: readonly string[];
  /** Its title; the template's label by default. */
  title?: string | undefined;
  /** When it takes effect (`YYYY-MM-DD`). */
  effectiveDate?: string | undefined;
  /** When it ends (`YYYY-MM-DD`). */
  endDate?: string | undefined;
}

/**
 * One clause of a draft for the parties to write: the template's clause with what leaving it blank
 * would report.
 *
 * @example
 * ```ts
 * import { draftAgreement, type DraftBlank } from "ece-partnerships";
 * const blank: DraftBlank | undefined = draftAgreement("public-preschool-mou", { id: "m", parties: ["hs", "lea"] }).blanks[0];
 * blank?.requirement; //=> "required"
 * ```
 * @category Agreements
 */
export interface DraftBlank {
  /** The clause id (the draft's `clauses[index].id`). */
  id: string;
  /** Where the clause is in the draft's `clauses`. */
  index: number;
  /** The clause's heading. */
  label: string;
  /** What the clause covers, from its source. */
  description?: string | undefined;
  /** `required` when its source says such agreements include it, else `recommended`. */
  requirement: TemplateClause["requirement"];
  /** The finding reported while it is blank, and its severity. */
  missing: { code: string; severity: Severity };
  /** Its source. */
  citation?: Citation | undefined;
}

/**
 * A new agreement started from a template, and the clauses left for the parties to write.
 *
 * @example
 * ```ts
 * import { draftAgreement, type AgreementDraft } from "ece-partnerships";
 * const d: AgreementDraft = draftAgreement("child-welfare-mou", { id: "cw", parties: ["hs", "dcf"] });
 * d.agreement.kind; //=> "mou"
 * ```
 * @category Agreements
 */
export interface AgreementDraft {
  /** The agreement to fill in: every template clause present with empty text. */
  agreement: AgreementInput;
  /** Every clause to write, required ones first (in template order within each). */
  blanks: DraftBlank[];
}

/**
 * Starts an agreement from a template: kind, template, parties, title and dates set, and every
 * template clause present with empty text, so a form can show each one with its source and what
 * leaving it blank would report. `parseAgreement` accepts the draft as it is; `assessAgreement`
 * reports each clause still blank (a `must` for a public-preschool MOU topic), so the draft is
 * complete when its findings no longer list missing clauses. Complexity: O(template clauses).
 *
 * @throws {RangeError} When the template id is not one of {@link agreementTemplates} (the message
 *   lists them).
 * @example
 * ```ts
 * import { assessAgreement, draftAgreement, parseAgreement } from "ece-partnerships";
 * const draft = draftAgreement("public-preschool-mou", { id: "mou-2026", parties: ["sunrise-hs", "madison-sd"], effectiveDate: "2026-08-01" });
 * draft.blanks.filter((b) => b.requirement === "required").length; //=> 9
 * draft.blanks[0]?.label; //=> "Coordination: educational activities"
 * const clauses = draft.agreement.clauses?.map((c) => ({ ...c, text: "Agreed: joint curriculum planning each spring." }));
 * const mou = parseAgreement({ ...draft.agreement, clauses });
 * mou.ok && assessAgreement(mou.value, { asOf: "2026-07-01" }).findings.some((f) => f.code === "agreement.public-preschool.topic-missing"); //=> false
 * ```
 * @category Agreements
 */
export function draftAgreement(templateId: string, options: DraftAgreementOptions): AgreementDraft {
  const template = findTemplate(templateId);
  if (!template) throw new RangeError(`unknown agreement template ${describeValue(templateId)}; the templates are ${agreementTemplates.map((t) => t.id).join(", ")}`);
  const clauses = template.clauses.map((c) => ({ id: c.id, text: "", responsibleParties: [] as string[] }));
  const agreement: AgreementInput = {
    id: options.id,
    kind: template.kind,
    templateId: template.id,
    title: options.title ?? template.label,
    parties: [...options.parties],
    clauses,
    ...(options.effectiveDate === undefined ? {} : { effectiveDate: options.effectiveDate }),
    ...(options.endDate === undefined ? {} : { endDate: options.endDate }),
  };
  const blanks: DraftBlank[] = template.clauses.map((c, index) => ({
    id: c.id,
    index,
    label: c.label,
    ...(c.description === undefined ? {} : { description: c.description }),
    requirement: c.requirement,
    missing: { code: c.missing, severity: c.missingSeverity },
    ...(c.citation === undefined ? {} : { citation: c.citation }),
  }));
  blanks.sort((a, b) => (a.requirement === b.requirement ? a.index - b.index : a.requirement === "required" ? -1 : 1));
  return { agreement, blanks };
}
