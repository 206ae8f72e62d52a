import { defineCatalog, type CatalogItem, type Citation } from "../core/index.js";

const ROLE: Citation = { source: "Strategies for Partnering with Child Welfare Agencies (ECLKC)", section: "How Head Start and Early Head Start Staff Who Work Directly with Families Can Play an Effective Role in Child Welfare Partnerships" };

/**
 * The two staff policies Strategies for Partnering with Child Welfare Agencies says programs
 * "must provide staff with": how staff interact with the child welfare system, and what
 * supervision and consultation is adequate when a family is involved with child welfare. The
 * description of each is the source's words.
 *
 * @example
 * ```ts
 * import { staffPolicyTopics } from "ece-partnerships";
 * staffPolicyTopics.map((t) => t.id); //=> ["child-welfare-interaction", "child-welfare-supervision"]
 * staffPolicyTopics[1]?.description; //=> "What is considered adequate supervision and consultation when a family is involved with child welfare"
 * ```
 * @category Staff
 */
export const staffPolicyTopics: readonly CatalogItem[] = /* @__PURE__ */ (() =>
  defineCatalog<CatalogItem>([
    { id: "child-welfare-interaction", label: "Interacting with the child welfare system", description: "How they are expected to interact with the child welfare system and its workers", citation: ROLE },
    { id: "child-welfare-supervision", label: "Supervision and consultation when a family is involved with child welfare", description: "What is considered adequate supervision and consultation when a family is involved with child welfare", citation: ROLE },
  ]))();

/**
 * The ids of {@link staffPolicyTopics}.
 *
 * @example
 * ```ts
 * import { staffPolicyTopicIds } from "ece-partnerships";
 * staffPolicyTopicIds.length; //=> 2
 * ```
 * @category Staff
 */
export const staffPolicyTopicIds = /* @__PURE__ */ Object.freeze(["child-welfare-interaction", "child-welfare-supervision"] as const);

/**
 * The nine examples of how staff who work directly with families can build an effective
 * partnership with child welfare (Strategies for Partnering with Child Welfare Agencies), as
 * topics a program's training and policies can cover. Each description is the source's first
 * sentence of the example.
 *
 * @example
 * ```ts
 * import { childWelfareStaffRoles } from "ece-partnerships";
 * childWelfareStaffRoles.length; //=> 9
 * childWelfareStaffRoles[8]?.id; //=> "implicit-bias"
 * ```
 * @category Staff
 */
export const childWelfareStaffRoles: readonly CatalogItem[] = /* @__PURE__ */ (() =>
  defineCatalog<CatalogItem>(
    (
      [
        ["reporting-duties", "Reporting duties and local child welfare procedures", "Learn the responsibilities and legal requirements for reporting families to child welfare, as well as the procedures and protocols of local child welfare requirements that align with Head Start Program Performance Standards."],
        ["child-welfare-services", "What child welfare offers", "Gain greater understanding of services offered by child welfare, including child protection, foster care, adoption, kinship care, prevention resources, and family strengthening."],
        ["strengths-based-practice", "Strengths-based practice", "Focus on strengths-based practice, including identifying strategies that can help families build protective factors and resilience."],
        ["safety-conversations", "Talking with families about a safety concern", "Identify and share sensitive strategies about how to talk with families when a concern for children’s safety and well-being arises."],
        ["sensitive-conversations", "Language for sensitive conversations", "Discuss and define specific language and approaches for navigating sensitive conversations with families involved with child welfare."],
        ["readiness", "Readiness to meet families where they are", "Identify actions and strategies that programs can implement to demonstrate their readiness to meet families involved in child welfare where they are."],
        ["concrete-supports", "Timely, concrete supports", "Provide supports, including timely, concrete resources that strengthen families and their ability to thrive in their communities."],
        ["family-contexts", "How families' contexts shape decisions", "Understand how the contexts in which the families in your program are raising their children may influence their decisions and behaviors."],
        ["implicit-bias", "Implicit bias", "Understand the role of implicit bias in observing, blaming, reporting, and assessing children, parents, and families."],
      ] as const
    ).map(([id, label, description]) => ({ id, label, description, citation: ROLE })),
  ))();

/**
 * The ids of {@link childWelfareStaffRoles}.
 *
 * @example
 * ```ts
 * import { childWelfareStaffRoleIds } from "ece-partnerships";
 * childWelfareStaffRoleIds[0]; //=> "reporting-duties"
 * ```
 * @category Staff
 */
export const childWelfareStaffRoleIds = /* @__PURE__ */ Object.freeze([
  "reporting-duties",
  "child-welfare-services",
  "strengths-based-practice",
  "safety-conversations",
  "sensitive-conversations",
  "readiness",
  "concrete-supports",
  "family-contexts",
  "implicit-bias",
] as const);
