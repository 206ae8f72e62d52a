import { z } from "../core/zod.js";
import { crossField, issueText, enumSchema } from "../core/internal.js";
import { CitationSchema, IdSchema, deepFreeze, entitySchema, parseWith, partSchema, type ParseInput, type ParseResult } from "../core/index.js";

/**
 * The perspectives a planning question can ask about.
 *
 * @example
 * ```ts
 * import { perspectives } from "ece-partnerships";
 * perspectives; //=> ["families", "direct-service-staff", "partner-agency", "program-leadership"]
 * ```
 * @category Planning
 */
export const perspectives = /* @__PURE__ */ Object.freeze(["families", "direct-service-staff", "partner-agency", "program-leadership"] as const);

/**
 * A perspective; see {@link perspectives}.
 *
 * @example
 * ```ts
 * import type { Perspective } from "ece-partnerships";
 * const p: Perspective = "families";
 * p; //=> "families"
 * ```
 * @category Planning
 */
export type Perspective = (typeof perspectives)[number];

/**
 * The fields of {@link QuestionnaireSchema} without its cross-field rules, for reuse: `.pick()`, `.omit()`
 * and `.partial()` work on it (they refuse a schema with refinements). Validate whole records with
 * {@link QuestionnaireSchema}.
 *
 * @example
 * ```ts
 * import { QuestionnaireBaseSchema } from "ece-partnerships";
 * Object.keys(QuestionnaireBaseSchema.partial().shape).length > 1; //=> true
 * ```
 * @category Planning
 */
export const QuestionnaireBaseSchema = /* @__PURE__ */ entitySchema({
  /** Stable id. */
  id: IdSchema,
  /** Version; responses name the version they answer. */
  version: /* @__PURE__ */ z.string().min(1),
  /** Title. */
  title: /* @__PURE__ */ z.string().min(1),
  /** Where it comes from. */
  citation: /* @__PURE__ */ CitationSchema.optional(),
  /** Steps in order. */
  steps: /* @__PURE__ */ z
    .array(
      /* @__PURE__ */ partSchema({
        id: IdSchema,
        number: /* @__PURE__ */ z.number().int().min(1),
        title: /* @__PURE__ */ z.string().min(1),
        questions: /* @__PURE__ */ z.array(
          /* @__PURE__ */ partSchema({
            id: IdSchema,
            text: /* @__PURE__ */ z.string().min(1),
            perspectives: /* @__PURE__ */ z.array(/* @__PURE__ */ enumSchema(perspectives)).default([]),
          }),
        ),
      }),
    )
    .min(1),
});

/**
 * A planning questionnaire as data: versioned steps of questions, each tagged with the
 * perspectives it asks about. The library ships {@link planningQuestionnaire}; apps can bring
 * their own.
 *
 * @example
 * ```ts
 * import { QuestionnaireSchema } from "ece-partnerships";
 * QuestionnaireSchema.safeParse({
 *   id: "my-plan", version: "1", title: "Our planning", steps: [{ id: "s1", number: 1, title: "Start", questions: [{ id: "s1.q1", text: "Why?", perspectives: [] }] }],
 * }).success; //=> true
 * ```
 * @category Planning
 */
export const QuestionnaireSchema = /* @__PURE__ */ QuestionnaireBaseSchema.superRefine((q, ctx) => {
  const ids = new Set<string>();
  q.steps.forEach((step, i) =>
    step.questions.forEach((question, j) => {
      if (ids.has(question.id)) ctx.addIssue({ code: "custom", path: ["steps", i, "questions", j, "id"], ...issueText("question id \"{id}\" is repeated", { id: question.id }) });
      ids.add(question.id);
    }),
  );
}, /* @__PURE__ */ crossField("steps"));

/**
 * A questionnaire; see {@link QuestionnaireSchema}.
 *
 * @example
 * ```ts
 * import { planningQuestionnaire, type Questionnaire } from "ece-partnerships";
 * const q: Questionnaire = planningQuestionnaire;
 * q.steps.length; //=> 6
 * ```
 * @category Planning
 * @useDeclaredType
 */
export type Questionnaire = z.infer<typeof QuestionnaireSchema>;

/**
 * What {@link parseQuestionnaire} accepts for a questionnaire: the schema's input, where fields with
 * defaults are optional. Use it with `satisfies` for completion while writing data.
 *
 * @example
 * ```ts
 * import { parseQuestionnaire, type QuestionnaireInput } from "ece-partnerships";
 * const input = { id: "q", version: "1", title: "Check-in", steps: [{ id: "s1", number: 1, title: "Mission", questions: [{ id: "s1.q1", text: "What is our shared mission?" }] }] } satisfies QuestionnaireInput;
 * parseQuestionnaire(input).ok; //=> true
 * ```
 * @category Planning
 * @useDeclaredType
 */
export type QuestionnaireInput = z.input<typeof QuestionnaireSchema>;

/**
 * Validates a questionnaire; never throws.
 *
 * @example
 * ```ts
 * import { parseQuestionnaire } from "ece-partnerships";
 * parseQuestionnaire({ id: "q", version: "1", title: "T", steps: [] }).ok; //=> false
 * ```
 * @category Planning
 */
export function parseQuestionnaire<const T = QuestionnaireInput>(input: ParseInput<T, QuestionnaireInput>): ParseResult<Questionnaire> {
  return parseWith(QuestionnaireSchema, input);
}

/**
 * The six steps of Strategies for Partnering with Child Welfare Agencies (ECLKC) ("Steps to
 * Planning an Effective, Engaged Community Partnership with
 * Child Welfare Agencies"), with every guiding question verbatim (4, 6, 4, 6, 5 and 7 questions;
 * a bullet that asks several questions is one item). Each question is tagged with the
 * perspectives its text names: families (families, parents), direct-service staff (staff),
 * partner agency (child welfare, partners) and program leadership (program leadership, the Head
 * Start program, our program).
 *
 * @example
 * ```ts
 * import { planningQuestionnaire } from "ece-partnerships";
 * planningQuestionnaire.steps.map((s) => s.questions.length); //=> [4, 6, 4, 6, 5, 7]
 * planningQuestionnaire.steps[4]?.questions[1]?.text; //=> "What is our timeline for action? When do we expect to see success?"
 * planningQuestionnaire.steps[0]?.title; //=> "Define the partnership’s mission."
 * ```
 * @category Planning
 */
export const planningQuestionnaire: Questionnaire = /* @__PURE__ */ (() =>
  deepFreeze<Questionnaire>({
    id: "eclkc-child-welfare-planning",
    version: "1",
    title: "Steps to Planning an Effective, Engaged Community Partnership with Child Welfare Agencies",
    citation: { source: "ECLKC: Strategies for Partnering with Child Welfare Agencies", section: "Steps to Planning an Effective, Engaged Community Partnership" },
    steps: [
      {
        id: "step-1",
        number: 1,
        title: "Define the partnership’s mission.",
        questions: [
          { id: "step-1.q1", text: "What do our partnership stakeholders—including parents—need to do to intentionally take time to learn about each other and the individual organizations?", perspectives: ["families"] },
          { id: "step-1.q2", text: "What do we need to do to create and sustain a climate of mutual respect, acceptance, and trust?", perspectives: [] },
          { id: "step-1.q3", text: "What are our partnership stakeholders’ individual and/or organizational self-interests? What do our partners need from the collaborative partnership?", perspectives: ["partner-agency"] },
          { id: "step-1.q4", text: "What is our shared mission? What are the future possibilities that lead us toward actions and desired outcomes? What can we envision beyond what we see as current challenges or problems?", perspectives: [] },
        ],
      },
      {
        id: "step-2",
        number: 2,
        title: "Assess the environment and the partnership’s capacities.",
        questions: [
          { id: "step-2.q1", text: "What type of partnership do we have? What role does the Head Start and Early Head Start program play in the partnership? What role does the child welfare agency play in the partnership? What role do families play in the partnership? What role do staff who work directly with families play in the partnership?", perspectives: ["families", "direct-service-staff", "partner-agency", "program-leadership"] },
          { id: "step-2.q2", text: "What are the current strengths of our partnership? How can we build on the strengths of our partnership? What else can we do to strengthen our partnerships?", perspectives: [] },
          { id: "step-2.q3", text: "What are the challenges or gaps? What do program staff who work directly with families need in order to work effectively with child welfare?", perspectives: ["families", "direct-service-staff", "partner-agency"] },
          { id: "step-2.q4", text: "What are the current relationships and understandings between child welfare workers, program staff members, and families? What is working well? What can be improved?", perspectives: ["families", "direct-service-staff", "partner-agency"] },
          { id: "step-2.q5", text: "What are the issues or barriers in our interactions with child welfare? What are the issues or barriers in our interactions with the families we work with? What are families’ issues or barriers in their interactions with child welfare? What are families’ issues or barriers in their interactions with us? How can these issues be addressed?", perspectives: ["families", "partner-agency"] },
          { id: "step-2.q6", text: "What are the current mechanisms for collaboration? What is working well? What can be improved? What challenges need to be addressed? What has worked in the past? What didn’t work?", perspectives: [] },
        ],
      },
      {
        id: "step-3",
        number: 3,
        title: "Establish goals and expected outcomes.",
        questions: [
          { id: "step-3.q1", text: "What does our existing community assessment and program data tell us about children and families in our program? How many of the families that we serve are involved in the child welfare system (e.g., investigations, in-home services, foster care)?", perspectives: ["families", "partner-agency", "program-leadership"] },
          { id: "step-3.q2", text: "What are our program goals and expected outcomes for family well-being? What are the goals and expected outcomes of the child welfare agency? How do our program goals and priorities for community engagement overlap with the goals of the child welfare agency? How do our shared goals support a shared vision for our work together?", perspectives: ["families", "partner-agency", "program-leadership"] },
          { id: "step-3.q3", text: "What are our goals and desired outcomes for strengthening our partnership with child welfare? What are the goals from the perspective of staff who work directly with families? What are the goals from the perspective of families?", perspectives: ["families", "direct-service-staff", "partner-agency"] },
          { id: "step-3.q4", text: "How would a closer partnership with a child welfare agency help us reach our goals and desired outcomes? How would a closer partnership help staff in their work with children and families? How would a closer partnership with child welfare help families? How would a closer partnership help a child welfare agency reach its goals?", perspectives: ["families", "direct-service-staff", "partner-agency"] },
        ],
      },
      {
        id: "step-4",
        number: 4,
        title: "Explore and select strategies.",
        questions: [
          { id: "step-4.q1", text: "What information do we need from our partnering child welfare agency? What information does our partner need from us? What do we need to know from staff who work directly with families? What do we need to know from families? What do families need to know from us?", perspectives: ["families", "direct-service-staff", "partner-agency"] },
          { id: "step-4.q2", text: "What strategies should we use to consistently engage families and local child welfare agency as partners?", perspectives: ["families", "partner-agency"] },
          { id: "step-4.q3", text: "What new training and experience will staff who work directly with families need in order to be more effective partners?", perspectives: ["families", "direct-service-staff", "partner-agency"] },
          { id: "step-4.q4", text: "What actions are necessary to achieve the shared mission and goals for our partnership?", perspectives: [] },
          { id: "step-4.q5", text: "What does regular communication look like in our partnership? How can we enhance communication?", perspectives: [] },
          { id: "step-4.q6", text: "What new training and experience with partners would support staff to be more effective in their direct work with families?", perspectives: ["families", "direct-service-staff", "partner-agency"] },
        ],
      },
      {
        id: "step-5",
        number: 5,
        title: "Develop a plan of action.",
        questions: [
          { id: "step-5.q1", text: "Based on the identified goals and desired outcomes, what actions can we carry out? How should we prioritize them? What is feasible?", perspectives: [] },
          { id: "step-5.q2", text: "What is our timeline for action? When do we expect to see success?", perspectives: [] },
          { id: "step-5.q3", text: "How will we define success? What will success look like to families, to staff who work directly with families, to program leadership, and to the child welfare agency staff and leadership?", perspectives: ["families", "direct-service-staff", "partner-agency", "program-leadership"] },
          { id: "step-5.q4", text: "How will we measure our progress? How will we follow up, track, and monitor progress?", perspectives: [] },
          { id: "step-5.q5", text: "How will we communicate our progress with stakeholders?", perspectives: [] },
        ],
      },
      {
        id: "step-6",
        number: 6,
        title: "Consider solutions with potential for community impact.",
        questions: [
          { id: "step-6.q1", text: "What do we mean by community impact? What kind of impact would we like to have in our community as a result of our work together? How would things be different?", perspectives: [] },
          { id: "step-6.q2", text: "What actions/solutions have the greatest potential for community impact?", perspectives: [] },
          { id: "step-6.q3", text: "What are the most efficient ways to coordinate processes across partners?", perspectives: ["partner-agency"] },
          { id: "step-6.q4", text: "What data can be shared (with parent permission) with the child welfare agency to improve services? What data-sharing practices can we develop that will strengthen interagency relationships and identify service gaps?", perspectives: ["families", "partner-agency"] },
          { id: "step-6.q5", text: "What can be done to strengthen how services are delivered to families? What can be done to fill service gaps? How can partners work together to make it easier for families to access services? How can we gather and learn from families’ feedback?", perspectives: ["families", "partner-agency"] },
          { id: "step-6.q6", text: "What services can be bundled to reduce the number of family visits? How can we work together to reduce family stress resulting from contact with many different agencies?", perspectives: ["families"] },
          { id: "step-6.q7", text: "What should be done to maintain families’ privacy and confidentiality across partners?", perspectives: ["families", "partner-agency"] },
        ],
      },
    ],
  }))() as Questionnaire;
