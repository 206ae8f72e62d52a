export { PORTFOLIO_SCHEMA_VERSION, PortfolioSchema, type Portfolio, type PortfolioInput, portfolioCollections } from "./schema.js";
export { parsePortfolio } from "./parse.js";
export { parsePortfolioJson } from "./parse-json.js";
export { migratePortfolio } from "./migrate.js";
export { type ProgramSummary, type PortfolioSummary, summarizePortfolio } from "./summary.js";
export { renderReport } from "./report.js";
export { portfolioJsonSchema } from "./json-schema.js";
export { type HsdsOrganization, type HsdsIdKind, toHsds } from "./hsds.js";
