import { defineCatalog, indexById, type CatalogItem, type Citation } from "../core/index.js";

const SOURCE = "Use Relationships to Support Early Head Start-Child Care Partnerships (Child Care Aware of America, 2021)";
const local = (section: string): Citation => ({ source: SOURCE, section });
const CAPACITY = /* @__PURE__ */ local("Opportunities for Partnering and Capacity Building");
const STATE = /* @__PURE__ */ local("Leveraging State Relationships");
const PURPOSE = /* @__PURE__ */ local("Introduction");

/**
 * A function a child care resource and referral agency (or another intermediary) performs for Early
 * Head Start-Child Care Partnerships: `partnership` functions for the partners themselves, `state`
 * functions states fund CCR&Rs to carry out. None is a requirement.
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
  /** What the function involves, in the library's words (the source is copyrighted: paraphrased, never copied). */
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
 * Performance Standards, infant-toddler specialists). The source is copyrighted: labels and
 * descriptions paraphrase it; each item cites the section it comes from.
 *
 * @example
 * ```ts
 * import { ccrrFunctions } from "ece-partnerships";
 * ccrrFunctions.filter((f) => f.group === "partnership").map((f) => f.id);
 * //=> ["partner-selection", "quality-coaching", "professional-development-needs", "staff-progress-sharing", "higher-education-access", "career-funding-guidance", "higher-education-conversations", "policy-awareness"]
 * ccrrFunctions.find((f) => f.id === "quality-coaching")?.citation.section; //=> "Opportunities for Partnering and Capacity Building"
 * ```
 * @category CCR&R
 */
export const ccrrFunctions: readonly CcrrFunction[] = /* @__PURE__ */ (() =>
  defineCatalog<CcrrFunction>(
    (
      [
        ["partner-selection", "Choosing the child care programs that could benefit most", "partnership", PURPOSE, "Use the agency's knowledge of local providers and community needs to point to the child care programs where extra partnership funds and resources would improve care the most."],
        ["quality-coaching", "Coaching and professional development on quality", "partnership", CAPACITY, "Coach Early Head Start and child care staff alike, and offer them professional development on the quality of care."],
        ["professional-development-needs", "Assessing partners' professional-development needs", "partnership", CAPACITY, "Find out what training each partner's staff need, and set up training that answers those needs."],
        ["staff-progress-sharing", "Sharing staff training and career progression", "partnership", CAPACITY, "Keep the partners informed of the training their staff have completed and where each person stands on a career path."],
        ["higher-education-access", "Access to the CDA, associate and bachelor's degrees", "partnership", CAPACITY, "Draw on ties with colleges and universities so partnership staff can earn the Child Development Associate credential or an associate or bachelor's degree."],
        ["career-funding-guidance", "Guidance on T.E.A.C.H., WAGE$ and career funding", "partnership", CAPACITY, "Tell partnership leaders and staff about funding for early childhood careers, such as T.E.A.C.H. scholarships and Child Care WAGE$ salary supplements, to support career pathways and pay."],
        ["higher-education-conversations", "Conversations between EHS, child care partners and higher education", "partnership", CAPACITY, "Bring Early Head Start, child care partners and colleges together to work out what education each partner's staff need to raise their qualifications."],
        ["policy-awareness", "Building awareness and leveraging policy changes", "partnership", CAPACITY, "Help child care and Early Head Start understand and use changes in policy and funding (the source's example is the American Rescue Plan Act after COVID-19) for the children and families they serve."],
        ["family-enrollment-information", "Telling families about EHS-CCP enrollment", "state", STATE, "With the state, make sure low-income working families who need infant and toddler care hear that they can enroll in an Early Head Start-Child Care Partnership."],
        ["standards-alignment", "Aligning professional development, QRIS and guidelines with the Performance Standards", "state", STATE, "With state funding, help align the state's professional development, quality rating system and early learning guidelines with the Early Head Start standards, and lead the training on that alignment."],
        ["infant-toddler-specialists", "Infant-toddler specialists", "state", STATE, "With state quality funds, employ infant-toddler specialists who train and support caregivers of infants and toddlers."],
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

/** The ids of the `partnership` group of {@link ccrrFunctions}, in catalog order (internal). */
export const partnershipFunctionIds: readonly CcrrFunctionId[] = /* @__PURE__ */ (() => ccrrFunctions.filter((f) => f.group === "partnership").map((f) => f.id as CcrrFunctionId))();

let byId: Map<string, (typeof ccrrFunctions)[number]> | undefined;

/** A function's label, or its id when it is not in the catalog (internal; read from a map made once, not a search of the frozen catalog). */
export const ccrrFunctionLabel = (id: string): string => (byId ??= indexById(ccrrFunctions)).get(id)?.label ?? id;
