export {
  agreementKinds,
  type AgreementKind,
  type TemplateClause,
  type ReviewCadence,
  type AgreementTemplate,
  submissionRecipients,
  type SubmissionRecipient,
  agreementTemplates,
  findTemplate,
} from "./templates.js";
export {
  SignatureSchema,
  AgreementClauseSchema,
  AmendmentSchema,
  SubmissionSchema,
  DataSharingBasisSchema,
  AgreementReviewSchema,
  AgreementSchema, AgreementBaseSchema,
  type Agreement,
  type AgreementInput,
  parseAgreement,
  mouExemptionKinds,
  MouExemptionSchema, MouExemptionBaseSchema,
  type MouExemption, type MouExemptionInput,
  parseMouExemption,
} from "./agreement.js";
export {
  DEFAULT_SCHOOL_YEAR_START_MONTH,
  executionDate,
  effectiveDateOf,
  reviewCadenceOf,
  nearestSchoolYearStart,
  nextReviewDate,
  reviewDueDate,
  type AgreementEvent,
  renewalSchedule,
} from "./schedule.js";
export { type AgreementStatus, type AgreementState, agreementState } from "./state.js";
export { type AgreementAssessment, agreementScoreWeights, assessAgreement } from "./assess.js";
export { type AssessAgreementOptions } from "./rules/context.js";
export { agreementRules, type AgreementFindingCode } from "./rules/index.js";
export { type ClauseFindingCode } from "./clause-findings.js";
export { type DraftAgreementOptions, type DraftBlank, type AgreementDraft, draftAgreement } from "./draft.js";
