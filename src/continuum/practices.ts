import { defineCatalog, type CatalogItem } from "../core/index.js";

const SEED_001 = {
  source: "ECLKC: Strategies for Partnering with Child Welfare Agencies",
  section: "Developmental Continuum of Collaboration",
} as const;

/**
 * An observable partnership practice: the evidence from which {@link classifyStage} reads the
 * stage. The continuum's definitions in Strategies for Partnering with Child Welfare Agencies
 * (ECLKC) name them.
 *
 * @example
 * ```ts
 * import { partnershipPractices, type PartnershipPractice } from "ece-partnerships";
 * const p: PartnershipPractice | undefined = partnershipPractices.find((x) => x.id === "regular-meetings");
 * p?.label; //=> "Meeting regularly to share information"
 * ```
 * @category Continuum
 */
export interface PartnershipPractice extends CatalogItem {
  readonly id: PracticeId;
}

/**
 * Ids of the practices in {@link partnershipPractices}.
 *
 * @example
 * ```ts
 * import type { PracticeId } from "ece-partnerships";
 * const id: PracticeId = "pooled-resources";
 * id; //=> "pooled-resources"
 * ```
 * @category Continuum
 */
export type PracticeId =
  | "information-exchange"
  | "regular-meetings"
  | "short-term-joint-project"
  | "shared-resources"
  | "shared-facilities"
  | "formal-information-sharing"
  | "common-goal"
  | "pooled-resources"
  | "shared-products"
  | "jointly-created-program"
  | "governance-cross-membership";

/**
 * Every practice id, in continuum order.
 *
 * @example
 * ```ts
 * import { practiceIds } from "ece-partnerships";
 * practiceIds.length; //=> 11
 * ```
 * @category Continuum
 */
export const practiceIds = /* @__PURE__ */ Object.freeze([
  "information-exchange",
  "regular-meetings",
  "short-term-joint-project",
  "shared-resources",
  "shared-facilities",
  "formal-information-sharing",
  "common-goal",
  "pooled-resources",
  "shared-products",
  "jointly-created-program",
  "governance-cross-membership",
] as const);

/**
 * The practices a partnership can show evidence of, each citing the text that names it. Ten come
 * from the continuum's definitions in Strategies for Partnering with Child Welfare Agencies
 * (ECLKC); `governance-cross-membership` comes from its
 * Opportunities for Action ("serve on each other's governance groups").
 *
 * @example
 * ```ts
 * import { partnershipPractices } from "ece-partnerships";
 * partnershipPractices.map((p) => p.id).slice(0, 3); //=> ["information-exchange", "regular-meetings", "short-term-joint-project"]
 * ```
 * @category Continuum
 */
export const partnershipPractices: readonly PartnershipPractice[] = /* @__PURE__ */ defineCatalog<PartnershipPractice>([
  { id: "information-exchange", label: "Exchanging information or discussing common concerns", citation: SEED_001 },
  { id: "regular-meetings", label: "Meeting regularly to share information", citation: SEED_001 },
  { id: "short-term-joint-project", label: "Working together on short-term projects", citation: SEED_001 },
  { id: "shared-resources", label: "Sharing resources", citation: SEED_001 },
  { id: "shared-facilities", label: "Sharing facilities", citation: SEED_001 },
  { id: "formal-information-sharing", label: "Having a formal system of information sharing", citation: SEED_001 },
  { id: "common-goal", label: "Working together toward a common goal", citation: SEED_001 },
  { id: "pooled-resources", label: "Pooling resources", citation: SEED_001 },
  { id: "shared-products", label: "Sharing products", citation: SEED_001 },
  { id: "jointly-created-program", label: "Creating a program or project aimed at a common mission", citation: SEED_001 },
  {
    id: "governance-cross-membership",
    label: "Serving on each other's governance groups",
    description:
      "Identify leaders, including family members, who can serve on each other's governance groups (e.g., Policy Councils, advisory committees, or community boards).",
    citation: { source: "ECLKC: Strategies for Partnering with Child Welfare Agencies", section: "Opportunities for Action: Program Leadership" },
  },
]);
