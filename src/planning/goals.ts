import { crossField, issueText } from "../core/internal.js";
import { z } from "../core/zod.js";
import { IdSchema, IsoDateSchema, defineCatalog, entitySchema, parseWith, partSchema, type CatalogItem, type ParseInput, type ParseResult } from "../core/index.js";

const SEED_001 = { source: "ECLKC: Strategies for Partnering with Child Welfare Agencies" };

/**
 * The eight example goals of Strategies for Partnering with Child Welfare Agencies (ECLKC)
 * ("Examples of Potential Goals for Head Start and Early Head
 * Start and Child Welfare Partnerships"), verbatim.
 *
 * @example
 * ```ts
 * import { exampleGoals } from "ece-partnerships";
 * exampleGoals.length; //=> 8
 * exampleGoals[0]?.label; //=> "Head Start and Early Head Start programs serve a greater number of children in foster care."
 * ```
 * @category Planning
 */
export const exampleGoals: readonly CatalogItem[] = /* @__PURE__ */ (() =>
  defineCatalog(
    [
      { id: "more-children-in-foster-care", label: "Head Start and Early Head Start programs serve a greater number of children in foster care." },
      { id: "more-child-welfare-families", label: "Head Start and Early Head Start programs serve a greater number of families receiving preventive, reunification, or other child welfare services." },
      { id: "fewer-shorter-placements", label: "Children experience fewer and/or shorter placements in foster care. They are subjected to fewer unnecessary family disruptions." },
      { id: "coordinated-continuous-services", label: "Children and families experience coordinated services and continuity of services. They are connected with the timely, concrete supports they need to thrive." },
      { id: "strengths-protective-factors", label: "Children and families expand their strengths and protective factors." },
      { id: "stronger-working-relationships", label: "Head Start and Early Head Start programs and the local child welfare agency have stronger working relationships." },
      { id: "broader-team", label: "Head Start and Early Head Start program staff and child welfare workers participate as members of a broader team to support children and families." },
      { id: "prevention-funding", label: "Head Start and Early Head Start programs receive funding as part of the preventive services funded through the state child welfare agency." },
    ].map((g) => ({ ...g, citation: { ...SEED_001, section: "Examples of Potential Goals" } })),
  ))();

/**
 * An area of the "Opportunities for Action" of Strategies for Partnering with Child Welfare
 * Agencies (ECLKC), with its actions verbatim.
 *
 * @example
 * ```ts
 * import { actionOpportunities, type ActionArea } from "ece-partnerships";
 * const area: ActionArea = actionOpportunities[3]!;
 * area.label; //=> "Family Partnerships"
 * ```
 * @category Planning
 */
export interface ActionArea extends CatalogItem {
  /** The actions, each verbatim with a stable id. */
  readonly actions: readonly { readonly id: string; readonly text: string }[];
}

/**
 * The "Opportunities for Action" of Strategies for Partnering with Child Welfare Agencies (ECLKC)
 * in its four areas (program leadership, continuous learning
 * and improvement, professional development, family partnerships), every action verbatim.
 *
 * @example
 * ```ts
 * import { actionOpportunities } from "ece-partnerships";
 * actionOpportunities.map((a) => a.actions.length); //=> [3, 4, 4, 4]
 * actionOpportunities[0]?.actions[1]?.text; //=> "Allocate resources to support professional development, continuous learning and improvement, and staffing."
 * ```
 * @category Planning
 */
export const actionOpportunities: readonly ActionArea[] = /* @__PURE__ */ (() =>
  defineCatalog<ActionArea>(
    [
      {
        id: "program-leadership",
        label: "Program Leadership",
        actions: [
          { id: "program-leadership.formal-mou", text: "Establish a formal Memorandum of Understanding (MOU) between the Head Start and Early Head Start program and the child welfare agency. Ensure that the MOU addresses collaboration to benefit individual families as well as policy issues across the two systems. If an existing MOU is in place, take the opportunity to revisit it as a team, and decide on any needed updates to further strengthen or expand partnerships." },
          { id: "program-leadership.allocate-resources", text: "Allocate resources to support professional development, continuous learning and improvement, and staffing." },
          { id: "program-leadership.governance-leaders", text: "Identify leaders, including family members, who can serve on each other’s governance groups (e.g., Policy Councils, advisory committees, or community boards)." },
        ],
      },
      {
        id: "continuous-learning",
        label: "Continuous Learning and Improvement",
        actions: [
          { id: "continuous-learning.examine-data", text: "Examine Head Start and Early Head Start data to assess how effectively the program is reaching and serving all families, with particular attention to families involved in child welfare (e.g., data related to enrollment, attendance, education assessment, health requirements, family service goals)." },
          { id: "continuous-learning.joint-presentations", text: "Deliver joint presentations about the work of Head Start and Early Head Start programs and of the child welfare agency for program and child welfare agency staff." },
          { id: "continuous-learning.share-information", text: "Share information that describes how the Head Start or Early Head Start program responds to the needs of the agency and to the interests and needs of the families served." },
          { id: "continuous-learning.emphasize-features", text: "Emphasize unique features of the Head Start and Early Head Start program. Examples include the benefits of a high-quality education, particularly for children in low-income households; eligibility for children in foster care; services that are free of charge; and comprehensive health screening, nutritional services, and family engagement services that include support for foster parents." },
        ],
      },
      {
        id: "professional-development",
        label: "Professional Development",
        actions: [
          { id: "professional-development.responsive-partners-training", text: "Ensure that teachers, family services staff, and managers receive the training they need to become responsive partners who support the child welfare agency’s mission." },
          { id: "professional-development.child-welfare-orientation", text: "Provide a basic orientation to and understanding of child welfare services and policies; strategies for accessing family supports and interventions; and staff’s roles as mandatory reporters. Pre-service training or in-service professional development can ensure that all key stakeholders understand these requirements." },
          { id: "professional-development.joint-training", text: "Conduct training together on issues of interest and importance to both child welfare agencies and Head Start and Early Head Start staff." },
          { id: "professional-development.training-topics", text: "Provide training on such topics as supporting families by providing comprehensive primary prevention and early intervention; reducing the impact of racism and implicit bias; understanding trauma and promoting healing; considering the circumstances of families who have moved to our community from other countries; using best practices for engaging families; working with parents who identify as LGBTQ; and promoting staff self-care and wellness." },
        ],
      },
      {
        id: "family-partnerships",
        label: "Family Partnerships",
        actions: [
          { id: "family-partnerships.point-person", text: "Designate a point person in the Head Start and Early Head Start program, as well as one in the child welfare agency, to handle referrals, coordinate ongoing family services, answer questions, and resolve problems." },
          { id: "family-partnerships.prepare-staff", text: "Prepare teachers and family services staff to support parents or other family members who choose to share information about involvement with child welfare." },
          { id: "family-partnerships.ask-how-to-support", text: "Ask if and how Head Start and Early Head Start staff can be supportive. Formal support could include participating in case planning and family meetings, or referring families to community resources. Informal support could include listening, helping families to advocate for themselves, or responding to family members’ requests for information on child development." },
          { id: "family-partnerships.fun-activities", text: "Organize fun activities together that are recreational, educational, and engaging for all families or for particular groups (e.g., mothers, fathers, new parents, young parents, grandparents). Examples may include parent cafés, health or neighborhood fairs, back-to-school events, special outings, mural painting, community gardening, and picnics." },
        ],
      },
    ].map((a) => ({ ...a, citation: { ...SEED_001, section: `Opportunities for Action: ${a.label}` } })),
  ))();

/**
 * A measurable indicator of a goal: baseline, target, unit and due date, and optionally the latest value.
 *
 * @example
 * ```ts
 * import { GoalIndicatorSchema } from "ece-partnerships";
 * GoalIndicatorSchema.parse({ id: "foster-enrolled", label: "Children in foster care enrolled", baseline: 6, target: 15, unit: "children", dueDate: "2026-06-30" }).target; //=> 15
 * ```
 * @category Planning
 */
export const GoalIndicatorSchema = /* @__PURE__ */ partSchema({
  /** Id within the goal. */
  id: IdSchema,
  /** What is measured. */
  label: /* @__PURE__ */ z.string().min(1),
  /** Where it started. */
  baseline: /* @__PURE__ */ z.number(),
  /** Where it should get to. */
  target: /* @__PURE__ */ z.number(),
  /** Unit: children, families, percent, meetings... */
  unit: /* @__PURE__ */ z.string().min(1),
  /** When the target should be reached. */
  dueDate: IsoDateSchema,
  /** The latest measurement. */
  current: /* @__PURE__ */ partSchema({ value: /* @__PURE__ */ z.number(), date: IsoDateSchema }).optional(),
});

/**
 * The fields of {@link GoalSchema} without its cross-field rules, for reuse: `.pick()`, `.omit()`
 * and `.partial()` work on it (they refuse a schema with refinements). Validate whole records with
 * {@link GoalSchema}.
 *
 * @example
 * ```ts
 * import { GoalBaseSchema } from "ece-partnerships";
 * Object.keys(GoalBaseSchema.partial().shape).length > 1; //=> true
 * ```
 * @category Planning
 */
export const GoalBaseSchema = /* @__PURE__ */ entitySchema({
  /** Unique id. */
  id: IdSchema,
  /** The goal in the partners' words. */
  text: /* @__PURE__ */ z.string().min(1),
  /** The example goal it adapts. */
  exampleGoalId: /* @__PURE__ */ z.string().min(1).optional(),
  /** The partnership it belongs to. */
  partnershipId: /* @__PURE__ */ IdSchema.optional(),
  /** How progress is measured. */
  indicators: /* @__PURE__ */ z.array(GoalIndicatorSchema).default([]),
});

/**
 * A goal with measurable indicators, optionally based on one of {@link exampleGoals} and tied to a partnership.
 *
 * @example
 * ```ts
 * import { parseGoal } from "ece-partnerships";
 * parseGoal({ id: "g1", text: "Serve more children in foster care", exampleGoalId: "more-children-in-foster-care", indicators: [] }).ok; //=> true
 * ```
 * @category Planning
 */
export const GoalSchema = /* @__PURE__ */ GoalBaseSchema.superRefine((g, ctx) => {
  const ids = new Set<string>();
  g.indicators.forEach((ind, i) => {
    if (ids.has(ind.id)) ctx.addIssue({ code: "custom", path: ["indicators", i, "id"], ...issueText("indicator id \"{id}\" is repeated", { id: ind.id }) });
    ids.add(ind.id);
  });
}, /* @__PURE__ */ crossField("indicators"));

/**
 * A goal; see {@link GoalSchema}.
 *
 * @example
 * ```ts
 * import type { Goal } from "ece-partnerships";
 * const g: Goal = { id: "g", text: "Stronger working relationships", indicators: [] };
 * g.id; //=> "g"
 * ```
 * @category Planning
 * @useDeclaredType
 */
export type Goal = z.infer<typeof GoalSchema>;

/**
 * What {@link parseGoal} accepts for a goal: the schema's input, where fields with
 * defaults are optional. Use it with `satisfies` for completion while writing data.
 *
 * @example
 * ```ts
 * import { parseGoal, type GoalInput } from "ece-partnerships";
 * const input = { id: "g1", text: "Enroll children in foster care within two weeks" } satisfies GoalInput;
 * parseGoal(input).ok; //=> true
 * ```
 * @category Planning
 * @useDeclaredType
 */
export type GoalInput = z.input<typeof GoalSchema>;

/**
 * Validates a goal; never throws.
 *
 * @example
 * ```ts
 * import { parseGoal } from "ece-partnerships";
 * parseGoal({ id: "g", text: "" }).ok; //=> false
 * ```
 * @category Planning
 */
export function parseGoal<const T = GoalInput>(input: ParseInput<T, GoalInput>): ParseResult<Goal> {
  return parseWith(GoalSchema, input);
}

/**
 * How far an indicator has moved from baseline toward target (0..1, capped), or `null` without
 * a current value or when baseline equals target.
 *
 * @example
 * ```ts
 * import { indicatorProgress } from "ece-partnerships";
 * indicatorProgress({ id: "i", label: "Enrolled", baseline: 6, target: 16, unit: "children", dueDate: "2026-06-30", current: { value: 11, date: "2026-01-10" } }); //=> 0.5
 * indicatorProgress({ id: "i", label: "Wait", baseline: 30, target: 10, unit: "days", dueDate: "2026-06-30", current: { value: 40, date: "2026-01-10" } }); //=> 0
 * ```
 * @category Planning
 */
export function indicatorProgress(indicator: z.infer<typeof GoalIndicatorSchema>): number | null {
  if (!indicator.current || indicator.target === indicator.baseline) return null;
  // Scaled first, so differences of values near the largest double stay finite.
  const scale = Math.max(Math.abs(indicator.baseline), Math.abs(indicator.target), Math.abs(indicator.current.value));
  const b = indicator.baseline / scale;
  const p = (indicator.current.value / scale - b) / (indicator.target / scale - b);
  return Number.isFinite(p) ? Math.min(1, Math.max(0, p)) : null;
}
