export { FundedSlotsBaseSchema, FundedSlotsSchema, type FundedSlots, type FundedSlotsInput, parseFundedSlots } from "./slots.js";
export { type SlotsAnalysisInput, type SlotLayering, type FundedSlotsAnalysis, analyzeFundedSlots } from "./analyze.js";
export { type SlotFindingCode } from "./findings.js";
