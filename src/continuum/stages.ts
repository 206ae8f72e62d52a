import { defineCatalog, type CatalogItem } from "../core/index.js";
import type { PracticeId } from "./practices.js";

/**
 * Ids of the four stages of the continuum of collaboration, least to most intense.
 *
 * @example
 * ```ts
 * import type { StageId } from "ece-partnerships";
 * const s: StageId = "cooperation";
 * s; //=> "cooperation"
 * ```
 * @category Continuum
 */
export type StageId = "networking" | "coordination" | "cooperation" | "collaboration";

/**
 * What a stage requires: every indicator must be evidenced, and an indicator is evidenced by
 * any one of its practices.
 *
 * @example
 * ```ts
 * import { continuumStages, type StageIndicator } from "ece-partnerships";
 * const first: StageIndicator | undefined = continuumStages[2]?.indicators[0];
 * first?.anyOf; //=> ["shared-resources", "shared-facilities"]
 * ```
 * @category Continuum
 */
export interface StageIndicator {
  /** Stable id. */
  readonly id: string;
  /** The words of the definition this indicator stands for. */
  readonly label: string;
  /** Practices any one of which evidences the indicator. */
  readonly anyOf: readonly PracticeId[];
}

/**
 * A stage of the continuum: its definition verbatim, its rank (1 = networking ... 4 =
 * collaboration) and its indicators.
 *
 * @example
 * ```ts
 * import { continuumStages, type ContinuumStage } from "ece-partnerships";
 * const s: ContinuumStage = continuumStages[0]!;
 * s.rank; //=> 1
 * ```
 * @category Continuum
 */
export interface ContinuumStage extends CatalogItem {
  readonly id: StageId;
  /** 1 (networking) to 4 (collaboration). */
  readonly rank: 1 | 2 | 3 | 4;
  /** The definition, quoted verbatim from Strategies for Partnering with Child Welfare Agencies (ECLKC). */
  readonly description: string;
  /** All must be evidenced for the stage. */
  readonly indicators: readonly StageIndicator[];
}

/**
 * Every stage id in continuum order.
 *
 * @example
 * ```ts
 * import { stageIds } from "ece-partnerships";
 * stageIds[3]; //=> "collaboration"
 * ```
 * @category Continuum
 */
export const stageIds = /* @__PURE__ */ Object.freeze(["networking", "coordination", "cooperation", "collaboration"] as const);

/**
 * The indicators of each stage, in continuum order: the one source for {@link continuumStages} and
 * for {@link classifyStage} (kept apart from the definitions' text so the classifier does not carry it).
 */
export const STAGE_INDICATORS: readonly (readonly StageIndicator[])[] = /* @__PURE__ */ Object.freeze([
  [{ id: "exchange-information", label: "exchanging information or discussing common concerns", anyOf: ["information-exchange"] }],
  [{ id: "meet-or-short-term-project", label: "meeting regularly to share information or working together on short-term projects", anyOf: ["regular-meetings", "short-term-joint-project"] }],
  [
    { id: "share-resources-or-facilities", label: "sharing resources or facilities", anyOf: ["shared-resources", "shared-facilities"] },
    { id: "formal-information-sharing", label: "having a formal system of information sharing", anyOf: ["formal-information-sharing"] },
    { id: "common-goal", label: "working together toward a common goal", anyOf: ["common-goal"] },
  ],
  [
    { id: "pool-resources", label: "pooling resources", anyOf: ["pooled-resources"] },
    { id: "share-products", label: "sharing products", anyOf: ["shared-products"] },
    { id: "create-program", label: "creating a program or project aimed at a common mission", anyOf: ["jointly-created-program"] },
  ],
] as const);

const LABELS = ["Networking", "Coordination", "Cooperation", "Collaboration"] as const;

/** The definitions of Strategies for Partnering with Child Welfare Agencies (ECLKC), verbatim. */
const DEFINITIONS = [
  "Networking involves partners exchanging information or discussing common concerns.",
  "Coordination involves partners meeting regularly to share information or working together on short-term projects.",
  "Cooperation involves partners sharing resources or facilities, having a formal system of information sharing, and working together toward a common goal.",
  "Collaboration involves pooling resources, sharing products, and creating a program or project aimed at a common mission.",
] as const;

const CITATION = {
  source: "ECLKC: Strategies for Partnering with Child Welfare Agencies",
  section: "Developmental Continuum of Collaboration (adapted from QUILT; Kagan 1991; Winer & Ray 2003)",
} as const;

/**
 * The developmental continuum of collaboration of Strategies for Partnering with Child Welfare
 * Agencies (ECLKC), in its order (networking →
 * coordination → cooperation → collaboration, which is Himmelman's order), with the
 * definitions verbatim. Other sources order the middle stages the other way: see
 * {@link collaborationModels}.
 *
 * @example
 * ```ts
 * import { continuumStages } from "ece-partnerships";
 * continuumStages.map((s) => s.id); //=> ["networking", "coordination", "cooperation", "collaboration"]
 * continuumStages[1]?.description; //=> "Coordination involves partners meeting regularly to share information or working together on short-term projects."
 * ```
 * @category Continuum
 */
export const continuumStages: readonly ContinuumStage[] = /* @__PURE__ */ (() =>
  defineCatalog<ContinuumStage>(
    STAGE_INDICATORS.map((indicators, i) => ({
      id: stageIds[i]!,
      label: LABELS[i]!,
      rank: (i + 1) as 1 | 2 | 3 | 4,
      description: DEFINITIONS[i]!,
      citation: CITATION,
      indicators,
    })),
  ))();



/**
 * The rank of a stage: 1 (networking) to 4 (collaboration), 0 for `null` (no evidence).
 *
 * @example
 * ```ts
 * import { stageRank } from "ece-partnerships";
 * stageRank("cooperation"); //=> 3
 * stageRank(null); //=> 0
 * ```
 * @category Continuum
 */
export function stageRank(stage: StageId | null): number {
  return stage === null ? 0 : stageIds.indexOf(stage) + 1;
}

/**
 * Orders two stages of the continuum: negative when `a` is less intense than `b`, 0 when equal,
 * positive when more intense. `null` (no evidence) sorts before networking. Usable with `sort`.
 *
 * @example
 * ```ts
 * import { compareStages } from "ece-partnerships";
 * compareStages("coordination", "cooperation"); //=> -1
 * compareStages("collaboration", null); //=> 4
 * (["cooperation", "networking"] as const).slice().sort(compareStages); //=> ["networking", "cooperation"]
 * ```
 * @category Continuum
 */
export function compareStages(a: StageId | null, b: StageId | null): number {
  return stageRank(a) - stageRank(b);
}
