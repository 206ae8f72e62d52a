// A state-wide style summary of a portfolio, for analysts.
// Usage: node docs/examples/state-summary.mjs [portfolio.json] [asOf]
// The script does the I/O (reading the file, printing); the library stays pure.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parsePortfolioJson, summarizePortfolio } from "ece-partnerships";

const file = process.argv[2] ?? fileURLToPath(new URL("./community.json", import.meta.url));
const asOf = process.argv[3] ?? "2025-09-01";

// parsePortfolioJson reads the text record by record: a national file never sits in memory twice.
const parsed = parsePortfolioJson(readFileSync(file, "utf8"));
if (!parsed.ok) {
  console.error(parsed.error.message);
  process.exit(1);
}
const summary = summarizePortfolio(parsed.value, { asOf });
const { rollup } = summary;

console.log(`Portfolio summary as of ${asOf}: ${rollup.programs} programs, ${rollup.organizations} organizations, ${rollup.partnerships} partnerships, ${rollup.agreements} agreements`);
console.table(
  summary.programs.map((p) => ({
    program: p.name,
    enrollment: p.fundedEnrollment,
    "active partnerships": p.partnerships.active,
    "agreements in force": p.agreements.inForce,
    "compliance score": p.compliance.score,
    band: p.compliance.band,
    must: p.compliance.must,
    MOU: p.compliance.mou,
    "category gaps": p.compliance.categoryGaps,
    "funding gap ($)": Math.round(p.funding.gap / 100),
  })),
);
console.log("Partnerships by stage:", rollup.stageDistribution);
console.log("Programs without a partner in each category:", rollup.categoryGaps);
console.log(`Mean compliance score: ${rollup.meanComplianceScore}; programs with a must finding: ${rollup.programsWithMustFindings}`);
