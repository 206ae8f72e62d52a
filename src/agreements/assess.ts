import { buildAssessment, formatCitation, roundScore, runRules, type Assessment, type AssessmentComponent } from "../core/index.js";
import { forLoops } from "../core/internal.js";
import type { Agreement } from "./agreement.js";
import { agreementContext, type AgreementContext, type AssessAgreementOptions } from "./rules/context.js";
import { consentParts } from "./rules/consent-parts.js";
import { agreementRules, type AgreementFindingCode } from "./rules/index.js";
import type { AgreementStatus } from "./state.js";

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
export interface AgreementAssessment extends Assessment<AgreementFindingCode> {
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
  /**
   * For its template and each template it also follows: the source (the law or guidance, written
   * out), and which of the template's required and recommended clauses the agreement covers (a
   * clause with text) and which it lacks.
   */
  coverage: { templateId: string; label: string; source: string; required: { covered: string[]; missing: string[] }; recommended: { covered: string[]; missing: string[] } }[];
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

type Part = Omit<AssessmentComponent, "weight">;

function clausesPart(ctx: AgreementContext): Part {
  if (ctx.templates.length === 0) return { id: "clauses", label: "Clauses (no template to compare with)", score: null, evidence: [] };
  let got = 0;
  let total = 0;
  const evidence: string[] = [];
  for (const template of ctx.templates) {
    // The template is a frozen catalog entry (see deepFreeze).
    for (const tc of forLoops(template.clauses)) {
      const weight = tc.requirement === "required" ? 2 : 1;
      total += weight;
      if (!ctx.filled.has(tc.id)) continue;
      got += weight;
      evidence.push(`${tc.label} (${tc.requirement})`);
    }
  }
  const label = ctx.templates.length === 1 ? `Clauses of the template "${ctx.templates[0]!.label}"` : `Clauses of the templates ${ctx.templates.map((t) => `"${t.label}"`).join(" and ")}`;
  return { id: "clauses", label, score: roundScore((got / total) * 100), evidence };
}

function signaturesPart(ctx: AgreementContext): Part {
  const parties = ctx.agreement.parties.length;
  return {
    id: "signatures",
    label: "Every party signed",
    score: parties === 0 ? null : roundScore(((parties - ctx.state.unsignedParties.length) / parties) * 100),
    evidence: ctx.agreement.signatures.filter((s) => s.date <= ctx.asOf).map((s) => `${ctx.partyName(s.party)}: ${s.signer} on ${s.date}`),
  };
}

function inForcePart(ctx: AgreementContext): Part {
  const { status, effectiveOn } = ctx.state;
  const end = ctx.agreement.endDate;
  return { id: "inForce", label: "In force on the date", score: ctx.state.inForce ? 100 : 0, evidence: [`${status}${effectiveOn ? `, effective ${effectiveOn}` : ""}${end ? `, ends ${end}` : ""}`] };
}

function reviewPart(ctx: AgreementContext): Part {
  const r = ctx.review;
  if (!r) return { id: "review", label: "Review or renewal", score: null, evidence: [] };
  const what = r.cadence === "biennial-school-year" ? "renewal" : "review";
  const last = ctx.agreement.review?.lastReviewed;
  return { id: "review", label: `${r.cadence} ${what}`, score: r.days < 0 ? 0 : 100, evidence: [`${what} due ${r.due}${last ? `; last ${last}` : ""}`] };
}

function submissionPart(ctx: AgreementContext): Part {
  const s = ctx.submission;
  const days = ctx.template?.submission?.withinDays;
  if (!s || days === undefined) return { id: "submission", label: "Submission", score: null, evidence: [] };
  const pending = ctx.asOf <= s.deadline;
  const onTime = s.required.filter((r) => (r.sent !== undefined && r.sent <= s.deadline) || (r.sent === undefined && pending)).length;
  const evidence = s.required.filter((r) => r.sent !== undefined).map((r) => `${r.to} on ${r.sent}${r.sent! > s.deadline ? " (late)" : ""}`);
  return { id: "submission", label: `Submitted within ${days} days`, score: roundScore((onTime / s.required.length) * 100), evidence };
}

function dataSharingPart(ctx: AgreementContext): Part {
  if (!ctx.state.sharesChildRecords) return { id: "dataSharing", label: "Basis for sharing child records (shares none)", score: null, evidence: [] };
  const basis = ctx.agreement.dataSharing;
  const label = "Basis for sharing child records";
  if (!basis) return { id: "dataSharing", label, score: 0, evidence: [] };
  if (basis.basis === "exception") return { id: "dataSharing", label, score: 100, evidence: [`disclosure without consent: ${basis.exception}`] };
  const missing = consentParts.filter(([key]) => !basis.consentForm[key]).map(([, text]) => text);
  return {
    id: "dataSharing",
    label,
    score: roundScore(((consentParts.length - missing.length) / consentParts.length) * 100),
    evidence: [`written parental consent${missing.length ? `, lacking: ${missing.join(", ")}` : ""}`],
  };
}

const parts: readonly [keyof typeof agreementScoreWeights, (ctx: AgreementContext) => Part][] = [
  ["clauses", clausesPart],
  ["signatures", signaturesPart],
  ["inForce", inForcePart],
  ["review", reviewPart],
  ["submission", submissionPart],
  ["dataSharing", dataSharingPart],
];

const sources = new WeakMap<object, string>();
/** A template's citation written out, once per template. */
const sourceOf = (t: AgreementContext["templates"][number]) => {
  let s = sources.get(t);
  if (s === undefined) sources.set(t, (s = formatCitation(t.citation)));
  return s;
};

/** Which clauses of each template the agreement follows it covers. */
function coverageOf(ctx: AgreementContext): AgreementAssessment["coverage"] {
  return ctx.templates.map((t) => {
    const required = { covered: [] as string[], missing: [] as string[] };
    const recommended = { covered: [] as string[], missing: [] as string[] };
    for (const c of forLoops(t.clauses)) {
      const part = c.requirement === "required" ? required : recommended;
      if (ctx.filled.has(c.id)) part.covered.push(c.id);
      else part.missing.push(c.id);
    }
    return { templateId: t.id, label: t.label, source: sourceOf(t), required, recommended };
  });
}

/**
 * Assesses an agreement on a date. Its findings come from {@link agreementRules} (each code with
 * its severity, citation and binding words in `findingCatalog`); its score from six components:
 *
 * - `clauses`: completeness against its template, required clauses weighing 2 and recommended 1;
 *   a clause with empty text is missing;
 * - `signatures`: the share of parties that signed on or before `asOf`;
 * - `inForce`: every party signed and `asOf` is between the effective date (default: the day the
 *   last party signed) and the end date, both inclusive (an agreement ending on `asOf` is still in
 *   force that day), and before any termination date (a termination takes effect on its date);
 * - `review`: the next review or renewal (see {@link nextReviewDate}) is not overdue; due on `asOf`
 *   is due, not overdue; due within `dueSoonDays` is reported;
 * - `submission`: for the public-preschool MOU, submitted to the Secretary (directly or through
 *   the regional office) and the State Director of Head Start Collaboration within 30 days of the
 *   parties entering it (Head Start Act 642(e)(5)(B));
 * - `dataSharing`: an agreement recorded as sharing child records records its 45 CFR 1303 subpart
 *   C basis, and a consent basis states what 1303.22(a)(2) and (a)(4) ask for.
 *
 * Only the public-preschool MOU can give a `must` (its topics, renewal, expiry and submission,
 * from Head Start Act 642(e)(5)); an assessment with one is in band `not-met`. Messages name the
 * agreement by its title and the parties by `nameOf`. Complexity: O(parties × signatures + clauses).
 *
 * @throws {RangeError} When `asOf` is not a calendar date, `dueSoonDays` is not a whole number of
 *   at least 0 or `schoolYearStartMonth` is not 1-12.
 * @example
 * ```ts
 * import { assessAgreement } from "ece-partnerships";
 * const a = assessAgreement(
 *   {
 *     id: "mou-lea", kind: "mou", templateId: "public-preschool-mou", title: "MOU with Dane County Schools", parties: ["hs", "lea"],
 *     signatures: [{ party: "hs", signer: "L. Chen", date: "2023-08-04" }, { party: "lea", signer: "P. Ruiz", date: "2023-08-10" }],
 *     submissions: [{ to: "regional-office", date: "2023-08-25" }, { to: "state-collaboration-director", date: "2023-09-20" }],
 *     clauses: [{ id: "educational-activities", text: "Shared curriculum alignment", responsibleParties: [] }],
 *     amendments: [],
 *   },
 *   { asOf: "2025-09-01" },
 * );
 * a.status; //=> "in-force"
 * a.reviewDue; //=> "2025-08-10"
 * a.band; //=> "not-met"
 * a.findings[0]?.message; //=> 'MOU with Dane County Schools lacks the coordination topic "Coordination: public information dissemination and access to programs for families contacting the Head Start program or any of the preschool programs".'
 * a.findings.some((f) => f.code === "agreement.renewal-overdue" && f.citation?.section === "642(e)(5)(C)"); //=> true
 * a.findings.find((f) => f.code === "agreement.submission-late")?.message; //=> "MOU with Dane County Schools reached the State Director of Head Start Collaboration on 2023-09-20, 41 days after the parties entered it on 2023-08-10; the limit is 30 days."
 * ```
 * @category Agreements
 */
export function assessAgreement(agreement: Agreement, options: AssessAgreementOptions): AgreementAssessment {
  const ctx = agreementContext(agreement, options);
  const findings = runRules(agreementRules, ctx);
  // Object.assign onto the fresh objects, not spreads: a spread of these differently shaped results
  // takes V8's slow path, and was three quarters of the time of assessing an agreement.
  const components = parts.map(([key, part]) => Object.assign(part(ctx), { weight: agreementScoreWeights[key] }));
  const result: AgreementAssessment = Object.assign(buildAssessment({ subject: ctx.subject, components, findings }), { status: ctx.state.status, inForce: ctx.state.inForce, coverage: coverageOf(ctx) });
  if (ctx.state.executedOn !== undefined) result.executedOn = ctx.state.executedOn;
  if (ctx.state.effectiveOn !== undefined) result.effectiveOn = ctx.state.effectiveOn;
  if (ctx.review) {
    result.reviewDue = ctx.review.due;
    result.daysUntilReviewDue = ctx.review.days;
  }
  return result;
}
