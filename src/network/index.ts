export {
  type GraphInput,
  type BetweennessMethod,
  BETWEENNESS_EXACT_BUDGET,
  PARTNERSHIP_HUB_PARTIES,
  type PartnershipNetworkInput,
  type MeasureNetworkOptions,
  type NodeMetrics,
  type NetworkMetrics,
  measureNetwork,
} from "./measure.js";
export { type NetworkFindingCode } from "./findings.js";
