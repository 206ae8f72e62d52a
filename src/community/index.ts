export {
  CoordinatedServicesApproachSchema,
  type CoordinatedServicesApproach, type CoordinatedServicesApproachInput,
  parseCoordinatedServicesApproach,
  type EligibilityBand,
  type CoordinatedServicesAnalysis,
  analyzeCoordinatedServices,
  coordinatedServiceDomains,
  accessToolKinds,
  qualitySupportKinds,
} from "./coordinated.js";
export {
  type SharedServiceFunction,
  sharedServiceFunctions,
  SharedServicesAllianceSchema, SharedServicesAllianceBaseSchema,
  allianceAims,
  type SharedServicesAlliance, type SharedServicesAllianceInput,
  parseSharedServicesAlliance,
  type SharedServicesSavings,
  allianceSavings,
} from "./shared-services.js";
export {
  IronTriangleSiteSchema,
  parseIronTriangleSite,
  type IronTriangleSite, type IronTriangleSiteInput,
  type IronTriangleFigures,
  type IronTriangleAssessment,
  assessIronTriangle,
} from "./iron-triangle.js";
export { type CommunityFindingCode } from "./findings.js";
