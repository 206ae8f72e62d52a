import { defineFinding } from "../core/index.js";

// The finding codes of actionPlanStatus and scoreQuestionnaire (declared once; gathered in findingCatalog).

const STEPS = { source: "Strategies for Partnering with Child Welfare Agencies (ECLKC)", section: "Steps to Planning" };

/** An action has no owner organization. */
export const actionNoOwner = /* @__PURE__ */ (() =>
  defineFinding({
  code: "action-plan.action.no-owner",
  severity: "should",
  title: "Action without an owner",
  basis: "Practice: an action nobody owns tends not to happen.",
  action: "Name the organization responsible for the action.",
  message: (p: { action: string }) => `Action "${p.action}" has no owner organization.`,
}))();

/** An action is blocked. */
export const actionBlocked = /* @__PURE__ */ (() =>
  defineFinding({
  code: "action-plan.action.blocked",
  severity: "should",
  title: "Action blocked",
  basis: "Practice: a blocked action needs the partners' attention.",
  action: "Discuss what blocks it at the next partnership meeting.",
  message: (p: { action: string; reason: string }) => `Action "${p.action}" is blocked${p.reason ? `: ${p.reason}` : ""}.`,
}))();

/** A high-priority action is past its due date. */
export const actionHighPriorityOverdue = /* @__PURE__ */ (() =>
  defineFinding({
  code: "action-plan.action.high-priority-overdue",
  severity: "should",
  title: "High-priority action overdue",
  basis: "The partners' own plan: a high-priority action is late.",
  action: "Do it, or agree on a new due date with the partners.",
  message: (p: { action: string; due: string }) => `Action "${p.action}" was due on ${p.due}.`,
}))();

/** An action of medium or low priority is past its due date. */
export const actionOverdue = /* @__PURE__ */ (() =>
  defineFinding({
  code: "action-plan.action.overdue",
  severity: "info",
  title: "Action overdue",
  basis: "The partners' own plan: an action is late.",
  action: "Do it, or agree on a new due date.",
  message: (p: { action: string; due: string }) => `Action "${p.action}" was due on ${p.due}.`,
}))();

/** A goal of the plan has no action. */
export const goalNoAction = /* @__PURE__ */ (() =>
  defineFinding({
  code: "action-plan.goal.no-action",
  severity: "should",
  title: "Goal without an action",
  basis: "Practice: a goal with no action will not move.",
  action: "Add at least one action for the goal.",
  message: (p: { goal: string; plan: string }) => `Goal ${p.goal} has no action in plan ${p.plan}.`,
}))();

/** An answer to a question the questionnaire does not have. */
export const answerUnknownQuestion = /* @__PURE__ */ (() =>
  defineFinding({
  code: "questionnaire.answer.unknown-question",
  severity: "should",
  title: "Answer to an unknown question",
  basis: "A gap in the data: the answer cannot be placed.",
  action: "Use a question id of the questionnaire.",
  message: (p: { response: string; question: string; questionnaire: string }) => `Response ${p.response} answers "${p.question}", which questionnaire ${p.questionnaire} does not have; it was not counted.`,
}))();

/** A response for another questionnaire. */
export const responseOtherQuestionnaire = /* @__PURE__ */ (() =>
  defineFinding({
  code: "questionnaire.response.other-questionnaire",
  severity: "should",
  title: "Response to another questionnaire",
  basis: "A gap in the data.",
  action: "Score the response with its own questionnaire.",
  message: (p: { response: string; theirs: string; questionnaire: string }) => `Response ${p.response} is for questionnaire ${p.theirs}, not ${p.questionnaire}.`,
}))();

/** A response to another version of the questionnaire. */
export const responseOtherVersion = /* @__PURE__ */ (() =>
  defineFinding({
  code: "questionnaire.response.other-version",
  severity: "info",
  title: "Response to another version",
  basis: "A note: questions may have changed between versions.",
  action: "Check the answers against the current version.",
  message: (p: { response: string; theirs: string; version: string }) => `Response ${p.response} answers version ${p.theirs}; the questionnaire is version ${p.version}.`,
}))();

/** A question that asks for families' or frontline staff's input records none. */
export const perspectiveMissing = /* @__PURE__ */ (() =>
  defineFinding({
  code: "questionnaire.perspective.missing",
  severity: "info",
  title: "Perspective missing",
  citation: STEPS,
  basis: "The planning steps ask for the input of families and of staff who work directly with families.",
  action: "Ask families (or frontline staff) and record their input.",
  message: (p: { question: string; who: string }) => `Question ${p.question} asks about ${p.who}, but its answer records no input from them.`,
}))();

/** A later step is answered before an earlier one is complete. */
export const sequenceSkippedAhead = /* @__PURE__ */ (() =>
  defineFinding({
  code: "questionnaire.sequence.skipped-ahead",
  severity: "info",
  title: "Steps answered out of order",
  citation: STEPS,
  basis: "The planning steps build on each other.",
  action: "Complete the earlier steps first, or revisit later answers when they are.",
  message: (p: { step: number; incomplete: string; verb: string }) => `Step ${p.step} has answers while step ${p.incomplete} ${p.verb} incomplete; the steps build on each other.`,
}))();

/** Every code of planning. */
export const planningFindings = /* @__PURE__ */ Object.freeze([
  actionNoOwner,
  actionBlocked,
  actionHighPriorityOverdue,
  actionOverdue,
  goalNoAction,
  answerUnknownQuestion,
  responseOtherQuestionnaire,
  responseOtherVersion,
  perspectiveMissing,
  sequenceSkippedAhead,
] as const);

/**
 * Every finding code of planning ({@link actionPlanStatus}, {@link scoreQuestionnaire}).
 *
 * @example
 * ```ts
 * import type { PlanningFindingCode } from "ece-partnerships";
 * const c: PlanningFindingCode = "action-plan.action.overdue";
 * c; //=> "action-plan.action.overdue"
 * ```
 * @category Planning
 */
export type PlanningFindingCode = (typeof planningFindings)[number]["code"];
