import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import {
  CoordinatedServicesApproachSchema,
  FundingPlanSchema,
  allianceSavings,
  analyzeCoordinatedServices,
  assessIronTriangle,
  parseSharedServicesAlliance,
  sharedServiceFunctions,
} from "../../src/index.js";
import { fold, seedText } from "../fixtures/seeds.js";

const approach = CoordinatedServicesApproachSchema.parse({
  id: "wi-csa",
  name: "Wisconsin Early Care Coordination",
  level: "state",
  operatorId: "dcf",
  commonGoal: "Families with low incomes reach early care and education and the supports around it",
  partners: [
    { organizationId: "dcf", level: "state", contribution: "Subsidy policy" },
    { organizationId: "dpi", level: "state", contribution: "4K data" },
    { organizationId: "dane-ccrr", level: "local" },
  ],
  enrollment: {
    coordinated: true,
    programs: [
      { id: "head-start", label: "Head Start", incomeLimit: { percent: 100, of: "fpl" } },
      { id: "ehs", label: "Early Head Start", incomeLimit: { percent: 100, of: "fpl" } },
      { id: "ccdf", label: "Wisconsin Shares", incomeLimit: { percent: 200, of: "fpl" } },
      { id: "snap", label: "FoodShare", incomeLimit: { percent: 130, of: "fpl" } },
      { id: "pre-k", label: "4K", otherRoutes: ["universal"] },
    ],
  },
  communication: { meetingFrequency: "monthly", regionalCouncils: true, agreementIds: ["mou-dcf-dpi"] },
  informationFlows: [{ from: "state", to: "local", what: "Policy updates" }, { from: "local", to: "state", what: "Waitlist counts" }],
});

describe("analyzeCoordinatedServices", () => {
  it("finds income bands where families qualify for some programs but not all", () => {
    const a = analyzeCoordinatedServices(approach, { asOf: "2025-09-01" });
    expect(a.eligibilityBands).toEqual([
      { aboveFpl: 100, upToFpl: 130, eligible: ["ccdf", "snap"], notEligible: ["head-start", "ehs"] },
      { aboveFpl: 130, upToFpl: 200, eligible: ["ccdf"], notEligible: ["head-start", "ehs", "snap"] },
    ]);
    expect(a.components.find((c) => c.id === "eligibility")?.score).toBe(50);
    expect(a.reciprocalInformationFlow).toBe(true);
    expect(a.partnersWithoutContribution).toEqual(["dane-ccrr"]);
  });

  it("converts limits given as a share of state median income, or says it could not", () => {
    const smi = { ...approach, enrollment: { coordinated: true, programs: [{ id: "hs", label: "HS", incomeLimit: { percent: 100, of: "fpl" as const }, otherRoutes: [] }, { id: "ccdf", label: "CCDF", incomeLimit: { percent: 85, of: "smi" as const }, otherRoutes: [] }] } };
    expect(analyzeCoordinatedServices(smi, { asOf: "2025-09-01", smiAsPercentOfFpl: 300 }).eligibilityBands).toEqual([{ aboveFpl: 100, upToFpl: 255, eligible: ["ccdf"], notEligible: ["hs"] }]);
    expect(analyzeCoordinatedServices(smi, { asOf: "2025-09-01" }).findings.map((f) => f.code)).toContain("community.csa.smi-unconverted");
  });

  it("flags one-way information across levels and unfunded coordination (OPRE 2022-52)", () => {
    const oneWay = { ...approach, informationFlows: [{ from: "state" as const, to: "local" as const, what: "Policy" }] };
    const plan = FundingPlanSchema.parse({
      id: "csa-plan", owner: { kind: "coordinated-services-approach", id: "wi-csa" }, period: { start: "2025-01-01", end: "2025-12-31" },
      sources: [{ id: "pdg", streamId: "pdg-b5", amount: 100_000_00 }],
      costItems: [{ id: "coord", label: "Coordination", category: "coordination", amount: 50_000_00 }],
    });
    const a = analyzeCoordinatedServices(oneWay, { asOf: "2025-09-01", fundingPlan: plan });
    expect(a.findings.find((f) => f.code === "community.csa.one-way-information")?.message).toBe("Wisconsin Early Care Coordination spans state and local partners but information flows only from state to local.");
    expect(a.findings.find((f) => f.code === "community.csa.coordination-unfunded")?.citation?.source).toMatch(/OPRE Report 2022-52/);
    expect(a.components.find((c) => c.id === "coordination-funding")?.score).toBe(0);
  });
});

describe("shared services", () => {
  it("catalogs the seed's shared costs and capacity-building functions verbatim", () => {
    const seed = seedText("004");
    expect(seed).toContain(fold("joint purchasing, bulk buying, staff sharing, centralized administration"));
    expect(sharedServiceFunctions.filter((f) => f.group === "capacity-building").map((f) => f.label.toLowerCase())).toEqual(["common tools and systems", "shared mentoring and supervision", "collaborative improvement processes"]);
    for (const id of ["billing-fee-collection", "enrollment-management", "payroll", "substitute-pool"]) expect(sharedServiceFunctions.map((f) => f.id)).toContain(id);
  });
  it("rejects unknown functions and repeated members", () => {
    const r = parseSharedServicesAlliance({ id: "a", name: "A", hubId: "h", functions: ["payroll", "astrology"], members: [{ organizationId: "m" }, { organizationId: "m" }] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues.map((i) => i.pathText)).toEqual(["functions[1]", "members[1].organizationId"]);
  });
  it("computes savings per member and flags costs that rose", () => {
    const s = allianceSavings({ id: "a", name: "A", hubId: "h", functions: ["payroll"], agreementIds: [], members: [{ organizationId: "m1", costsBefore: 100, costsAfter: 120 }, { organizationId: "m2", costsBefore: 0, costsAfter: 0 }] });
    expect(s.members[1]?.savingsShare).toBeNull();
    expect(s.totalSavings).toBe(-20);
    expect(s.findings[0]?.code).toBe("community.alliance.costs-rose");
  });
});

describe("assessIronTriangle", () => {
  it("uses the Opportunities Exchange defaults (95% enrollment, 2% bad debt) as options", () => {
    const site = { capacity: 100, enrolled: 90, billedRevenue: 1_000_000, collectedRevenue: 975_000, totalExpenses: 950_000 };
    expect(assessIronTriangle(site).findings.map((f) => f.code)).toEqual(["community.iron-triangle.enrollment-below-target", "community.iron-triangle.bad-debt-above-target"]);
    expect(assessIronTriangle(site, { targetEnrollment: 0.85, maxBadDebt: 0.03 }).findings).toEqual([]);
  });
  it("flags a break-even enrollment above capacity", () => {
    const a = assessIronTriangle({ capacity: 40, enrolled: 38, billedRevenue: 600_000_00, collectedRevenue: 600_000_00, totalExpenses: 700_000_00, ratePerSlot: 15_000_00 });
    expect(a.figures.breakEvenEnrollment).toBe(46.7);
    expect(a.findings.find((f) => f.code === "community.iron-triangle.break-even-above-capacity")?.severity).toBe("should"); // a finance heuristic, not a rule
  });
  test.prop([fc.record({ capacity: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 500 })), enrolled: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 500, noNaN: true })), billedRevenue: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 1e11 })), collectedRevenue: fc.integer({ min: 0, max: 1e11 }), totalExpenses: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 1e11 })), ratePerSlot: fc.option(fc.integer({ min: 0, max: 1e8 }), { nil: undefined }) })])(
    "never gives NaN, and scores in 0..100 or null",
    (site) => {
      const a = assessIronTriangle(site);
      expect(JSON.stringify(a)).not.toContain("NaN");
      if (a.score !== null) expect(a.score >= 0 && a.score <= 100).toBe(true);
    },
  );
});
