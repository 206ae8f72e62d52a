import { defineCatalog, type CatalogItem } from "../core/index.js";
import type { PartnerCategoryId } from "./categories.js";

/**
 * A kind of organization, with the partner categories of 45 CFR 1302.53(a)(2) it belongs to and
 * whether it is a Head Start program (a grant recipient or delegate).
 *
 * @example
 * ```ts
 * import { organizationKinds, type OrganizationKind } from "ece-partnerships";
 * const k: OrganizationKind | undefined = organizationKinds.find((x) => x.id === "mckinney-vento-liaison");
 * k?.categories; //=> ["housing-homelessness"]
 * ```
 * @category Partners
 */
export interface OrganizationKind extends CatalogItem {
  readonly id: OrganizationKindId;
  /** The partner categories this kind of organization falls in. */
  readonly categories: readonly PartnerCategoryId[];
  /** True for Head Start, Early Head Start, EHS-CCP and Migrant and Seasonal programs. */
  readonly program: boolean;
}

/**
 * Every organization kind id.
 *
 * @example
 * ```ts
 * import { organizationKindIds } from "ece-partnerships";
 * organizationKindIds.includes("ccrr-agency"); //=> true
 * ```
 * @category Partners
 */
export const organizationKindIds = /* @__PURE__ */ Object.freeze([
  "head-start-preschool",
  "early-head-start",
  "ehs-child-care-partnership",
  "migrant-seasonal-head-start",
  "child-care-center",
  "family-child-care-home",
  "ccrr-agency",
  "child-welfare-agency",
  "family-support-services",
  "local-education-agency",
  "elementary-school",
  "state-preschool",
  "ccdf-lead-agency",
  "head-start-collaboration-office",
  "state-education-agency",
  "other-state-agency",
  "health-provider",
  "medicaid-managed-care",
  "mental-health-provider",
  "dental-provider",
  "nutrition-provider",
  "prenatal-postnatal-provider",
  "substance-use-treatment",
  "disability-services",
  "library",
  "museum",
  "tanf-agency",
  "nutrition-assistance-agency",
  "workforce-development",
  "adult-education",
  "higher-education",
  "financial-capability",
  "housing-agency",
  "homelessness-services",
  "mckinney-vento-liaison",
  "domestic-violence-provider",
  "business",
  "foundation",
  "coordinated-services-approach",
  "shared-services-hub",
  "family-group",
  "other",
] as const);

/**
 * An organization kind id; see {@link organizationKinds}.
 *
 * @example
 * ```ts
 * import type { OrganizationKindId } from "ece-partnerships";
 * const k: OrganizationKindId = "child-welfare-agency";
 * k; //=> "child-welfare-agency"
 * ```
 * @category Partners
 */
export type OrganizationKindId = (typeof organizationKindIds)[number];

const cat = (paragraph: string) => ({ source: "45 CFR", section: `1302.53(a)(2)${paragraph}` });
const ACT = { source: "Head Start Act", section: "42 U.S.C. 9831 et seq." };
/** State agencies that administer systems (45 CFR 1302.53(b)) rather than serve families in the community. */
const SYSTEMS = { source: "45 CFR", section: "1302.53(b)" };

type KindRow = [OrganizationKindId, string, PartnerCategoryId[], string, boolean?];

const rows: KindRow[] = [
  ["head-start-preschool", "Head Start Preschool program", ["disabilities-schools-child-care"], "", true],
  ["early-head-start", "Early Head Start program", ["disabilities-schools-child-care"], "", true],
  ["ehs-child-care-partnership", "Early Head Start-Child Care Partnership grant recipient", ["disabilities-schools-child-care"], "", true],
  ["migrant-seasonal-head-start", "Migrant and Seasonal Head Start program", ["disabilities-schools-child-care"], "", true],
  ["child-care-center", "Child care center", ["disabilities-schools-child-care"], "(ii)"],
  ["family-child-care-home", "Family child care home", ["disabilities-schools-child-care"], "(ii)"],
  ["ccrr-agency", "Child Care Resource and Referral agency", ["disabilities-schools-child-care", "other-support"], "(ii)"],
  ["child-welfare-agency", "Child welfare agency (child protective services, foster care)", ["child-welfare"], "(iii)"],
  ["family-support-services", "Family preservation and support services", ["child-welfare"], "(iii)"],
  ["local-education-agency", "Local educational agency (school district)", ["disabilities-schools-child-care"], "(ii)"],
  ["elementary-school", "Elementary school", ["disabilities-schools-child-care"], "(ii)"],
  ["state-preschool", "State preschool provider", ["disabilities-schools-child-care"], "(ii)"],
  ["ccdf-lead-agency", "State CCDF lead agency", [], ""],
  ["head-start-collaboration-office", "State Head Start Collaboration Office", [], ""],
  ["state-education-agency", "State education agency", [], ""],
  ["other-state-agency", "Other state agency", ["other-support"], "(viii)"],
  ["health-provider", "Health care provider", ["health"], "(i)"],
  ["medicaid-managed-care", "Medicaid managed care network", ["health"], "(i)"],
  ["mental-health-provider", "Child or adult mental health professional", ["health"], "(i)"],
  ["dental-provider", "Dentist or dental clinic", ["health"], "(i)"],
  ["nutrition-provider", "Nutritional service provider", ["health"], "(i)"],
  ["prenatal-postnatal-provider", "Provider of prenatal and postnatal support", ["health"], "(i)"],
  ["substance-use-treatment", "Substance abuse treatment provider", ["health"], "(i)"],
  ["disability-services", "Services to children with disabilities (IDEA Part C, Part B section 619)", ["disabilities-schools-child-care"], "(ii)"],
  ["library", "Library", ["education-culture"], "(iv)"],
  ["museum", "Museum", ["education-culture"], "(iv)"],
  ["tanf-agency", "Temporary Assistance for Needy Families agency", ["economic-stability"], "(v)"],
  ["nutrition-assistance-agency", "Nutrition assistance agency (SNAP, WIC)", ["economic-stability"], "(v)"],
  ["workforce-development", "Workforce development and training program", ["economic-stability"], "(v)"],
  ["adult-education", "Adult or family literacy and adult education", ["economic-stability"], "(v)"],
  ["higher-education", "Post-secondary education institution", ["economic-stability"], "(v)"],
  ["financial-capability", "Asset-building and financial stability provider", ["economic-stability"], "(v)"],
  ["housing-agency", "Housing assistance agency", ["housing-homelessness"], "(vi)"],
  ["homelessness-services", "Support for children and families experiencing homelessness", ["housing-homelessness"], "(vi)"],
  ["mckinney-vento-liaison", "McKinney-Vento local educational agency liaison", ["housing-homelessness"], "(vi)"],
  ["domestic-violence-provider", "Domestic violence prevention and support provider", ["domestic-violence"], "(vii)"],
  ["business", "Business", ["other-support"], "(viii)"],
  ["foundation", "Foundation or philanthropy", ["other-support"], "(viii)"],
  ["coordinated-services-approach", "Coordinated services approach", ["other-support"], "(viii)"],
  ["shared-services-hub", "Shared services alliance hub", ["other-support"], "(viii)"],
  ["family-group", "Family or parent group", ["other-support"], "(viii)"],
  ["other", "Other organization", ["other-support"], "(viii)"],
];

/**
 * The kinds of organizations in early-childhood partnerships, each mapped to the partner
 * categories of 45 CFR 1302.53(a)(2). Head Start programs count as early-education providers
 * (category (ii)) when they partner with each other. The state CCDF lead agency, the state
 * education agency and the Head Start Collaboration Office map to no category: they administer
 * the systems of 1302.53(b) (subsidy, QRIS, data systems) and are none of the community
 * organizations (ii) lists ("services to children with disabilities ..., elementary schools, state
 * preschool providers, and providers of child care services"). An organization can add categories of its
 * own with `Organization.categories`.
 *
 * @example
 * ```ts
 * import { organizationKinds } from "ece-partnerships";
 * organizationKinds.filter((k) => k.program).map((k) => k.id);
 * //=> ["head-start-preschool", "early-head-start", "ehs-child-care-partnership", "migrant-seasonal-head-start"]
 * ```
 * @category Partners
 */
export const organizationKinds: readonly OrganizationKind[] = /* @__PURE__ */ (() =>
  defineCatalog<OrganizationKind>(
    rows.map(([id, label, categories, paragraph, program]) => ({
      id,
      label,
      categories,
      program: program === true,
      citation: program === true ? ACT : paragraph ? cat(paragraph) : SYSTEMS,
    })),
  ))();
