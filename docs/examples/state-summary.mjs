// A state-wide summary of a portfolio, for a state collaboration office or an analyst.
// Usage: node docs/examples/state-summary.mjs [portfolio.json] [asOf] > summary.md
// The script does the I/O (reading the file, printing); the library stays pure.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { formatCents, parsePortfolioJson, renderSummary, summarizePortfolio } from "ece-partnerships";

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

// The table a collaboration office reads: one row per program, most must findings first, with
// findings across every analysis, the funding gap and the Head Start match shortfall.
process.stdout.write(renderSummary(summary));

// The state-level picture beside it.
const money = (cents) => (cents === null ? "no plan" : formatCents(cents));
console.log("\n## State picture\n");
console.log(`- Funded enrollment: ${rollup.fundedEnrollment}; mean compliance score: ${rollup.meanComplianceScore}.`);
console.log(`- Findings: ${rollup.findings.must} must, ${rollup.findings.should} should; ${rollup.programsWithMustFindings} of ${rollup.programs} programs have a must.`);
console.log(`- Money: funding gap ${money(rollup.fundingGapCents)}; Head Start match short ${money(rollup.matchShortfallCents)}.`);
console.log(`- Referrals: ${rollup.referrals.made} made, ${rollup.referrals.completed} led to a service; funded slots: ${rollup.fundedSlots.total}, ${rollup.fundedSlots.layered} layered from several streams.`);
console.log(`- Partnerships by stage: ${Object.entries(rollup.stageDistribution).map(([k, v]) => `${k} ${v}`).join(", ")}.`);
console.log(`- Programs with no partner in a category: ${Object.entries(rollup.categoryGaps).map(([k, v]) => `${k} ${v}`).join(", ")}.`);
console.log(`- Public-preschool MOU: ${Object.entries(rollup.mouStatus).map(([k, v]) => `${k} ${v}`).join(", ")}.`);
for (const p of summary.programs) {
  console.log(`- ${p.name}: ${p.findings.must} must, ${p.findings.should} should; ${p.funding.plans} funding plans, gap ${money(p.funding.gapCents)}, match short ${money(p.funding.matchShortfallCents)}.`);
}
