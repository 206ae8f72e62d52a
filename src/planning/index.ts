export { perspectives, type Perspective, QuestionnaireSchema, QuestionnaireBaseSchema, type Questionnaire, type QuestionnaireInput, parseQuestionnaire, planningQuestionnaire } from "./questionnaire.js";
export { exampleGoals, type ActionArea, actionOpportunities, GoalIndicatorSchema, GoalSchema, GoalBaseSchema, type Goal, type GoalInput, parseGoal, indicatorProgress } from "./goals.js";
export {
  respondentRoles,
  AnswerSchema,
  QuestionnaireResponseSchema,
  type QuestionnaireResponse, type QuestionnaireResponseInput,
  parseQuestionnaireResponse,
  type QuestionnaireAssessment,
  scoreQuestionnaire,
} from "./response.js";
export {
  actionStatuses,
  PlannedActionSchema,
  ActionPlanSchema, ActionPlanBaseSchema,
  type ActionPlan, type ActionPlanInput,
  parseActionPlan,
  type ActionPlanStatus,
  actionPlanStatus,
} from "./action-plan.js";
export { type PlanningFindingCode } from "./findings.js";
