import { z } from "../core/zod.js";
import { IdSchema, IsoDateSchema, buildAssessment, entitySchema, parseWith, partSchema, report, roundScore, type Assessment, type Finding, type ParseInput, type ParseResult } from "../core/index.js";
import { answerUnknownQuestion, perspectiveMissing, responseOtherQuestionnaire, responseOtherVersion, sequenceSkippedAhead, type PlanningFindingCode } from "./findings.js";
import { roundShare, enumSchema, recordSchema } from "../core/internal.js";
import { perspectives, type Perspective, type Questionnaire } from "./questionnaire.js";

/**
 * Who can answer a planning question: one of the {@link perspectives}, or `other`.
 *
 * @example
 * ```ts
 * import { respondentRoles } from "ece-partnerships";
 * respondentRoles.includes("other"); //=> true
 * ```
 * @category Planning
 */
export const respondentRoles = /* @__PURE__ */ Object.freeze(["families", "direct-service-staff", "partner-agency", "program-leadership", "other"] as const);

/**
 * An answer to one question: text, status, who answered (with the roles that contributed) and when.
 *
 * @example
 * ```ts
 * import { AnswerSchema } from "ece-partnerships";
 * AnswerSchema.parse({ status: "answered", text: "Monthly joint case reviews", answeredBy: { role: "program-leadership", contributors: ["families"] }, date: "2025-03-01" }).status; //=> "answered"
 * ```
 * @category Planning
 */
export const AnswerSchema = /* @__PURE__ */ partSchema({
  /** The answer. */
  text: /* @__PURE__ */ z.string().optional(),
  /** unanswered, draft or answered. */
  status: /* @__PURE__ */ enumSchema(["unanswered", "draft", "answered"]),
  /** Who wrote it, by role, and which other roles contributed. */
  answeredBy: /* @__PURE__ */ partSchema({
    role: /* @__PURE__ */ enumSchema(respondentRoles),
    name: /* @__PURE__ */ z.string().optional(),
    organizationId: /* @__PURE__ */ IdSchema.optional(),
    contributors: /* @__PURE__ */ z.array(/* @__PURE__ */ enumSchema(respondentRoles)).default([]),
  }).optional(),
  /** When. */
  date: /* @__PURE__ */ IsoDateSchema.optional(),
});

/**
 * Responses to a questionnaire: answers by question id and notes per step.
 *
 * @example
 * ```ts
 * import { parseQuestionnaireResponse } from "ece-partnerships";
 * parseQuestionnaireResponse({ id: "r1", questionnaireId: "eclkc-child-welfare-planning", answers: { "step-1.q1": { status: "draft", text: "..." } } }).ok; //=> true
 * ```
 * @category Planning
 */
export const QuestionnaireResponseSchema = /* @__PURE__ */ entitySchema({
  /** Unique id. */
  id: IdSchema,
  /** The questionnaire answered. */
  questionnaireId: IdSchema,
  /** Its version. */
  questionnaireVersion: /* @__PURE__ */ z.string().optional(),
  /** The partnership planned, if any. */
  partnershipId: /* @__PURE__ */ IdSchema.optional(),
  /** Answers by question id. */
  answers: /* @__PURE__ */ recordSchema(/* @__PURE__ */ z.string().min(1), AnswerSchema).default({}),
  /** Notes by step id. */
  stepNotes: /* @__PURE__ */ recordSchema(/* @__PURE__ */ z.string().min(1), /* @__PURE__ */ z.string()).default({}),
});

/**
 * Questionnaire responses; see {@link QuestionnaireResponseSchema}.
 *
 * @example
 * ```ts
 * import type { QuestionnaireResponse } from "ece-partnerships";
 * const r: QuestionnaireResponse = { id: "r", questionnaireId: "q", answers: {}, stepNotes: {} };
 * r.id; //=> "r"
 * ```
 * @category Planning
 * @useDeclaredType
 */
export type QuestionnaireResponse = z.infer<typeof QuestionnaireResponseSchema>;

/**
 * What {@link parseQuestionnaireResponse} accepts for a questionnaire response: the schema's input, where fields with
 * defaults are optional. Use it with `satisfies` for completion while writing data.
 *
 * @example
 * ```ts
 * import { parseQuestionnaireResponse, type QuestionnaireResponseInput } from "ece-partnerships";
 * const input = { id: "r", questionnaireId: "eclkc-child-welfare-planning" } satisfies QuestionnaireResponseInput;
 * parseQuestionnaireResponse(input).ok; //=> true
 * ```
 * @category Planning
 * @useDeclaredType
 */
export type QuestionnaireResponseInput = z.input<typeof QuestionnaireResponseSchema>;

/**
 * Validates questionnaire responses; never throws.
 *
 * @example
 * ```ts
 * import { parseQuestionnaireResponse } from "ece-partnerships";
 * const fromForm: unknown = { id: "r", questionnaireId: "q", answers: { x: { status: "done" } } };
 * parseQuestionnaireResponse(fromForm).ok; //=> false
 * ```
 * @category Planning
 */
export function parseQuestionnaireResponse<const T = QuestionnaireResponseInput>(input: ParseInput<T, QuestionnaireResponseInput>): ParseResult<QuestionnaireResponse> {
  return parseWith(QuestionnaireResponseSchema, input);
}

/**
 * The result of {@link scoreQuestionnaire}: an assessment plus completion per step, readiness
 * and the next questions.
 *
 * @example
 * ```ts
 * import type { QuestionnaireAssessment } from "ece-partnerships";
 * const keys: (keyof QuestionnaireAssessment)[] = ["steps", "readyToAct", "nextQuestions"];
 * keys.length; //=> 3
 * ```
 * @category Planning
 */
export interface QuestionnaireAssessment extends Assessment<PlanningFindingCode> {
  /** Per step: answered, drafted and total questions, and the share answered. */
  steps: { stepId: string; number: number; answered: number; drafts: number; total: number; completion: number }[];
  /** True when steps 1 to 4 are fully answered: the partners can develop a plan of action (step 5). */
  readyToAct: boolean;
  /** Up to `nextCount` unanswered question ids, in questionnaire order. */
  nextQuestions: string[];
}

const isAnswered = (a: { status: string; text?: string | undefined } | undefined) => a?.status === "answered" && (a.text ?? "").trim() !== "";

type Subject = { kind: string; id?: string };

/** Answers to questions the questionnaire does not have, and a response to another questionnaire or version. */
function mismatches(questionnaire: Questionnaire, response: QuestionnaireResponse, subject: Subject): Finding<PlanningFindingCode>[] {
  const findings: Finding<PlanningFindingCode>[] = [];
  const known = new Set<string>();
  for (const step of questionnaire.steps) for (const q of step.questions) known.add(q.id);
  for (const questionId of Object.keys(response.answers ?? {})) {
    if (!known.has(questionId)) {
      findings.push(report(answerUnknownQuestion, { response: response.id, question: questionId, questionnaire: questionnaire.id }, { subject, path: ["answers", questionId] }));
    }
  }
  if (response.questionnaireId !== questionnaire.id) {
    findings.push(report(responseOtherQuestionnaire, { response: response.id, theirs: response.questionnaireId, questionnaire: questionnaire.id }, { subject }));
  }
  if (response.questionnaireVersion !== undefined && response.questionnaireVersion !== questionnaire.version) {
    findings.push(report(responseOtherVersion, { response: response.id, theirs: String(response.questionnaireVersion), version: String(questionnaire.version) }, { subject }));
  }
  return findings;
}

/** Steps with answers while an earlier step is incomplete: how many, out of the steps started. */
function sequenceOf(steps: QuestionnaireAssessment["steps"], emit: (finding: Finding<PlanningFindingCode>) => void, subject: Subject): { outOfOrder: number; startedSteps: number } {
  let outOfOrder = 0;
  let startedSteps = 0;
  steps.forEach((step, index) => {
    if (step.answered === 0) return;
    startedSteps += 1;
    const incomplete = steps.slice(0, index).filter((s) => s.answered < s.total);
    if (incomplete.length > 0) {
      outOfOrder += 1;
      emit(report(sequenceSkippedAhead, { step: step.number, incomplete: incomplete.map((s) => s.number).join(", "), verb: incomplete.length === 1 ? "is" : "are" }, { subject }));
    }
  });
  return { outOfOrder, startedSteps };
}

/**
 * Scores responses to a questionnaire (0..100) from three components:
 *
 * - `completion` (0.5): the share of questions answered (status `answered` with text);
 * - `sequence` (0.2): steps answered in order; each later step answered while an earlier one is
 *   incomplete costs and is reported (the source's steps build on each other);
 * - `perspectives` (0.3): where an answered question asks about families or direct-service staff,
 *   whether that role answered or contributed.
 *
 * It also gives completion per step, readiness to act (steps 1-4 answered, so step 5's plan of
 * action can start), and the next questions to answer. Answers to question ids the questionnaire
 * does not have, and answers for another version, are findings and are not counted.
 * Complexity: O(questions + answers).
 *
 * @example
 * ```ts
 * import { planningQuestionnaire, scoreQuestionnaire } from "ece-partnerships";
 * const a = scoreQuestionnaire(planningQuestionnaire, {
 *   id: "r1", questionnaireId: "eclkc-child-welfare-planning", stepNotes: {},
 *   answers: {
 *     "step-1.q1": { status: "answered", text: "Joint orientation with parents", answeredBy: { role: "program-leadership", contributors: ["families"] } },
 *     "step-3.q1": { status: "answered", text: "12 families involved" },
 *     "step-9.q1": { status: "answered", text: "?" },
 *   },
 * });
 * a.steps.map((s) => s.answered); //=> [1, 0, 1, 0, 0, 0]
 * a.readyToAct; //=> false
 * a.nextQuestions.slice(0, 2); //=> ["step-1.q2", "step-1.q3"]
 * a.findings.map((f) => f.code); //=> ["questionnaire.answer.unknown-question", "questionnaire.perspective.missing", "questionnaire.sequence.skipped-ahead"]
 * ```
 * @category Planning
 */
export function scoreQuestionnaire(questionnaire: Questionnaire, response: QuestionnaireResponse, options: { nextCount?: number } = {}): QuestionnaireAssessment {
  const subject = response.id ? { kind: "questionnaire-response", id: response.id } : { kind: "questionnaire-response" };
  const findings: Finding<PlanningFindingCode>[] = [];
  findings.push(...mismatches(questionnaire, response, subject));

  const steps: QuestionnaireAssessment["steps"] = [];
  const next: string[] = [];
  let answered = 0;
  let total = 0;
  let needed = 0;
  let covered = 0;
  const perspectiveEvidence: string[] = [];
  for (const step of questionnaire.steps) {
    let stepAnswered = 0;
    let drafts = 0;
    for (const q of step.questions) {
      const answer = response.answers?.[q.id];
      if (isAnswered(answer)) {
        stepAnswered += 1;
        for (const p of q.perspectives.filter((x): x is Perspective => x === "families" || x === "direct-service-staff")) {
          needed += 1;
          const roles = new Set([answer?.answeredBy?.role, ...(answer?.answeredBy?.contributors ?? [])]);
          if (roles.has(p)) {
            covered += 1;
            perspectiveEvidence.push(`${q.id}: ${p}`);
          } else {
            findings.push(report(perspectiveMissing, { question: q.id, who: p === "families" ? "families" : "staff who work directly with families" }, { subject, path: ["answers", q.id] }));
          }
        }
      } else {
        if (answer?.status === "draft") drafts += 1;
        next.push(q.id);
      }
    }
    answered += stepAnswered;
    total += step.questions.length;
    steps.push({ stepId: step.id, number: step.number, answered: stepAnswered, drafts, total: step.questions.length, completion: step.questions.length ? roundShare(stepAnswered / step.questions.length) : 1 });
  }

  const { outOfOrder, startedSteps } = sequenceOf(steps, (finding) => findings.push(finding), subject);

  const readyToAct = steps.filter((s) => s.number <= 4).every((s) => s.answered === s.total) && steps.some((s) => s.number <= 4);
  const assessment = buildAssessment({
    subject,
    findings,
    components: [
      { id: "completion", label: "Questions answered", score: total ? roundScore((answered / total) * 100) : null, weight: 0.5, evidence: [`${answered} of ${total} questions answered`] },
      {
        id: "sequence",
        label: "Steps taken in order",
        score: startedSteps ? roundScore(((startedSteps - outOfOrder) / startedSteps) * 100) : null,
        weight: 0.2,
        evidence: startedSteps ? [`${startedSteps - outOfOrder} of ${startedSteps} started steps follow complete earlier steps`] : [],
      },
      { id: "perspectives", label: "Families' and staff's perspectives included", score: needed ? roundScore((covered / needed) * 100) : null, weight: 0.3, evidence: perspectiveEvidence },
    ],
  });
  return Object.assign(assessment, { steps, readyToAct, nextQuestions: next.slice(0, options.nextCount ?? 5) });
}
