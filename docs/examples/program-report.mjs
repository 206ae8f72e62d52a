// Renders one program's Markdown partnership report.
// Usage: node docs/examples/program-report.mjs [portfolio.json] [programId] [asOf] > report.md
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parsePortfolioJson, renderReport } from "ece-partnerships";

const file = process.argv[2] ?? fileURLToPath(new URL("./community.json", import.meta.url));
const programId = process.argv[3] ?? "sunrise-hs";
const asOf = process.argv[4] ?? "2025-09-01";

// parsePortfolioJson reads the text record by record: a national file never sits in memory twice.
const parsed = parsePortfolioJson(readFileSync(file, "utf8"));
if (!parsed.ok) {
  console.error(parsed.error.message);
  process.exit(1);
}
process.stdout.write(renderReport(parsed.value, programId, { asOf }));
