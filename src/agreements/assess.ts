import { buildAssessment, makeFinding, roundScore, type Assessment, type AssessmentComponent, type Finding } from "../core/index.js";
import { addDaysIso, daysBetween, requireIsoDate } from "../core/internal.js";
import type { Agreement } from "./agreement.js";
import { DEFAULT_SCHOOL_YEAR_START_MONTH, reviewCadenceOf, reviewDueDate } from "./schedule.js";
import { agreementState, type AgreementStatus } from "./state.js";
import { findTemplate } from "./templates.js";

/**
 * Options of {@link assessAgreement}.
 *
 * @example
 * ```ts
 * import type { AssessAgreementOptions } from "ece-partnerships";
 * const o: AssessAgreementOptions = { asOf: "2025-09-01", schoolYearStartMonth: 7, dueSoonDays: 90 };
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
}

/**
 * The result of {@link assessAgreement}: an assessment plus the dates behind it.
 *
 * @example
 * ```ts
 * import { assessAgreement, type AgreementAssessment } from "ece-partnerships";
 * const a: AgreementAssessment = assessAgreement({ id: "a", kind: "procedure", parties: ["x", "y"], signatures: [], submissions: [], clauses: [], amendments: [] }, { asOf: "2025-09-01" });
 * a.status; //=> "unsigned"
 * ```
 * @category Agreements
 */
export interface AgreementAssessment extends Assessment {
  /** Where the agreement stands on `asOf`. */
  status: AgreementStatus;
  /** True when every party has signed and `asOf` is between the effective and end dates (inclusive), before any termination. */
  inForce: boolean;
  /** The day every party had signed. */
  executedOn?: string;
  /** The first day in force. */
  effectiveOn?: string;
  /** When the next review or renewal is due. */
  reviewDue?: string;
  /** Days from `asOf` to `reviewDue` (negative when overdue). */
  daysUntilReviewDue?: number;
}

/**
 * The weights of {@link assessAgreement}'s components (components with no evidence drop out).
 *
 * @example
 * ```ts
 * import { agreementScoreWeights } from "ece-partnerships";
 * agreementScoreWeights.clauses; //=> 0.35
 * ```
 * @category Agreements
 */
export const agreementScoreWeights = /* @__PURE__ */ Object.freeze({
  clauses: 0.35,
  signatures: 0.2,
  inForce: 0.2,
  review: 0.1,
  submission: 0.1,
  dataSharing: 0.15,
});

const SUBPART_C = { source: "45 CFR", section: "1302.53(b); 1303.22" };

/**
 * Assesses an agreement on a date, with findings that cite their source:
 *
 * - `clauses`: completeness against its template, required clauses weighing 2 and recommended 1;
 *   a clause with empty text is missing;
 * - `signatures`: the share of parties that signed on or before `asOf`;
 * - `inForce`: every party signed and `asOf` is between the effective date (default: the day the
 *   last party signed) and the end date, both inclusive (an agreement ending on `asOf` is still in
 *   force that day), and before any termination date (a termination takes effect on its date);
 * - `review`: the next review or renewal (see {@link nextReviewDate}) is not overdue; due on `asOf`
 *   is due, not overdue; due within `dueSoonDays` is reported;
 * - `submission`: for the public-preschool MOU, submitted to the Secretary and the State Director of
 *   Head Start Collaboration within 30 days of the parties entering it (Head Start Act 642(e)(5)(B));
 * - `dataSharing`: an agreement that shares child records has a 45 CFR 1303 subpart C basis, and a
 *   consent basis states what 1303.22(a)(2) and (a)(4) ask for.
 *
 * Throws a `RangeError` when `asOf` is not a calendar date. Complexity: O(parties × signatures + clauses).
 *
 * @example
 * ```ts
 * import { assessAgreement } from "ece-partnerships";
 * const a = assessAgreement(
 *   {
 *     id: "mou-lea", kind: "mou", templateId: "public-preschool-mou", parties: ["hs", "lea"],
 *     signatures: [{ party: "hs", signer: "L. Chen", date: "2023-08-04" }, { party: "lea", signer: "P. Ruiz", date: "2023-08-10" }],
 *     submissions: [{ to: "secretary", date: "2023-08-25" }, { to: "state-collaboration-director", date: "2023-09-20" }],
 *     clauses: [{ id: "educational-activities", text: "Shared curriculum alignment", responsibleParties: [] }],
 *     amendments: [],
 *   },
 *   { asOf: "2025-09-01" },
 * );
 * a.status; //=> "in-force"
 * a.reviewDue; //=> "2025-08-01"
 * a.findings.map((f) => f.code).slice(0, 3); //=> ["agreement.public-preschool.topic-missing", "agreement.public-preschool.topic-missing", "agreement.public-preschool.topic-missing"]
 * a.findings.some((f) => f.code === "agreement.renewal-overdue" && f.citation?.section === "642(e)(5)(C)"); //=> true
 * a.findings.find((f) => f.code === "agreement.submission-late")?.message; //=> "Agreement mou-lea reached the state-collaboration-director on 2023-09-20, 41 days after the parties entered it on 2023-08-10; the limit is 30 days."
 * ```
 * @category Agreements
 */
export function assessAgreement(agreement: Agreement, options: AssessAgreementOptions): AgreementAssessment {
  const asOf = requireIsoDate(options?.asOf);
  const dueSoonDays = options.dueSoonDays ?? 60;
  const subject = { kind: "agreement", id: agreement.id };
  const template = agreement.templateId ? findTemplate(agreement.templateId) : undefined;
  const findings: Finding[] = [];
  const components: AssessmentComponent[] = [];
  const name = `Agreement ${agreement.id}`;

  // Clauses against the template.
  if (template) {
    const present = new Map(agreement.clauses.filter((c) => c.custom !== true).map((c) => [c.id, c]));
    let got = 0;
    let total = 0;
    const evidence: string[] = [];
    for (const tc of template.clauses) {
      const weight = tc.requirement === "required" ? 2 : 1;
      total += weight;
      const clause = present.get(tc.id);
      if (clause && clause.text.trim() !== "") {
        got += weight;
        evidence.push(`${tc.id} (${tc.requirement})`);
        continue;
      }
      const group = tc.group === "topic" ? "topic" : "clause";
      findings.push(
        makeFinding(
          `agreement.${template.short}.${group}-missing`,
          tc.missingSeverity,
          `${name} ${clause ? "has an empty" : "lacks the"} ${tc.requirement} ${group} "${tc.label}".`,
          { citation: tc.citation, subject, path: ["clauses"] },
        ),
      );
    }
    components.push({ id: "clauses", label: `Clauses of template ${template.id}`, score: roundScore((got / total) * 100), weight: agreementScoreWeights.clauses, evidence });
  } else {
    components.push({ id: "clauses", label: "Clauses (no template to compare with)", score: null, weight: agreementScoreWeights.clauses, evidence: [] });
  }

  // Signatures and status.
  const state = agreementState(agreement, asOf);
  for (const s of agreement.signatures) {
    if (s.date > asOf) findings.push(makeFinding("agreement.signature-after-as-of", "info", `${name}: the signature of ${s.party} is dated ${s.date}, after ${asOf}; it does not count yet.`, { subject }));
  }
  const unsigned = state.unsignedParties;
  for (const party of unsigned) findings.push(makeFinding("agreement.unsigned", "must", `${name} is not signed by ${party}.`, { subject, path: ["signatures"] }));
  const parties = Math.max(1, agreement.parties.length);
  components.push({
    id: "signatures",
    label: "Every party signed",
    score: roundScore(((agreement.parties.length - unsigned.length) / parties) * 100),
    weight: agreementScoreWeights.signatures,
    evidence: agreement.signatures.filter((s) => s.date <= asOf).map((s) => `${s.party}: ${s.signer} on ${s.date}`),
  });

  // In force on asOf.
  const { status, inForce, executedOn: executed, effectiveOn: effective } = state;
  const strong = template?.review?.overdueSeverity ?? "should";
  if (status === "expired") {
    findings.push(makeFinding("agreement.expired", strong, `${name} ended on ${agreement.endDate}.`, { subject, path: ["endDate"], ...(template?.review ? { citation: template.review.citation } : {}) }));
  } else if (status === "terminated") {
    findings.push(makeFinding("agreement.terminated", "info", `${name} was terminated on ${agreement.termination?.date}${agreement.termination?.reason ? ` (${agreement.termination.reason})` : ""}.`, { subject }));
  } else if (status === "not-yet-in-force") {
    findings.push(makeFinding("agreement.not-yet-in-force", "info", `${name} takes effect on ${effective}.`, { subject }));
  }
  components.push({
    id: "inForce",
    label: "In force on the date",
    score: inForce ? 100 : 0,
    weight: agreementScoreWeights.inForce,
    evidence: [`${status}${effective ? `, effective ${effective}` : ""}${agreement.endDate ? `, ends ${agreement.endDate}` : ""}`],
  });

  // Review or renewal.
  const cadence = reviewCadenceOf(agreement);
  const reviewDue =
    cadence === "none" || status === "expired" || status === "terminated"
      ? undefined
      : reviewDueDate(
          { ...agreement, signatures: agreement.signatures.filter((s) => s.date <= asOf) },
          { schoolYearStartMonth: options.schoolYearStartMonth ?? DEFAULT_SCHOOL_YEAR_START_MONTH },
        );
  let daysUntilReviewDue: number | undefined;
  if (reviewDue !== undefined) {
    daysUntilReviewDue = daysBetween(asOf, reviewDue);
    const what = cadence === "biennial-school-year" ? "renewal" : "review";
    const citation = agreement.review?.cadence === undefined && template?.review ? template.review.citation : undefined;
    const severity = agreement.review?.cadence === undefined ? strong : "should";
    if (daysUntilReviewDue < 0) {
      findings.push(makeFinding(`agreement.${what}-overdue`, severity, `${name} was due for its ${cadence} ${what} on ${reviewDue}, ${-daysUntilReviewDue} days before ${asOf}.`, { subject, citation }));
    } else if (daysUntilReviewDue <= dueSoonDays) {
      findings.push(makeFinding(`agreement.${what}-due-soon`, "info", `${name} is due for its ${cadence} ${what} on ${reviewDue}${daysUntilReviewDue === 0 ? " (today)" : `, in ${daysUntilReviewDue} days`}.`, { subject, citation }));
    }
    components.push({
      id: "review",
      label: `${cadence} ${what}`,
      score: daysUntilReviewDue < 0 ? 0 : 100,
      weight: agreementScoreWeights.review,
      evidence: [`${what} due ${reviewDue}${agreement.review?.lastReviewed ? `; last ${agreement.review.lastReviewed}` : ""}`],
    });
  } else {
    components.push({ id: "review", label: "Review or renewal", score: null, weight: agreementScoreWeights.review, evidence: [] });
  }

  // Submission.
  if (template?.submission && executed !== undefined) {
    const rule = template.submission;
    const deadline = addDaysIso(executed, rule.withinDays);
    let onTime = 0;
    const evidence: string[] = [];
    for (const to of rule.to) {
      const sent = agreement.submissions.filter((s) => s.to === to && s.date >= executed && s.date <= asOf).map((s) => s.date).sort()[0];
      if (sent !== undefined && sent <= deadline) {
        onTime += 1;
        evidence.push(`${to} on ${sent}`);
      } else if (sent !== undefined) {
        findings.push(
          makeFinding("agreement.submission-late", "should", `${name} reached the ${to} on ${sent}, ${daysBetween(executed, sent)} days after the parties entered it on ${executed}; the limit is ${rule.withinDays} days.`, {
            subject,
            citation: rule.citation,
          }),
        );
        evidence.push(`${to} on ${sent} (late)`);
      } else if (asOf > deadline) {
        findings.push(makeFinding("agreement.submission-missing", "must", `${name} has not been submitted to the ${to}; it was due by ${deadline}.`, { subject, citation: rule.citation }));
      } else {
        onTime += 1;
        findings.push(makeFinding("agreement.submission-due", "info", `${name} is to be submitted to the ${to} by ${deadline}.`, { subject, citation: rule.citation }));
      }
    }
    components.push({ id: "submission", label: `Submitted within ${rule.withinDays} days`, score: roundScore((onTime / rule.to.length) * 100), weight: agreementScoreWeights.submission, evidence });
  } else {
    components.push({ id: "submission", label: "Submission", score: null, weight: agreementScoreWeights.submission, evidence: [] });
  }

  // Data-sharing basis.
  if (state.sharesChildRecords) {
    const basis = agreement.dataSharing;
    let score = 0;
    const evidence: string[] = [];
    if (!basis) {
      findings.push(makeFinding("agreement.data-sharing.no-legal-basis", "must", `${name} shares child records but records no basis under 45 CFR 1303 subpart C (written parental consent or a named disclosure without consent).`, { subject, citation: SUBPART_C, path: ["dataSharing"] }));
    } else if (basis.basis === "exception") {
      score = 100;
      evidence.push(`disclosure without consent: ${basis.exception}`);
    } else {
      const form = basis.consentForm;
      const parts: [boolean, string][] = [
        [form.specifiesRecords, "which records may be disclosed"],
        [form.statesPurpose, "why"],
        [form.identifiesRecipients, "to whom"],
        [form.signedAndDated, "a signature and date"],
        [form.explainsVoluntaryAndRevocable, "that consent is voluntary and revocable"],
      ];
      const missing = parts.filter(([ok]) => !ok).map(([, label]) => label);
      score = roundScore(((parts.length - missing.length) / parts.length) * 100);
      evidence.push(`written parental consent${missing.length ? `, lacking: ${missing.join(", ")}` : ""}`);
      if (missing.length > 0) {
        findings.push(makeFinding("agreement.data-sharing.consent-incomplete", "should", `The consent form of ${name} does not state ${missing.join(", ")}.`, { subject, citation: { source: "45 CFR", section: "1303.22(a)(2), (a)(4)" } }));
      }
    }
    components.push({ id: "dataSharing", label: "Basis for sharing child records", score, weight: agreementScoreWeights.dataSharing, evidence });
  } else {
    components.push({ id: "dataSharing", label: "Basis for sharing child records (shares none)", score: null, weight: agreementScoreWeights.dataSharing, evidence: [] });
  }

  const assessment = buildAssessment({ subject, components, findings });
  const result: AgreementAssessment = { ...assessment, status, inForce };
  if (executed !== undefined) result.executedOn = executed;
  if (effective !== undefined) result.effectiveOn = effective;
  if (reviewDue !== undefined) result.reviewDue = reviewDue;
  if (daysUntilReviewDue !== undefined) result.daysUntilReviewDue = daysUntilReviewDue;
  return result;
}
