import { formatCents } from "../../core/index.js";
import type { Portfolio } from "../schema.js";
import { buildReport, type ReportOptions } from "./build.js";
import { csvField, md, mermaidLabel } from "./escape.js";
import type { ProgramReport, ReferralRow, ReportAlliance, ReportApproach, ReportCcrr, ReportFunding, ReportNetwork, ReportReferrals, ReportSlots, ReportStaffPolicies } from "./model.js";

type Cell = string | number | null | undefined;
const row = (cells: Cell[]) => `| ${cells.map(md).join(" | ")} |`;
const table = (head: string[], rows: Cell[][]) => (rows.length === 0 ? "_None recorded._" : [row(head), `| ${head.map(() => "---").join(" | ")} |`, ...rows.map(row)].join("\n"));
const dollars = (cents: number | null | undefined) => (cents === null || cents === undefined ? "-" : formatCents(cents));
const SEVERITY = { must: "Must", should: "Should", info: "Note" } as const;
const counts = (c: { must: number; should: number; info: number }) => `${c.must} must, ${c.should} should, ${c.info} ${c.info === 1 ? "note" : "notes"}`;

function summary(r: ProgramReport): string[] {
  const s = r.summary;
  const p = r.program!;
  const f = s.findings;
  return [
    "## Summary",
    "",
    `- Program: ${md(p.types.join(", "))}; funded enrollment ${p.fundedEnrollment}${p.americanIndianAlaskaNative ? "; American Indian and Alaska Native program" : ""}.`,
    `- Partnerships: ${s.partnerships.active} active of ${s.partnerships.total} recorded; partner categories covered: ${s.categories.covered} of ${s.categories.total}.`,
    `- Compliance with 45 CFR 1302.53 and 1302.11: ${s.compliance.score === null ? "not scored" : `${s.compliance.score} of 100`} (${md(s.compliance.bandLabel)}).`,
    `- Public-preschool MOU: ${md(s.mou)}.`,
    `- Findings across all analyses: ${counts(f)}.`,
    `- Funding: ${s.fundingGapCents === null ? "no funding plan recorded" : `gap ${dollars(s.fundingGapCents)}`}${s.matchShortfallCents === null ? "" : `; Head Start match short by ${dollars(s.matchShortfallCents)}`}.`,
    "",
  ];
}

function nextSteps(r: ProgramReport): string[] {
  const rows = r.nextSteps.map((s) => [s.overdue ? `${s.date} (overdue)` : s.date === r.asOf && s.source.kind === "finding" ? "now" : s.date, SEVERITY[s.severity], s.what, s.who]);
  return [`## Next steps (overdue and the next ${r.horizonDays} days)`, "", table(["When", "Level", "What to do", "Who"], rows), ""];
}

function compliance(r: ProgramReport): string[] {
  const c = r.compliance;
  return [
    "## Compliance",
    "",
    `Score: ${c.score === null ? "not scored" : `${c.score} of 100`}, ${md(c.bandLabel)}${c.band === "not-met" ? " (a must finding is open; see Findings)" : ""}.`,
    "",
    table(["Part", "Score", "Evidence"], c.components.map((x) => [x.label, x.score, x.evidence.join("; ")])),
    "",
  ];
}

const percent = (share: number | null) => (share === null ? "-" : `${Math.round(share * 100)}%`);

function referralTable(rows: ReferralRow[], head: string, answerWithinDays: number): string {
  return table([head, "Made", "Led to a service", "Open", `Unanswered after ${answerWithinDays} days`, "Completion", "Median days to service"], rows.map((x) => [x.label, x.made, x.completed, x.open, x.unanswered, percent(x.completionRate), x.medianDaysToService]));
}

function referrals(r: ReportReferrals): string[] {
  const lines = ["## Referrals", ""];
  const t = r.total;
  if (t.made === 0 && r.bundles.length === 0) return [...lines, "_No referrals recorded._", ""];
  lines.push(
    `${t.made} referrals made: ${t.completed} led to a service (completion ${percent(t.completionRate)}${t.medianDaysToService === null ? "" : `, median ${t.medianDaysToService} days to service`}); ${t.open} open, ${t.unanswered} unanswered after ${r.answerWithinDays} days.`,
    "",
    "### Referral completion by partner",
    "",
    referralTable(r.byPartner, "Partner", r.answerWithinDays),
    "",
    "### By kind of need",
    "",
    referralTable(r.byNeed, "Need", r.answerWithinDays),
    "",
  );
  if (r.bundles.length) {
    lines.push(
      `### Services delivered together (${r.visitsSaved} family visits saved a year)`,
      "",
      table(["Bundle", "How", "Services", "Families", "Visits saved"], r.bundles.map((b) => [b.label, b.delivery, b.services, b.families, b.visitsSaved])),
      "",
    );
  }
  return lines;
}

function ccrr(c: ReportCcrr): string[] {
  if (c.services.length === 0 && c.partnerships.length === 0) return [];
  return [
    "## CCR&R functions",
    "",
    "What child care resource and referral agencies and other intermediaries do for the program's Early Head Start-Child Care Partnerships.",
    "",
    table(["Function", "Performed by", "For", "Since", "Funded by"], c.services.map((s) => [s.function, s.provider, s.for.length ? s.for.join(", ") : "the whole community", s.since, s.fundedBy])),
    "",
    table(["EHS-CCP partnership", "Functions performed", "No one performs"], c.partnerships.map((p) => [p.name, `${p.performed} of ${p.total}`, p.lacking.join("; ")])),
    "",
  ];
}

function staffPolicies(s: ReportStaffPolicies): string[] {
  if (s.childWelfarePartners.length === 0 && s.topics.every((t) => t.adoptedOn === null)) return [];
  return [
    "## Staff policies for child-welfare partnerships",
    "",
    s.childWelfarePartners.length ? `Child-welfare partners: ${md(s.childWelfarePartners.join(", "))}.` : "No active child-welfare partnership.",
    "",
    table(["Policy on", "Title", "Adopted", "Last reviewed", "Next review"], s.topics.map((t) => [t.label, t.title, t.adoptedOn ?? "not recorded", t.reviewedOn, t.nextReviewOn])),
    "",
    s.rolesNotCovered.length ? `Staff roles the training does not cover yet: ${md(s.rolesNotCovered.join("; "))}.` : "The training covers all nine staff roles.",
    "",
  ];
}

function slots(s: ReportSlots): string[] {
  if (s.totalSlots === 0) return [];
  const lines = [
    "## Funded slots and layered funding",
    "",
    `${s.totalSlots} funded slots, ${s.layeredSlots} of them paid by more than one stream. Hours are per slot per year.`,
    "",
    table(["Slots", "Where", "Count", "Hours a year", "Streams", "Hours no stream pays", "Hours paid twice"], s.groups.map((g) => [g.label, g.where ?? "the program", g.slots, g.serviceHours, g.layers.join("; "), g.uncoveredHours, g.paidTwiceHours])),
    "",
  ];
  if (s.coEnrollment.length) lines.push(`Dual enrollment: ${md(s.coEnrollment.map((c) => `${c.families} families also in ${c.program} (${c.organization})`).join("; "))}.`, "");
  return lines;
}

function alliances(list: readonly ReportAlliance[]): string[] {
  if (list.length === 0) return [];
  const lines = ["## Shared-services alliances", ""];
  for (const a of list) {
    lines.push(
      `### ${md(a.name)} (hub: ${md(a.hub)})`,
      "",
      `Savings of the members with cost figures: ${dollars(a.savingsCents)}${a.savingsShare === null ? "" : ` (${percent(a.savingsShare)} of their costs before)`}.`,
      "",
    );
    if (a.positions.length) lines.push(table(["Shared position", "FTE", "Yearly cost", "Shares"], a.positions.map((p) => [p.title, p.fte, dollars(p.annualCostCents), p.shares.join("; ")])), "");
    lines.push(a.outcomes.length ? table(["Beyond cost", "Outcome", "As of"], a.outcomes.map((o) => [o.aim, o.description, o.date])) : "_No outcome beyond cost recorded._", "");
  }
  return lines;
}

function approaches(list: readonly ReportApproach[]): string[] {
  if (list.length === 0) return [];
  const lines = ["## Coordinated services", ""];
  for (const a of list) {
    lines.push(`### ${md(a.name)}: ${a.score === null ? "not scored" : `${a.score} of 100`} (${md(a.band)})`, "");
    if (a.domains.length) lines.push(`- Services linked: ${md(a.domains.join(", "))}.`);
    if (a.accessTools.length) lines.push(`- Access tools: ${md(a.accessTools.join("; "))}.`);
    if (a.qualitySupports.length) lines.push(`- Quality supports: ${md(a.qualitySupports.join("; "))}.`);
    if (a.sustained !== null) lines.push(`- After its funding ended: ${a.sustained ? "the partners kept coordinating" : "coordination stopped"}.`);
    for (const d of a.declined) lines.push(`- Declined: ${md(d)}`);
    lines.push("");
    if (a.outcomes.length) {
      lines.push(table(["Outcome", "Baseline", "Target", "Latest", "Progress"], a.outcomes.map((o) => [`${o.label} (${o.unit})`, o.baseline, o.target, o.current, o.progress === null ? null : percent(o.progress)])), "");
    }
  }
  return lines;
}

function findings(r: ProgramReport): string[] {
  const lines = ["## Findings", ""];
  if (r.findings.length === 0) return [...lines, "_No findings._", ""];
  for (const g of r.findings) {
    lines.push(`### ${md(g.heading)} (${counts(g.counts)})`, "");
    for (const f of g.findings) {
      lines.push(`- **${SEVERITY[f.severity]}:** ${md(f.message)}${f.citation ? ` _(${md(f.citation)})_` : ""}${f.severity !== "info" && f.action ? ` What to do: ${md(f.action)}` : ""}`);
    }
    lines.push("");
  }
  return lines;
}

function sankey(f: ReportFunding): string[] {
  const flows = f.flows.filter((x) => Math.round(x.cents / 100) > 0);
  if (flows.length === 0) return [];
  const merged = new Map<string, { from: string; to: string; cents: number }>();
  const sources = new Set(flows.map((x) => x.from));
  for (const x of flows) {
    const to = sources.has(x.to) ? `${x.to} (costs)` : x.to;
    const key = `${x.from}\u0000${to}`;
    const m = merged.get(key) ?? { from: x.from, to, cents: 0 };
    m.cents += x.cents;
    merged.set(key, m);
  }
  return [
    "How the money flows from sources to costs (dollars, rounded to the dollar):",
    "",
    "```mermaid",
    "sankey-beta",
    ...[...merged.values()].map((m) => `${csvField(m.from)},${csvField(m.to)},${Math.round(m.cents / 100)}`),
    "```",
    "",
  ];
}

function funding(r: ProgramReport): string[] {
  const f = r.funding;
  const lines = ["## Funding", ""];
  lines.push(
    table(
      ["Plan", "Owner", "Period", "Cost", "Funding", "Gap", "Federal", "Head Start match (counted of required)", "Band"],
      f.plans.map((p) => [
        p.label,
        p.owner,
        p.period,
        dollars(p.costCents),
        dollars(p.fundingCents),
        dollars(p.gapCents),
        dollars(p.federalCents),
        p.match ? `${dollars(p.match.countedCents)} of ${dollars(p.match.requiredCents)}${p.match.shortCents ? `, ${dollars(p.match.shortCents)} short` : ", met"}${p.match.judged ? "" : " (share of the grant's match)"}` : "not required",
        p.must ? `requirement not met (${p.must} must)` : p.band,
      ]),
    ),
    "",
  );
  if (f.plans.length === 0) return lines;
  lines.push(`Totals: cost ${dollars(f.totals.costCents)}, funding ${dollars(f.totals.fundingCents)}, gap ${dollars(f.totals.gapCents)}.`, "");
  if (f.match) lines.push(`Head Start non-federal match on the program's budget: ${dollars(f.match.countedCents)} counted of ${dollars(f.match.requiredCents)} required${f.match.shortCents ? `: ${dollars(f.match.shortCents)} short` : ": met"}.`, "");
  lines.push(table(["Stream", "Amount"], f.byStream.map((s) => [s.label, dollars(s.cents)])), "");
  lines.push(table(["Level", "Amount"], (["federal", "state", "local", "private"] as const).map((l) => [l, dollars(f.byLevel[l])])), "");
  if (f.overcommitted.length) {
    lines.push("Sources charged more than they provide:", "", ...f.overcommitted.map((o) => `- ${md(o.source)} in ${md(o.plan)}: charged ${dollars(o.chargedCents)}, provides ${dollars(o.amountCents)}.`), "");
  }
  return [...lines, ...sankey(f)];
}

function network(n: ReportNetwork): string[] {
  if (n.nodes.length === 0) return [];
  const lines = ["## Partner network", "", "Lines: dotted = networking or no evidence, solid = coordination, thick = cooperation, thick and colored = collaboration. Brokers (bold border) link parts of the network that would otherwise be apart.", "", "```mermaid", "graph LR"];
  for (const node of n.nodes) lines.push(`  ${node.key}["${mermaidLabel(node.label)}"]`);
  const colored: number[] = [];
  n.edges.forEach((e, i) => {
    const label = mermaidLabel(e.stage ?? "no evidence");
    const link = e.stage === "cooperation" || e.stage === "collaboration" ? "===" : e.stage === "coordination" ? "---" : "-.-";
    lines.push(`  ${e.from} ${link}|"${label}"| ${e.to}`);
    if (e.stage === "collaboration") colored.push(i);
  });
  if (colored.length) lines.push(`  linkStyle ${colored.join(",")} stroke:#2e7d32`);
  lines.push("  classDef program fill:#dbeafe,stroke:#1e40af", `  class ${n.nodes[0]!.key} program`);
  const brokers = n.nodes.filter((x) => x.broker).map((x) => x.key);
  if (brokers.length) lines.push("  classDef broker stroke-width:4px", `  class ${brokers.join(",")} broker`);
  lines.push("```", "");
  if (n.omittedNodes) lines.push(`_And ${n.omittedNodes} more organizations, left out so the diagram stays readable (at most ${n.maxNodes})._`, "");
  return lines;
}

/**
 * Writes a report model (see {@link buildReport}) as Markdown: a pure function of the model, so an
 * app that renders its own UI and one that prints Markdown show the same facts. Every piece of
 * user text is escaped: a record cannot add headings, tables, links, HTML or diagram syntax.
 * Diagrams are Mermaid (`graph LR` for the network, `sankey-beta` for money flows). Complexity:
 * O(the model's size).
 *
 * @example
 * ```ts
 * import { buildReport, parsePortfolio, renderReportMarkdown } from "ece-partnerships";
 * const p = parsePortfolio({ schemaVersion: 2, organizations: [{ id: "hs", name: "Sunrise # Head Start", kind: "early-head-start", level: "local", program: { types: ["early-head-start"], americanIndianAlaskaNative: false, fundedEnrollment: 72 } }] });
 * if (!p.ok) throw new Error(p.error.message);
 * const md = renderReportMarkdown(buildReport(p.value, "hs", { asOf: "2025-09-01" }));
 * md.split("\n")[0]; //=> "# Partnership report: Sunrise \\# Head Start"
 * ```
 * @category Portfolio
 */
export function renderReportMarkdown(r: ProgramReport): string {
  const lines = [`# ${md(r.title)}`, "", `As of ${r.asOf}${r.since ? `, with changes since ${r.since}` : ""}. Generated by ece-partnerships from the program's portfolio.`, ""];
  if (r.notAssessed || !r.program) return [...lines, md(r.notAssessed ?? "Not a program."), ""].join("\n");
  lines.push(...summary(r), ...nextSteps(r), ...compliance(r), ...findings(r));
  lines.push(
    "## Partnerships",
    "",
    table(["Partnership", "Partners", "Categories", "Status", "Stage", "Score", "Band"], r.partnerships.map((p) => [p.name, p.partners.join(", "), p.categories.join("; "), p.status, p.stage ?? "no evidence", p.score, p.must ? `requirement not met (${p.must} must)` : p.band])),
    "",
    ...referrals(r.referrals),
    ...ccrr(r.ccrr),
    ...staffPolicies(r.staffPolicies),
    "## Agreements",
    "",
    table(["Agreement", "Kind", "Parties", "Status", "Review or renewal due", "Required contents covered", "Score", "Band"], r.agreements.map((a) => [a.title, a.kind, a.parties.join(", "), a.status, a.reviewDue, a.covers.join("; "), a.score, a.must ? `requirement not met (${a.must} must)` : a.band])),
    "",
  );
  lines.push(...funding(r), ...slots(r.slots), ...alliances(r.alliances), ...approaches(r.approaches));
  lines.push(
    "## Planning",
    "",
    table(["Response", "Partnership", "Answered", "Ready to act", "Next question"], r.planning.responses.map((x) => [x.id, x.partnership, `${x.answered} of ${x.total}`, x.readyToAct ? "yes" : "no", x.nextQuestion])),
    "",
  );
  if (r.planning.actionPlans.length) {
    lines.push(table(["Action plan", "Done", "Overdue", "Due soon", "Blocked"], r.planning.actionPlans.map((x) => [x.title, x.done === null ? null : `${Math.round(x.done * 100)}%`, x.overdue.join("; "), x.dueSoon.join("; "), x.blocked.join("; ")])), "");
  }
  lines.push(...network(r.network));
  if (r.changes) lines.push(`## What changed since ${r.since}`, "", ...(r.changes.length ? r.changes.map((c) => `- ${md(c.text)}`) : ["_Nothing recorded changed._"]), "");
  return lines.join("\n");
}

/**
 * Renders a complete Markdown partnership report for one program on a date: {@link buildReport}
 * written by {@link renderReportMarkdown}. Output is deterministic for the same portfolio and
 * options.
 *
 * @throws {RangeError} When `asOf` or `since` is not a calendar date.
 * @example
 * ```ts
 * import { parsePortfolio, renderReport } from "ece-partnerships";
 * const p = parsePortfolio({
 *   schemaVersion: 2,
 *   organizations: [
 *     { id: "hs", name: "Sunrise Head Start", kind: "early-head-start", level: "local", program: { types: ["early-head-start"], americanIndianAlaskaNative: false, fundedEnrollment: 72 } },
 *     { id: "lib", name: "Public Library", kind: "library", level: "local" },
 *   ],
 *   partnerships: [{ id: "story-time", parties: ["hs", "lib"], status: "active", practices: [{ practice: "information-exchange", date: "2025-03-01" }] }],
 * });
 * if (!p.ok) throw new Error(p.error.message);
 * const md = renderReport(p.value, "hs", { asOf: "2025-09-01" });
 * md.split("\n")[0]; //=> "# Partnership report: Sunrise Head Start"
 * md.includes('  n0 -.-|"networking"| n1'); //=> true
 * ```
 * @category Portfolio
 */
export function renderReport(portfolio: Portfolio, programId: string, options: ReportOptions): string {
  return renderReportMarkdown(buildReport(portfolio, programId, options));
}
