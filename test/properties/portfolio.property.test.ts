import { describe, expect } from "vitest";
import { fc, test } from "@fast-check/vitest";
import * as lib from "../../src/index.js";
import { asOfDate, isoDate, portfolioArb } from "./arbitraries.js";
import { outlineAgreement } from "../../src/agreements/outline.js";
import { outlinePartnership } from "../../src/partners/outline.js";
import { outlineFundingPlan } from "../../src/funding/outline.js";

const {
  parsePortfolio,
  scorePartnership,
  assessAgreement,
  analyzeFundingPlan,
  assessCompliance,
  measureNetwork,
  summarizePortfolio,
  renderReport,
  scoreQuestionnaire,
  actionPlanStatus,
  classifyStage,
  planningQuestionnaire,
  toHsds,
  renewalSchedule,
} = lib;

type Checked = { score?: number | null; findings?: { code: string; severity: string; message: string }[]; components?: readonly unknown[] };

function expectWellFormed(result: Checked, what: string) {
  if ("score" in result && result.score !== undefined) {
    if (result.score !== null) {
      expect(Number.isFinite(result.score), what).toBe(true);
      expect(result.score >= 0 && result.score <= 100, `${what} score ${result.score}`).toBe(true);
    }
  }
  for (const c of result.components ?? []) {
    if (typeof c !== "object" || c === null || Array.isArray(c)) continue; // measureNetwork's components are member lists
    const score = (c as { score: number | null }).score;
    if (score !== null) expect(score >= 0 && score <= 100, what).toBe(true);
  }
  for (const f of result.findings ?? []) {
    expect(f.code, what).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
    expect(["must", "should", "info"], what).toContain(f.severity);
    expect(f.message.length, what).toBeGreaterThan(0);
  }
  expect(JSON.stringify(result), what).not.toContain("NaN");
}

describe("generated valid portfolios", () => {
  test.prop([portfolioArb], { numRuns: 150 })("agree with the schema and survive parse, serialize, parse unchanged", (input) => {
    const first = parsePortfolio(input);
    expect(first.ok, first.ok ? "" : first.error.message).toBe(true);
    if (!first.ok) return;
    expect(parsePortfolio(JSON.parse(JSON.stringify(first.value)))).toEqual(first);
  });

  test.prop([portfolioArb, asOfDate], { numRuns: 120 })("every scoring and analysis function returns well-formed results and never throws", (input, asOf) => {
    const parsed = parsePortfolio(input);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const p = parsed.value;
    for (const x of p.partnerships) {
      expectWellFormed(scorePartnership(x, { asOf }), `scorePartnership ${x.id}`);
      expectWellFormed(classifyStage(x.practices, { asOf }), "classifyStage");
    }
    for (const a of p.agreements) {
      expectWellFormed(assessAgreement(a, { asOf }), `assessAgreement ${a.id}`);
      const events = renewalSchedule(a, { from: "2015-01-01", to: "2035-12-31" }).map((e) => e.date);
      expect(events.every((d) => d >= "2015-01-01" && d <= "2035-12-31"), `renewalSchedule ${a.id}`).toBe(true);
      expect(events, `renewalSchedule ${a.id} in date order`).toEqual([...events].sort());
    }
    for (const f of p.fundingPlans) expectWellFormed(analyzeFundingPlan(f, { asOf }), `analyzeFundingPlan ${f.id}`);
    for (const r of p.questionnaireResponses) expectWellFormed(scoreQuestionnaire(planningQuestionnaire, r), "scoreQuestionnaire");
    for (const a of p.actionPlans) expectWellFormed(actionPlanStatus(a, { asOf }), "actionPlanStatus");
    for (const o of p.organizations) {
      expectWellFormed(assessCompliance(p, o.id, { asOf }), `assessCompliance ${o.id}`);
      expect(renderReport(p, o.id, { asOf }).startsWith("# Partnership report")).toBe(true);
    }
    const network = measureNetwork(p, { weightBy: "stage", asOf });
    expectWellFormed(network, "measureNetwork");
    for (const node of network.nodes) {
      for (const v of [node.degreeCentrality, node.betweenness ?? 0]) expect(v >= 0 && v <= 1).toBe(true);
    }
    if (network.density !== null) expect(network.density >= 0 && network.density <= 1).toBe(true);
    const summary = summarizePortfolio(p, { asOf });
    expect(JSON.stringify(summary)).not.toContain("NaN");
    expect(summary.programs.length).toBe(p.organizations.filter((o) => o.program).length);
    let n = 0;
    expect(toHsds(p, { idFor: () => `00000000-0000-4000-8000-${String(++n).padStart(12, "0")}` })).toHaveLength(p.organizations.length);
  });

  test.prop([portfolioArb, asOfDate])("a summary counts, program by program, the findings its report lists, and adds up the money its report shows", (input, asOf) => {
    const parsed = parsePortfolio(input);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const p = parsed.value;
    const summary = summarizePortfolio(p, { asOf });
    for (const line of summary.programs) {
      const report = lib.buildReport(p, line.programId, { asOf });
      const listed = report.findings.flatMap((g) => g.findings);
      const bySeverity = (s: string) => listed.filter((f) => f.severity === s).length;
      expect(line.findings, line.programId).toEqual({ must: bySeverity("must"), should: bySeverity("should"), info: bySeverity("info") });
      const money = report.funding;
      expect([line.funding.totalCostCents, line.funding.totalFundingCents, line.funding.byLevelCents, line.funding.matchShortfallCents]).toEqual([money.totals.costCents, money.totals.fundingCents, money.byLevel, money.match?.shortCents ?? null]);
      expect(line.funding.gapCents).toBe(money.plans.length ? money.totals.gapCents : null);
    }
  });

  test.prop([portfolioArb, asOfDate])("an agreement outlined for a summary stands and counts as its assessment", (input, asOf) => {
    const parsed = parsePortfolio(input);
    if (!parsed.ok) throw new Error(parsed.error.message);
    for (const a of parsed.value.agreements) {
      const full = assessAgreement(a, { asOf });
      const outline = outlineAgreement(a, { asOf });
      const bySeverity = (s: string) => full.findings.filter((f) => f.severity === s).length;
      expect(outline.counts, a.id).toEqual({ must: bySeverity("must"), should: bySeverity("should"), info: bySeverity("info") });
      expect(outline.inForce).toBe(full.inForce);
      expect(outline.daysUntilReviewDue).toBe(full.daysUntilReviewDue);
      expect(outline.findings()).toEqual(full.findings);
      expect(full.findings.every((f) => f.subject?.kind === "agreement" && f.subject.id === a.id && outline.codes.has(f.code))).toBe(true);
    }
  });

  test.prop([portfolioArb, asOfDate, fc.option(fc.constantFrom(0, 1, 40, 10_000), { nil: undefined })])("a funding plan outlined for a summary has the figures and counts of its analysis", (input, asOf, fundedEnrollment) => {
    const parsed = parsePortfolio(input);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const options = fundedEnrollment === undefined ? { asOf } : { asOf, fundedEnrollment };
    for (const plan of parsed.value.fundingPlans) {
      const full = analyzeFundingPlan(plan, options);
      const outline = outlineFundingPlan(plan, options);
      const bySeverity = (s: string) => full.findings.filter((f) => f.severity === s).length;
      expect(outline.counts, plan.id).toEqual({ must: bySeverity("must"), should: bySeverity("should"), info: bySeverity("info") });
      expect(outline.figures).toEqual(full.figures);
      expect(outline.findings()).toEqual(full.findings);
      expect(full.findings.every((f) => f.subject?.kind === "funding-plan" && f.subject.id === plan.id && outline.codes.has(f.code))).toBe(true);
    }
  });

  // The outline reads no referrals: they only score a partnership, never change its findings.
  const referralDates = fc.array(
    fc.record({ madeOn: isoDate, contactedOn: fc.option(isoDate, { nil: undefined }), serviceStartedOn: fc.option(isoDate, { nil: undefined }), closedOn: fc.option(isoDate, { nil: undefined }) }, { requiredKeys: ["madeOn"] }),
    { maxLength: 6 },
  );
  test.prop([portfolioArb, asOfDate, referralDates])("a partnership outlined for a summary has the stage and counts of its score, with or without its referrals", (input, asOf, referrals) => {
    const parsed = parsePortfolio(input);
    if (!parsed.ok) throw new Error(parsed.error.message);
    for (const p of parsed.value.partnerships) {
      const full = scorePartnership(p, { asOf, referrals });
      expect(scorePartnership(p, { asOf }).findings).toEqual(full.findings);
      const outline = outlinePartnership(p, { asOf });
      const bySeverity = (s: string) => full.findings.filter((f) => f.severity === s).length;
      expect(outline.counts, p.id).toEqual({ must: bySeverity("must"), should: bySeverity("should"), info: bySeverity("info") });
      expect(outline.classification).toEqual({ stage: full.classification.stage });
      expect(outline.findings()).toEqual(full.findings);
      expect(full.findings.every((f) => f.subject?.kind === "partnership" && f.subject.id === p.id && outline.codes.has(f.code))).toBe(true);
    }
  });

  test.prop([portfolioArb], { numRuns: 60 })("edit then undo is the identity on a portfolio", (input) => {
    const parsed = parsePortfolio(input);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const r = lib.edit(parsed.value, (d) => {
      d.organizations.reverse();
      d.partnerships.pop();
      d.title = "Edited";
    }, { at: "2024-02-29" });
    if (!r.ok) throw new Error(r.error.message);
    expect(lib.undo(r.value, JSON.parse(JSON.stringify(r.change)))).toEqual(parsed.value);
  });
});

describe("parsePortfolio on hostile input", () => {
  const hostileKeys = fc.constantFrom("__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "schemaVersion", "organizations", "extensions");
  const deep = fc.nat({ max: 20_000 }).map((depth) => {
    let v: unknown = {};
    for (let i = 0; i < depth; i++) v = i % 2 ? { organizations: [v] } : [v];
    return v;
  });
  const huge = fc.nat({ max: 3 }).map((k) => "x".repeat(10 ** (k + 3)));
  const value = fc.oneof(fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true }), deep, huge, fc.jsonValue());
  const hostile = fc.tuple(fc.array(fc.tuple(hostileKeys, value), { maxLength: 6 }), fc.boolean()).map(([entries, viaJson]) => {
    const obj: Record<string, unknown> = { schemaVersion: 2 };
    for (const [k, v] of entries) Object.defineProperty(obj, k, { value: v, enumerable: true, configurable: true, writable: true });
    if (!viaJson) return obj;
    try {
      return JSON.parse(JSON.stringify(obj)) as unknown;
    } catch {
      return obj;
    }
  });
  test.prop([hostile], { numRuns: 300 })("never throws and never pollutes Object.prototype", (input) => {
    const r = parsePortfolio(input);
    expect(typeof r.ok).toBe("boolean");
    expect(lib.migratePortfolio(input).ok === true || lib.migratePortfolio(input).ok === false).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
  test.prop([fc.constantFrom('{"schemaVersion":2,"__proto__":{"polluted":true}}', '{"schemaVersion":2,"organizations":[{"__proto__":{"polluted":true}}]}', '{"schemaVersion":2,"partnerships":[],"extensions":{"constructor":{"prototype":{"polluted":true}}}}')])(
    "rejects prototype-polluting JSON without polluting",
    (text) => {
      const r = parsePortfolio(JSON.parse(text));
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      if (text.includes("__proto__")) expect(r.ok).toBe(false);
    },
  );
});

describe("catalogs", () => {
  function deeplyFrozen(value: unknown, seen = new Set<unknown>()): boolean {
    if (value === null || typeof value !== "object" || seen.has(value)) return true;
    seen.add(value);
    if (!Object.isFrozen(value)) return false;
    return Object.values(value).every((v) => deeplyFrozen(v, seen));
  }
  test.prop([fc.constant(0)], { numRuns: 1 })("every exported array or plain object (catalogs, id lists, weights) is deeply frozen", () => {
    const data = Object.entries(lib).filter(([, v]) => Array.isArray(v) || (typeof v === "object" && v !== null && Object.getPrototypeOf(v) === Object.prototype));
    expect(data.length).toBeGreaterThan(40);
    for (const [name, v] of data) expect(deeplyFrozen(v), name).toBe(true);
  });
});
