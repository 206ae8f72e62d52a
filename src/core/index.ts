export { type JsonValue, type Extensions, JsonValueSchema, ExtensionsSchema, MAX_JSON_DEPTH } from "./json.js";
export {
  type ValidationIssue,
  type ValidationError,
  type ParseResult,
  type ParseInput,
  formatPath,
  makeIssue,
  validationError,
  parseWith,
} from "./result.js";
export { entitySchema, partSchema } from "./entity.js";
export { type IsoDate, IsoDateSchema, isoToDate, dateToIso, TimestampSchema } from "./iso-date.js";
export { IdSchema, CentsSchema, ShareSchema, TextSchema, formatCents } from "./primitives.js";
export { dollarsToCents } from "./dollars.js";
export { issuesByPath } from "./issues-by-path.js";
export { CitationSchema, type Citation, formatCitation } from "./citation.js";
export { type Severity, severities, type Subject, type Finding, type FindingParams, makeFinding, sortFindings } from "./finding.js";
export {
  verifications,
  type Verification,
  type BindingText,
  type FindingMeta,
  defineFinding,
  type FindingPlace,
  report,
  type Rule,
  defineRule,
  runRules,
} from "./rule.js";
export { DatedFactSchema, type DatedFact, factOn, factChangesIn } from "./fact.js";
export { PeriodSchema, PeriodBaseSchema } from "./period.js";
export {
  BandSchema,
  type Band,
  BandTableSchema, BandTableBaseSchema,
  type BandTable,
  INSUFFICIENT_EVIDENCE,
  NOT_MET,
  defineBandTable,
  bandFor,
  scoreBands,
} from "./bands.js";
export { type AssessmentComponent, type Assessment, type BuildAssessmentInput, buildAssessment, roundScore } from "./assessment.js";
export { type CatalogItem, type DeepReadonly, deepFreeze, defineCatalog, indexById } from "./catalog.js";
export {
  PatchSchema,
  type EditPatch,
  ChangeSchema,
  type Change,
  type EditMeta,
  type EditResult,
  edit,
  undo,
  redo,
} from "./edit.js";
