import { deepFreeze } from "../core/index.js";
import { costCategories, type CostCategory, type FundingStream } from "./stream.js";

/** Every cost category (the catalog freezes it with the streams that share it). */
const ALL = costCategories as readonly CostCategory[] as CostCategory[];

const HEAD_START_MATCH = {
  rate: 0.2,
  basis: "total-cost" as const,
  note: "Federal assistance may not exceed 80 percent of approved costs, so the non-federal share is 20 percent of the total, i.e. 25 percent of the federal amount; cash or in kind; the responsible HHS official may waive all or part.",
  citation: { source: "Head Start Act 640(b) (42 U.S.C. 9835(b)); 45 CFR", section: "1303.4" },
  verification: "verified" as const,
};

const CCDBG = (section: string) => ({ source: "42 U.S.C.", section });

/** The CCDF set-asides and caps, each with its period. */
const CCDF_FACTS: FundingStream["facts"] = /* @__PURE__ */ (() => ([
  { id: "quality-set-aside", label: "Minimum share of CCDF spent on quality activities", value: 0.07, from: "2015-10-01", to: "2017-09-30", citation: CCDBG("9858e(a)(2)(A)"), verification: "verified" },
  { id: "quality-set-aside", label: "Minimum share of CCDF spent on quality activities", value: 0.08, from: "2017-10-01", to: "2019-09-30", citation: CCDBG("9858e(a)(2)(A)"), verification: "verified" },
  { id: "quality-set-aside", label: "Minimum share of CCDF spent on quality activities", value: 0.09, from: "2019-10-01", citation: CCDBG("9858e(a)(2)(A)"), verification: "verified" },
  { id: "infant-toddler-set-aside", label: "Additional minimum share for infant and toddler quality", value: 0.03, from: "2016-10-01", citation: CCDBG("9858e(a)(2)(B)"), verification: "verified" },
  { id: "administration-cap", label: "Maximum share of CCDF spent on administration", value: 0.05, citation: CCDBG("9858c(c)(3)(C)"), verification: "verified" },
  { id: "direct-services-minimum", label: "Minimum share of the remaining funds spent on direct services", value: 0.7, citation: CCDBG("9858c(c)(3)(E)"), verification: "verified" },
]))();

const HS_ELIGIBILITY =
  "Family income at or below the poverty line, public assistance (including TANF child-only payments), homelessness or foster care (45 CFR 1302.12(c)(1)), with limited over-income enrollment (42 U.S.C. 9840(a)(1)(B)).";

/**
 * The catalog of funding streams for early-childhood partnerships, each with level, award
 * mechanism, appropriation, administering agency, allowable cost categories, eligibility, match,
 * time limit, reporting burden and citation. Verification marks follow the project's reference:
 * the Head Start match (Act 640(b), 45 CFR 1303.4), the CCDF quality and administration rules,
 * the TANF transfer limit and the Title IV-E prevention rates are verified. Facts that change over
 * time are dated facts of their stream (`facts`, see {@link factOn}): the CCDF set-asides by fiscal
 * year, the Title IV-E prevention federal share (50% through Sept. 30, 2026, then the FMAP: the
 * funding does not end), the CCDF co-payment cap (in force Apr. 30, 2024 to July 12, 2026,
 * rescinded by 91 FR 25796), the ARP waiver of the CCDF state match. ARP Head Start money is a
 * supplement to the grant, matched like it, with its obligation deadline of Mar. 31, 2023. T.E.A.C.H.
 * and WAGE$ have `fundingOrigin: "varies"`: they count toward a match only when the source says its
 * money is not federal. The PDG B-5 30% match,
 * the Title IV-B 25% share, CCDF matching at FMAP and the allowable-category lists are modelling
 * judgments marked `unverified` or `secondary`, and the analysis never turns them into `must` findings.
 *
 * @example
 * ```ts
 * import { fundingStreams } from "ece-partnerships";
 * fundingStreams.length; //=> 26
 * fundingStreams.find((s) => s.id === "arp-ccdf-supplemental")?.timeLimit?.endsOn; //=> "2024-09-30"
 * fundingStreams.find((s) => s.id === "title-iv-e-prevention")?.timeLimit; //=> undefined
 * fundingStreams.filter((s) => s.level === "private").map((s) => s.id);
 * //=> ["private-philanthropy", "corporate", "parent-fees", "teach-scholarships", "child-care-wages"]
 * ```
 * @category Funding
 */
export const fundingStreams: readonly FundingStream[] = /* @__PURE__ */ (() =>
  deepFreeze<FundingStream[]>([
    {
      id: "head-start-preschool",
      label: "Head Start Preschool",
      level: "federal",
      awardMechanism: "competitive",
      appropriation: "discretionary",
      administeringAgency: "HHS Administration for Children and Families, Office of Head Start",
      allowableCategories: ALL,
      eligibilityNotes: HS_ELIGIBILITY,
      match: HEAD_START_MATCH,
      reportingBurden: "high",
      categorical: true,
      citation: { source: "Head Start Act", section: "42 U.S.C. 9831 et seq." },
      verification: "verified",
    },
    {
      id: "early-head-start",
      label: "Early Head Start",
      level: "federal",
      awardMechanism: "competitive",
      appropriation: "discretionary",
      administeringAgency: "HHS Administration for Children and Families, Office of Head Start",
      allowableCategories: ALL,
      eligibilityNotes: `Pregnant women and children under 3. ${HS_ELIGIBILITY}`,
      match: HEAD_START_MATCH,
      reportingBurden: "high",
      categorical: true,
      citation: { source: "Head Start Act", section: "645A (42 U.S.C. 9840a)" },
      verification: "verified",
    },
    {
      id: "ehs-ccp",
      label: "Early Head Start-Child Care Partnerships",
      description: "EHS funds layered on child care subsidy in partner centers and family child care homes: program-level comprehensive services and child-specific services, without supplanting the partner's existing funds.",
      level: "federal",
      awardMechanism: "competitive",
      appropriation: "discretionary",
      administeringAgency: "HHS Administration for Children and Families, Office of Head Start",
      allowableCategories: ALL,
      eligibilityNotes: "Infants and toddlers eligible for Early Head Start in licensed child care partners; FY2014 grantees ensure at least 25% of enrollment is subsidy-supported (OCC Layering Funding, 2016 [excerpt]).",
      match: HEAD_START_MATCH,
      reportingBurden: "high",
      categorical: true,
      citation: { source: "ACF-IM-HS-15-03; OCC Layering Funding (2016)" },
      verification: "excerpt",
    },
    {
      id: "ccdf-discretionary",
      label: "CCDF Discretionary (CCDBG)",
      level: "federal",
      awardMechanism: "formula-block",
      appropriation: "discretionary",
      administeringAgency: "HHS ACF Office of Child Care, through the state CCDF lead agency",
      allowableCategories: ["direct-services", "quality-ta", "workforce-pd", "data-systems", "coordination", "administration"],
      eligibilityNotes:
        "An eligible child is under 13, with family income not above 85% of state median income and family assets not above $1,000,000, and either lives with parents who work or attend job training or education, or receives or needs to receive protective services (42 U.S.C. 9858n(4)); the protective-services route is the one child welfare partnerships use. 85% of state median income is the federal ceiling: states set their own, often lower, limits. Quality set-aside, infant and toddler set-aside, administration cap and direct-services share are in the stream's dated facts (42 U.S.C. 9858c(c)(3), 9858e(a)).",
      reportingBurden: "medium",
      categorical: true,
      facts: CCDF_FACTS,
      citation: { source: "42 U.S.C.", section: "9858c(c)(3), 9858e(a), 9858n(4)" },
      verification: "verified",
    },
    {
      id: "ccdf-mandatory",
      label: "CCDF Mandatory",
      level: "federal",
      awardMechanism: "formula-block",
      appropriation: "mandatory",
      administeringAgency: "HHS ACF Office of Child Care, through the state CCDF lead agency",
      allowableCategories: ["direct-services", "quality-ta", "workforce-pd", "data-systems", "coordination", "administration"],
      eligibilityNotes: "Subject to the CCDBG Act's requirements; at least 70% of Social Security Act section 418 funds serve families receiving TANF, transitioning off it, or at risk of needing it (42 U.S.C. 618(b)(2), (c)).",
      reportingBurden: "medium",
      categorical: true,
      citation: { source: "42 U.S.C.", section: "618" },
      verification: "verified",
    },
    {
      id: "ccdf-matching",
      label: "CCDF Matching",
      level: "federal",
      awardMechanism: "formula-block",
      appropriation: "mandatory",
      administeringAgency: "HHS ACF Office of Child Care, through the state CCDF lead agency",
      allowableCategories: ["direct-services", "quality-ta", "workforce-pd", "data-systems", "coordination", "administration"],
      eligibilityNotes: "Paid at the federal medical assistance percentage on state spending above maintenance of effort [unverified]; the state's own share is entered as a state source.",
      reportingBurden: "medium",
      categorical: true,
      facts: [
        {
          id: "state-match-waived",
          label: "State match for CCDF Matching funds waived under the American Rescue Plan",
          value: "waived",
          from: "2020-10-01",
          to: "2022-09-30",
          note: "Fiscal years 2021 and 2022; whether it covered all matching funds or only the increase is unconfirmed.",
          citation: { source: "American Rescue Plan Act (Pub. L. 117-2)", section: "9801" },
          verification: "secondary",
        },
      ],
      citation: { source: "42 U.S.C.", section: "618(a)" },
      verification: "unverified",
    },
    {
      id: "tanf",
      label: "Temporary Assistance for Needy Families",
      level: "federal",
      awardMechanism: "formula-block",
      appropriation: "mandatory",
      administeringAgency: "HHS ACF Office of Family Assistance, through the state TANF agency",
      allowableCategories: ["direct-services", "family-support", "workforce-pd", "administration"],
      eligibilityNotes: "Needy families with children as the state defines; a state may transfer up to 30% of its grant to CCDF and the Social Services Block Grant combined (42 U.S.C. 604(d)).",
      reportingBurden: "medium",
      categorical: true,
      citation: { source: "Social Security Act title IV-A", section: "42 U.S.C. 601 et seq." },
      verification: "verified",
    },
    {
      id: "tanf-transfer-ccdf",
      label: "TANF funds transferred to CCDF",
      description: "TANF funds a state transferred to CCDF; they follow the CCDBG Act's rules, not TANF's (42 U.S.C. 604(d)(3)(A)).",
      level: "federal",
      awardMechanism: "formula-block",
      appropriation: "mandatory",
      administeringAgency: "State CCDF lead agency",
      allowableCategories: ["direct-services", "quality-ta", "workforce-pd", "data-systems", "coordination", "administration"],
      eligibilityNotes: "CCDF eligibility; the transfer with any SSBG transfer may not exceed 30% of the state's TANF grant.",
      reportingBurden: "medium",
      categorical: true,
      citation: { source: "42 U.S.C.", section: "604(d)" },
      verification: "verified",
    },
    {
      id: "wioa",
      label: "Workforce Innovation and Opportunity Act",
      level: "federal",
      awardMechanism: "formula-block",
      appropriation: "discretionary",
      administeringAgency: "US Department of Labor, through state and local workforce boards",
      allowableCategories: ["workforce-pd", "family-support", "administration"],
      eligibilityNotes: "Adults, dislocated workers and youth in training; supportive services can include child care for participants (29 U.S.C. 3102(59) [unverified]).",
      reportingBurden: "high",
      categorical: true,
      citation: { source: "29 U.S.C.", section: "3101 et seq." },
      verification: "secondary",
    },
    {
      id: "pdg-b5",
      label: "Preschool Development Grant Birth through Five",
      level: "federal",
      awardMechanism: "competitive",
      appropriation: "discretionary",
      administeringAgency: "HHS ACF with the US Department of Education (ALN 93.434)",
      allowableCategories: ["coordination", "data-systems", "quality-ta", "workforce-pd", "administration", "direct-services"],
      eligibilityNotes: "States: needs assessment, strategic plan, parental choice, sharing best practices, quality improvement in a mixed delivery system (ESSA 9212).",
      match: {
        rate: 0.3,
        basis: "federal-award",
        note: "Commonly a 30% non-federal match of the federal award, cash or in kind [unverified]; confirm in the funding opportunity.",
        citation: { source: "PDG B-5 funding opportunity announcements" },
        verification: "unverified",
      },
      reportingBurden: "high",
      categorical: true,
      citation: { source: "Every Student Succeeds Act", section: "9212 (42 U.S.C. 9831 note)" },
      verification: "excerpt",
    },
    {
      id: "arp-ccdf-supplemental",
      label: "American Rescue Plan CCDF supplemental discretionary funds",
      level: "federal",
      awardMechanism: "formula-block",
      appropriation: "discretionary",
      administeringAgency: "HHS ACF Office of Child Care, through the state CCDF lead agency",
      allowableCategories: ["direct-services", "quality-ta", "workforce-pd", "data-systems", "coordination", "administration", "facilities"],
      timeLimit: { endsOn: "2024-09-30", note: "$14.99 billion; obligate by Sept. 30, 2023, liquidate by Sept. 30, 2024 (ARP 2201; CCDF-ACF-IM-2021-02)." },
      reportingBurden: "medium",
      categorical: true,
      citation: { source: "American Rescue Plan Act (Pub. L. 117-2)", section: "2201" },
      verification: "excerpt",
    },
    {
      id: "arp-stabilization",
      label: "American Rescue Plan Child Care Stabilization grants",
      level: "federal",
      awardMechanism: "formula-block",
      appropriation: "discretionary",
      administeringAgency: "State CCDF lead agency",
      allowableCategories: ["direct-services", "workforce-pd", "facilities", "administration", "family-support"],
      timeLimit: { endsOn: "2023-09-30", note: "$23.975 billion; obligate by Sept. 30, 2022, liquidate by Sept. 30, 2023 (ARP 2202; CCDF-ACF-IM-2021-02)." },
      reportingBurden: "medium",
      categorical: true,
      citation: { source: "American Rescue Plan Act (Pub. L. 117-2)", section: "2202" },
      verification: "excerpt",
    },
    {
      id: "arp-head-start",
      label: "American Rescue Plan Head Start funds",
      description:
        "$1 billion, one-time, added to existing grants: \"All Head Start, Early Head Start, and Early Head Start-Child Care (EHS-CC) Partnership grantees are eligible to receive additional funds proportionally based on funded enrollment levels\" (ACF-PI-HS-21-03). Part of the Head Start grant, so the non-federal match applies unless waived.",
      level: "federal",
      awardMechanism: "supplement",
      appropriation: "discretionary",
      administeringAgency: "HHS ACF Office of Head Start",
      allowableCategories: ALL,
      match: HEAD_START_MATCH,
      timeLimit: {
        endsOn: "2023-03-31",
        note: "\"Under the reporting requirements of the Notice of Awards, grant recipients need to obligate these funds by March 31, 2023\" (ECLKC, Management Minute: Make the Most of COVID-19 Response Funding Opportunities). A recipient with a later date in its own award records it on the source.",
      },
      reportingBurden: "medium",
      categorical: true,
      citation: { source: "ACF-PI-HS-21-03: FY 2021 American Rescue Plan Funding Increase for Head Start Programs", url: "https://eclkc.ohs.acf.hhs.gov/policy/pi/acf-pi-hs-21-03" },
      verification: "excerpt",
    },
    {
      id: "title-iv-b",
      label: "Title IV-B child welfare services and Promoting Safe and Stable Families",
      level: "federal",
      awardMechanism: "formula-block",
      appropriation: "discretionary",
      administeringAgency: "HHS ACF Children's Bureau, through the state child welfare agency",
      allowableCategories: ["family-support", "coordination", "workforce-pd", "administration"],
      eligibilityNotes: "Community-based family support, family preservation, time-limited reunification, adoption promotion and support (42 U.S.C. 629).",
      match: { rate: 0.25, basis: "total-cost", note: "75% federal, 25% non-federal [unverified].", citation: { source: "Social Security Act title IV-B" }, verification: "unverified" },
      reportingBurden: "medium",
      categorical: true,
      citation: { source: "42 U.S.C.", section: "621 et seq., 629" },
      verification: "verified",
    },
    {
      id: "title-iv-e-prevention",
      label: "Title IV-E prevention services (Family First)",
      level: "federal",
      awardMechanism: "entitlement",
      appropriation: "mandatory",
      administeringAgency: "HHS ACF Children's Bureau, through the state child welfare agency",
      allowableCategories: ["family-support", "workforce-pd", "administration"],
      eligibilityNotes: "Candidates for foster care and pregnant or parenting foster youth, with a written prevention plan; mental health, substance abuse and in-home parent skill-based services rated promising, supported or well-supported, each for up to 12 months (42 U.S.C. 671(e)).",
      facts: [
        {
          id: "federal-share",
          label: "Federal share of prevention services",
          value: 0.5,
          from: "2019-10-01",
          to: "2026-09-30",
          note: '"beginning after September 30, 2019, and before October 1, 2026, an amount equal to 50 percent of the total amount expended during the quarter"',
          citation: { source: "42 U.S.C.", section: "674(a)(6)(A)(i)(I)" },
          verification: "verified",
        },
        {
          id: "federal-share",
          label: "Federal share of prevention services",
          value: "fmap",
          from: "2026-10-01",
          note: '"beginning after September 30, 2026, an amount equal to the Federal medical assistance percentage" (70 percent for the District of Columbia); the funding goes on, the rate changes.',
          citation: { source: "42 U.S.C.", section: "674(a)(6)(A)(i)(II)" },
          verification: "verified",
        },
      ],
      reportingBurden: "high",
      categorical: true,
      citation: { source: "42 U.S.C.", section: "671(e), 674(a)(6)" },
      verification: "verified",
    },
    {
      id: "idea-part-b-619",
      label: "IDEA Part B section 619 (preschool special education)",
      level: "federal",
      awardMechanism: "formula-block",
      appropriation: "discretionary",
      administeringAgency: "US Department of Education, Office of Special Education Programs, through the state and LEAs",
      allowableCategories: ["comprehensive-services", "workforce-pd", "administration"],
      eligibilityNotes: "Children 3 to 5 with disabilities.",
      reportingBurden: "high",
      categorical: true,
      citation: { source: "Individuals with Disabilities Education Act", section: "619 (20 U.S.C. 1419)" },
      verification: "unverified",
    },
    {
      id: "idea-part-c",
      label: "IDEA Part C (early intervention)",
      level: "federal",
      awardMechanism: "formula-block",
      appropriation: "discretionary",
      administeringAgency: "State Part C lead agency",
      allowableCategories: ["comprehensive-services", "workforce-pd", "coordination", "administration"],
      eligibilityNotes: "Infants and toddlers with disabilities and their families.",
      reportingBurden: "high",
      categorical: true,
      citation: { source: "Individuals with Disabilities Education Act", section: "Part C (20 U.S.C. 1431 et seq.)" },
      verification: "unverified",
    },
    {
      id: "cacfp",
      label: "Child and Adult Care Food Program",
      level: "federal",
      awardMechanism: "entitlement",
      appropriation: "mandatory",
      administeringAgency: "USDA Food and Nutrition Service, through the state agency",
      allowableCategories: ["comprehensive-services"],
      eligibilityNotes: "Reimbursement for meals and snacks served in eligible child care settings.",
      reportingBurden: "medium",
      categorical: true,
      citation: { source: "42 U.S.C.", section: "1766" },
      verification: "unverified",
    },
    {
      id: "medicaid",
      label: "Medicaid (and EPSDT)",
      level: "federal",
      awardMechanism: "entitlement",
      appropriation: "mandatory",
      administeringAgency: "CMS, through the state Medicaid agency and managed care networks",
      allowableCategories: ["comprehensive-services"],
      eligibilityNotes: "Health services for enrolled children and adults; the state share is entered as a state source.",
      reportingBurden: "high",
      categorical: true,
      citation: { source: "Social Security Act title XIX" },
      verification: "unverified",
    },
    {
      id: "state-preschool",
      label: "State pre-kindergarten",
      level: "state",
      awardMechanism: "formula-block",
      appropriation: "discretionary",
      administeringAgency: "State education or early learning agency",
      allowableCategories: ["direct-services", "comprehensive-services", "quality-ta", "workforce-pd", "administration"],
      eligibilityNotes: "Set by each state.",
      reportingBurden: "medium",
      categorical: false,
      citation: { source: "State law" },
      verification: "unverified",
    },
    {
      id: "local-public",
      label: "County or local public funds",
      level: "local",
      awardMechanism: "competitive",
      appropriation: "discretionary",
      administeringAgency: "County or city government",
      allowableCategories: ALL,
      reportingBurden: "low",
      categorical: false,
      citation: { source: "Local ordinance or budget" },
      verification: "unverified",
    },
    {
      id: "private-philanthropy",
      label: "Private philanthropy",
      level: "private",
      awardMechanism: "philanthropic",
      appropriation: "none",
      administeringAgency: "Foundation",
      allowableCategories: ALL,
      reportingBurden: "low",
      categorical: false,
      citation: { source: "OPRE Report 2022-52 (coordinated services approaches blending private funding)" },
      verification: "secondary",
    },
    {
      id: "corporate",
      label: "Corporate funds",
      level: "private",
      awardMechanism: "philanthropic",
      appropriation: "none",
      administeringAgency: "Business or corporate foundation",
      allowableCategories: ALL,
      reportingBurden: "low",
      categorical: false,
      citation: { source: "OPRE Report 2022-52" },
      verification: "secondary",
    },
    {
      id: "parent-fees",
      label: "Parent fees and tuition",
      level: "private",
      awardMechanism: "fee",
      appropriation: "none",
      administeringAgency: "The provider",
      allowableCategories: ["direct-services", "comprehensive-services", "facilities", "administration"],
      eligibilityNotes: "CCDF family co-payments follow the state's sliding fee scale (42 U.S.C. 9858c(c)(5)); the federal cap on co-payments is a dated fact of this stream.",
      reportingBurden: "low",
      categorical: false,
      facts: [
        {
          id: "copay-cap",
          label: "Federal cap on CCDF family co-payments, as a share of family income",
          value: 0.07,
          from: "2024-04-30",
          to: "2026-07-12",
          note: "Improving Child Care Access, Affordability, and Stability in the CCDF, 89 FR 15366 (Mar. 1, 2024), effective Apr. 30, 2024, with temporary waivers of up to two years.",
          citation: { source: "45 CFR", section: "98.45(l)(3)" },
          verification: "excerpt",
        },
        {
          id: "copay-cap",
          label: "Federal cap on CCDF family co-payments, as a share of family income",
          value: "none",
          from: "2026-07-13",
          note: 'Restoring Flexibility in the CCDF, 91 FR 25796 (May 12, 2026), effective July 13, 2026, "rescinds the requirements to limit family co-payments to 7 percent of family income"; states may still cap co-payments. A resolution of disapproval was introduced; its outcome is not confirmed.',
          citation: { source: "Federal Register", section: "91 FR 25796" },
          verification: "excerpt",
          lastConfirmed: "2026-11-29",
        },
      ],
      citation: { source: "45 CFR", section: "98.45" },
      verification: "excerpt",
    },
    {
      id: "teach-scholarships",
      label: "T.E.A.C.H. Early Childhood scholarships",
      description: "Use Relationships to Support Early Head Start-Child Care Partnerships names it among the funding opportunities CCR&Rs guide partners to.",
      level: "private",
      fundingOrigin: "varies",
      awardMechanism: "individual-award",
      appropriation: "none",
      administeringAgency: "T.E.A.C.H. Early Childhood state programs, housed in nonprofits such as CCR&R networks and AEYC affiliates, often funded with state CCDF quality dollars",
      allowableCategories: ["workforce-pd"],
      eligibilityNotes:
        "Scholarships for early childhood educators toward credentials and degrees, with sponsor release time, a bonus or raise on completion and a commitment to stay with the sponsor (T.E.A.C.H. Early Childhood National Center). Record on the source whether its money is federal (federalFunds): CCDF-funded scholarships are federal and never count as match.",
      reportingBurden: "low",
      categorical: false,
      citation: { source: "T.E.A.C.H. Early Childhood National Center: About", url: "https://teach.nbcdi.org/about" },
      verification: "secondary",
    },
    {
      id: "child-care-wages",
      label: "Child Care WAGE$ salary supplements",
      description: "Use Relationships to Support Early Head Start-Child Care Partnerships names it among the funding opportunities CCR&Rs guide partners to.",
      level: "private",
      fundingOrigin: "varies",
      awardMechanism: "individual-award",
      appropriation: "none",
      administeringAgency: "Child Care WAGE$ state programs, often funded with state CCDF quality dollars",
      allowableCategories: ["workforce-pd"],
      eligibilityNotes: "Education-based salary supplements for early childhood staff. Record on the source whether its money is federal (federalFunds).",
      reportingBurden: "low",
      categorical: false,
      citation: { source: "Use Relationships to Support Early Head Start-Child Care Partnerships (Child Care Aware of America, 2021)" },
      verification: "secondary",
    },
  ]))() as readonly FundingStream[];

/**
 * Stream ids renamed to match the organization kind of the same name, by their old id: a funding
 * source may still use the old id (it is read as the new one, and a `funding.stream.deprecated-id`
 * note says so) until the next major version.
 *
 * @example
 * ```ts
 * import { fundingStreamAliases } from "ece-partnerships";
 * fundingStreamAliases["head-start"]; //=> "head-start-preschool"
 * fundingStreamAliases["state-pre-k"]; //=> "state-preschool"
 * ```
 * @category Funding
 */
export const fundingStreamAliases: Readonly<Record<string, string>> = /* @__PURE__ */ Object.freeze({
  "head-start": "head-start-preschool",
  "state-pre-k": "state-preschool",
});

/**
 * The current id of a stream id: itself, or the id a deprecated one was renamed to
 * ({@link fundingStreamAliases}).
 *
 * @example
 * ```ts
 * import { canonicalStreamId } from "ece-partnerships";
 * canonicalStreamId("head-start"); //=> "head-start-preschool"
 * canonicalStreamId("ccdf-discretionary"); //=> "ccdf-discretionary"
 * ```
 * @category Funding
 */
export function canonicalStreamId(id: string): string {
  return Object.hasOwn(fundingStreamAliases, id) ? fundingStreamAliases[id]! : id;
}

let catalogById: Map<string, FundingStream> | undefined;

/**
 * A stream's label for people: a plan's own stream with that id, else the catalog's (an old id
 * read through its alias), else the id. Internal: reports and analyses share it.
 */
export function streamLabel(id: string, own: readonly { id: string; label: string }[] = []): string {
  catalogById ??= new Map(fundingStreams.map((s) => [s.id, s]));
  return own.find((s) => s.id === id)?.label ?? catalogById.get(canonicalStreamId(id))?.label ?? id;
}
