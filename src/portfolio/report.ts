import { formatCents, formatCitation, type Finding } from "../core/index.js";
import { cachedIndex, groupInto, requireIsoDate } from "../core/internal.js";
import { assessAgreement } from "../agreements/index.js";
import { assessCompliance } from "../compliance/index.js";
import { indexForCompliance } from "../compliance/index-cache.js";
import { analyzeFundingPlan } from "../funding/index.js";
import { categoriesOf, partnerCategories, scorePartnership } from "../partners/index.js";
import { actionPlanStatus, scoreQuestionnaire } from "../planning/index.js";
import { questionnairesOf, type Portfolio } from "./schema.js";

/** What a report reads beyond the compliance index, grouped once per portfolio so a report per program stays cheap. */
const indexForReport = /* @__PURE__ */ cachedIndex(
  (portfolio: Portfolio) => [portfolio.fundingPlans, portfolio.questionnaires, portfolio.questionnaireResponses, portfolio.actionPlans],
  (portfolio) => {
    const plansByProgram = new Map<string, Portfolio["fundingPlans"][number][]>();
    // Positions in their collections, so a program's records come out in document order.
    const responsesByPartnership = new Map<string, number[]>();
    const actionPlansByPartnership = new Map<string, number[]>();
    for (const plan of portfolio.fundingPlans) if (plan.owner.kind === "program") groupInto(plansByProgram, plan.owner.id, plan);
    portfolio.questionnaireResponses.forEach((r, i) => {
      if (r.partnershipId !== undefined) groupInto(responsesByPartnership, r.partnershipId, i);
    });
    portfolio.actionPlans.forEach((plan, i) => {
      if (plan.partnershipId !== undefined) groupInto(actionPlansByPartnership, plan.partnershipId, i);
    });
    return { plansByProgram, responsesByPartnership, actionPlansByPartnership, questionnaires: questionnairesOf(portfolio) };
  },
);

const cell = (text: string | number | null | undefined) => (text === null || text === undefined || text === "" ? "-" : String(text).replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " "));
const row = (cells: (string | number | null | undefined)[]) => `| ${cells.map(cell).join(" | ")} |`;
const table = (head: string[], rows: (string | number | null | undefined)[][]) =>
  rows.length === 0 ? "_None recorded._" : [row(head), `| ${head.map(() => "---").join(" | ")} |`, ...rows.map(row)].join("\n");
const mermaidLabel = (text: string) => text.replace(/"/g, "#quot;").replace(/[\n\r]+/g, " ");
const categoryLabel = (id: string) => {
  const c = partnerCategories.find((x) => x.id === id);
  return c ? `${c.paragraph} ${c.label}` : id;
};
const findingLine = (f: Finding) => `- ${f.message}${f.citation ? ` _(${formatCitation(f.citation)})_` : ""}`;

/**
 * Renders a complete Markdown partnership report for one program on a date, to hand to a policy
 * council or governing body: a summary; compliance with 45 CFR 1302.53 and 1302.11 part by part;
 * every finding with its citation, strongest first; tables of partnerships (partners, categories,
 * stage, score), agreements (status, review due), funding plans and planning progress; and a
 * Mermaid diagram of the program's partner network (edges labeled with the stage read from
 * evidence). Output is deterministic for the same portfolio and date. A program id not in the
 * portfolio gives a short report that says so. Complexity: O(the program's records) after the
 * portfolio is indexed; the indexes are built once per portfolio value (shared with
 * `assessCompliance`), so a report for every program is linear in the portfolio's size. Change
 * records with `edit` (or copies), not in place.
 *
 * @example
 * ```ts
 * import { parsePortfolio, renderReport } from "ece-partnerships";
 * const p = parsePortfolio({
 *   schemaVersion: 1,
 *   organizations: [
 *     { id: "hs", name: "Sunrise Head Start", kind: "early-head-start", level: "local", program: { types: ["early-head-start"], americanIndianAlaskaNative: false, fundedEnrollment: 72 } },
 *     { id: "lib", name: "Public Library", kind: "library", level: "local" },
 *   ],
 *   partnerships: [{ id: "story-time", parties: ["hs", "lib"], status: "active", practices: [{ practice: "information-exchange", date: "2025-03-01" }] }],
 * });
 * if (!p.ok) throw new Error(p.error.message);
 * const md = renderReport(p.value, "hs", { asOf: "2025-09-01" });
 * md.split("\n")[0]; //=> "# Partnership report: Sunrise Head Start"
 * md.includes('  hs["Sunrise Head Start"] ---|networking| lib["Public Library"]'); //=> true
 * ```
 * @category Portfolio
 */
export function renderReport(portfolio: Portfolio, programId: string, options: { asOf: string }): string {
  const asOf = requireIsoDate(options?.asOf);
  const { orgs, partnershipsByOrg, agreementsByOrg } = indexForCompliance(portfolio);
  const index = indexForReport(portfolio);
  const org = orgs.get(programId);
  if (!org?.program) {
    return `# Partnership report: ${programId}\n\nAs of ${asOf}.\n\n${org ? `Organization ${programId} is not a Head Start program.` : `Program ${programId} is not in the portfolio.`}\n`;
  }
  const name = (id: string) => orgs.get(id)?.name ?? id;
  const compliance = assessCompliance(portfolio, programId, { asOf });
  const partnerships = partnershipsByOrg.get(programId) ?? [];
  const agreements = agreementsByOrg.get(programId) ?? [];
  const plans = index.plansByProgram.get(programId) ?? [];
  // The records of the program's partnerships, in document order.
  const ofPartnerships = <T>(byPartnership: Map<string, number[]>, all: readonly T[]): T[] =>
    partnerships
      .flatMap((p) => byPartnership.get(p.id) ?? [])
      .sort((a, b) => a - b)
      .map((i) => all[i]!);
  const scored = new Map(partnerships.map((p) => [p.id, scorePartnership(p, { asOf })]));
  const count = (s: string) => compliance.findings.filter((f) => f.severity === s).length;
  const lines: string[] = [];

  lines.push(`# Partnership report: ${org.name}`, "", `As of ${asOf}. Generated by ece-partnerships from the program's portfolio.`, "");
  lines.push("## Summary", "");
  lines.push(`- Program types: ${org.program.types.join(", ")}; funded enrollment ${org.program.fundedEnrollment}${org.program.americanIndianAlaskaNative ? "; American Indian and Alaska Native program" : ""}.`);
  lines.push(`- Partnerships: ${compliance.activePartnershipIds.length} active of ${partnerships.length} recorded; partner categories covered: ${8 - compliance.categoryGaps.length} of 8.`);
  lines.push(`- Compliance with 45 CFR 1302.53 and 1302.11: ${compliance.score === null ? "not scored" : `${compliance.score} of 100`} (${compliance.band}).`);
  lines.push(`- Public-preschool MOU: ${compliance.mou.status}${compliance.mou.agreementId ? ` (${compliance.mou.agreementId})` : ""}${compliance.mou.exemptionId ? ` (exemption ${compliance.mou.exemptionId})` : ""}.`);
  lines.push(`- Findings: ${count("must")} must, ${count("should")} should, ${count("info")} for information.`, "");

  lines.push("## Compliance", "");
  lines.push(table(["Part", "Score", "Evidence"], compliance.components.map((c) => [c.label, c.score, c.evidence.join("; ")])), "");

  lines.push("## Findings", "");
  for (const [severity, title] of [["must", "Must"], ["should", "Should"], ["info", "For information"]] as const) {
    const list = compliance.findings.filter((f) => f.severity === severity);
    if (list.length === 0) continue;
    lines.push(`### ${title}`, "", ...list.map(findingLine), "");
  }
  if (compliance.findings.length === 0) lines.push("_No findings._", "");

  lines.push("## Partnerships", "");
  lines.push(
    table(
      ["Partnership", "Partners", "Categories", "Status", "Stage", "Score", "Band"],
      partnerships.map((p) => {
        const a = scored.get(p.id)!;
        const partners = p.parties.filter((x) => x !== programId);
        const categories = [...new Set(partners.flatMap((x) => (orgs.get(x) ? categoriesOf(orgs.get(x)!) : [])))];
        return [p.name ?? p.id, partners.map(name).join(", "), categories.map(categoryLabel).join("; "), p.status, a.classification.stage ?? "no evidence", a.score, a.band];
      }),
    ),
    "",
  );

  lines.push("## Agreements", "");
  lines.push(
    table(
      ["Agreement", "Kind", "Parties", "Status", "Review or renewal due", "Score"],
      agreements.map((a) => {
        const r = assessAgreement(a, { asOf });
        return [a.title ?? a.id, a.kind, a.parties.map(name).join(", "), r.status, r.reviewDue, r.score];
      }),
    ),
    "",
  );

  lines.push("## Funding", "");
  lines.push(
    table(
      ["Plan", "Period", "Cost", "Funding", "Gap", "Federal", "Non-federal match"],
      plans.map((plan) => {
        const f = analyzeFundingPlan(plan, { asOf }).figures;
        return [
          plan.label ?? plan.id,
          `${plan.period.start} to ${plan.period.end}`,
          formatCents(f.totalCost),
          formatCents(f.totalFunding),
          formatCents(f.gap),
          formatCents(f.byLevel.federal.cents),
          f.match ? `${formatCents(f.match.nonFederalCents)} of ${formatCents(f.match.requiredCents)}${f.match.met ? " (met)" : " (short)"}` : "not required",
        ];
      }),
    ),
    "",
  );

  lines.push("## Planning", "");
  const questionnaires = index.questionnaires;
  const responses = ofPartnerships(index.responsesByPartnership, portfolio.questionnaireResponses);
  lines.push(
    table(
      ["Response", "Partnership", "Answered", "Ready to act", "Next question"],
      responses.map((r) => {
        const q = questionnaires.get(r.questionnaireId);
        if (!q) return [r.id, r.partnershipId, "unknown questionnaire", "-", "-"];
        const s = scoreQuestionnaire(q, r);
        const answered = s.steps.reduce((a, x) => a + x.answered, 0);
        const total = s.steps.reduce((a, x) => a + x.total, 0);
        return [r.id, r.partnershipId, `${answered} of ${total}`, s.readyToAct ? "yes" : "no", s.nextQuestions[0]];
      }),
    ),
    "",
  );
  const actionPlans = ofPartnerships(index.actionPlansByPartnership, portfolio.actionPlans);
  if (actionPlans.length > 0) {
    lines.push(
      table(
        ["Action plan", "Done", "Overdue", "Due in 30 days", "Blocked"],
        actionPlans.map((plan) => {
          const s = actionPlanStatus(plan, { asOf });
          return [plan.id, s.shareComplete === null ? null : `${Math.round(s.shareComplete * 100)}%`, s.overdue.join(", "), s.dueSoon.join(", "), s.blocked.join(", ")];
        }),
      ),
      "",
    );
  }

  lines.push("## Partner network", "", "```mermaid", "graph LR");
  const drawn = new Set<string>();
  const aliases = new Map<string, string>();
  const used = new Set<string>();
  const nodeFor = (id: string) => {
    let a = aliases.get(id);
    if (a === undefined) {
      a = id.replace(/[^A-Za-z0-9_-]/g, "_");
      while (used.has(a)) a = `${a}_`;
      aliases.set(id, a);
      used.add(a);
    }
    if (drawn.has(a)) return a;
    drawn.add(a);
    return `${a}["${mermaidLabel(name(id))}"]`;
  };
  for (const p of partnerships) {
    if (p.status === "ended") continue;
    const stage = scored.get(p.id)!.classification.stage ?? "no evidence";
    for (const party of p.parties) if (party !== programId) lines.push(`  ${nodeFor(programId)} ---|${stage}| ${nodeFor(party)}`);
  }
  if (drawn.size === 0) lines.push(`  ${nodeFor(programId)}`);
  lines.push("```", "");
  return lines.join("\n");
}
