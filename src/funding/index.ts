export {
  costCategories,
  type CostCategory,
  fundingLevels,
  type FundingLevel,
  awardMechanisms,
  fundingOrigins,
  fundingOriginOf,
  appropriationTypes,
  FundingStreamSchema,
  type FundingStream,
} from "./stream.js";
export { fundingStreams, fundingStreamAliases, canonicalStreamId } from "./streams.js";
export { allocateCost, requiredNonFederalMatch } from "./allocate.js";
export {
  planOwnerKinds,
  FundingSourceSchema,
  FundingArrangementSchema,
  type FundingSource,
  CostItemSchema,
  type CostItem,
  FundingPlanSchema, FundingPlanBaseSchema,
  type FundingPlan,
  type FundingPlanInput,
  parseFundingPlan,
} from "./plan.js";
export { type FundingFigures, type FundingAnalysis, analyzeFundingPlan } from "./analyze.js";
export { headStartMatchStreams, type MatchFigures, type AnalyzeFundingPlanOptions } from "./rules/context.js";
export { fundingRules, type FundingFindingCode } from "./rules/index.js";
