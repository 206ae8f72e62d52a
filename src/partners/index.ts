export { type PartnerCategoryId, type PartnerCategory, partnerCategories, partnerCategoryIds } from "./categories.js";
export { type OrganizationKind, type OrganizationKindId, organizationKindIds, organizationKinds } from "./kinds.js";
export {
  organizationLevels,
  programTypes,
  ContactSchema,
  ServiceAreaSchema,
  AddressSchema,
  ProgramDetailsSchema,
  type ProgramDetails,
  OrganizationSchema, OrganizationBaseSchema,
  type Organization,
  type OrganizationInput,
  parseOrganization,
  categoriesOf,
  isProgramOrganization,
  pointPersonOf,
} from "./organization.js";
export { type ElementId, elementIds, type PartnershipElement, partnershipElements, elementRatingLabels } from "./elements.js";
export {
  meetingFrequencies,
  type MeetingFrequency,
  meetingFrequencyIds,
  MeetingSchema,
  ElementRatingSchema,
  StageViewSchema, StageViewBaseSchema,
  PartnershipRolesSchema,
  partnershipStatuses,
  PartnershipSchema, PartnershipBaseSchema,
  type Partnership,
  type PartnershipInput,
  parsePartnership,
  isPartnershipActive,
} from "./partnership.js";
export { partnershipScoreWeights, type ScorePartnershipOptions, type PartnershipAssessment, scorePartnership } from "./score.js";
export { type PartnershipFindingCode } from "./findings.js";
