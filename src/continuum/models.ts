import { defineCatalog, type CatalogItem, type Citation } from "../core/index.js";
import type { StageId } from "./stages.js";

/**
 * One level of a collaboration model, with the continuum stage it maps to (`null` for "no
 * interaction").
 *
 * @example
 * ```ts
 * import { collaborationModels, type ModelLevel } from "ece-partnerships";
 * const level: ModelLevel | undefined = collaborationModels.find((m) => m.id === "frey-2006")?.levels[4];
 * level?.continuumStage; //=> "collaboration"
 * ```
 * @category Continuum
 */
export interface ModelLevel {
  /** Stable id within the model. */
  readonly id: string;
  /** The model's own name for the level. */
  readonly label: string;
  /** Position in the model's own order (Frey's scale starts at 0). */
  readonly value: number;
  /** The stage of the library's continuum this level is read as. */
  readonly continuumStage: StageId | null;
  /** What the level means in this model (paraphrase; verbatim only where public domain). */
  readonly description?: string;
}

/**
 * A model of the continuum of collaboration from the literature, with its levels in its own
 * order, its provenance, and how each level maps to the library's four stages.
 *
 * @example
 * ```ts
 * import { collaborationModels, type CollaborationModel } from "ece-partnerships";
 * const m: CollaborationModel = collaborationModels[0]!;
 * m.id; //=> "eclkc-continuum"
 * ```
 * @category Continuum
 */
export interface CollaborationModel extends CatalogItem {
  /** Levels, least to most intense in the model's own order. */
  readonly levels: readonly ModelLevel[];
  /** Where the model comes from and how far its wording was verified. */
  readonly provenance: string;
  /** Why the mapping to the continuum is what it is. */
  readonly mappingNote: string;
}

/**
 * How each model's levels read as continuum stages, by model id and level id. The one source of
 * the mapping: {@link collaborationModels} and {@link stageFromModel} both read it (kept apart
 * from the catalog's texts so that code mapping levels does not carry them).
 */
const LEVEL_STAGES: Readonly<Record<string, Readonly<Record<string, StageId | null>>>> = /* @__PURE__ */ Object.freeze({
  "eclkc-continuum": { networking: "networking", coordination: "coordination", cooperation: "cooperation", collaboration: "collaboration" },
  himmelman: { networking: "networking", coordinating: "coordination", cooperating: "cooperation", collaborating: "collaboration" },
  "frey-2006": { "no-interaction": null, networking: "networking", cooperation: "coordination", coordination: "cooperation", coalition: "collaboration", collaboration: "collaboration" },
  "kagan-quilt": { communication: "networking", cooperation: "coordination", coordination: "cooperation", collaboration: "collaboration" },
});

const level = (model: string, id: string, label: string, value: number, description?: string): ModelLevel => ({
  id,
  label,
  value,
  continuumStage: LEVEL_STAGES[model]?.[id] ?? null,
  ...(description ? { description } : {}),
});

const ECLKC: Citation = { source: "ECLKC: Strategies for Partnering with Child Welfare Agencies", section: "Developmental Continuum of Collaboration" };

/**
 * Collaboration models and their mapping to the library's continuum. Sources order the middle
 * stages differently (Himmelman: coordinating before cooperating; Kagan/QUILT, Hogue and Frey:
 * cooperation before coordination), so each model keeps its own order and names, and a
 * documented mapping reads every level as a continuum stage by what it describes, not by its
 * name: Frey's "cooperation" (provide information, formal communication, independent decisions)
 * is the continuum's coordination; Frey's "coordination" (share information and resources,
 * defined roles) is the continuum's cooperation; Frey's "coalition" and "collaboration" (joint
 * resources, shared decisions) are the continuum's collaboration.
 *
 * - `eclkc-continuum`: Strategies for Partnering with Child Welfare Agencies (ECLKC), the library's
 * own four stages.
 * - `himmelman`: networking → coordinating → cooperating → collaborating (secondary sources).
 * - `frey-2006`: the Levels of Collaboration Scale, 0 (no interaction) to 5 (Frey, Lohmeier, Lee & Tollefson 2006, after Hogue 1993).
 * - `kagan-quilt`: communication → cooperation → coordination → collaboration (QUILT 2003, after Kagan 1991).
 *
 * @example
 * ```ts
 * import { collaborationModels } from "ece-partnerships";
 * collaborationModels.map((m) => m.id); //=> ["eclkc-continuum", "himmelman", "frey-2006", "kagan-quilt"]
 * collaborationModels[2]?.levels.map((l) => l.label); //=> ["No interaction", "Networking", "Cooperation", "Coordination", "Coalition", "Collaboration"]
 * ```
 * @category Continuum
 */
export const collaborationModels: readonly CollaborationModel[] = /* @__PURE__ */ (() =>
  defineCatalog<CollaborationModel>([
  {
    id: "eclkc-continuum",
    label: "Developmental Continuum of Collaboration (ECLKC)",
    citation: ECLKC,
    provenance:
      "Strategies for Partnering with Child Welfare Agencies (Head Start ECLKC, public domain), which cites James Bell Associates (2011) and adapts QUILT (2002), Kagan (1991) and Winer & Ray (2003). The 'James Bell Associates 2011' source is unidentified [unverified].",
    mappingNote: "The library's own stages; each maps to itself.",
    levels: [
      level("eclkc-continuum", "networking", "Networking", 1),
      level("eclkc-continuum", "coordination", "Coordination", 2),
      level("eclkc-continuum", "cooperation", "Cooperation", 3),
      level("eclkc-continuum", "collaboration", "Collaboration", 4),
    ],
  },
  {
    id: "himmelman",
    label: "Himmelman, Collaboration for a Change",
    citation: { source: "Himmelman, A. T., Collaboration for a Change" },
    provenance: "Level names and cumulative definitions from secondary sources [secondary]; the same order as the ECLKC continuum.",
    mappingNote: "Same order and meaning as the continuum: each level maps to the stage of the same name.",
    levels: [
      level("himmelman", "networking", "Networking", 1, "Exchanging information for mutual benefit."),
      level("himmelman", "coordinating", "Coordinating", 2, "Networking plus altering activities for a common purpose."),
      level("himmelman", "cooperating", "Cooperating", 3, "Coordinating plus sharing resources."),
      level("himmelman", "collaborating", "Collaborating", 4, "Cooperating plus enhancing the capacity of another."),
    ],
  },
  {
    id: "frey-2006",
    label: "Levels of Collaboration Scale (Frey et al. 2006)",
    citation: {
      source: "Frey, Lohmeier, Lee & Tollefson (2006), Measuring collaboration among grant partners, American Journal of Evaluation 27(3):383-392",
      url: "https://doi.org/10.1177/1098214006290356",
    },
    provenance:
      "Scale 0-5 and level names [excerpt]; level descriptions are paraphrases of a secondary reproduction [secondary], not Frey's wording. Partners who rate each other differently have something to discuss, not an error.",
    mappingNote:
      "Mapped by description: cooperation (formal communication, independent decisions) reads as the continuum's coordination; coordination (shared information and resources) as cooperation; coalition and collaboration (joint resources, shared decisions) as collaboration.",
    levels: [
      level("frey-2006", "no-interaction", "No interaction", 0, "No interaction at all."),
      level("frey-2006", "networking", "Networking", 1, "Aware of the organization; loosely defined roles; little communication; independent decisions."),
      level("frey-2006", "cooperation", "Cooperation", 2, "Provide information to each other; somewhat defined roles; formal communication; independent decisions."),
      level("frey-2006", "coordination", "Coordination", 3, "Share information and resources; defined roles; frequent communication; some shared decisions."),
      level("frey-2006", "coalition", "Coalition", 4, "Share ideas and resources; frequent, prioritized communication; all members vote."),
      level("frey-2006", "collaboration", "Collaboration", 5, "Members belong to one system; communication with mutual trust; consensus on decisions."),
    ],
  },
  {
    id: "kagan-quilt",
    label: "QUILT continuum after Kagan (1991)",
    citation: { source: "QUILT (Quality in Linking Together), 2003, after Kagan, S. L. (1991), United we stand" },
    provenance: "Order from the QUILT 2003 deck [excerpt], which defines the least intense level after communication as cooperation.",
    mappingNote: "Kagan's cooperation (informal, least intense) reads as the continuum's coordination, and Kagan's coordination (more formal) as cooperation.",
    levels: [
      level("kagan-quilt", "communication", "Communication", 1),
      level("kagan-quilt", "cooperation", "Cooperation", 2),
      level("kagan-quilt", "coordination", "Coordination", 3),
      level("kagan-quilt", "collaboration", "Collaboration", 4),
    ],
  },
]))();

/**
 * Reads a level of any model as a continuum stage (`null` for Frey's "no interaction");
 * `undefined` when the model or level is unknown.
 *
 * @example
 * ```ts
 * import { stageFromModel } from "ece-partnerships";
 * stageFromModel("frey-2006", "coordination"); //=> "cooperation"
 * stageFromModel("kagan-quilt", "cooperation"); //=> "coordination"
 * stageFromModel("frey-2006", "no-interaction"); //=> null
 * stageFromModel("nope", "x"); //=> undefined
 * ```
 * @category Continuum
 */
export function stageFromModel(modelId: string, levelId: string): StageId | null | undefined {
  const levels = Object.hasOwn(LEVEL_STAGES, modelId) ? LEVEL_STAGES[modelId] : undefined;
  return levels && Object.hasOwn(levels, levelId) ? levels[levelId] : undefined;
}
