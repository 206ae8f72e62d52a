import type { Subject } from "../../core/index.js";
import { addDaysIso, daysBetween, optionalCount, requireIsoDate, untitledAgreement } from "../../core/internal.js";
import type { Agreement } from "../agreement.js";
import { DEFAULT_SCHOOL_YEAR_START_MONTH, reviewCadenceOf, reviewDueDate } from "../schedule.js";
import { agreementState, type AgreementState } from "../state.js";
import { findTemplate, type AgreementTemplate, type ReviewCadence, type SubmissionRecipient } from "../templates.js";

/**
 * Options of {@link assessAgreement}.
 *
 * @example
 * ```ts
 * import type { AssessAgreementOptions } from "ece-partnerships";
 * const o: AssessAgreementOptions = { asOf: "2025-09-01", schoolYearStartMonth: 7, dueSoonDays: 90, nameOf: (id) => (id === "lea" ? "Dane County Schools" : undefined) };
 * o.dueSoonDays; //=> 90
 * ```
 * @category Agreements
 */
export interface AssessAgreementOptions {
  /** The date of the assessment. */
  asOf: string;
  /** The month the school year starts (1-12), for biennial school-year renewals; default 8 (August). */
  schoolYearStartMonth?: number;
  /** How many days ahead a review counts as due soon; default 60. */
  dueSoonDays?: number;
  /** Names organizations in messages (a portfolio's organization names); ids are used where it gives none. */
  nameOf?: (organizationId: string) => string | undefined;
}

/** A submission the template requires, and the first one recorded on time or late. */
export interface RequiredSubmission {
  to: SubmissionRecipient;
  /** The first qualifying submission's date, on or after execution and on or before `asOf`. */
  sent?: string;
}

/** What every agreement rule reads, computed once per assessment. */
export interface AgreementContext {
  agreement: Agreement;
  asOf: string;
  template: AgreementTemplate | undefined;
  /** The template and the others the agreement also follows, in that order. */
  templates: readonly AgreementTemplate[];
  state: AgreementState;
  subject: Subject;
  /** The agreement as a person reads it: its title, else "Agreement <id>". */
  label: string;
  partyName: (id: string) => string;
  dueSoonDays: number;
  /** The agreement's template clauses by id (custom clauses left out). */
  clauses: ReadonlyMap<string, Agreement["clauses"][number]>;
  /** The ids of template clauses with text: the clauses that count as present. */
  filled: ReadonlySet<string>;
  /** The next review or renewal, when the agreement has a cadence and is not over. */
  review?: { cadence: ReviewCadence; due: string; days: number; statutory: boolean };
  /** The template's submission rule, once every party has signed. */
  submission?: { deadline: string; executed: string; required: RequiredSubmission[] };
}

function reviewOf(agreement: Agreement, template: AgreementTemplate | undefined, state: AgreementState, asOf: string, startMonth: number): AgreementContext["review"] {
  const cadence = reviewCadenceOf(agreement);
  if (cadence === "none" || state.status === "expired" || state.status === "terminated") return undefined;
  const due = reviewDueDate(
    // Only the fields the due date reads (a spread of the whole agreement is V8's slow path, once per agreement).
    { templateId: agreement.templateId, review: agreement.review, parties: agreement.parties, effectiveDate: agreement.effectiveDate, signatures: agreement.signatures.filter((s) => s.date <= asOf) },
    { schoolYearStartMonth: startMonth },
  );
  if (due === undefined) return undefined;
  const statutory = agreement.review?.cadence === undefined && template?.review?.statutory === true;
  return { cadence, due, days: daysBetween(asOf, due), statutory };
}

function submissionOf(agreement: Agreement, template: AgreementTemplate | undefined, state: AgreementState, asOf: string): AgreementContext["submission"] {
  const rule = template?.submission;
  const executed = state.executedOn;
  if (!rule || executed === undefined) return undefined;
  const required = rule.to.map((to) => {
    const accepted = new Set<string>([to, ...(rule.via[to] ?? [])]);
    let sent: string | undefined;
    for (const s of agreement.submissions) if (accepted.has(s.to) && s.date >= executed && s.date <= asOf && (sent === undefined || s.date < sent)) sent = s.date;
    return sent === undefined ? { to } : { to, sent };
  });
  return { deadline: addDaysIso(executed, rule.withinDays), executed, required };
}

/**
 * Reads an agreement once for its rules: template, state on `asOf`, review due date, submissions.
 *
 * @throws {RangeError} When `asOf` is not a calendar date or the school-year month is not 1-12.
 */
export function agreementContext(agreement: Agreement, options: AssessAgreementOptions): AgreementContext {
  const asOf = requireIsoDate(options?.asOf);
  const startMonth = options.schoolYearStartMonth ?? DEFAULT_SCHOOL_YEAR_START_MONTH;
  const template = agreement.templateId ? findTemplate(agreement.templateId) : undefined;
  const state = agreementState(agreement, asOf);
  const label = agreement.title ?? untitledAgreement(agreement.id);
  const nameOf = options.nameOf;
  // Loops rather than filter/map chains: this runs for every agreement of a summary.
  const templates: AgreementTemplate[] = template ? [template] : [];
  for (const id of agreement.alsoFollows ?? []) {
    const also = findTemplate(id);
    if (also) templates.push(also);
  }
  const clauses = new Map<string, Agreement["clauses"][number]>();
  const filled = new Set<string>();
  for (const c of agreement.clauses) {
    if (c.custom === true) continue;
    clauses.set(c.id, c); // the last of a repeated id, as a Map built from the list keeps
    if (c.text.trim() !== "") filled.add(c.id);
  }
  const context: AgreementContext = {
    agreement,
    asOf,
    template,
    templates,
    state,
    subject: { kind: "agreement", id: agreement.id, name: label },
    label,
    partyName: (id) => nameOf?.(id) ?? id,
    dueSoonDays: optionalCount(options.dueSoonDays, "dueSoonDays") ?? 60,
    clauses,
    filled,
  };
  const review = reviewOf(agreement, template, state, asOf, startMonth);
  if (review) context.review = review;
  const submission = submissionOf(agreement, template, state, asOf);
  if (submission) context.submission = submission;
  return context;
}
