// renderReport's scaling on one program with many partners whose ids differ only in characters
// outside [A-Za-z0-9_-] (issue: Mermaid aliases once grew by "_" until unused, cubic in time).
// Run by bench/run.mjs in a fresh process; runnable alone: node bench/report-scaling.mjs (after npm run build).
import { fileURLToPath } from "node:url";
import { parsePortfolio, renderReport } from "../dist/index.js";

/** Partner ids that share one ASCII skeleton and differ only in non-ASCII letters: "socio-ñáé". */
const LETTERS = ["ñ", "á", "é", "í", "ó", "ú", "ü", "ç", "ø", "ß"];
function nonAsciiId(n) {
  let s = "";
  do {
    s = LETTERS[n % 10] + s;
    n = Math.floor(n / 10);
  } while (n > 0);
  return `socio-${s}`;
}

/** A valid portfolio: one Head Start program with `partners` partners, one partnership each. */
export function programWithPartners(partners) {
  const program = {
    id: "programa-niños", name: "Programa de Niños", kind: "head-start-preschool", level: "local", contacts: [],
    program: { types: ["head-start-preschool"], americanIndianAlaskaNative: false, fundedEnrollment: 400, grantPeriod: { start: "2022-07-01", end: "2027-06-30" } },
  };
  const organizations = [program];
  const partnerships = [];
  for (let i = 0; i < partners; i++) {
    const id = nonAsciiId(i);
    organizations.push({ id, name: `Socio ${i}`, kind: "child-care-center", level: "local", contacts: [] });
    partnerships.push({ id: `asociación-${id}`, parties: [program.id, id], status: "active", practices: [{ practice: "information-exchange", date: "2024-03-01" }], meetingFrequency: "quarterly", meetings: [] });
  }
  const parsed = parsePortfolio({ schemaVersion: 2, title: "Report scaling", organizations, partnerships });
  if (!parsed.ok) throw new Error(parsed.error.message.slice(0, 2000));
  return parsed.value;
}

/** Median time and output size of renderReport at each size; each size after one warm-up run. */
export function measureReportScaling(sizes = [5000, 10000, 20000], runs = 3, asOf = "2025-09-01") {
  return sizes.map((partners) => {
    const portfolio = programWithPartners(partners);
    let chars = renderReport(portfolio, "programa-niños", { asOf }).length;
    const times = [];
    for (let k = 0; k < runs; k++) {
      // A fresh shallow copy, so the per-portfolio indexes are rebuilt and timed as well.
      const doc = { ...portfolio };
      const t = performance.now();
      chars = renderReport(doc, "programa-niños", { asOf }).length;
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    return { partners, ms: times[Math.floor(runs / 2)], chars };
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // --json RUNS AS_OF: what bench/run.mjs reads (it runs this in a fresh process).
  if (process.argv[2] === "--json") console.log(JSON.stringify(measureReportScaling([5000, 10000, 20000], Number(process.argv[3]), process.argv[4])));
  else for (const row of measureReportScaling()) console.log(`${row.partners} partners: ${row.ms.toFixed(1)} ms, ${(row.chars / 1e6).toFixed(2)} M characters`);
}
