// Writes the reference pages that are generated from the library's catalogs, so they cannot drift
// from the data: `node scripts/reference-pages.mjs` (after `npm run build`) rewrites docs/reference/.
// test/docs/reference-pages.test.ts compares the committed pages with what the source gives.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const CONCEPTS = [
  ["continuum", "Continuum of collaboration"],
  ["partnership", "Partnerships"],
  ["agreement", "Agreements"],
  ["funding", "Funding"],
  ["action-plan", "Action plans"],
  ["questionnaire", "Planning questionnaire"],
  ["instrument", "Instruments"],
  ["compliance", "Compliance (45 CFR 1302.53, 1302.11)"],
  ["network", "Network"],
  ["community", "Community: coordinated services, alliances, the Iron Triangle"],
];

/** Markdown text on one line, with inline syntax escaped. */
const md = (text) => String(text).replace(/[\r\n]+/g, " ").replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`);

const citation = (c) => (c ? (c.section ? `${c.source} ${c.section}` : c.source) : "");

/** The finding-codes page: every code with its severity, citation, binding words, basis and action. */
export function findingsPage(lib) {
  const { findingCatalog, formatCitation } = lib;
  const counts = { must: 0, should: 0, info: 0 };
  for (const m of findingCatalog) counts[m.severity] += 1;
  const lines = [
    "# Finding codes",
    "",
    "Every finding the library can emit, generated from `findingCatalog` (do not edit by hand: run",
    "`node scripts/reference-pages.mjs`). A `must` rests on binding words (\"shall\", \"must\") quoted",
    "from the statute or regulation, marked `verified` (read in the full text) or `excerpt` (read on an",
    "official page that states them). Guidance, \"may\", \"as appropriate\", facts merely not recorded and",
    "arithmetic are `should` or `info`. An assessment with a `must` finding is in band `not-met`.",
    "",
    `${findingCatalog.length} codes: ${counts.must} must, ${counts.should} should, ${counts.info} info.`,
    "",
  ];
  for (const [prefix, title] of CONCEPTS) {
    const metas = findingCatalog.filter((m) => m.code.startsWith(`${prefix}.`));
    if (metas.length === 0) continue;
    lines.push(`## ${title}`, "");
    lines.push("| Code | Severity | Title | Citation |", "| --- | --- | --- | --- |");
    for (const m of metas) lines.push(`| \`${m.code}\` | ${m.severity} | ${md(m.title)} | ${md(m.citation ? formatCitation(m.citation) : "")} |`);
    lines.push("");
    for (const m of metas) {
      lines.push(`### \`${m.code}\``, "");
      lines.push(`**${m.severity}**: ${md(m.title)}.${m.citation ? ` Cites ${md(citation(m.citation))}.` : ""}`, "");
      if (m.binding) lines.push(`Binding words (${m.binding.verification}, ${md(citation(m.binding.citation))}): "${md(m.binding.quote)}"`, "");
      lines.push(`Why this severity: ${md(m.basis)}`, "", `What to do: ${md(m.action)}`, "");
    }
  }
  return lines.join("\n");
}

/** Every generated page, by path under docs/. */
export function referencePages(lib) {
  return { "reference/findings.md": findingsPage(lib) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const lib = await import("../dist/index.js");
  const docs = join(dirname(fileURLToPath(import.meta.url)), "..", "docs");
  for (const [path, text] of Object.entries(referencePages(lib))) {
    mkdirSync(dirname(join(docs, path)), { recursive: true });
    writeFileSync(join(docs, path), text);
    console.log(`wrote docs/${path}`);
  }
}
