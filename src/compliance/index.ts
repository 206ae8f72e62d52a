export { communityAssessmentElements, CommunityAssessmentSchema, type CommunityAssessment, type CommunityAssessmentInput, parseCommunityAssessment } from "./community-assessment.js";
export { type ComplianceInput } from "./index-cache.js";
export { type ComplianceAssessment, type ComplianceInputError, assessCompliance } from "./assess.js";
export { complianceRules, type ComplianceFindingCode } from "./rules/index.js";
export { type RegulationParagraph, regulationParagraphs } from "./paragraphs.js";
