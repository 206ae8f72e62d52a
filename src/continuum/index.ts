export { type PartnershipPractice, type PracticeId, practiceIds, partnershipPractices } from "./practices.js";
export {
  type StageId,
  type StageIndicator,
  type ContinuumStage,
  continuumStages,
  stageIds,
  stageRank,
  compareStages,
} from "./stages.js";
export { type ModelLevel, type CollaborationModel, collaborationModels, stageFromModel } from "./models.js";
export { PracticeEvidenceSchema, type PracticeEvidence } from "./evidence.js";
export {
  type StageView,
  type ClassifyStageOptions,
  type StageClassification,
  classifyStage,
} from "./classify.js";
export { type ContinuumFindingCode } from "./findings.js";
