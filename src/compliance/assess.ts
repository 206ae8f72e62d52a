import { buildAssessment, roundScore, runRules, sortFindings, type Assessment, type AssessmentComponent, type Finding, type Subject } from "../core/index.js";
import { addMonthsIso, addYearsIso, requireCollections, requireIsoDate } from "../core/internal.js";
import { fillTemplate, type IssueTemplate } from "../core/issue-text.js";
import type { AgreementFindingCode } from "../agreements/index.js";
import { partnerCategoryIds, type PartnerCategoryId } from "../partners/index.js";
import { indexForCompliance, type ComplianceInput } from "./index-cache.js";
import { assessmentServes, complianceContext, type ComplianceContext } from "./rules/context.js";
import { complianceRules, type ComplianceFindingCode } from "./rules/index.js";

/**
 * Why a program could not be assessed: the id is not in the input, or names an organization that
 * records no program details. This is an input error, not a finding of the program: reports do
 * not count it as a compliance gap.
 *
 * @example
 * ```ts
 * import type { ComplianceInputError } from "ece-partnerships";
 * const e: ComplianceInputError = { code: "program-not-found", message: "Program zzz is not in the portfolio." };
 * e.code; //=> "program-not-found"
 * ```
 * @category Compliance
 */
export interface ComplianceInputError {
  code: "program-not-found" | "not-a-program";
  message: string;
}

/**
 * The result of {@link assessCompliance}: an assessment plus what it was read from.
 *
 * @example
 * ```ts
 * import type { ComplianceAssessment } from "ece-partnerships";
 * const keys: (keyof ComplianceAssessment)[] = ["programId", "activePartnershipIds", "coverage", "categoryGaps", "mou", "communityAssessment"];
 * keys.length; //=> 6
 * ```
 * @category Compliance
 */
export interface ComplianceAssessment extends Assessment<ComplianceFindingCode | AgreementFindingCode> {
  /** The program assessed. */
  programId: string;
  /** Partnerships of the program active on `asOf`. */
  activePartnershipIds: string[];
  /** Per partner category, the organizations of active partnerships that cover it. */
  coverage: Record<PartnerCategoryId, string[]>;
  /** Categories no active partnership covers. */
  categoryGaps: PartnerCategoryId[];
  /**
   * The public-preschool MOU: its overall status (the weakest over the responsible entities when
   * the program lists them), the agreement or exemption behind it, and the standing per entity.
   */
  mou: {
    status: "not-applicable" | "exempt" | "missing" | "in-force" | "not-in-force";
    agreementId?: string;
    exemptionId?: string;
    entities?: { entityId: string; status: "exempt" | "missing" | "in-force" | "not-in-force"; agreementId?: string; exemptionId?: string }[];
  };
  /** The community assessment used, with its last review and the date the next one is due. */
  communityAssessment: { id?: string; conductedOn?: string; lastReviewedOn?: string; nextReviewDue?: string };
  /** Set when the program could not be assessed (score `null`, no findings). */
  inputError?: ComplianceInputError;
}

/**
 * Answers "do we meet 45 CFR 1302.53, and where are the gaps?" for one program on a date. Its
 * findings come from {@link complianceRules} (each code declared once in `findingCatalog`, every
 * `must` with the binding words it rests on), plus the MOU's own findings from
 * {@link assessAgreement}; its score from six weighted components:
 *
 * - **(a)(1)** ongoing partnerships (0.2): active partnerships made formal by an agreement in force;
 *   no active partnership is a `must`; an informal partnership or a community need no partner
 *   covers is a `should`;
 * - **(a)(2)** categories (i)-(viii) (0.2): partnerships "may include" them, so a gap is a `should`;
 * - **(b)** child records (0.15): agreements in force that share child records record a 45 CFR
 *   1303 subpart C basis (`should` when not recorded: 1303 governs each disclosure, not the record);
 * - **(b)(1)** the public-preschool MOU (0.2), for Head Start Preschool programs: an MOU in force
 *   with the responsible entity (with each, when `program.publicPreschoolEntities` lists several),
 *   or an exemption recorded on or after the last MOU was executed; no MOU and no exemption, or an
 *   MOU not in force, is a `must`;
 * - **(b)(2)** QRIS and **(b)(3)** data systems (0.05): `should`; for American Indian and Alaska
 *   Native programs their own decision ((b)(4)) is `info`, never a gap;
 * - **1302.11** (0.2): a community assessment serving the grant period and reviewed every year.
 *   No assessment at all, a recorded grant period that ended without one, or a budget year of the
 *   period that ended with no review is a `must`; an assessment still due in a running period, or
 *   more than 12 months since the last review, is a `should`. Cited as "1302.11(b)" because the
 *   2024 rule renumbered the paragraphs.
 *
 * An assessment with a `must` is in band `not-met`. A program id not in the input (or an
 * organization without program details) gives `inputError`, a `null` score and no findings, not
 * an exception. The collections are indexed once per input (cached), so assessing every program of
 * a portfolio is linear in its size; the index is rebuilt when a collection is replaced or changes
 * length, so change records with `edit` (or copies), not in place. Complexity per program: O(its
 * partnerships + its agreements + its
 * assessments).
 *
 * @throws {RangeError} When `asOf` is not a calendar date.
 * @example
 * ```ts
 * import { assessCompliance } from "ece-partnerships";
 * const result = assessCompliance(
 *   {
 *     organizations: [
 *       { id: "hs", name: "Sunrise Head Start", kind: "head-start-preschool", level: "local", contacts: [], program: { types: ["head-start-preschool"], americanIndianAlaskaNative: false, fundedEnrollment: 120, qris: "participating", stateDataSystems: "sharing" } },
 *       { id: "clinic", name: "Valley Clinic", kind: "health-provider", level: "local", contacts: [] },
 *     ],
 *     partnerships: [{ id: "p1", parties: ["hs", "clinic"], status: "active", practices: [], meetings: [], views: [], agreementIds: [], goalIds: [] }],
 *     agreements: [],
 *     mouExemptions: [{ id: "ex", programId: "hs", exemption: "no-public-preschool", recordedOn: "2025-01-10", notifications: [] }],
 *   },
 *   "hs",
 *   { asOf: "2025-09-01" },
 * );
 * result.mou.status; //=> "exempt"
 * result.categoryGaps.length; //=> 7
 * result.findings.filter((f) => f.severity === "must").map((f) => f.code); //=> ["compliance.1302-11.missing"]
 * ```
 * @category Compliance
 */
export function assessCompliance(input: ComplianceInput, programId: string, options: { asOf: string }): ComplianceAssessment {
  const asOf = requireIsoDate(options?.asOf);
  requireCollections(input, ["organizations", "partnerships", "agreements"], "assessCompliance");
  const index = indexForCompliance(input);
  const org = index.orgs.get(programId);
  if (!org || !org.program) return notAssessed(programId, org ? { code: "not-a-program", message: `Organization ${org.name} (${programId}) is not a Head Start program: it records no program details.` } : { code: "program-not-found", message: `Program ${programId} is not in the portfolio.` });
  const ctx = complianceContext(index, org as typeof org & { program: NonNullable<typeof org.program> }, asOf);
  const findings: Finding<ComplianceFindingCode | AgreementFindingCode>[] = runRules(complianceRules, ctx);
  for (const m of ctx.mou) if (m.status === "in-force" && m.agreement) for (const f of m.agreement.findings) if (f.severity !== "info") findings.push(f);
  const ca = ctx.latestAssessment;
  return {
    ...buildAssessment({ subject: ctx.subject, components: components(ctx), findings: sortFindings(findings) }),
    programId,
    activePartnershipIds: ctx.active.map((p) => p.id),
    coverage: ctx.coverage,
    categoryGaps: ctx.categoryGaps,
    mou: mouSummary(ctx),
    communityAssessment: ca ? { id: ca.id, conductedOn: ca.conductedOn, lastReviewedOn: ctx.lastReviewed!, nextReviewDue: addMonthsIso(ctx.lastReviewed!, 12) } : {},
  };
}

function notAssessed(programId: string, inputError: ComplianceInputError): ComplianceAssessment {
  const coverage = Object.fromEntries(partnerCategoryIds.map((c) => [c, [] as string[]])) as Record<PartnerCategoryId, string[]>;
  return {
    ...buildAssessment({ subject: { kind: "program", id: programId }, components: [], findings: [] }),
    programId,
    activePartnershipIds: [],
    coverage,
    categoryGaps: [...partnerCategoryIds],
    mou: { status: "not-applicable" },
    communityAssessment: {},
    inputError,
  };
}

const STATUS_ORDER = ["missing", "not-in-force", "exempt", "in-force"] as const;

function mouSummary(ctx: ComplianceContext): ComplianceAssessment["mou"] {
  if (!ctx.mouApplies) return { status: "not-applicable" };
  const worst = [...ctx.mou].sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status))[0]!;
  const summary: ComplianceAssessment["mou"] = { status: worst.status };
  if (worst.agreement?.subject.id) summary.agreementId = worst.agreement.subject.id;
  if (worst.exemption) summary.exemptionId = worst.exemption.id;
  if (ctx.program.publicPreschoolEntities?.length) {
    summary.entities = ctx.mou.map((m) => ({
      entityId: m.entityId!,
      status: m.status,
      ...(m.agreement?.subject.id ? { agreementId: m.agreement.subject.id } : {}),
      ...(m.exemption ? { exemptionId: m.exemption.id } : {}),
    }));
  }
  return summary;
}

type Evidence = { sentence: string; template: IssueTemplate };

/** An evidence statement written from an English template (kept, so a report can write it in another language). */
const said = (text: string, values: Record<string, string | number> = {}): Evidence => ({ sentence: fillTemplate(text, values), template: { text, values } });

/** A component's `evidence` and `evidenceTemplates` from statements written by {@link said}. */
const evidenceOf = (items: readonly Evidence[]): Pick<AssessmentComponent, "evidence" | "evidenceTemplates"> => ({ evidence: items.map((i) => i.sentence), evidenceTemplates: items.map((i) => i.template) });

/** An agreement as an evidence statement names it: its title, else "Agreement <id>" (a template of its own, so another language names it in its words). */
function mouInForce(ctx: ComplianceContext, subject: Subject, effectiveOn: string | undefined): Evidence {
  const date = effectiveOn ?? "";
  const id = subject.id ?? "";
  const title = ctx.index.agreements.get(id)?.title;
  return title === undefined ? said("Agreement {id} in force since {date}", { id, date }) : said("{agreement} in force since {date}", { agreement: title, date });
}

function mouComponent(ctx: ComplianceContext): Omit<AssessmentComponent, "weight"> {
  const label = "1302.53(b)(1): public-preschool MOU";
  if (!ctx.mouApplies) return { id: "b1-mou", label, score: null, ...evidenceOf([]) };
  const scores = ctx.mou.map((m) => (m.status === "in-force" ? (m.agreement?.score ?? 0) : m.status === "exempt" ? 100 : 0));
  const evidence = ctx.mou.flatMap((m) =>
    m.status === "in-force" && m.agreement
      ? [mouInForce(ctx, m.agreement.subject, m.agreement.effectiveOn)]
      : m.status === "exempt" && m.exemption
        ? [
            m.entityId
              ? said("exemption {exemption} recorded {date} ({entity})", { exemption: m.exemption.exemption, date: m.exemption.recordedOn, entity: ctx.name(m.entityId) })
              : said("exemption {exemption} recorded {date}", { exemption: m.exemption.exemption, date: m.exemption.recordedOn }),
          ]
        : [],
  );
  return { id: "b1-mou", label, score: scores.reduce((a, b) => a + b, 0) / scores.length, ...evidenceOf(evidence) };
}

function caComponent(ctx: ComplianceContext): Omit<AssessmentComponent, "weight"> {
  const label = "1302.11: community assessment current";
  const ca = ctx.latestAssessment;
  if (!ca) return { id: "community-assessment", label, score: 0, ...evidenceOf([]) };
  const period = ctx.program.grantPeriod;
  const serves = period ? assessmentServes(ctx, period) : ca.conductedOn >= addYearsIso(ctx.asOf, -5);
  const reviewed = ctx.lastReviewed! >= addMonthsIso(ctx.asOf, -12);
  return { id: "community-assessment", label, score: (serves ? 60 : 0) + (reviewed ? 40 : 0), ...evidenceOf([said("assessment {assessment} conducted {date}; last reviewed {reviewed}", { assessment: ca.id, date: ca.conductedOn, reviewed: ctx.lastReviewed ?? "" })]) };
}

function systemsComponent(ctx: ComplianceContext): Omit<AssessmentComponent, "weight"> {
  const label = "1302.53(b)(2)-(3): QRIS and data systems";
  const p = ctx.program;
  if (p.americanIndianAlaskaNative) return { id: "b2-b3-systems", label, score: null, ...evidenceOf([]) };
  const parts = [p.qris === "no-qris-strategy" ? null : p.qris === "participating", p.stateDataSystems === "no-comparable-support" ? null : p.stateDataSystems === "sharing"].filter((x) => x !== null);
  return { id: "b2-b3-systems", label, score: parts.length ? (parts.filter(Boolean).length / parts.length) * 100 : null, ...evidenceOf([said("QRIS: {qris}; data systems: {systems}", { qris: p.qris ?? "not recorded", systems: p.stateDataSystems ?? "not recorded" })]) };
}

function components(ctx: ComplianceContext): AssessmentComponent[] {
  const covered = partnerCategoryIds.length - ctx.categoryGaps.length;
  let sharing = 0;
  let withBasis = 0;
  for (const a of ctx.agreements) {
    const state = ctx.stateOf(a.id);
    if (!state?.inForce || !state.sharesChildRecords) continue;
    sharing += 1;
    if (state.hasDataSharingBasis) withBasis += 1;
  }
  const parts: [number, Omit<AssessmentComponent, "weight">][] = [
    [0.2, { id: "a1-partnerships", label: "1302.53(a)(1): ongoing partnerships made formal", score: ctx.active.length ? (ctx.formal.size / ctx.active.length) * 100 : 0, ...evidenceOf(ctx.active.map((p) => (ctx.formal.has(p) ? said("{partnership} (formal)", { partnership: p.name ?? p.id }) : said("{partnership}", { partnership: p.name ?? p.id })))) }],
    [0.2, { id: "a2-categories", label: "1302.53(a)(2): partner categories covered", score: (covered / partnerCategoryIds.length) * 100, ...evidenceOf(partnerCategoryIds.filter((c) => ctx.coverage[c].length).map((c) => said("{category}: {organizations}", { category: c, organizations: ctx.coverage[c].map(ctx.name).join(", ") }))) }],
    [0.15, { id: "b-records", label: "1302.53(b): child records shared with a subpart C basis", score: sharing ? (withBasis / sharing) * 100 : null, ...evidenceOf(sharing ? [said("{withBasis} of {sharing} agreements that share child records record a basis", { withBasis, sharing })] : []) }],
    [0.2, mouComponent(ctx)],
    [0.05, systemsComponent(ctx)],
    [0.2, caComponent(ctx)],
  ];
  return parts.map(([weight, c]) => Object.assign(c, { weight, score: c.score === null ? null : roundScore(c.score) }));
}
