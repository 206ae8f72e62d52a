export { PORTFOLIO_SCHEMA_VERSION, PortfolioSchema, type Portfolio, type PortfolioInput, portfolioCollections } from "./schema.js";
export { parsePortfolio } from "./parse.js";
export { editPortfolio } from "./edit.js";
export { parsePortfolioJson } from "./parse-json.js";
export { migratePortfolio } from "./migrate.js";
export { type ProgramSummary, type PortfolioSummary, summarizePortfolio, renderSummary } from "./summary.js";
export { type ReportOptions, buildReport } from "./report/build.js";
export { renderReport, renderReportMarkdown } from "./report/markdown.js";
export { REPORT_NETWORK_MAX_NODES } from "./report/network.js";
export type {
  ProgramReport,
  ReportFinding,
  ReportFindingGroup,
  ReportRule,
  NextStep,
  PartnershipRow,
  AgreementRow,
  FundingPlanRow,
  ReportFunding,
  ReportNetwork,
  ReferralRow,
  ReportReferrals,
  ReportCcrr,
  ReportStaffPolicies,
  ReportSlots,
  ReportAlliance,
  ReportApproach,
  ReportChange,
} from "./report/model.js";
export { portfolioJsonSchema } from "./json-schema.js";
