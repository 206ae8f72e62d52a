import { defineCatalog, type CatalogItem, type Citation, type Severity } from "../core/index.js";

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
 * One clause of a template: whether it is `required` or `recommended`, the severity of a finding
 * when it is missing, and its citation. `verification` says how far its source was checked
 * ([verified], [excerpt], [secondary] or [unverified]); unverified ones are never `required`.
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
  /** Severity of the finding when the clause is missing. */
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
  /** Review or renewal rule, with the severity of an overdue finding. */
  readonly review?: { readonly cadence: ReviewCadence; readonly overdueSeverity: Severity; readonly citation: Citation };
  /** Submission rule: to whom, within how many days of the parties entering the agreement. */
  readonly submission?: { readonly to: readonly SubmissionRecipient[]; readonly withinDays: number; readonly citation: Citation };
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

const act = (section: string): Citation => ({ source: "Head Start Act", section: `642(e)(5)${section}`, url: "https://www.law.cornell.edu/uscode/text/42/9837" });
const SEED_001: Citation = { source: "ECLKC: Strategies for Partnering with Child Welfare Agencies" };
const cfr = (section: string): Citation => ({ source: "45 CFR", section });

type ClauseRow = [id: string, label: string, requirement: "required" | "recommended", severity: Severity, verification: TemplateClause["verification"], citation: Citation, description?: string];

const clause = ([id, label, requirement, missingSeverity, verification, citation, description]: ClauseRow, group?: "topic"): TemplateClause => ({
  id,
  label,
  requirement,
  missingSeverity,
  verification,
  citation,
  ...(description ? { description } : {}),
  ...(group ? { group } : {}),
});

const topics: [string, string, string][] = [
  ["educational-activities", "(I)", "educational activities, curricular objectives, and instruction"],
  ["public-information-access", "(II)", "public information dissemination and access to programs for families contacting the Head Start program or any of the preschool programs"],
  ["selection-priorities", "(III)", "selection priorities for eligible children to be served by programs"],
  ["service-areas", "(IV)", "service areas"],
  [
    "staff-training",
    "(V)",
    "staff training, including opportunities for joint staff training on topics such as academic content standards, instructional methods, curricula, and social and emotional development",
  ],
  ["technical-assistance", "(VI)", "program technical assistance"],
  ["working-parents-services", "(VII)", "provision of additional services to meet the needs of working parents, as applicable"],
  ["kindergarten-transitions", "(VIII)", "communications and parent outreach for smooth transitions to kindergarten as required in paragraphs (3) and (6) of section 642A(a)"],
  ["facilities-transportation", "(IX)", "provision and use of facilities, transportation, and other program elements"],
  ["other-elements", "(X)", "other elements mutually agreed to by the parties to such memorandum"],
];

/**
 * The agreement templates, each clause with its requirement and citation:
 *
 * - `public-preschool-mou` (Head Start Act 642(e)(5), 45 CFR 1302.53(b)(1)): the ten coordination
 *   topics (I)-(X) in the statute's words and the review provision of (A)(i), all required; submission
 *   to the Secretary and the State Director of Head Start Collaboration within 30 days (B); biennial
 *   renewal aligned with the beginning of the school year (C). The two exemptions of (B)(i)-(ii)
 *   are recorded with {@link MouExemptionSchema}.
 * - `child-welfare-mou` (seed 001): "individual families as well as policy issues across the two
 *   systems" required (the seed says "Ensure that the MOU addresses" both); everything else,
 *   including the practice synthesis of typical elements [secondary], recommended.
 * - `ehs-ccp-partnership-agreement`: the four elements ECLKC's "Developing Partnership Agreements"
 *   names [excerpt] required; term, payment and layered funding without supplanting, ratios and
 *   group sizes, records privacy, monitoring and dispute resolution recommended [unverified as requirements].
 * - `data-sharing-agreement` (45 CFR 1303 subpart C): purpose, records, recipients and legal basis
 *   required (the consent contents of 1303.22(a)(2) [excerpt]); redisclosure limits, security,
 *   destruction (1303.24(a) [excerpt]), annual review and parents' right to see the agreement
 *   recommended (1303.22-1303.23 paragraphing [unverified]).
 * - `shared-services-agreement` (seed 004): functions shared and cost-sharing method required; governance and hub recommended.
 *
 * @example
 * ```ts
 * import { agreementTemplates } from "ece-partnerships";
 * agreementTemplates.map((t) => t.id);
 * //=> ["public-preschool-mou", "child-welfare-mou", "ehs-ccp-partnership-agreement", "data-sharing-agreement", "shared-services-agreement"]
 * agreementTemplates[0]?.clauses.filter((c) => c.group === "topic").length; //=> 10
 * agreementTemplates[0]?.clauses[4]?.description;
 * //=> "staff training, including opportunities for joint staff training on topics such as academic content standards, instructional methods, curricula, and social and emotional development"
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
      citation: cfr("1302.53(b)(1)"),
      sharesChildRecords: false,
      clauses: [
        ...topics.map(([id, numeral, words]) =>
          clause([id, `Coordination: ${words.split(",")[0]}`, "required", "must", "verified", act(`(A)(ii)${numeral}`), words], "topic"),
        ),
        clause(["review-of-activities", "Review of each coordination activity", "required", "must", "verified", act("(A)(i)"), "provide for a review of each of the activities described in clause (ii)"]),
      ],
      review: { cadence: "biennial-school-year", overdueSeverity: "must", citation: act("(C)") },
      submission: { to: ["secretary", "state-collaboration-director"], withinDays: 30, citation: act("(B)") },
    },
    {
      id: "child-welfare-mou",
      kind: "mou",
      short: "child-welfare",
      label: "MOU with the child welfare agency",
      description:
        "Establish a formal Memorandum of Understanding (MOU) between the Head Start and Early Head Start program and the child welfare agency. Ensure that the MOU addresses collaboration to benefit individual families as well as policy issues across the two systems.",
      citation: { ...SEED_001, section: "Opportunities for Action: Program Leadership" },
      sharesChildRecords: true,
      clauses: [
        clause(["individual-families", "Collaboration to benefit individual families", "required", "should", "verified", { ...SEED_001, section: "Opportunities for Action: Program Leadership" }]),
        clause(["policy-issues", "Policy issues across the two systems", "required", "should", "verified", { ...SEED_001, section: "Opportunities for Action: Program Leadership" }]),
        clause(["point-persons", "Point persons in both agencies for referrals, services, questions and problems", "recommended", "info", "verified", { ...SEED_001, section: "Opportunities for Action: Family Partnerships" }]),
        clause(["information-sharing-with-permission", "Information sharing with parent permission", "recommended", "info", "verified", { ...SEED_001, section: "Step 6" }]),
        clause(["privacy-confidentiality", "Families' privacy and confidentiality across partners", "recommended", "info", "verified", { ...SEED_001, section: "Step 6" }]),
        clause(["mandated-reporting", "Mandated reporting roles and protocol", "recommended", "info", "verified", { ...SEED_001, section: "Opportunities for Action: Professional Development" }]),
        clause(["joint-training", "Joint training for program and child welfare staff", "recommended", "info", "verified", { ...SEED_001, section: "Opportunities for Action: Professional Development" }]),
        clause(["case-planning-family-meetings", "Participation in case planning and family meetings", "recommended", "info", "verified", { ...SEED_001, section: "Opportunities for Action: Family Partnerships" }]),
        clause(["parental-visits", "Programs as safe locations for parental visits", "recommended", "info", "verified", { ...SEED_001, section: "Partnership Possibility 2" }]),
        clause(["governance-cross-membership", "Leaders, including family members, on each other's governance groups", "recommended", "info", "verified", { ...SEED_001, section: "Opportunities for Action: Program Leadership" }]),
        clause(["purpose-authority", "Purpose and legal authority", "recommended", "info", "secondary", { source: "Practice synthesis of child welfare MOUs" }]),
        clause(["referral-procedures", "Referral procedures in both directions", "recommended", "info", "secondary", { source: "Practice synthesis of child welfare MOUs" }]),
        clause(["enrollment-priority", "Enrollment priority for children in foster care and child-welfare-involved families", "recommended", "info", "secondary", { source: "Practice synthesis of child welfare MOUs" }]),
        clause(["eligibility-documentation", "Eligibility documentation for children in foster care", "recommended", "info", "secondary", { source: "Practice synthesis of child welfare MOUs" }]),
        clause(["continuity-of-enrollment", "Continuity of enrollment across placement changes", "recommended", "info", "secondary", { source: "Practice synthesis of child welfare MOUs" }]),
        clause(["shared-data-outcomes", "Shared data and outcomes", "recommended", "info", "secondary", { source: "Practice synthesis of child welfare MOUs" }]),
        clause(["dispute-resolution", "Dispute resolution", "recommended", "info", "secondary", { source: "Practice synthesis of child welfare MOUs" }]),
        clause(["term-review-termination", "Term, review, renewal and termination", "recommended", "info", "secondary", { source: "Practice synthesis of child welfare MOUs" }]),
      ],
    },
    {
      id: "ehs-ccp-partnership-agreement",
      kind: "ehs-ccp-partnership-agreement",
      short: "ehs-ccp",
      label: "Early Head Start-Child Care Partnership agreement",
      description:
        "Partnership agreements should include roles and responsibilities of partners to comply with the Head Start Program Performance Standards, the number of children and families to be served, a statement of each party's rights, and the training and professional development the grantee will provide, among other topics.",
      citation: { source: "ECLKC: Developing Partnership Agreements", url: "https://eclkc.ohs.acf.hhs.gov/publication/developing-partnership-agreements" },
      sharesChildRecords: true,
      clauses: [
        clause(["roles-responsibilities", "Roles and responsibilities of partners to comply with the Head Start Program Performance Standards", "required", "should", "excerpt", { source: "ECLKC: Developing Partnership Agreements" }]),
        clause(["children-families-served", "The number of children and families to be served", "required", "should", "excerpt", { source: "ECLKC: Developing Partnership Agreements" }]),
        clause(["rights-of-each-party", "A statement of each party's rights", "required", "should", "excerpt", { source: "ECLKC: Developing Partnership Agreements" }]),
        clause(["training-professional-development", "The training and professional development the grant recipient will provide", "required", "should", "excerpt", { source: "ECLKC: Developing Partnership Agreements" }]),
        clause(["term-amendment-termination", "Term, amendment, renewal and termination", "recommended", "info", "unverified", { source: "QUILT: A Checklist for Developing a Partnership Agreement/Contract", section: "General Information" }]),
        clause(["payment-layered-funding", "Payment and layered funding without supplanting the partner's existing funds", "recommended", "info", "secondary", { source: "OCC: Layering Funding (2016); OHS layered-funding model" }]),
        clause(["ratios-group-sizes", "Ratios and group sizes", "recommended", "info", "excerpt", cfr("1302.21(b)(2); 1302.23(b)")]),
        clause(["records-privacy", "Child records privacy", "recommended", "info", "unverified", cfr("part 1303 subpart C")]),
        clause(["monitoring-oversight", "Monitoring and oversight", "recommended", "info", "unverified", { source: "QUILT: A Checklist for Developing a Partnership Agreement/Contract", section: "Systems: Oversight" }]),
        clause(["dispute-resolution", "Dispute and conflict resolution", "recommended", "info", "unverified", { source: "QUILT: A Checklist for Developing a Partnership Agreement/Contract", section: "General Information" }]),
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
        clause(["purpose", "Why the records are disclosed", "required", "must", "excerpt", cfr("1303.22(a)(2)")]),
        clause(["records-specified", "Which child records may be disclosed", "required", "must", "excerpt", cfr("1303.22(a)(2)")]),
        clause(["recipients", "To whom (a party or class of parties)", "required", "must", "excerpt", cfr("1303.22(a)(2)")]),
        clause(["legal-basis", "Legal basis: written parental consent, or a named disclosure without consent", "required", "must", "excerpt", cfr("1303.22")]),
        clause(["redisclosure-limits", "Limits on redisclosure", "recommended", "should", "unverified", cfr("1303.22")]),
        clause(["security", "Security of the records", "recommended", "should", "unverified", cfr("1303.24")]),
        clause(["destruction", "Destruction when no longer needed", "recommended", "should", "excerpt", cfr("1303.24(a)")]),
        clause(["annual-review", "Annual review of the written agreement", "recommended", "should", "unverified", cfr("1303.22")]),
        clause(["parents-right-to-review", "Parents' right to review the agreement", "recommended", "should", "unverified", cfr("1303.23")]),
      ],
      review: { cadence: "annual", overdueSeverity: "should", citation: cfr("1303.22 (annual review of written agreements with third parties [unverified paragraph])") },
    },
    {
      id: "shared-services-agreement",
      kind: "shared-services-agreement",
      short: "shared-services",
      label: "Shared-services alliance agreement",
      description:
        "Reduced or shared costs through joint purchasing, bulk buying, staff sharing, centralized administration, or some combination of these; shared capacity-building through common tools and systems, shared mentoring and supervision, and/or collaborative improvement processes.",
      citation: { source: "ECQA Center: Shared Services to Build and Sustain Quality (2018)" },
      sharesChildRecords: false,
      clauses: [
        clause(["functions-shared", "Functions shared through the alliance", "required", "should", "verified", { source: "ECQA Center: Shared Services to Build and Sustain Quality (2018)" }]),
        clause(["cost-sharing-method", "How costs are shared", "required", "should", "verified", { source: "ECQA Center: Shared Services to Build and Sustain Quality (2018)" }]),
        clause(["governance", "Collaborative governance structure", "recommended", "info", "excerpt", { source: "Opportunities Exchange: Shared Services FAQ" }]),
        clause(["hub", "The hub that provides the shared services, and its fees", "recommended", "info", "excerpt", { source: "Opportunities Exchange: Shared Services FAQ" }]),
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
  return agreementTemplates.find((t) => t.id === id);
}
