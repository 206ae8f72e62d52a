export { perspectives, type Perspective, QuestionnaireSchema, type Questionnaire, parseQuestionnaire, planningQuestionnaire } from "./questionnaire.js";
export { exampleGoals, type ActionArea, actionOpportunities, GoalIndicatorSchema, GoalSchema, type Goal, parseGoal, indicatorProgress } from "./goals.js";
export {
  respondentRoles,
  AnswerSchema,
  QuestionnaireResponseSchema,
  type QuestionnaireResponse,
  parseQuestionnaireResponse,
  type QuestionnaireAssessment,
  scoreQuestionnaire,
} from "./response.js";
export {
  actionStatuses,
  PlannedActionSchema,
  ActionPlanSchema,
  type ActionPlan,
  parseActionPlan,
  type ActionPlanStatus,
  actionPlanStatus,
} from "./action-plan.js";
export { type PlanningFindingCode } from "./findings.js";
