export { communityAssessmentElements, CommunityAssessmentSchema, type CommunityAssessment, parseCommunityAssessment } from "./community-assessment.js";
export { type ComplianceInput } from "./index-cache.js";
export { type ComplianceAssessment, assessCompliance } from "./assess.js";
