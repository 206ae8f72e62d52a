import { buildAssessment, makeFinding, roundScore, type Assessment, type AssessmentComponent, type Finding } from "../core/index.js";
import { addMonthsIso, addYearsIso, requireIsoDate } from "../core/internal.js";
import { agreementState, assessAgreement, type AgreementState } from "../agreements/index.js";
import { categoriesOf, isPartnershipActive, partnerCategories, partnerCategoryIds, type PartnerCategoryId } from "../partners/index.js";
import { communityAssessmentElements } from "./community-assessment.js";
import { indexForCompliance, type ComplianceInput } from "./index-cache.js";

const cfr = (section: string) => ({ source: "45 CFR", section });

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
export interface ComplianceAssessment extends Assessment {
  /** The program assessed. */
  programId: string;
  /** Partnerships of the program active on `asOf`. */
  activePartnershipIds: string[];
  /** Per partner category, the organizations of active partnerships that cover it. */
  coverage: Record<PartnerCategoryId, string[]>;
  /** Categories no active partnership covers. */
  categoryGaps: PartnerCategoryId[];
  /** The public-preschool MOU: its status and the agreement or exemption behind it. */
  mou: { status: "not-applicable" | "exempt" | "missing" | "in-force" | "not-in-force"; agreementId?: string; exemptionId?: string };
  /** The community assessment used, with its last review and the date the next one is due. */
  communityAssessment: { id?: string; conductedOn?: string; lastReviewedOn?: string; nextReviewDue?: string };
}


/**
 * Answers "do we meet 45 CFR 1302.53, and where are the gaps?" for one program on a date, with
 * findings that cite their section:
 *
 * - **(a)(1)** ongoing relationships (weight 0.2): active partnerships made formal by an agreement in
 *   force (a joint agreement, procedure, contract, onsite service arrangement, MOU...); no active
 *   partnership is a `must`; a need named by the latest community assessment that no active
 *   partner's category covers is a `should` (the program may meet it another way);
 * - **(a)(2)** categories (i)-(viii) (0.2): coverage by active partnerships. The rule says
 *   partnerships "may include" these categories and requires those that are "necessary", so a
 *   category gap is a `should`, never a `must`;
 * - **(b)** child records (0.15): every agreement in force that shares child records has a 45 CFR
 *   1303 subpart C basis (`must`);
 * - **(b)(1)** the public-preschool MOU (0.2), for Head Start Preschool programs: in force, its ten
 *   topics, renewal and submission (the findings of {@link assessAgreement}), unless an exemption
 *   is recorded; no MOU and no exemption, or an MOU not in force, is a `must`;
 * - **(b)(2)** QRIS and **(b)(3)** data systems (0.05): `should`; for American Indian and Alaska
 *   Native programs their own decision ((b)(4)) is reported as `info`, never a gap;
 * - **1302.11** (0.2): a community assessment within the five-year grant period (or the five years
 *   before `asOf` when no grant period is recorded), reviewed within the 12 months before `asOf`.
 *   Cited as "1302.11(b)" because the 2024 rule renumbered the paragraphs (current pages cite the
 *   annual review as (b)(5), older ones as (b)(2)).
 *
 * A program id not in the input gives a `null` score, band `insufficient-evidence` and a `must`
 * finding, not an exception. The collections are indexed once per input (cached), so assessing
 * every program of a portfolio is linear in its size; the index is rebuilt when a collection is
 * replaced or changes length, so change records with `edit` (or copies), not in place. Throws a
 * `RangeError` only when `asOf` is not a calendar date. Complexity per program: O(its
 * partnerships + its agreements + its assessments).
 *
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
  const index = indexForCompliance(input);
  const subject = { kind: "program", id: programId };
  const findings: Finding[] = [];
  const emptyCoverage = () => Object.fromEntries(partnerCategoryIds.map((c) => [c, [] as string[]])) as Record<PartnerCategoryId, string[]>;
  const org = index.orgs.get(programId);
  if (!org || !org.program) {
    findings.push(
      makeFinding(
        "compliance.program.not-found",
        "must",
        org ? `Organization ${programId} is not a Head Start program (it records no program details).` : `Program ${programId} is not in the portfolio.`,
        { subject },
      ),
    );
    return { ...buildAssessment({ subject, components: [], findings }), programId, activePartnershipIds: [], coverage: emptyCoverage(), categoryGaps: [...partnerCategoryIds], mou: { status: "not-applicable" }, communityAssessment: {} };
  }
  const program = org.program;
  const states = new Map<string, AgreementState | undefined>();
  const stateOf = (id: string) => {
    if (!states.has(id)) {
      const agreement = index.agreements.get(id);
      states.set(id, agreement ? agreementState(agreement, asOf) : undefined);
    }
    return states.get(id);
  };

  // (a)(1) ongoing, formal relationships.
  const partnerships = (index.partnershipsByOrg.get(programId) ?? []).filter((p) => isPartnershipActive(p, asOf));
  const formal = new Set(partnerships.filter((p) => p.agreementIds.some((id) => stateOf(id)?.inForce === true)));
  if (partnerships.length === 0) {
    findings.push(makeFinding("compliance.a1.no-active-partnerships", "must", `Program ${programId} has no active partnerships on ${asOf}.`, { subject, citation: cfr("1302.53(a)(1)") }));
  }
  for (const p of partnerships) {
    if (!formal.has(p)) {
      findings.push(makeFinding("compliance.a1.informal", "should", `Partnership ${p.id} has no joint agreement, procedure, contract or onsite service arrangement in force on ${asOf}.`, { subject, citation: cfr("1302.53(a)(1)") }));
    }
    for (const id of p.agreementIds) {
      if (!index.agreements.has(id)) findings.push(makeFinding("compliance.a1.agreement-not-found", "should", `Partnership ${p.id} lists agreement ${id}, which is not in the portfolio.`, { subject }));
    }
  }

  // (a)(2) categories.
  // Each partner once per category, in order of first appearance (sets keep it linear for a
  // program with thousands of partners).
  const partnersIn = new Map(partnerCategoryIds.map((c) => [c, new Set<string>()]));
  for (const p of partnerships) {
    for (const party of p.parties) {
      const partner = party === programId ? undefined : index.orgs.get(party);
      if (partner) for (const c of categoriesOf(partner)) partnersIn.get(c)!.add(party);
    }
  }
  const coverage = Object.fromEntries(partnerCategoryIds.map((c) => [c, [...partnersIn.get(c)!]])) as Record<PartnerCategoryId, string[]>;
  const categoryGaps = partnerCategoryIds.filter((c) => coverage[c].length === 0);
  for (const c of categoryGaps) {
    const category = partnerCategories.find((x) => x.id === c)!;
    findings.push(makeFinding("compliance.a2.category-gap", "should", `No active partnership of ${programId} covers ${category.paragraph} ${category.label.toLowerCase()}.`, { subject, citation: category.citation }));
  }

  // 1302.11 community assessment, and needs without a partner.
  const assessments = (index.assessmentsByProgram.get(programId) ?? []).filter((c) => c.conductedOn <= asOf).sort((a, b) => (a.conductedOn < b.conductedOn ? 1 : -1));
  const latest = assessments[0];
  const communityAssessment: ComplianceAssessment["communityAssessment"] = {};
  let caScore: number | null = 0;
  const caEvidence: string[] = [];
  if (!latest) {
    findings.push(makeFinding("compliance.1302-11.missing", "must", `Program ${programId} has no community assessment conducted by ${asOf}.`, { subject, citation: cfr("1302.11(b)") }));
  } else {
    const period = latest.grantPeriod ?? program.grantPeriod;
    const withinPeriod = period ? latest.conductedOn >= period.start : latest.conductedOn >= addYearsIso(asOf, -5);
    const lastReviewed = [latest.conductedOn, ...latest.reviews.map((r) => r.date).filter((d) => d <= asOf)].sort().at(-1)!;
    const nextReviewDue = addMonthsIso(lastReviewed, 12);
    const reviewed = lastReviewed >= addMonthsIso(asOf, -12);
    Object.assign(communityAssessment, { id: latest.id, conductedOn: latest.conductedOn, lastReviewedOn: lastReviewed, nextReviewDue });
    caScore = (withinPeriod ? 60 : 0) + (reviewed ? 40 : 0);
    caEvidence.push(`assessment ${latest.id} conducted ${latest.conductedOn}; last reviewed ${lastReviewed}`);
    if (!withinPeriod) {
      findings.push(
        makeFinding("compliance.1302-11.outside-grant-period", "must", `The latest community assessment of ${programId} (${latest.conductedOn}) predates ${period ? `the grant period that began ${period.start}` : "the five years before " + asOf}.`, {
          subject,
          citation: cfr("1302.11(b)"),
        }),
      );
    }
    if (!reviewed) {
      findings.push(makeFinding("compliance.1302-11.review-overdue", "must", `The community assessment of ${programId} was last reviewed on ${lastReviewed}; the annual review was due by ${nextReviewDue}.`, { subject, citation: cfr("1302.11(b)") }));
    }
    const missingElements = communityAssessmentElements.filter((e) => !latest.covers.includes(e));
    if (missingElements.length > 0) {
      findings.push(makeFinding("compliance.1302-11.elements-missing", "info", `Community assessment ${latest.id} does not record covering: ${missingElements.join(", ")} (1302.11(b)(1) [unverified wording]).`, { subject, citation: cfr("1302.11(b)(1)") }));
    }
    for (const need of latest.needs) {
      if (!need.categories.some((c) => coverage[c].length > 0)) {
        findings.push(
          makeFinding("compliance.a1.need-without-partner", "should", `The community assessment names "${need.label}", but no active partner covers ${need.categories.join(" or ")}.`, {
            subject,
            citation: cfr("1302.53(a)(1)"),
          }),
        );
      }
    }
  }

  // (b) child records.
  const programAgreements = index.agreementsByOrg.get(programId) ?? [];
  let sharing = 0;
  let sharingWithBasis = 0;
  for (const a of programAgreements) {
    const state = stateOf(a.id);
    if (!state?.inForce || !state.sharesChildRecords) continue;
    sharing += 1;
    if (state.hasDataSharingBasis) sharingWithBasis += 1;
    else findings.push(makeFinding("compliance.b.records-without-basis", "must", `Agreement ${a.id} shares child records with no basis under 45 CFR 1303 subpart C.`, { subject, citation: cfr("1302.53(b); part 1303 subpart C") }));
  }

  // (b)(1) the public-preschool MOU.
  let mou: ComplianceAssessment["mou"] = { status: "not-applicable" };
  let mouScore: number | null = null;
  const mouEvidence: string[] = [];
  if (program.types.includes("head-start-preschool")) {
    const exemption = (index.exemptionsByProgram.get(programId) ?? []).filter((e) => e.recordedOn <= asOf).sort((a, b) => (a.recordedOn < b.recordedOn ? 1 : -1))[0];
    const mous = programAgreements.filter((a) => a.templateId === "public-preschool-mou").map((a) => assessAgreement(a, { asOf }));
    const best = mous.find((m) => m.inForce) ?? mous.sort((a, b) => ((a.effectiveOn ?? "") < (b.effectiveOn ?? "") ? 1 : -1))[0];
    if (best?.inForce) {
      mou = { status: "in-force", agreementId: best.subject.id! };
      mouScore = best.score;
      mouEvidence.push(`MOU ${best.subject.id} in force since ${best.effectiveOn}`);
      for (const f of best.findings) if (f.severity !== "info") findings.push({ ...f, subject });
    } else if (exemption) {
      mou = { status: "exempt", exemptionId: exemption.id };
      mouScore = 100;
      mouEvidence.push(`exemption ${exemption.exemption} recorded ${exemption.recordedOn}`);
      findings.push(makeFinding("compliance.b1.exempt", "info", `Program ${programId} records an exemption from the public-preschool MOU (${exemption.exemption}, ${exemption.recordedOn}).`, { subject, citation: { source: "Head Start Act", section: "642(e)(5)(B)" } }));
    } else if (best) {
      mou = { status: "not-in-force", agreementId: best.subject.id! };
      mouScore = 0;
      findings.push(makeFinding("compliance.b1.mou-not-in-force", "must", `The public-preschool MOU ${best.subject.id} of ${programId} is ${best.status} on ${asOf}.`, { subject, citation: cfr("1302.53(b)(1)") }));
    } else {
      mou = { status: "missing" };
      mouScore = 0;
      findings.push(makeFinding("compliance.b1.mou-missing", "must", `Head Start Preschool program ${programId} has no MOU with the entity managing publicly funded preschool, and no exemption recorded.`, { subject, citation: cfr("1302.53(b)(1)") }));
    }
  }

  // (b)(2)-(b)(4) QRIS and data systems.
  let systemsScore: number | null = null;
  const systemsEvidence: string[] = [];
  if (program.americanIndianAlaskaNative) {
    const decision = program.aianSystemsDecision;
    findings.push(
      makeFinding(
        "compliance.b4.aian-decision",
        "info",
        decision
          ? `American Indian and Alaska Native program ${programId} decided on ${decision.decidedOn} to ${decision.qris} in QRIS and ${decision.dataSystems} in state data systems.`
          : `American Indian and Alaska Native program ${programId} determines whether to take part in QRIS and state data systems; no decision is recorded.`,
        { subject, citation: cfr("1302.53(b)(4)") },
      ),
    );
  } else {
    let points = 0;
    let counted = 0;
    if (program.qris !== "no-qris-strategy") {
      counted += 1;
      if (program.qris === "participating") points += 1;
      else findings.push(makeFinding("compliance.b2.qris", "should", `Program ${programId} ${program.qris === "not-participating" ? "does not participate" : "records no participation"} in its State or local QRIS.`, { subject, citation: cfr("1302.53(b)(2)") }));
    }
    if (program.stateDataSystems !== "no-comparable-support") {
      counted += 1;
      if (program.stateDataSystems === "sharing") points += 1;
      else findings.push(makeFinding("compliance.b3.data-systems", "should", `Program ${programId} ${program.stateDataSystems === "not-sharing" ? "does not share" : "records no sharing of"} data with state education data systems.`, { subject, citation: cfr("1302.53(b)(3)") }));
    }
    systemsScore = counted ? (points / counted) * 100 : null;
    systemsEvidence.push(`QRIS: ${program.qris ?? "not recorded"}; data systems: ${program.stateDataSystems ?? "not recorded"}`);
  }

  const covered = partnerCategoryIds.length - categoryGaps.length;
  const components: AssessmentComponent[] = [
    {
      id: "a1-partnerships",
      label: "1302.53(a)(1): ongoing partnerships made formal",
      score: partnerships.length ? (formal.size / partnerships.length) * 100 : 0,
      weight: 0.2,
      evidence: partnerships.map((p) => `${p.id}${formal.has(p) ? " (formal)" : ""}`),
    },
    {
      id: "a2-categories",
      label: "1302.53(a)(2): partner categories covered",
      score: (covered / partnerCategoryIds.length) * 100,
      weight: 0.2,
      evidence: partnerCategoryIds.filter((c) => coverage[c].length).map((c) => `${c}: ${coverage[c].join(", ")}`),
    },
    {
      id: "b-records",
      label: "1302.53(b): child records shared with a subpart C basis",
      score: sharing ? (sharingWithBasis / sharing) * 100 : null,
      weight: 0.15,
      evidence: sharing ? [`${sharingWithBasis} of ${sharing} agreements that share child records have a basis`] : [],
    },
    { id: "b1-mou", label: "1302.53(b)(1): public-preschool MOU", score: mouScore, weight: 0.2, evidence: mouEvidence },
    { id: "b2-b3-systems", label: "1302.53(b)(2)-(3): QRIS and data systems", score: systemsScore, weight: 0.05, evidence: systemsEvidence },
    { id: "community-assessment", label: "1302.11: community assessment current", score: caScore, weight: 0.2, evidence: caEvidence },
  ].map((c) => ({ ...c, score: c.score === null ? null : roundScore(c.score) }));

  return {
    ...buildAssessment({ subject, components, findings }),
    programId,
    activePartnershipIds: partnerships.map((p) => p.id),
    coverage,
    categoryGaps,
    mou,
    communityAssessment,
  };
}
