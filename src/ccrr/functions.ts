import { defineCatalog, type CatalogItem, type Citation } from "../core/index.js";

const SOURCE = "Use Relationships to Support Early Head Start-Child Care Partnerships (Child Care Aware of America, 2021)";
const local = (section: string): Citation => ({ source: SOURCE, section });
const CAPACITY = /* @__PURE__ */ local("Opportunities for Partnering and Capacity Building");
const STATE = /* @__PURE__ */ local("Leveraging State Relationships");
const PURPOSE = /* @__PURE__ */ local("Introduction");

/**
 * A function a child care resource and referral agency (or another intermediary) performs for Early
 * Head Start-Child Care Partnerships: `partnership` functions for the partners themselves, `state`
 * functions states fund CCR&Rs to carry out. Each quotes its source; none is a requirement.
 *
 * @example
 * ```ts
 * import { ccrrFunctions, type CcrrFunction } from "ece-partnerships";
 * const f: CcrrFunction = ccrrFunctions[0]!;
 * f.group; //=> "partnership"
 * ```
 * @category CCR&R
 */
export interface CcrrFunction extends CatalogItem {
  /** `partnership`: for EHS and child care partners; `state`: an activity states fund CCR&Rs to carry out. */
  readonly group: "partnership" | "state";
  /** The source's words, verbatim. */
  readonly description: string;
}

/**
 * What CCR&Rs do for Early Head Start-Child Care Partnerships, after Use Relationships to Support
 * Early Head Start-Child Care Partnerships (Child Care Aware of America, 2021): choosing the child
 * care programs that could benefit most, coaching on quality, assessing professional-development
 * needs, sharing staff training and career progress, access to the CDA and degrees, funding for
 * careers (T.E.A.C.H., WAGE$), conversations with higher education, awareness and policy; and the
 * state-funded activities of its examples (information for families about enrollment, aligning
 * professional development, QRIS and early learning guidelines with the Head Start Program
 * Performance Standards, infant-toddler specialists). Descriptions are the source's words.
 *
 * @example
 * ```ts
 * import { ccrrFunctions } from "ece-partnerships";
 * ccrrFunctions.filter((f) => f.group === "partnership").map((f) => f.id);
 * //=> ["partner-selection", "quality-coaching", "professional-development-needs", "staff-progress-sharing", "higher-education-access", "career-funding-guidance", "higher-education-conversations", "policy-awareness"]
 * ccrrFunctions.find((f) => f.id === "quality-coaching")?.description;
 * //=> "Provide coaching and professional development on quality issues to both Early Head Start and child care programs."
 * ```
 * @category CCR&R
 */
export const ccrrFunctions: readonly CcrrFunction[] = /* @__PURE__ */ (() =>
  defineCatalog<CcrrFunction>(
    (
      [
        ["partner-selection", "Choosing the child care programs that could benefit most", "partnership", PURPOSE, "CCR&Rs, with established relationships with providers and knowledge about the needs of their communities, are prepared to know which child care programs in their communities could benefit most by receiving additional funds and other resources to improve the quality of care."],
        ["quality-coaching", "Coaching and professional development on quality", "partnership", CAPACITY, "Provide coaching and professional development on quality issues to both Early Head Start and child care programs."],
        ["professional-development-needs", "Assessing partners' professional-development needs", "partnership", CAPACITY, "Assess the professional development needs of partners and create training opportunities to meet those needs."],
        ["staff-progress-sharing", "Sharing staff training and career progression", "partnership", CAPACITY, "Share the training and career progression status of staff within the partnerships"],
        ["higher-education-access", "Access to the CDA, associate and bachelor's degrees", "partnership", CAPACITY, "Capitalize on the long-standing relationships with higher education institutions to facilitate access to the Child Development Associate (CDA), as well as associate and bachelor’s degree programs."],
        ["career-funding-guidance", "Guidance on T.E.A.C.H., WAGE$ and career funding", "partnership", CAPACITY, "Provide information and guidance to partnership leaders and staff on funding opportunities such as T.E.A.C.H. and Child Care WAGE$® in order to assist the partnership to strengthen supports for careers in early childhood education, career pathways and wage compensation."],
        ["higher-education-conversations", "Conversations between EHS, child care partners and higher education", "partnership", CAPACITY, "Facilitate conversations between EHS, child care partners and institutions of higher education to assist in the assessment of the education needs of each partner organization in order to increase the qualifications of staff."],
        ["policy-awareness", "Building awareness and leveraging policy changes", "partnership", CAPACITY, "Build awareness and leverage policy changes between child care and EHS to meet the needs of children and families impacted by COVID 19."],
        ["family-enrollment-information", "Telling families about EHS-CCP enrollment", "state", STATE, "States work with CCR&Rs to make sure low-income working families needing infant and toddler care receive information about the opportunity to enroll in EHS-CCP programs."],
        ["standards-alignment", "Aligning professional development, QRIS and guidelines with the Performance Standards", "state", STATE, "States partner with and fund CCR&Rs to assist in aligning state professional development initiatives, quality rating systems and early learning guidelines with EHS program performance standards and task them to take the lead in providing training around these alignments."],
        ["infant-toddler-specialists", "Infant-toddler specialists", "state", STATE, "States allocate quality funds to CCR&R agencies to hire infant toddler specialists to provide training and ongoing support for specialized infant toddler care."],
      ] as const
    ).map(([id, label, group, citation, description]) => ({ id, label, group, citation, description })),
  ))();

/**
 * A CCR&R function id; see {@link ccrrFunctions}.
 *
 * @example
 * ```ts
 * import type { CcrrFunctionId } from "ece-partnerships";
 * const id: CcrrFunctionId = "quality-coaching";
 * id; //=> "quality-coaching"
 * ```
 * @category CCR&R
 */
export type CcrrFunctionId =
  | "partner-selection"
  | "quality-coaching"
  | "professional-development-needs"
  | "staff-progress-sharing"
  | "higher-education-access"
  | "career-funding-guidance"
  | "higher-education-conversations"
  | "policy-awareness"
  | "family-enrollment-information"
  | "standards-alignment"
  | "infant-toddler-specialists";

/**
 * The ids of {@link ccrrFunctions}, in catalog order.
 *
 * @example
 * ```ts
 * import { ccrrFunctionIds } from "ece-partnerships";
 * ccrrFunctionIds.length; //=> 11
 * ```
 * @category CCR&R
 */
export const ccrrFunctionIds: readonly CcrrFunctionId[] = /* @__PURE__ */ Object.freeze([
  "partner-selection",
  "quality-coaching",
  "professional-development-needs",
  "staff-progress-sharing",
  "higher-education-access",
  "career-funding-guidance",
  "higher-education-conversations",
  "policy-awareness",
  "family-enrollment-information",
  "standards-alignment",
  "infant-toddler-specialists",
] as const);
