import { fundingLevels, type FundingFigures, type FundingPlan } from "../../funding/index.js";
import { streamLabel } from "../../funding/streams.js";
import { fill, type Say } from "../../locale/say.js";
import type { ProgramAnalyses } from "../analyses.js";
import type { FundingPlanRow, ReportFunding } from "./model.js";

const CATEGORY: Record<string, string> = {
  "direct-services": "Direct services",
  "comprehensive-services": "Comprehensive services",
  "quality-ta": "Quality and technical assistance",
  "workforce-pd": "Workforce and professional development",
  coordination: "Coordination",
  "data-systems": "Data systems",
  facilities: "Facilities",
  administration: "Administration",
  "family-support": "Family support",
};
/** A cost category as a person reads it. */
export const costCategoryLabel = (id: string) => CATEGORY[id] ?? id;

const sum = (values: readonly number[]) => Math.min(Number.MAX_SAFE_INTEGER, values.reduce((a, b) => a + b, 0));

/** A plan's Head Start match: required, counted (non-federal and waived) and short, and whether the plan is judged on it (a program's budget). */
function matchRow(plan: FundingPlan, f: FundingFigures): FundingPlanRow["match"] {
  const m = f.match;
  return m ? { requiredCents: m.requiredCents, countedCents: Math.min(Number.MAX_SAFE_INTEGER, m.nonFederalCents + m.waivedCents), shortCents: m.shortfallCents, judged: plan.headStartBudgetPeriod ?? plan.owner.kind === "program" } : null;
}

function planRow({ plan, analysis, owner }: ProgramAnalyses["plans"][number], say: Say): FundingPlanRow {
  const f = analysis.figures;
  return {
    id: plan.id,
    label: plan.label ?? plan.id,
    owner,
    // English without a template on the summary's hot path.
    period: say === fill ? `${plan.period.start} to ${plan.period.end}` : say("{start} to {end}", plan.period),
    costCents: f.totalCost,
    fundingCents: f.totalFunding,
    gapCents: f.gap,
    federalCents: f.byLevel.federal.cents,
    match: matchRow(plan, f),
    score: analysis.score,
    band: analysis.band,
    must: analysis.findings.filter((x) => x.severity === "must").length,
  };
}

/** The plans a program's money is added up over: each with its figures (an analysis, or a summary's outline). */
type PlansWithFigures = readonly { plan: FundingPlan; analysis: { figures: FundingFigures } }[];

/**
 * A program's plans added up: cost, funding and gap; funding by level; and the Head Start match
 * over the plans judged on it (the program's own budgets). Shared by the report's funding section
 * and the summary's line. O(plans).
 */
export function fundingTotals(plans: PlansWithFigures): Pick<ReportFunding, "byLevel" | "totals" | "match"> {
  const byLevel = { federal: 0, state: 0, local: 0, private: 0 };
  let judged: NonNullable<FundingPlanRow["match"]>[] | undefined;
  for (const { plan, analysis } of plans) {
    const f = analysis.figures;
    for (const level of fundingLevels) byLevel[level] = sum([byLevel[level], f.byLevel[level].cents]);
    const match = matchRow(plan, f);
    if (match?.judged) (judged ??= []).push(match);
  }
  return {
    byLevel,
    totals: { costCents: sum(plans.map((p) => p.analysis.figures.totalCost)), fundingCents: sum(plans.map((p) => p.analysis.figures.totalFunding)), gapCents: sum(plans.map((p) => p.analysis.figures.gap)) },
    match: judged ? { requiredCents: sum(judged.map((m) => m.requiredCents)), countedCents: sum(judged.map((m) => m.countedCents)), shortCents: sum(judged.map((m) => m.shortCents)) } : null,
  };
}

/**
 * Money at a glance for a program: its plans and its partnerships' plans, totals by stream and by
 * level, the Head Start match over the program's own budget plans, over-committed sources, and
 * the flows from sources to cost categories. O(the plans' sources and items).
 */
export function fundingSection(a: Pick<ProgramAnalyses, "plans">, say: Say = fill): ReportFunding {
  const plans = a.plans.map((p) => planRow(p, say));
  const byStream = new Map<string, { label: string; cents: number }>();
  const overcommitted: ReportFunding["overcommitted"] = [];
  const flows = new Map<string, ReportFunding["flows"][number]>();
  for (const { plan, analysis } of a.plans) {
    const f = analysis.figures;
    const name = plan.label ?? plan.id;
    for (const s of f.byStream) {
      const entry = byStream.get(s.streamId) ?? { label: say(streamLabel(s.streamId, plan.streams)), cents: 0 };
      entry.cents = sum([entry.cents, s.cents]);
      byStream.set(s.streamId, entry);
    }
    for (const s of f.bySource) if (s.remainingCents < 0) overcommitted.push({ plan: name, source: s.sourceId, chargedCents: s.chargedCents, amountCents: s.amountCents });
    const streamOfSource = new Map(plan.sources.map((s) => [s.id, s.streamId]));
    for (const item of f.byItem) {
      for (const c of item.charges) {
        if (c.cents <= 0) continue;
        const from = say(streamLabel(streamOfSource.get(c.sourceId) ?? c.sourceId, plan.streams));
        const to = say(costCategoryLabel(item.category));
        const key = `${name}\u0000${from}\u0000${to}`;
        const flow = flows.get(key) ?? { plan: name, from, to, cents: 0 };
        flow.cents = sum([flow.cents, c.cents]);
        flows.set(key, flow);
      }
    }
  }
  const { byLevel, totals, match } = fundingTotals(a.plans);
  return {
    plans,
    byStream: [...byStream.entries()].map(([streamId, v]) => ({ streamId, label: v.label, cents: v.cents })).sort((x, y) => y.cents - x.cents || (x.label < y.label ? -1 : 1)),
    byLevel,
    totals,
    match,
    overcommitted,
    flows: [...flows.values()],
  };
}
