// Edits and summaries on the national portfolio: summarizePortfolio against assessing every program,
// the first assessCompliance after an edit against a repeat call, and checking an edit against
// parsing the whole portfolio.
import { fileURLToPath } from "node:url";
import {
  actionPlanStatus,
  allianceSavings,
  analyzeCcrrFunctions,
  analyzeCoordinatedServices,
  analyzeFundedSlots,
  analyzeFundingPlan,
  analyzeReferrals,
  assessAgreement,
  assessCompliance,
  assessStaffPolicies,
  edit,
  editPortfolio,
  parsePortfolio,
  PortfolioSchema,
  scorePartnership,
  summarizePortfolio,
} from "../dist/index.js";
import { generatePortfolio } from "./generate.mjs";

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const timed = (fn) => {
  const t = performance.now();
  const result = fn();
  return { ms: performance.now() - t, result };
};

/** summarizePortfolio / assessCompliance for every program, each on a fresh shallow copy (its indexes built inside the timing), in turns. */
function summaryAgainstAssessAll(portfolio, programIds, asOf, runs) {
  const assess = [];
  const summary = [];
  const alone = [];
  for (let k = 0; k < runs; k++) {
    alone.push(timed(() => analysesAlone(portfolio, programIds, asOf)).ms);
    assess.push(
      timed(() => {
        const doc = { ...portfolio };
        for (const id of programIds) assessCompliance(doc, id, { asOf });
      }).ms,
    );
    summary.push(timed(() => summarizePortfolio({ ...portfolio }, { asOf })).ms);
  }
  return { assessAllMs: median(assess), summaryMs: median(summary), analysesAloneMs: median(alone) };
}

/**
 * The analyses a summary runs, each called on its own through the public API on a fresh copy, in
 * the same process: compliance, referrals, CCR&R functions, staff policies and funded slots of every
 * program; every partnership scored, agreement assessed, funding plan analyzed, approach, alliance
 * and action plan read once. What a summary costs beyond them is its own work (and the collector's).
 */
function analysesAlone(portfolio, programIds, asOf) {
  const doc = { ...portfolio };
  const orgs = new Map(doc.organizations.map((o) => [o.id, o]));
  const nameOf = (id) => orgs.get(id)?.name;
  let n = 0;
  for (const programId of programIds) {
    n += assessCompliance(doc, programId, { asOf }).findings.length;
    n += analyzeReferrals(doc, { asOf, programId }).findings.length;
    n += analyzeCcrrFunctions(doc, { asOf, programId }).findings.length;
    n += assessStaffPolicies(doc, programId, { asOf }).findings.length;
    n += analyzeFundedSlots(doc, programId, { asOf }).findings.length;
  }
  // Without referrals, as a summary does: they only score a partnership, and a summary shows no partnership scores.
  for (const p of doc.partnerships) n += scorePartnership(p, { asOf, nameOf }).findings.length;
  for (const a of doc.agreements) n += assessAgreement(a, { asOf, nameOf }).findings.length;
  for (const plan of doc.fundingPlans) n += analyzeFundingPlan(plan, { asOf }).findings.length;
  for (const approach of doc.coordinatedServicesApproaches) n += analyzeCoordinatedServices(approach, { asOf, nameOf }).findings.length;
  for (const alliance of doc.sharedServicesAlliances) n += allianceSavings(alliance, { nameOf }).findings.length;
  for (const plan of doc.actionPlans) n += actionPlanStatus(plan, { asOf }).findings.length;
  return n;
}

/** The first assessCompliance of a program after editing one of its partnerships, against a repeat call on the same value. */
function editThenAssess(portfolio, programId, asOf, runs) {
  const at = portfolio.partnerships.findIndex((p) => p.parties.includes(programId));
  let current = portfolio;
  assessCompliance(current, programId, { asOf });
  const first = [];
  const warm = [];
  for (let k = 0; k < runs * 4 + 1; k++) {
    const r = edit(current, (d) => { d.partnerships[at].status = k % 2 ? "active" : "paused"; }, { at: asOf });
    current = r.value;
    first.push(timed(() => assessCompliance(current, programId, { asOf })).ms);
    warm.push(timed(() => assessCompliance(current, programId, { asOf })).ms);
  }
  return { warmMs: median(warm), firstAfterEditMs: median(first) };
}

/** editPortfolio and edit with PortfolioSchema of one partnership, against parsePortfolio of the whole portfolio. */
function checkedEdits(portfolio, asOf, runs) {
  let current = portfolio;
  const recipe = (k) => (d) => { d.partnerships[7].status = k % 2 ? "active" : "paused"; };
  editPortfolio(current, recipe(1), { at: asOf }); // builds the id index once
  const editPortfolioMs = median(
    Array.from({ length: runs * 4 + 1 }, (_, k) => {
      const r = timed(() => editPortfolio(current, recipe(k), { at: asOf }));
      if (!r.result.ok) throw new Error(r.result.error.message);
      current = r.result.value;
      return r.ms;
    }),
  );
  const editSchemaMs = median(
    Array.from({ length: runs * 4 + 1 }, (_, k) => {
      const r = timed(() => edit(current, recipe(k + 1), { at: asOf, schema: PortfolioSchema }));
      if (!r.result.ok) throw new Error(r.result.error.message);
      current = r.result.value;
      return r.ms;
    }),
  );
  const parseMs = median(Array.from({ length: runs }, () => timed(() => parsePortfolio(current)).ms));
  return { editPortfolioMs, editSchemaMs, parseMs };
}

export function measureEdits(portfolio, asOf, runs) {
  const programIds = portfolio.organizations.filter((o) => o.program).map((o) => o.id);
  return {
    ...summaryAgainstAssessAll(portfolio, programIds, asOf, runs),
    ...editThenAssess(portfolio, programIds[0], asOf, runs),
    ...checkedEdits(portfolio, asOf, runs),
  };
}

// Run by bench/run.mjs in a fresh process: node bench/edits.mjs RUNS AS_OF prints the figures as JSON.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const parsed = parsePortfolio(generatePortfolio(1));
  if (!parsed.ok) throw new Error(parsed.error.message);
  console.log(JSON.stringify(measureEdits(parsed.value, process.argv[3] ?? "2025-09-01", Number(process.argv[2] ?? 5))));
}
