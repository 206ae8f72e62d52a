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
  ["referral", "Referrals and service bundles"],
  ["ccrr", "CCR&R functions for Early Head Start-Child Care Partnerships"],
  ["staff-policy", "Staff policies for child-welfare partnerships"],
  ["slots", "Funded slots, layered funding and dual enrollment"],
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
    ...frontMatter("Finding codes"),
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

/** Front matter for the docs site: the page's title in the navigation, under "Reference". */
const frontMatter = (title) => ["---", `title: ${JSON.stringify(title)}`, "category: Reference", "---", ""];

const HEADER = (title, source, navTitle = title) => [
  ...frontMatter(navTitle),
  `# ${title}`,
  "",
  `Generated from \`${source}\` (do not edit by hand: run \`node scripts/reference-pages.mjs\`).`,
  "",
];
const cite = (c) => (c ? md(citation(c)) : "");
const link = (c) => (c?.url ? `[${md(citation(c))}](${c.url})` : cite(c));
const pct = (x) => `${Math.round(x * 1000) / 10}%`;

/** The partner categories of 45 CFR 1302.53(a)(2) and the organization kinds mapped to them. */
export function organizationKindsPage(lib) {
  const { organizationKinds, partnerCategories } = lib;
  const label = new Map(partnerCategories.map((c) => [c.id, `${c.paragraph} ${c.label}`]));
  const lines = [...HEADER("Organization kinds and partner categories", "organizationKinds` and `partnerCategories", "Organization kinds")];
  lines.push("## Partner categories (45 CFR 1302.53(a)(2))", "", "A program's partnerships are expected to cover these eight categories, as appropriate; the text of each is the regulation's.", "");
  lines.push("| Paragraph | Id | Category | Text | Citation |", "| --- | --- | --- | --- | --- |");
  for (const c of partnerCategories) lines.push(`| ${c.paragraph} | \`${c.id}\` | ${md(c.label)} | ${md(c.description)} | ${link(c.citation)} |`);
  lines.push("", `## Organization kinds (${organizationKinds.length})`, "", "Each kind counts toward the categories listed; a Head Start program kind is the program itself.", "");
  lines.push("| Id | Kind | Partner categories | Program | Citation |", "| --- | --- | --- | --- | --- |");
  for (const k of organizationKinds) {
    const cats = k.categories.map((c) => md(label.get(c) ?? c)).join("; ") || "none (administers a system)";
    lines.push(`| \`${k.id}\` | ${md(k.label)} | ${cats} | ${k.program ? "yes" : ""} | ${cite(k.citation)} |`);
  }
  return `${lines.join("\n")}\n`;
}

function matchText(m) {
  if (!m) return "none";
  const base = m.basis === "total-cost" ? "of total cost" : "of the federal award";
  return `${pct(m.rate)} ${md(base)}`;
}

/** The funding streams: level, award mechanism, allowable categories, match, dated facts, citations. */
export function fundingStreamsPage(lib) {
  const { fundingStreams, fundingLevels } = lib;
  const lines = [...HEADER(`Funding streams (${fundingStreams.length})`, "fundingStreams", "Funding streams")];
  lines.push("Figures marked `verified` were read in the statute or regulation cited; others are marked as such and never decide a `must`.", "");
  for (const level of fundingLevels) {
    const streams = fundingStreams.filter((s) => s.level === level);
    if (streams.length === 0) continue;
    lines.push(`## ${level[0].toUpperCase()}${level.slice(1)}`, "");
    lines.push("| Id | Stream | Award mechanism | Appropriation | Allowable cost categories | Match | Citation | Verification |", "| --- | --- | --- | --- | --- | --- | --- | --- |");
    for (const s of streams) {
      lines.push(`| \`${s.id}\` | ${md(s.label)} | ${md(s.awardMechanism)} | ${md(s.appropriation ?? "")} | ${s.allowableCategories.map(md).join(", ")} | ${matchText(s.match)} | ${link(s.citation)} | ${s.verification ?? ""} |`);
    }
    lines.push("");
  }
  lines.push("## Details", "");
  for (const s of fundingStreams) {
    lines.push(`### ${md(s.label)}`, "", `Id \`${s.id}\`.`, "");
    if (s.administeringAgency) lines.push(`Administered by ${md(s.administeringAgency)}.`, "");
    if (s.eligibilityNotes) lines.push(`Eligibility: ${md(s.eligibilityNotes)}`, "");
    if (s.match?.note) lines.push(`Match: ${md(s.match.note)}${s.match.citation ? ` (${cite(s.match.citation)})` : ""}`, "");
    if (s.facts?.length) {
      lines.push("| Fact | Value | From | To | Citation | Verification |", "| --- | --- | --- | --- | --- | --- |");
      for (const f of s.facts) lines.push(`| ${md(f.label)} | ${typeof f.value === "number" && f.value < 1 ? pct(f.value) : md(String(f.value))} | ${f.from ?? ""} | ${f.to ?? ""} | ${cite(f.citation)} | ${f.verification ?? ""} |`);
      lines.push("");
    }
  }
  return `${lines.join("\n")}\n`;
}

/** The agreement templates with their clauses, what a missing clause reports, and citations. */
export function agreementTemplatesPage(lib) {
  const { agreementTemplates, findingMeta } = lib;
  const lines = [...HEADER(`Agreement templates (${agreementTemplates.length})`, "agreementTemplates", "Agreement templates")];
  for (const t of agreementTemplates) {
    lines.push(`## ${md(t.label)}`, "", `Id \`${t.id}\`, kind \`${t.kind}\`. ${md(t.description)}${t.citation ? ` Cites ${link(t.citation)}.` : ""}`, "");
    lines.push("| Clause | Requirement | When missing | Severity | Citation | Verification |", "| --- | --- | --- | --- | --- | --- |");
    for (const c of t.clauses) {
      const severity = c.missingSeverity ?? findingMeta(c.missing)?.severity ?? "";
      lines.push(`| ${md(c.label)} (\`${c.id}\`) | ${c.requirement} | \`${c.missing}\` | ${severity} | ${link(c.citation)} | ${c.verification ?? ""} |`);
    }
    lines.push("");
  }
  return `${lines.join("\n")}\n`;
}

/** The six-step partnership planning questionnaire, question by question. */
export function questionnairePage(lib) {
  const q = lib.planningQuestionnaire;
  const lines = [...HEADER(md(q.title), "planningQuestionnaire", "Planning questionnaire")];
  lines.push(`Source: ${cite(q.citation)}. The questions are the source's, verbatim.`, "");
  for (const step of q.steps) {
    lines.push(`## Step ${step.number}: ${md(step.title)}`, "", "| Id | Question | Perspectives |", "| --- | --- | --- |");
    for (const question of step.questions) lines.push(`| \`${question.id}\` | ${md(question.text)} | ${question.perspectives.join(", ")} |`);
    lines.push("");
  }
  return `${lines.join("\n")}\n`;
}

/** Each catalog's ids side by side, and the ids that look alike across catalogs. */
export function vocabularyPage(lib) {
  const lines = [...HEADER("Vocabulary", "the library's catalogs")];
  lines.push("Every id a field accepts, by the catalog that lists it. Ids are stable: apps store them.", "");
  const lists = [
    ["Organization kinds (`Organization.kind`)", "organizationKindIds"],
    ["Organization levels (`Organization.level`)", "organizationLevels"],
    ["Partner categories (45 CFR 1302.53(a)(2))", "partnerCategoryIds"],
    ["Program types (`ProgramDetails.types`)", "programTypes"],
    ["Partnership statuses", "partnershipStatuses"],
    ["Stages of the continuum", "stageIds"],
    ["Practices (dated evidence of a stage)", "practiceIds"],
    ["Meeting frequencies", "meetingFrequencyIds"],
    ["Agreement kinds", "agreementKinds"],
    ["Agreement templates", (l) => l.agreementTemplates.map((t) => t.id)],
    ["Submission recipients", "submissionRecipients"],
    ["MOU exemptions", "mouExemptionKinds"],
    ["Funding streams (`FundingSource.streamId`)", (l) => l.fundingStreams.map((t) => t.id)],
    ["Funding levels", "fundingLevels"],
    ["Award mechanisms", "awardMechanisms"],
    ["Appropriation types", "appropriationTypes"],
    ["Funding origins", "fundingOrigins"],
    ["Cost categories", "costCategories"],
    ["Funding plan owners", "planOwnerKinds"],
    ["Planning perspectives", "perspectives"],
    ["Instrument respondent roles", "respondentRoles"],
    ["Action statuses", "actionStatuses"],
    ["Severities", "severities"],
  ];
  for (const [title, key] of lists) {
    const ids = typeof key === "function" ? key(lib) : lib[key];
    lines.push(`## ${title}`, "", ids.map((id) => `\`${id}\``).join(", "), "");
  }
  lines.push(
    "## The same name in two catalogs",
    "",
    "An organization kind names who an organization is; a funding stream names where money comes from. Where both name the same program, they use the same id:",
    "",
    "| Organization kind | Funding stream | Renamed from (still read, with a note) |",
    "| --- | --- | --- |",
    "| `head-start-preschool` (a program) | `head-start-preschool` (its federal grant) | stream `head-start` |",
    "| `early-head-start` (a program) | `early-head-start` (its federal grant) | |",
    "| `state-preschool` (a provider) | `state-preschool` (the state's preschool money) | stream `state-pre-k` |",
    "| `ccdf-lead-agency` (the state agency) | `ccdf-discretionary`, `ccdf-mandatory`, `ccdf-matching` (its funds) | |",
    "",
  );
  return `${lines.join("\n")}\n`;
}

/** How community-directory (HSDS) records are read and written: the library's taxonomy codes and the term rules. */
export function directoryTermsPage(lib) {
  const { HSDS_TAXONOMY, directoryTermMap, directoryTermMapCitation, organizationKinds } = lib;
  const kind = new Map(organizationKinds.map((k) => [k.id, k]));
  const lines = [...HEADER("Community directory terms (Open Referral HSDS)", "HSDS_TAXONOMY` and `directoryTermMap", "Directory terms")];
  lines.push(
    "## The library's taxonomy",
    "",
    `\`toHsds\` tags records with terms of the taxonomy \`${HSDS_TAXONOMY.name}\` (version ${HSDS_TAXONOMY.version}); \`fromHsds\` reads them back exactly. ${md(HSDS_TAXONOMY.description)}`,
    "",
    "| Code | Meaning |",
    "| --- | --- |",
    `| \`${HSDS_TAXONOMY.prefixes.category}<id>\` | a partner category (organization attribute: beyond its kinds'; service attribute: the category the service stands for) |`,
    `| \`${HSDS_TAXONOMY.prefixes.kind}<id>\` | an organization kind (the first is its kind, the rest further kinds) |`,
    `| \`${HSDS_TAXONOMY.prefixes.level}<level>\` | its level: federal, state, tribal, regional, county or local |`,
    "",
    `## Reading other directories' words (${directoryTermMap.length} rules)`,
    "",
    `For records without the library's codes, \`fromHsds\` tries these rules in order on each taxonomy term's name, then on the services' and the organization's names and descriptions; the first match gives the kind, and the kind gives the partner categories. Words match on word boundaries, case aside; a word ending in \`*\` matches any ending. This is the library's own mapping, not an official crosswalk (it rests on ${link(directoryTermMapCitation)} for the categories); a term no rule matches is reported as unmapped, never guessed.`,
    "",
    "| Order | Words | Kind | Partner categories |",
    "| --- | --- | --- | --- |",
  );
  directoryTermMap.forEach((r, i) => {
    const k = kind.get(r.kind);
    lines.push(`| ${i + 1} | ${r.words.map((w) => `\`${w}\``).join(", ")} | ${md(k?.label ?? r.kind)} (\`${r.kind}\`) | ${k?.categories.map((c) => `\`${c}\``).join(", ") || "none"} |`);
  });
  return `${lines.join("\n")}\n`;
}

/** Every generated page, by path under docs/. */
export function referencePages(lib) {
  return {
    "reference/findings.md": findingsPage(lib),
    "reference/organization-kinds.md": organizationKindsPage(lib),
    "reference/funding-streams.md": fundingStreamsPage(lib),
    "reference/agreement-templates.md": agreementTemplatesPage(lib),
    "reference/planning-questionnaire.md": questionnairePage(lib),
    "reference/vocabulary.md": vocabularyPage(lib),
    "reference/directory-terms.md": directoryTermsPage(lib),
  };
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
