export { staffPolicyTopics, staffPolicyTopicIds, childWelfareStaffRoles, childWelfareStaffRoleIds } from "./catalog.js";
export { StaffPolicyBaseSchema, StaffPolicySchema, type StaffPolicy, type StaffPolicyInput, parseStaffPolicy } from "./policy.js";
export { type StaffPoliciesInput, type StaffPolicyAssessment, assessStaffPolicies } from "./assess.js";
export { type StaffFindingCode } from "./findings.js";
