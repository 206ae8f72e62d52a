import { defineCatalog, indexById, type CatalogItem, type Citation, type FindingMeta, type Severity } from "../core/index.js";
import {
  childWelfareClauses,
  dataSharingClauses,
  ehsCcpClauses,
  mouOtherElementsNone,
  mouReviewProvisionMissing,
  mouTopicMissing,
  mouWorkingParentsTopicMissing,
  sharedServicesClauses,
  leaTitleIClauses,
  type ClauseFindingCode,
  type ClauseMissingParams,
} from "./clause-findings.js";
import { CHILD_WELFARE_STRATEGIES, DEVELOPING_PARTNERSHIP_AGREEMENTS, ECFR_1302_53, SHARED_SERVICES_ECQA, act, cfr, essa1119 } from "./sources.js";

/**
 * The kinds of agreement that make a partnership formal (45 CFR 1302.53(a)(1): "joint agreements,
 * procedures, or contracts and arranging for onsite delivery of services"), plus the MOU, the
 * data-sharing agreement, the EHS-CCP partnership agreement and the shared-services agreement.
 *
 * @example
 * ```ts
 * import { agreementKinds } from "ece-partnerships";
 * agreementKinds.includes("data-sharing-agreement"); //=> true
 * ```
 * @category Agreements
 */
export const agreementKinds = /* @__PURE__ */ Object.freeze([
  "mou",
  "contract",
  "joint-agreement",
  "procedure",
  "onsite-service-arrangement",
  "data-sharing-agreement",
  "ehs-ccp-partnership-agreement",
  "shared-services-agreement",
] as const);

/**
 * An agreement kind; see {@link agreementKinds}.
 *
 * @example
 * ```ts
 * import type { AgreementKind } from "ece-partnerships";
 * const k: AgreementKind = "mou";
 * k; //=> "mou"
 * ```
 * @category Agreements
 */
export type AgreementKind = (typeof agreementKinds)[number];

/**
 * One clause of a template: whether it is `required` (its source says such agreements include it)
 * or `recommended` (practice), the finding code reported when it is missing (with that code's
 * severity), and its citation. `verification` says how far its source was checked (`verified`,
 * `excerpt`, `secondary` or `unverified`); unverified and secondary ones are never `required`.
 *
 * @example
 * ```ts
 * import { agreementTemplates, type TemplateClause } from "ece-partnerships";
 * const c: TemplateClause | undefined = agreementTemplates[0]?.clauses[0];
 * c?.requirement; //=> "required"
 * ```
 * @category Agreements
 */
export interface TemplateClause extends CatalogItem {
  /** `required` clauses weigh 2 in completeness, `recommended` ones 1. */
  readonly requirement: "required" | "recommended";
  /** The finding code reported when the clause is missing (declared in `findingCatalog`). */
  readonly missing: ClauseFindingCode;
  /** Severity of that finding (the code's). */
  readonly missingSeverity: Severity;
  /** How far the source of the clause was verified. */
  readonly verification: "verified" | "excerpt" | "secondary" | "unverified";
  /** `topic` for the ten coordination topics of the public-preschool MOU. */
  readonly group?: "topic";
}

/**
 * When a template's agreements are reviewed or renewed: every year, every two years, or every two
 * years at the start of the school year.
 *
 * @example
 * ```ts
 * import type { ReviewCadence } from "ece-partnerships";
 * const c: ReviewCadence = "biennial-school-year";
 * c; //=> "biennial-school-year"
 * ```
 * @category Agreements
 */
export type ReviewCadence = "annual" | "biennial" | "biennial-school-year";

/**
 * An agreement template: its clauses and its rules (review or renewal, submission, exemptions).
 *
 * @example
 * ```ts
 * import { agreementTemplates, type AgreementTemplate } from "ece-partnerships";
 * const t: AgreementTemplate = agreementTemplates[0]!;
 * t.submission?.withinDays; //=> 30
 * ```
 * @category Agreements
 */
export interface AgreementTemplate extends CatalogItem {
  /** The agreement kind the template is for. */
  readonly kind: AgreementKind;
  /** Short name used in finding codes (`agreement.public-preschool.topic-missing`). */
  readonly short: string;
  /** The clauses. */
  readonly clauses: readonly TemplateClause[];
  /**
   * Review or renewal rule. `statutory` marks a cadence the law sets (the MOU's biennial renewal,
   * whose overdue finding is a `must`); any other overdue review is a `should`.
   */
  readonly review?: { readonly cadence: ReviewCadence; readonly statutory: boolean; readonly overdueSeverity: Severity; readonly citation: Citation };
  /**
   * Submission rule: to whom, within how many days of the parties entering the agreement, and
   * which recorded recipients also count (`via`: a submission to the regional office reaches the
   * Secretary).
   */
  readonly submission?: {
    readonly to: readonly SubmissionRecipient[];
    readonly via: Readonly<Partial<Record<SubmissionRecipient, readonly SubmissionRecipient[]>>>;
    readonly withinDays: number;
    readonly citation: Citation;
  };
  /** Whether the agreement shares child records (and so needs a 45 CFR 1303 subpart C basis). */
  readonly sharesChildRecords: boolean;
}

/**
 * Who an agreement can be submitted to.
 *
 * @example
 * ```ts
 * import { submissionRecipients } from "ece-partnerships";
 * submissionRecipients; //=> ["secretary", "state-collaboration-director", "regional-office", "governing-body", "policy-council"]
 * ```
 * @category Agreements
 */
export const submissionRecipients = /* @__PURE__ */ Object.freeze([
  "secretary",
  "state-collaboration-director",
  "regional-office",
  "governing-body",
  "policy-council",
] as const);

/**
 * A submission recipient; see {@link submissionRecipients}.
 *
 * @example
 * ```ts
 * import type { SubmissionRecipient } from "ece-partnerships";
 * const r: SubmissionRecipient = "secretary";
 * r; //=> "secretary"
 * ```
 * @category Agreements
 */
export type SubmissionRecipient = (typeof submissionRecipients)[number];

type ClauseMeta = FindingMeta<ClauseFindingCode, ClauseMissingParams>;
type ClauseRow = [id: string, label: string, verification: TemplateClause["verification"], citation: Citation, description?: string];

const clause = (requirement: TemplateClause["requirement"], meta: ClauseMeta, [id, label, verification, citation, description]: ClauseRow, group?: "topic"): TemplateClause => ({
  id,
  label,
  requirement,
  missing: meta.code,
  missingSeverity: meta.severity,
  verification,
  citation,
  ...(description ? { description } : {}),
  ...(group ? { group } : {}),
});
const pair = (metas: { required: ClauseMeta; recommended: ClauseMeta }) => ({
  required: (row: ClauseRow) => clause("required", metas.required, row),
  recommended: (row: ClauseRow) => clause("recommended", metas.recommended, row),
});
const childWelfare = /* @__PURE__ */ pair(childWelfareClauses);
const ehsCcp = /* @__PURE__ */ pair(ehsCcpClauses);
const dataSharing = /* @__PURE__ */ pair(dataSharingClauses);
const sharedServices = /* @__PURE__ */ pair(sharedServicesClauses);
const leaTitleI = /* @__PURE__ */ pair(leaTitleIClauses);
const cw = (section: string): Citation => ({ ...CHILD_WELFARE_STRATEGIES, section });
const PRACTICE: Citation = { source: "Practice synthesis of child welfare MOUs" };
const QUILT = (section: string): Citation => ({ source: "A Checklist for Developing a Partnership Agreement/Contract (QUILT)", section });

const topics: [string, string, string, ClauseMeta][] = [
  ["educational-activities", "(I)", "educational activities, curricular objectives, and instruction", mouTopicMissing],
  ["public-information-access", "(II)", "public information dissemination and access to programs for families contacting the Head Start program or any of the preschool programs", mouTopicMissing],
  ["selection-priorities", "(III)", "selection priorities for eligible children to be served by programs", mouTopicMissing],
  ["service-areas", "(IV)", "service areas", mouTopicMissing],
  [
    "staff-training",
    "(V)",
    "staff training, including opportunities for joint staff training on topics such as academic content standards, instructional methods, curricula, and social and emotional development",
    mouTopicMissing,
  ],
  ["technical-assistance", "(VI)", "program technical assistance", mouTopicMissing],
  ["working-parents-services", "(VII)", "provision of additional services to meet the needs of working parents, as applicable", mouWorkingParentsTopicMissing],
  ["kindergarten-transitions", "(VIII)", "communications and parent outreach for smooth transitions to kindergarten as required in paragraphs (3) and (6) of section 642A(a)", mouTopicMissing],
  ["facilities-transportation", "(IX)", "provision and use of facilities, transportation, and other program elements", mouTopicMissing],
  ["other-elements", "(X)", "other elements mutually agreed to by the parties to such memorandum", mouOtherElementsNone],
];

/**
 * The agreement templates, each clause with its requirement, the finding code reported when it is
 * missing, and its citation:
 *
 * - `public-preschool-mou` (Head Start Act 642(e)(5); 45 CFR 1302.53(b)(1)): the ten coordination
 *   topics (I)-(X) in the statute's words and the review provision of (A)(i). Topics (I)-(VI),
 *   (VIII), (IX) and the review provision are required (`must`: the MOU "shall ... include plans to
 *   coordinate, as appropriate, activities regarding" them); (VII) "as applicable" is a `should`;
 *   (X) "other elements mutually agreed to" is `info`. Submission to the Secretary (a submission
 *   recorded to the regional office counts) and the State Director of Head Start Collaboration
 *   within 30 days (B); biennial renewal aligned with the beginning of the school year (C). The two
 *   exemptions of (B)(i)-(ii) are recorded with {@link MouExemptionSchema}.
 * - `child-welfare-mou` (Strategies for Partnering with Child Welfare Agencies): "individual
 *   families as well as policy issues across the two systems" required as guidance (`should`: the
 *   source says "Ensure that the MOU addresses" both); everything else, including the practice
 *   synthesis of typical elements, recommended (`info`).
 * - `ehs-ccp-partnership-agreement`: the four elements of Developing Partnership Agreements (ECLKC)
 *   required as guidance (`should`); term, payment and layered funding without supplanting, ratios
 *   and group sizes, records privacy, monitoring and dispute resolution recommended.
 * - `data-sharing-agreement` (45 CFR part 1303 subpart C): purpose, records, recipients and legal
 *   basis required as guidance (`should`): 1303.22(a)(2) says what a parent's consent states, not
 *   what an agreement contains, so the library applies the same contents to the agreement as good
 *   practice; redisclosure limits, security, destruction (1303.24(a)), annual review and parents'
 *   right to see the agreement recommended.
 * - `lea-title-i-agreement` (Elementary and Secondary Education Act section 1119, 20 U.S.C. 6321):
 *   the other half of the public-preschool MOU. Each local educational agency receiving Title I
 *   "shall develop agreements" with Head Start agencies to carry out five coordination activities
 *   (records transfer, channels of communication, meetings of parents and teachers, joint
 *   transition-related training, linked services), each required; the duty is the LEA's, so for
 *   the program a missing activity is a `should`. The McKinney-Vento liaison and review are
 *   recommended. One agreement can follow both this template and the public-preschool MOU
 *   (`alsoFollows` on the agreement); its assessment's `coverage` says which topics of which law
 *   it covers.
 * - `shared-services-agreement` (Shared Services to Build and Sustain Quality): functions shared
 *   and cost-sharing method required as guidance; governance and hub recommended.
 *
 * Only the public-preschool MOU's clauses can give a `must`. The child-welfare MOU and the EHS-CCP
 * agreement do not share child records by default (an agreement that does says so with
 * `sharesChildRecords: true`); a data-sharing agreement does.
 *
 * @example
 * ```ts
 * import { agreementTemplates } from "ece-partnerships";
 * agreementTemplates.map((t) => t.id);
 * //=> ["public-preschool-mou", "child-welfare-mou", "ehs-ccp-partnership-agreement", "data-sharing-agreement", "lea-title-i-agreement", "shared-services-agreement"]
 * agreementTemplates[0]?.clauses.filter((c) => c.group === "topic").length; //=> 10
 * agreementTemplates[0]?.clauses[4]?.description;
 * //=> "staff training, including opportunities for joint staff training on topics such as academic content standards, instructional methods, curricula, and social and emotional development"
 * agreementTemplates[0]?.clauses.map((c) => c.missingSeverity).join(" ");
 * //=> "must must must must must must should must must info must"
 * ```
 * @category Agreements
 */
export const agreementTemplates: readonly AgreementTemplate[] = /* @__PURE__ */ (() =>
  defineCatalog<AgreementTemplate>([
    {
      id: "public-preschool-mou",
      kind: "mou",
      short: "public-preschool",
      label: "MOU with the local entity responsible for managing publicly funded preschool",
      description:
        "Enter into a memorandum of understanding ... with the appropriate local entity responsible for managing publicly funded preschool programs in the service area of the Head Start agency (Head Start Act 642(e)(5), as amended by Pub. L. 110-134, 121 Stat. 1404-1405; 45 CFR 1302.53(b)(1)).",
      citation: { source: "45 CFR", section: "1302.53(b)(1)", url: ECFR_1302_53 },
      sharesChildRecords: false,
      clauses: [
        ...topics.map(([id, numeral, words, meta]) =>
          clause(meta.code === mouTopicMissing.code ? "required" : "recommended", meta, [id, `Coordination: ${words.split(",")[0]}`, "verified", act(`(A)(ii)${numeral}`), words], "topic"),
        ),
        clause("required", mouReviewProvisionMissing, ["review-of-activities", "Review of each coordination activity", "verified", act("(A)(i)"), "provide for a review of each of the activities described in clause (ii)"]),
      ],
      review: { cadence: "biennial-school-year", statutory: true, overdueSeverity: "must", citation: act("(C)") },
      submission: { to: ["secretary", "state-collaboration-director"], via: { secretary: ["regional-office"] }, withinDays: 30, citation: act("(B)") },
    },
    {
      id: "child-welfare-mou",
      kind: "mou",
      short: "child-welfare",
      label: "MOU with the child welfare agency",
      description:
        "Establish a formal Memorandum of Understanding (MOU) between the Head Start and Early Head Start program and the child welfare agency. Ensure that the MOU addresses collaboration to benefit individual families as well as policy issues across the two systems.",
      citation: cw("Opportunities for Action: Program Leadership"),
      sharesChildRecords: false,
      clauses: [
        childWelfare.required(["individual-families", "Collaboration to benefit individual families", "verified", cw("Opportunities for Action: Program Leadership")]),
        childWelfare.required(["policy-issues", "Policy issues across the two systems", "verified", cw("Opportunities for Action: Program Leadership")]),
        childWelfare.recommended(["point-persons", "Point persons in both agencies for referrals, services, questions and problems", "verified", cw("Opportunities for Action: Family Partnerships")]),
        childWelfare.recommended(["information-sharing-with-permission", "Information sharing with parent permission", "verified", cw("Step 6")]),
        childWelfare.recommended(["privacy-confidentiality", "Families' privacy and confidentiality across partners", "verified", cw("Step 6")]),
        childWelfare.recommended(["mandated-reporting", "Mandated reporting roles and protocol", "verified", cw("Opportunities for Action: Professional Development")]),
        childWelfare.recommended(["joint-training", "Joint training for program and child welfare staff", "verified", cw("Opportunities for Action: Professional Development")]),
        childWelfare.recommended(["case-planning-family-meetings", "Participation in case planning and family meetings", "verified", cw("Opportunities for Action: Family Partnerships")]),
        childWelfare.recommended(["parental-visits", "Programs as safe locations for parental visits", "verified", cw("Partnership Possibility 2")]),
        childWelfare.recommended(["governance-cross-membership", "Leaders, including family members, on each other's governance groups", "verified", cw("Opportunities for Action: Program Leadership")]),
        childWelfare.recommended(["purpose-authority", "Purpose and legal authority", "secondary", PRACTICE]),
        childWelfare.recommended(["referral-procedures", "Referral procedures in both directions", "secondary", PRACTICE]),
        childWelfare.recommended(["enrollment-priority", "Enrollment priority for children in foster care and child-welfare-involved families", "secondary", PRACTICE]),
        childWelfare.recommended(["eligibility-documentation", "Eligibility documentation for children in foster care", "secondary", PRACTICE]),
        childWelfare.recommended(["continuity-of-enrollment", "Continuity of enrollment across placement changes", "secondary", PRACTICE]),
        childWelfare.recommended(["shared-data-outcomes", "Shared data and outcomes", "secondary", PRACTICE]),
        childWelfare.recommended(["dispute-resolution", "Dispute resolution", "secondary", PRACTICE]),
        childWelfare.recommended(["term-review-termination", "Term, review, renewal and termination", "secondary", PRACTICE]),
      ],
    },
    {
      id: "ehs-ccp-partnership-agreement",
      kind: "ehs-ccp-partnership-agreement",
      short: "ehs-ccp",
      label: "Early Head Start-Child Care Partnership agreement",
      description:
        "Partnership agreements should include roles and responsibilities of partners to comply with the Head Start Program Performance Standards, the number of children and families to be served, a statement of each party's rights, and the training and professional development the grantee will provide, among other topics.",
      citation: DEVELOPING_PARTNERSHIP_AGREEMENTS,
      sharesChildRecords: false,
      clauses: [
        ehsCcp.required(["roles-responsibilities", "Roles and responsibilities of partners to comply with the Head Start Program Performance Standards", "excerpt", DEVELOPING_PARTNERSHIP_AGREEMENTS]),
        ehsCcp.required(["children-families-served", "The number of children and families to be served", "excerpt", DEVELOPING_PARTNERSHIP_AGREEMENTS]),
        ehsCcp.required(["rights-of-each-party", "A statement of each party's rights", "excerpt", DEVELOPING_PARTNERSHIP_AGREEMENTS]),
        ehsCcp.required(["training-professional-development", "The training and professional development the grant recipient will provide", "excerpt", DEVELOPING_PARTNERSHIP_AGREEMENTS]),
        ehsCcp.recommended(["term-amendment-termination", "Term, amendment, renewal and termination", "unverified", QUILT("General Information")]),
        ehsCcp.recommended(["payment-layered-funding", "Payment and layered funding without supplanting the partner's existing funds", "secondary", { source: "Layering Funding (Office of Child Care, 2016)" }]),
        ehsCcp.recommended(["ratios-group-sizes", "Ratios and group sizes", "excerpt", cfr("1302.21(b)(2)")]),
        ehsCcp.recommended(["records-privacy", "Child records privacy", "unverified", cfr("part 1303 subpart C")]),
        ehsCcp.recommended(["monitoring-oversight", "Monitoring and oversight", "unverified", QUILT("Systems: Oversight")]),
        ehsCcp.recommended(["dispute-resolution", "Dispute and conflict resolution", "unverified", QUILT("General Information")]),
      ],
    },
    {
      id: "data-sharing-agreement",
      kind: "data-sharing-agreement",
      short: "data-sharing",
      label: "Data-sharing agreement for child records",
      description: "A written agreement for disclosing personally identifiable information from child records, with its basis under 45 CFR part 1303 subpart C.",
      citation: cfr("part 1303 subpart C"),
      sharesChildRecords: true,
      clauses: [
        dataSharing.required(["purpose", "Why the records are disclosed", "excerpt", cfr("1303.22(a)(2)"), "A parent's consent states why (1303.22(a)(2)); the agreement states it too."]),
        dataSharing.required(["records-specified", "Which child records may be disclosed", "excerpt", cfr("1303.22(a)(2)"), "A parent's consent states which records (1303.22(a)(2)); the agreement states it too."]),
        dataSharing.required(["recipients", "To whom (a party or class of parties)", "excerpt", cfr("1303.22(a)(2)"), "A parent's consent states to whom (1303.22(a)(2)); the agreement states it too."]),
        dataSharing.required(["legal-basis", "Legal basis: written parental consent, or a named disclosure without consent", "excerpt", cfr("1303.22(a), (c)")]),
        dataSharing.recommended(["redisclosure-limits", "Limits on redisclosure", "unverified", cfr("1303.22")]),
        dataSharing.recommended(["security", "Security of the records", "unverified", cfr("1303.24")]),
        dataSharing.recommended(["destruction", "Destruction when no longer needed", "excerpt", cfr("1303.24(a)")]),
        dataSharing.recommended(["annual-review", "Annual review of the written agreement", "unverified", cfr("1303.22")]),
        dataSharing.recommended(["parents-right-to-review", "Parents' right to review the agreement", "unverified", cfr("1303.23")]),
      ],
      review: { cadence: "annual", statutory: false, overdueSeverity: "should", citation: cfr("1303.22 (annual review of written agreements with third parties; paragraph unverified)") },
    },
    {
      id: "lea-title-i-agreement",
      kind: "joint-agreement",
      short: "lea-title-i",
      label: "Agreement with the local educational agency under Title I (ESEA section 1119)",
      description:
        "Each local educational agency receiving assistance under this part shall carry out the activities described with Head Start agencies and, if feasible, other entities carrying out early childhood development programs. Each local educational agency shall develop agreements with such Head Start agencies and other entities to carry out such activities.",
      citation: essa1119("(a)"),
      sharesChildRecords: false,
      clauses: [
        leaTitleI.required(["records-transfer", "Receiving children's records, transferred with parental consent", "excerpt", essa1119("(b)(1)"), "developing and implementing a systematic procedure for receiving records regarding such children, transferred with parental consent from a Head Start program or, where applicable, another early childhood development program"]),
        leaTitleI.required(["channels-of-communication", "Channels of communication between school and Head Start staff", "excerpt", essa1119("(b)(2)"), "establishing channels of communication between school staff and their counterparts (including teachers, social workers, and health staff) in such Head Start agencies or other entities carrying out early childhood development programs, as appropriate, to facilitate coordination of programs"]),
        leaTitleI.required(["parent-teacher-meetings", "Meetings of parents and teachers on each child's needs", "excerpt", essa1119("(b)(3)"), "conducting meetings involving parents, kindergarten or elementary school teachers, and Head Start teachers or, if appropriate, teachers from other early childhood development programs, to discuss the developmental and other needs of individual children"]),
        leaTitleI.required(["joint-transition-training", "Joint transition-related training", "excerpt", essa1119("(b)(4)"), "organizing and participating in joint transition-related training of school staff, Head Start program staff, and, where appropriate, other early childhood development program staff"]),
        leaTitleI.required(["linked-services", "Linking the district's educational services with Head Start's", "excerpt", essa1119("(b)(5)"), "linking the educational services provided by such local educational agency with the services provided by local Head Start agencies"]),
        leaTitleI.recommended(["homeless-liaison", "The district's McKinney-Vento liaison and children experiencing homelessness", "secondary", { source: "Coordination Guidance for Integrating Homelessness into Working Agreements and MOUs between Head Start Grantees and Local Educational Agencies (SchoolHouse Connection)" }]),
        leaTitleI.recommended(["review-renewal", "Review and renewal of the agreement", "unverified", QUILT("General Information")]),
      ],
    },
    {
      id: "shared-services-agreement",
      kind: "shared-services-agreement",
      short: "shared-services",
      label: "Shared-services alliance agreement",
      description:
        'What alliances of early care and education programs have in common: "Reduced or shared costs through joint purchasing, bulk buying, staff sharing, centralized administration, or some combination of these" and "Shared capacity-building in program, administration, or both, through use of common tools and systems, shared mentoring and supervision, and/or collaborative improvement processes".',
      citation: SHARED_SERVICES_ECQA,
      sharesChildRecords: false,
      clauses: [
        sharedServices.required(["functions-shared", "Functions shared through the alliance", "excerpt", SHARED_SERVICES_ECQA]),
        sharedServices.required(["cost-sharing-method", "How costs are shared", "excerpt", SHARED_SERVICES_ECQA]),
        sharedServices.recommended(["governance", "Collaborative governance structure", "excerpt", { source: "Shared Services FAQ (Opportunities Exchange)" }]),
        sharedServices.recommended(["hub", "The hub that provides the shared services, and its fees", "excerpt", { source: "Shared Services FAQ (Opportunities Exchange)" }]),
      ],
    },
  ]))();

/**
 * Finds a template by id.
 *
 * @example
 * ```ts
 * import { findTemplate } from "ece-partnerships";
 * findTemplate("child-welfare-mou")?.short; //=> "child-welfare"
 * findTemplate("nope"); //=> undefined
 * ```
 * @category Agreements
 */
export function findTemplate(id: string): AgreementTemplate | undefined {
  // A map made once: every agreement of a national file looks up its template, and searching the
  // frozen catalog is V8's slow path (see deepFreeze).
  return (templatesById ??= indexById(agreementTemplates)).get(id);
}

let templatesById: Map<string, AgreementTemplate> | undefined;
