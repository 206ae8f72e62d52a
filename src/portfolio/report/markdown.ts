import { formatCents } from "../../core/index.js";
import { requireLocale, type Locale } from "../../locale/locale.js";
import { sayIn, type Say } from "../../locale/say.js";
import type { Portfolio } from "../schema.js";
import { buildReport, type ReportOptions } from "./build.js";
import { csvField, md, mermaidLabel } from "./escape.js";
import type { ProgramReport, ReportRule, ReferralRow, ReportAlliance, ReportApproach, ReportCcrr, ReportFunding, ReportNetwork, ReportReferrals, ReportSlots, ReportStaffPolicies } from "./model.js";

type Cell = string | number | null | undefined;
const row = (cells: Cell[]) => `| ${cells.map(md).join(" | ")} |`;
const table = (s: Say, head: string[], rows: Cell[][]) => (rows.length === 0 ? s("_None recorded._") : [row(head.map((h) => s(h))), `| ${head.map(() => "---").join(" | ")} |`, ...rows.map(row)].join("\n"));
const dollars = (cents: number | null | undefined) => (cents === null || cents === undefined ? "-" : formatCents(cents));
const SEVERITY = { must: "Must", should: "Should", info: "Note" } as const;
const counts = (s: Say, c: { must: number; should: number; info: number }) =>
  [s("{n} must", { n: c.must }, c.must), s("{n} should", { n: c.should }, c.should), c.info === 1 ? s("{n} note", { n: 1 }) : s("{n} notes", { n: c.info })].join(", ");
const scoreOf = (s: Say, score: number | null) => (score === null ? s("not scored") : s("{score} of 100", { score }));
const notMet = (s: Say, must: number) => s("requirement not met ({must} must)", { must }, must);

function summary(s: Say, r: ProgramReport): string[] {
  const x = r.summary;
  const p = r.program!;
  const aian = p.americanIndianAlaskaNative ? s("; American Indian and Alaska Native program") : "";
  const funding = x.fundingGapCents === null ? s("no funding plan recorded") : s("gap {gap}", { gap: dollars(x.fundingGapCents) });
  const match = x.matchShortfallCents === null ? "" : s("; Head Start match short by {short}", { short: dollars(x.matchShortfallCents) });
  return [
    s("## Summary"),
    "",
    s("- Program: {types}; funded enrollment {enrollment}{aian}.", { types: md(p.types.join(", ")), enrollment: p.fundedEnrollment, aian }),
    s("- Partnerships: {active} active of {total} recorded; partner categories covered: {covered} of {categories}.", { active: x.partnerships.active, total: x.partnerships.total, covered: x.categories.covered, categories: x.categories.total }),
    s("- Compliance with 45 CFR 1302.53 and 1302.11: {score} ({band}).", { score: scoreOf(s, x.compliance.score), band: md(x.compliance.bandLabel) }),
    s("- Public-preschool MOU: {mou}.", { mou: md(x.mou) }),
    s("- Findings across all analyses: {counts}.", { counts: counts(s, x.findings) }),
    s("- Funding: {funding}{match}.", { funding, match }),
    "",
  ];
}

function nextSteps(s: Say, r: ProgramReport): string[] {
  const when = (x: ProgramReport["nextSteps"][number]) => (x.overdue ? s("{date} (overdue)", { date: x.date }) : x.date === r.asOf && x.source.kind === "finding" ? s("now") : x.date);
  const rows = r.nextSteps.map((x) => [when(x), s(SEVERITY[x.severity]), x.what, x.who]);
  return [s("## Next steps (overdue and the next {days} days)", { days: r.horizonDays }), "", table(s, ["When", "Level", "What to do", "Who"], rows), ""];
}

function compliance(s: Say, r: ProgramReport): string[] {
  const c = r.compliance;
  return [
    s("## Compliance"),
    "",
    s("Score: {score}, {band}{open}.", { score: scoreOf(s, c.score), band: md(c.bandLabel), open: c.band === "not-met" ? s(" (a must finding is open; see Findings)") : "" }),
    "",
    table(s, ["Part", "Score", "Evidence"], c.components.map((x) => [x.label, x.score, x.evidence.join("; ")])),
    "",
    ...rules(s, c.rules ?? [], r.language ?? "en"),
  ];
}

/** The regulation's words for the parts not fully met, each quoted with where it was read. */
function rules(s: Say, list: readonly ReportRule[], language: string): string[] {
  if (list.length === 0) return [];
  const lines = [s("### What the rule says"), ""];
  for (const r of list) {
    const read = r.source.retrieved ? s("official translation, {title}, read {date}", { title: r.source.title, date: r.source.retrieved }) : r.source.title;
    lines.push(`> **${md(r.paragraph)}:** ${md(r.text)}`, ">", `> _${md(read)}; <${r.source.url}>_`);
    if (r.language !== language) lines.push(">", `> ${s("In English: the library holds no official translation of this paragraph yet.")}`);
    if (r.differs) lines.push(">", `> ${s("Note: {differs}", { differs: md(r.differs) })}`);
    lines.push("");
  }
  return lines;
}

const percent = (share: number | null) => (share === null ? "-" : `${Math.round(share * 100)}%`);

function referralTable(s: Say, rows: ReferralRow[], head: string, answerWithinDays: number): string {
  const unanswered = s("Unanswered after {days} days", { days: answerWithinDays });
  return table(s, [head, "Made", "Led to a service", "Open", unanswered, "Completion", "Median days to service"], rows.map((x) => [x.label, x.made, x.completed, x.open, x.unanswered, percent(x.completionRate), x.medianDaysToService]));
}

function referrals(s: Say, r: ReportReferrals): string[] {
  const lines = [s("## Referrals"), ""];
  const t = r.total;
  if (t.made === 0 && r.bundles.length === 0) return [...lines, s("_No referrals recorded._"), ""];
  const median = t.medianDaysToService === null ? "" : s(", median {days} days to service", { days: t.medianDaysToService });
  lines.push(
    s("{made} referrals made: {completed} led to a service (completion {rate}{median}); {open} open, {unanswered} unanswered after {days} days.", { made: t.made, completed: t.completed, rate: percent(t.completionRate), median, open: t.open, unanswered: t.unanswered, days: r.answerWithinDays }),
    "",
    s("### Referral completion by partner"),
    "",
    referralTable(s, r.byPartner, "Partner", r.answerWithinDays),
    "",
    s("### By kind of need"),
    "",
    referralTable(s, r.byNeed, "Need", r.answerWithinDays),
    "",
  );
  if (r.bundles.length) {
    lines.push(
      s("### Services delivered together ({visits} family visits saved a year)", { visits: r.visitsSaved }),
      "",
      table(s, ["Bundle", "How", "Services", "Families", "Visits saved"], r.bundles.map((b) => [b.label, b.delivery, b.services, b.families, b.visitsSaved])),
      "",
    );
  }
  return lines;
}

function ccrr(s: Say, c: ReportCcrr): string[] {
  if (c.services.length === 0 && c.partnerships.length === 0) return [];
  return [
    s("## CCR&R functions"),
    "",
    s("What child care resource and referral agencies and other intermediaries do for the program's Early Head Start-Child Care Partnerships."),
    "",
    table(s, ["Function", "Performed by", "For", "Since", "Funded by"], c.services.map((x) => [x.function, x.provider, x.for.length ? x.for.join(", ") : s("the whole community"), x.since, x.fundedBy])),
    "",
    table(s, ["EHS-CCP partnership", "Functions performed", "No one performs"], c.partnerships.map((p) => [p.name, s("{performed} of {total}", { performed: p.performed, total: p.total }), p.lacking.join("; ")])),
    "",
  ];
}

function staffPolicies(s: Say, x: ReportStaffPolicies): string[] {
  if (x.childWelfarePartners.length === 0 && x.topics.every((t) => t.adoptedOn === null)) return [];
  return [
    s("## Staff policies for child-welfare partnerships"),
    "",
    x.childWelfarePartners.length ? s("Child-welfare partners: {partners}.", { partners: md(x.childWelfarePartners.join(", ")) }) : s("No active child-welfare partnership."),
    "",
    table(s, ["Policy on", "Title", "Adopted", "Last reviewed", "Next review"], x.topics.map((t) => [t.label, t.title, t.adoptedOn ?? s("not recorded"), t.reviewedOn, t.nextReviewOn])),
    "",
    x.rolesNotCovered.length ? s("Staff roles the training does not cover yet: {roles}.", { roles: md(x.rolesNotCovered.join("; ")) }) : s("The training covers all nine staff roles."),
    "",
  ];
}

function slots(s: Say, x: ReportSlots): string[] {
  if (x.totalSlots === 0) return [];
  const lines = [
    s("## Funded slots and layered funding"),
    "",
    s("{total} funded slots, {layered} of them paid by more than one stream. Hours are per slot per year.", { total: x.totalSlots, layered: x.layeredSlots }),
    "",
    table(s, ["Slots", "Where", "Count", "Hours a year", "Streams", "Hours no stream pays", "Hours paid twice"], x.groups.map((g) => [g.label, g.where ?? s("the program"), g.slots, g.serviceHours, g.layers.join("; "), g.uncoveredHours, g.paidTwiceHours])),
    "",
  ];
  if (x.coEnrollment.length) {
    const also = x.coEnrollment.map((c) => s("{families} families also in {program} ({organization})", { families: c.families, program: c.program, organization: c.organization })).join("; ");
    lines.push(s("Dual enrollment: {also}.", { also: md(also) }), "");
  }
  return lines;
}

function alliances(s: Say, list: readonly ReportAlliance[]): string[] {
  if (list.length === 0) return [];
  const lines = [s("## Shared-services alliances"), ""];
  for (const a of list) {
    const share = a.savingsShare === null ? "" : s(" ({share} of their costs before)", { share: percent(a.savingsShare) });
    lines.push(s("### {name} (hub: {hub})", { name: md(a.name), hub: md(a.hub) }), "", s("Savings of the members with cost figures: {savings}{share}.", { savings: dollars(a.savingsCents), share }), "");
    if (a.positions.length) lines.push(table(s, ["Shared position", "FTE", "Yearly cost", "Shares"], a.positions.map((p) => [p.title, p.fte, dollars(p.annualCostCents), p.shares.join("; ")])), "");
    lines.push(a.outcomes.length ? table(s, ["Beyond cost", "Outcome", "As of"], a.outcomes.map((o) => [o.aim, o.description, o.date])) : s("_No outcome beyond cost recorded._"), "");
  }
  return lines;
}

function approachLines(s: Say, a: ReportApproach): string[] {
  const lines = [s("### {name}: {score} ({band})", { name: md(a.name), score: scoreOf(s, a.score), band: md(s(a.band)) }), ""];
  if (a.domains.length) lines.push(s("- Services linked: {domains}.", { domains: md(a.domains.join(", ")) }));
  if (a.accessTools.length) lines.push(s("- Access tools: {tools}.", { tools: md(a.accessTools.join("; ")) }));
  if (a.qualitySupports.length) lines.push(s("- Quality supports: {supports}.", { supports: md(a.qualitySupports.join("; ")) }));
  if (a.sustained !== null) lines.push(a.sustained ? s("- After its funding ended: the partners kept coordinating.") : s("- After its funding ended: coordination stopped."));
  for (const d of a.declined) lines.push(s("- Declined: {what}", { what: md(d) }));
  lines.push("");
  if (a.outcomes.length) {
    lines.push(table(s, ["Outcome", "Baseline", "Target", "Latest", "Progress"], a.outcomes.map((o) => [`${o.label} (${o.unit})`, o.baseline, o.target, o.current, o.progress === null ? null : percent(o.progress)])), "");
  }
  return lines;
}

function approaches(s: Say, list: readonly ReportApproach[]): string[] {
  if (list.length === 0) return [];
  return [s("## Coordinated services"), "", ...list.flatMap((a) => approachLines(s, a))];
}

function findings(s: Say, r: ProgramReport): string[] {
  const lines = [s("## Findings"), ""];
  if (r.findings.length === 0) return [...lines, s("_No findings._"), ""];
  for (const g of r.findings) {
    lines.push(`### ${md(g.heading)} (${counts(s, g.counts)})`, "");
    for (const f of g.findings) {
      const todo = f.severity !== "info" && f.action ? s(" What to do: {action}", { action: md(f.action) }) : "";
      lines.push(`- **${s(SEVERITY[f.severity])}:** ${md(f.message)}${f.citation ? ` _(${md(f.citation)})_` : ""}${todo}`);
    }
    lines.push("");
  }
  return lines;
}

function sankey(s: Say, f: ReportFunding): string[] {
  const flows = f.flows.filter((x) => Math.round(x.cents / 100) > 0);
  if (flows.length === 0) return [];
  const merged = new Map<string, { from: string; to: string; cents: number }>();
  const sources = new Set(flows.map((x) => x.from));
  for (const x of flows) {
    const to = sources.has(x.to) ? s("{category} (costs)", { category: x.to }) : x.to;
    const key = `${x.from}\u0000${to}`;
    const m = merged.get(key) ?? { from: x.from, to, cents: 0 };
    m.cents += x.cents;
    merged.set(key, m);
  }
  return [
    s("How the money flows from sources to costs (dollars, rounded to the dollar):"),
    "",
    "```mermaid",
    "sankey-beta",
    ...[...merged.values()].map((m) => `${csvField(m.from)},${csvField(m.to)},${Math.round(m.cents / 100)}`),
    "```",
    "",
  ];
}

function matchCell(s: Say, m: ReportFunding["plans"][number]["match"]): string {
  if (!m) return s("not required");
  const short = m.shortCents ? s(", {short} short", { short: dollars(m.shortCents) }) : s(", met");
  return s("{counted} of {required}{short}{share}", { counted: dollars(m.countedCents), required: dollars(m.requiredCents), short, share: m.judged ? "" : s(" (share of the grant's match)") });
}

function funding(s: Say, r: ProgramReport): string[] {
  const f = r.funding;
  const lines = [s("## Funding"), ""];
  const plans = f.plans.map((p) => [p.label, s(p.owner), p.period, dollars(p.costCents), dollars(p.fundingCents), dollars(p.gapCents), dollars(p.federalCents), matchCell(s, p.match), p.must ? notMet(s, p.must) : s(p.band)]);
  lines.push(table(s, ["Plan", "Owner", "Period", "Cost", "Funding", "Gap", "Federal", "Head Start match (counted of required)", "Band"], plans), "");
  if (f.plans.length === 0) return lines;
  lines.push(s("Totals: cost {cost}, funding {funding}, gap {gap}.", { cost: dollars(f.totals.costCents), funding: dollars(f.totals.fundingCents), gap: dollars(f.totals.gapCents) }), "");
  if (f.match) {
    const short = f.match.shortCents ? s(": {short} short", { short: dollars(f.match.shortCents) }) : s(": met");
    lines.push(s("Head Start non-federal match on the program's budget: {counted} counted of {required} required{short}.", { counted: dollars(f.match.countedCents), required: dollars(f.match.requiredCents), short }), "");
  }
  lines.push(table(s, ["Stream", "Amount"], f.byStream.map((x) => [x.label, dollars(x.cents)])), "");
  lines.push(table(s, ["Level", "Amount"], (["federal", "state", "local", "private"] as const).map((l) => [s(l), dollars(f.byLevel[l])])), "");
  if (f.overcommitted.length) {
    const over = f.overcommitted.map((o) => s("- {source} in {plan}: charged {charged}, provides {amount}.", { source: md(o.source), plan: md(o.plan), charged: dollars(o.chargedCents), amount: dollars(o.amountCents) }));
    lines.push(s("Sources charged more than they provide:"), "", ...over, "");
  }
  return [...lines, ...sankey(s, f)];
}

function network(s: Say, n: ReportNetwork): string[] {
  if (n.nodes.length === 0) return [];
  const legend = s("Lines: dotted = networking or no evidence, solid = coordination, thick = cooperation, thick and colored = collaboration. Brokers (bold border) link parts of the network that would otherwise be apart.");
  const lines = [s("## Partner network"), "", legend, "", "```mermaid", "graph LR"];
  for (const node of n.nodes) lines.push(`  ${node.key}["${mermaidLabel(node.label)}"]`);
  const colored: number[] = [];
  n.edges.forEach((e, i) => {
    const label = mermaidLabel(s(e.stage ?? "no evidence"));
    const link = e.stage === "cooperation" || e.stage === "collaboration" ? "===" : e.stage === "coordination" ? "---" : "-.-";
    lines.push(`  ${e.from} ${link}|"${label}"| ${e.to}`);
    if (e.stage === "collaboration") colored.push(i);
  });
  if (colored.length) lines.push(`  linkStyle ${colored.join(",")} stroke:#2e7d32`);
  lines.push("  classDef program fill:#dbeafe,stroke:#1e40af", `  class ${n.nodes[0]!.key} program`);
  const brokers = n.nodes.filter((x) => x.broker).map((x) => x.key);
  if (brokers.length) lines.push("  classDef broker stroke-width:4px", `  class ${brokers.join(",")} broker`);
  lines.push("```", "");
  if (n.omittedNodes) lines.push(s("_And {omitted} more organizations, left out so the diagram stays readable (at most {max})._", { omitted: n.omittedNodes, max: n.maxNodes }), "");
  return lines;
}

function tables(s: Say, r: ProgramReport): string[] {
  const partnerships = r.partnerships.map((p) => [p.name, p.partners.join(", "), p.categories.join("; "), s(p.status), s(p.stage ?? "no evidence"), p.score, p.must ? notMet(s, p.must) : s(p.band)]);
  const agreements = r.agreements.map((a) => [a.title, a.kind, a.parties.join(", "), s(a.status), a.reviewDue, a.covers.join("; "), a.score, a.must ? notMet(s, a.must) : s(a.band)]);
  return [
    s("## Partnerships"),
    "",
    table(s, ["Partnership", "Partners", "Categories", "Status", "Stage", "Score", "Band"], partnerships),
    "",
    ...referrals(s, r.referrals),
    ...ccrr(s, r.ccrr),
    ...staffPolicies(s, r.staffPolicies),
    s("## Agreements"),
    "",
    table(s, ["Agreement", "Kind", "Parties", "Status", "Review or renewal due", "Required contents covered", "Score", "Band"], agreements),
    "",
  ];
}

function planning(s: Say, r: ProgramReport): string[] {
  const responses = r.planning.responses.map((x) => [x.id, x.partnership, s("{answered} of {total}", { answered: x.answered, total: x.total }), x.readyToAct ? s("yes") : s("no"), x.nextQuestion]);
  const lines = [s("## Planning"), "", table(s, ["Response", "Partnership", "Answered", "Ready to act", "Next question"], responses), ""];
  if (r.planning.actionPlans.length) {
    const plans = r.planning.actionPlans.map((x) => [x.title, x.done === null ? null : `${Math.round(x.done * 100)}%`, x.overdue.join("; "), x.dueSoon.join("; "), x.blocked.join("; ")]);
    lines.push(table(s, ["Action plan", "Done", "Overdue", "Due soon", "Blocked"], plans), "");
  }
  return lines;
}

function changes(s: Say, r: ProgramReport): string[] {
  if (!r.changes) return [];
  return [s("## What changed since {since}", { since: r.since ?? "" }), "", ...(r.changes.length ? r.changes.map((c) => `- ${md(c.text)}`) : [s("_Nothing recorded changed._")]), ""];
}

/** The locale a report is rendered in: the one it was built in; an error when they differ. */
function reportLocale(r: ProgramReport, locale: Locale | undefined): Locale | undefined {
  const given = requireLocale(locale, "renderReportMarkdown");
  const built = r.language ?? "en";
  if ((given?.id ?? "en") !== built) {
    throw new TypeError(`renderReportMarkdown: the report was built in "${built}" but is rendered in "${given?.id ?? "en"}"; pass the locale it was built with`);
  }
  return given;
}

/**
 * Writes a report model (see {@link buildReport}) as Markdown: a pure function of the model, so an
 * app that renders its own UI and one that prints Markdown show the same facts. Every piece of
 * user text is escaped: a record cannot add headings, tables, links, HTML or diagram syntax.
 * Diagrams are Mermaid (`graph LR` for the network, `sankey-beta` for money flows). Complexity:
 * O(the model's size). Pass the locale the model was built with (`buildReport(..., { locale })`).
 *
 * @throws {TypeError} When the model was built in another language than `locale` (English without one).
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
export function renderReportMarkdown(r: ProgramReport, options: { locale?: Locale } = {}): string {
  const s = sayIn(reportLocale(r, options.locale));
  const lines = [`# ${md(r.title)}`, "", r.since ? s("As of {asOf}, with changes since {since}. Generated by ece-partnerships from the program's portfolio.", { asOf: r.asOf, since: r.since }) : s("As of {asOf}. Generated by ece-partnerships from the program's portfolio.", { asOf: r.asOf }), ""];
  if (r.notAssessed || !r.program) return [...lines, md(r.notAssessed ?? s("Not a program.")), ""].join("\n");
  lines.push(...summary(s, r), ...nextSteps(s, r), ...compliance(s, r), ...findings(s, r), ...tables(s, r));
  lines.push(...funding(s, r), ...slots(s, r.slots), ...alliances(s, r.alliances), ...approaches(s, r.approaches), ...planning(s, r), ...network(s, r.network), ...changes(s, r));
  return lines.join("\n");
}

/**
 * Renders a complete Markdown partnership report for one program on a date: {@link buildReport}
 * written by {@link renderReportMarkdown}. Output is deterministic for the same portfolio and
 * options. With `locale: es` (from `ece-partnerships/es`) the whole report is in Spanish.
 *
 * @throws {RangeError} When `asOf` or `since` is not a calendar date.
 * @throws {TypeError} When `locale` is a string such as `"es"` (import the locale object instead).
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
 *
 * ```ts
 * import { parsePortfolio, renderReport } from "ece-partnerships";
 * import { es } from "ece-partnerships/es";
 * const p = parsePortfolio({
 *   schemaVersion: 2,
 *   organizations: [{ id: "hs", name: "Sunrise Head Start", kind: "early-head-start", level: "local", program: { types: ["early-head-start"], americanIndianAlaskaNative: false, fundedEnrollment: 72 } }],
 * });
 * if (!p.ok) throw new Error(p.error.message);
 * renderReport(p.value, "hs", { asOf: "2025-09-01", locale: es }).split("\n")[0]; //=> "# Informe de asociaciones: Sunrise Head Start"
 * ```
 * @category Portfolio
 */
export function renderReport(portfolio: Portfolio, programId: string, options: ReportOptions): string {
  return renderReportMarkdown(buildReport(portfolio, programId, options), options.locale === undefined ? {} : { locale: options.locale });
}
