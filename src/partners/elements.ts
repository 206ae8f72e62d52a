import { defineCatalog, type CatalogItem } from "../core/index.js";

/**
 * Ids of the four elements of partnerships that work (Strategies for Partnering with Child Welfare
 * Agencies (ECLKC)).
 *
 * @example
 * ```ts
 * import type { ElementId } from "ece-partnerships";
 * const e: ElementId = "staff-training";
 * e; //=> "staff-training"
 * ```
 * @category Partners
 */
export type ElementId = "shared-vision" | "planning-communication" | "consistent-engagement" | "staff-training";

/**
 * Every element id, in the order of Strategies for Partnering with Child Welfare Agencies (ECLKC).
 *
 * @example
 * ```ts
 * import { elementIds } from "ece-partnerships";
 * elementIds.length; //=> 4
 * ```
 * @category Partners
 */
export const elementIds = /* @__PURE__ */ Object.freeze(["shared-vision", "planning-communication", "consistent-engagement", "staff-training"] as const);

/**
 * One of the four elements; `label` is the source's text verbatim.
 *
 * @example
 * ```ts
 * import { partnershipElements, type PartnershipElement } from "ece-partnerships";
 * const e: PartnershipElement = partnershipElements[1]!;
 * e.label; //=> "Thoughtful planning and regular communication"
 * ```
 * @category Partners
 */
export interface PartnershipElement extends CatalogItem {
  readonly id: ElementId;
}

const CITATION = { source: "ECLKC: Strategies for Partnering with Child Welfare Agencies", section: "introduction (four elements)" };

/**
 * The four elements with which partnerships "work best" (Strategies for Partnering with Child
 * Welfare Agencies (ECLKC)), verbatim.
 *
 * @example
 * ```ts
 * import { partnershipElements } from "ece-partnerships";
 * partnershipElements.map((e) => e.label);
 * //=> ["A clear, shared vision and purpose supported by strong leadership", "Thoughtful planning and regular communication", "Consistent engagement among local partners over time", "Training and opportunities to build partnerships for staff who work directly with families in both early childhood programs and child welfare agencies"]
 * ```
 * @category Partners
 */
export const partnershipElements: readonly PartnershipElement[] = /* @__PURE__ */ defineCatalog<PartnershipElement>([
  { id: "shared-vision", label: "A clear, shared vision and purpose supported by strong leadership", citation: CITATION },
  { id: "planning-communication", label: "Thoughtful planning and regular communication", citation: CITATION },
  { id: "consistent-engagement", label: "Consistent engagement among local partners over time", citation: CITATION },
  {
    id: "staff-training",
    label: "Training and opportunities to build partnerships for staff who work directly with families in both early childhood programs and child welfare agencies",
    citation: CITATION,
  },
]);

/**
 * The rating scale of an element: 0 not in place, 1 emerging, 2 mostly in place, 3 fully in place.
 *
 * @example
 * ```ts
 * import { elementRatingLabels } from "ece-partnerships";
 * elementRatingLabels[2]; //=> "Mostly in place"
 * ```
 * @category Partners
 */
export const elementRatingLabels = /* @__PURE__ */ Object.freeze(["Not in place", "Emerging", "Mostly in place", "Fully in place"] as const);
