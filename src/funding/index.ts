export {
  costCategories,
  type CostCategory,
  fundingLevels,
  type FundingLevel,
  awardMechanisms,
  appropriationTypes,
  FundingStreamSchema,
  type FundingStream,
} from "./stream.js";
export { fundingStreams } from "./streams.js";
export { allocateCost, requiredNonFederalMatch } from "./allocate.js";
export {
  planOwnerKinds,
  FundingSourceSchema,
  FundingArrangementSchema,
  CostItemSchema,
  FundingPlanSchema,
  type FundingPlan,
  type FundingPlanInput,
  parseFundingPlan,
} from "./plan.js";
export { headStartMatchStreams, type FundingFigures, type FundingAnalysis, analyzeFundingPlan } from "./analyze.js";
