import { defineCatalog, type CatalogItem } from "../core/index.js";

/**
 * Ids of the eight partner categories of 45 CFR 1302.53(a)(2)(i)-(viii), in order.
 *
 * @example
 * ```ts
 * import type { PartnerCategoryId } from "ece-partnerships";
 * const c: PartnerCategoryId = "child-welfare";
 * c; //=> "child-welfare"
 * ```
 * @category Partners
 */
export type PartnerCategoryId =
  | "health"
  | "disabilities-schools-child-care"
  | "child-welfare"
  | "education-culture"
  | "economic-stability"
  | "housing-homelessness"
  | "domestic-violence"
  | "other-support";

/**
 * A partner category of 45 CFR 1302.53(a)(2): its paragraph, the regulation's text verbatim as
 * `description`, and the regulation's own examples.
 *
 * @example
 * ```ts
 * import { partnerCategories, type PartnerCategory } from "ece-partnerships";
 * const c: PartnerCategory = partnerCategories[3]!;
 * c.paragraph; //=> "(iv)"
 * ```
 * @category Partners
 */
export interface PartnerCategory extends CatalogItem {
  readonly id: PartnerCategoryId;
  /** The paragraph, `(i)` to `(viii)`. */
  readonly paragraph: string;
  /** The regulation's text of the paragraph, verbatim. */
  readonly description: string;
  /** The regulation's examples, each verbatim. */
  readonly examples: readonly string[];
}

const cite = (paragraph: string) => ({
  source: "45 CFR",
  section: `1302.53(a)(2)${paragraph}`,
  url: "https://www.ecfr.gov/current/title-45/subtitle-B/chapter-XIII/subchapter-B/part-1302/subpart-E/section-1302.53",
});

/**
 * The eight categories of community organizations a program's partnerships "may include"
 * (45 CFR 1302.53(a)(2)), quoted verbatim from the regulation as amended Aug. 21, 2024.
 *
 * @example
 * ```ts
 * import { partnerCategories } from "ece-partnerships";
 * partnerCategories.length; //=> 8
 * partnerCategories[6]?.description; //=> "Domestic violence prevention and support providers"
 * partnerCategories[3]?.citation.section; //=> "1302.53(a)(2)(iv)"
 * ```
 * @category Partners
 */
export const partnerCategories: readonly PartnerCategory[] = /* @__PURE__ */ (() =>
  defineCatalog<PartnerCategory>([
  {
    id: "health",
    paragraph: "(i)",
    label: "Health care",
    description:
      "Health care providers, including child and adult mental health professionals, Medicaid managed care networks, dentists, other health professionals, nutritional service providers, providers of prenatal and postnatal support, and substance abuse treatment providers",
    examples: [
      "Health care providers",
      "child and adult mental health professionals",
      "Medicaid managed care networks",
      "dentists",
      "other health professionals",
      "nutritional service providers",
      "providers of prenatal and postnatal support",
      "substance abuse treatment providers",
    ],
    citation: cite("(i)"),
  },
  {
    id: "disabilities-schools-child-care",
    paragraph: "(ii)",
    label: "Disability services, schools, state preschool and child care",
    description:
      "Individuals and agencies that provide services to children with disabilities and their families, elementary schools, state preschool providers, and providers of child care services",
    examples: [
      "Individuals and agencies that provide services to children with disabilities and their families",
      "elementary schools",
      "state preschool providers",
      "providers of child care services",
    ],
    citation: cite("(ii)"),
  },
  {
    id: "child-welfare",
    paragraph: "(iii)",
    label: "Family preservation, child protection and child welfare",
    description:
      "Family preservation and support services and child protective services and any other agency to which child abuse must be reported under state or tribal law",
    examples: [
      "Family preservation and support services",
      "child protective services",
      "any other agency to which child abuse must be reported under state or tribal law",
    ],
    citation: cite("(iii)"),
  },
  {
    id: "education-culture",
    paragraph: "(iv)",
    label: "Educational and cultural institutions",
    description: "Educational and cultural institutions, such as libraries and museums, for both children and families",
    examples: ["libraries", "museums"],
    citation: cite("(iv)"),
  },
  {
    id: "economic-stability",
    paragraph: "(v)",
    label: "Income, nutrition, workforce, education and financial stability",
    description:
      "Temporary Assistance for Needy Families, nutrition assistance agencies, workforce development and training programs, adult or family literacy, adult education, and post-secondary education institutions, and agencies or financial institutions that provide asset-building education, products and services to enhance family financial stability and savings",
    examples: [
      "Temporary Assistance for Needy Families",
      "nutrition assistance agencies",
      "workforce development and training programs",
      "adult or family literacy",
      "adult education",
      "post-secondary education institutions",
      "agencies or financial institutions that provide asset-building education, products and services to enhance family financial stability and savings",
    ],
    citation: cite("(v)"),
  },
  {
    id: "housing-homelessness",
    paragraph: "(vi)",
    label: "Housing and homelessness",
    description:
      "Housing assistance agencies and providers of support for children and families experiencing homelessness, including the local educational agency liaison designated under section 722(g)(1)(J)(ii) of the McKinney-Vento Homeless Assistance Act (42 U.S.C. 11431 et seq.)",
    examples: [
      "Housing assistance agencies",
      "providers of support for children and families experiencing homelessness",
      "the local educational agency liaison designated under section 722(g)(1)(J)(ii) of the McKinney-Vento Homeless Assistance Act",
    ],
    citation: cite("(vi)"),
  },
  {
    id: "domestic-violence",
    paragraph: "(vii)",
    label: "Domestic violence",
    description: "Domestic violence prevention and support providers",
    examples: ["Domestic violence prevention and support providers"],
    citation: cite("(vii)"),
  },
  {
    id: "other-support",
    paragraph: "(viii)",
    label: "Other organizations and businesses",
    description: "Other organizations or businesses that may provide support and resources to families",
    examples: ["Other organizations or businesses that may provide support and resources to families"],
    citation: cite("(viii)"),
  },
]))();

/**
 * Every partner category id, in regulation order.
 *
 * @example
 * ```ts
 * import { partnerCategoryIds } from "ece-partnerships";
 * partnerCategoryIds[0]; //=> "health"
 * ```
 * @category Partners
 */
export const partnerCategoryIds = /* @__PURE__ */ Object.freeze([
  "health",
  "disabilities-schools-child-care",
  "child-welfare",
  "education-culture",
  "economic-stability",
  "housing-homelessness",
  "domestic-violence",
  "other-support",
] as const);
