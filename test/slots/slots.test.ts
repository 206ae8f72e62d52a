import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { analyzeFundedSlots, migratePortfolio, parseFundedSlots, parsePortfolio, type PortfolioInput } from "../../src/index.js";

const program = { types: ["head-start-preschool" as const], americanIndianAlaskaNative: false, fundedEnrollment: 120 };
const input: PortfolioInput = {
  schemaVersion: 2,
  organizations: [
    { id: "hs", name: "Sunrise Head Start", kind: "head-start-preschool", level: "local", program },
    { id: "acorns", name: "Little Acorns", kind: "child-care-center", level: "local" },
    { id: "wdb", name: "Workforce Board", kind: "workforce-development", level: "regional" },
  ],
  partnerships: [{ id: "hs-acorns", parties: ["hs", "acorns"], status: "active" }],
  fundingPlans: [
    { id: "fp", owner: { kind: "program", id: "hs" }, period: { start: "2025-07-01", end: "2026-06-30" }, sources: [{ id: "hs", streamId: "head-start-preschool", amount: 100 }] },
    { id: "fp-acorns", owner: { kind: "partnership", id: "hs-acorns" }, period: { start: "2025-07-01", end: "2026-06-30" }, sources: [{ id: "ccdf", streamId: "ccdf-discretionary", amount: 100 }] },
  ],
  fundedSlots: [
    {
      id: "fdfy", programId: "hs", label: "Full-day, full-year", site: "Eastside", slots: 16, hoursPerDay: 10, daysPerYear: 250,
      layers: [
        { streamId: "head-start-preschool", hoursPerDay: 6, daysPerYear: 180 },
        { streamId: "ccdf-discretionary", hoursPerDay: 4, daysPerYear: 180 },
        { streamId: "ccdf-discretionary", hoursPerDay: 10, daysPerYear: 70 },
      ],
      coEnrollment: [{ organizationId: "wdb", program: "WIOA training", families: 5 }],
    },
    {
      id: "ccp", programId: "hs", label: "EHS-CCP toddlers", providerId: "acorns", slots: 8, hoursPerDay: 10, daysPerYear: 250,
      layers: [{ streamId: "ccdf-discretionary", hoursPerDay: 10, daysPerYear: 250 }, { streamId: "ehs-ccp", pays: "enhancements", hoursPerDay: 10, daysPerYear: 250 }],
    },
    { id: "double", programId: "hs", label: "Double-billed", slots: 2, hoursPerDay: 6, daysPerYear: 180, layers: [{ streamId: "head-start-preschool", hoursPerDay: 6, daysPerYear: 180 }, { streamId: "state-preschool", hoursPerDay: 3, daysPerYear: 180 }] },
  ],
};
const parsed = parsePortfolio(input);
if (!parsed.ok) throw parsed.error;
const doc = parsed.value;

describe("parseFundedSlots", () => {
  it("refuses a layer wider than its slot, a slot with no layer and zero slots, with paths", () => {
    const r = parseFundedSlots({ id: "s", programId: "hs", label: "x", slots: 1, hoursPerDay: 6, daysPerYear: 180, layers: [{ streamId: "ccdf-discretionary", hoursPerDay: 8, daysPerYear: 200 }] });
    expect(r.ok ? [] : r.error.issues.map((i) => [i.pathText, i.message])).toEqual([
      ["layers[0].hoursPerDay", "layers[0] pays for 8 hours a day; the slot provides 6"],
      ["layers[0].daysPerYear", "layers[0] pays for 200 days a year; the slot provides 180"],
    ]);
    for (const bad of [{ slots: 0 }, { hoursPerDay: 25 }, { daysPerYear: 0 }, { layers: [] }, { slots: 1.5 }]) {
      expect(parseFundedSlots({ id: "s", programId: "hs", label: "x", slots: 1, hoursPerDay: 6, daysPerYear: 180, layers: [{ streamId: "x", hoursPerDay: 6, daysPerYear: 180 }], ...bad }).ok).toBe(false);
    }
  });
  it("refuses references to organizations the portfolio lacks", () => {
    const r = parsePortfolio({ ...input, fundedSlots: [{ id: "s", programId: "ghost", providerId: "nobody", label: "x", slots: 1, hoursPerDay: 6, daysPerYear: 180, layers: [{ streamId: "x", hoursPerDay: 6, daysPerYear: 180 }], coEnrollment: [{ organizationId: "none", program: "x", families: 1 }] }] });
    expect(r.ok ? [] : r.error.issues.map((i) => i.pathText)).toEqual(["fundedSlots[0].coEnrollment[0].organizationId", "fundedSlots[0].programId", "fundedSlots[0].providerId"]);
  });
});

describe("analyzeFundedSlots", () => {
  const a = analyzeFundedSlots(doc, "hs", { asOf: "2025-09-01" });
  it("reads each group's hours a year and what each layer pays, enhancements apart", () => {
    expect(a.groups.map((g) => [g.id, g.serviceHours, g.uncoveredHours, g.paidTwiceHours])).toEqual([
      ["fdfy", 2500, 0, 0],
      ["ccp", 2500, 0, 0],
      ["double", 1080, 0, 540],
    ]);
    expect(a.groups[1]!.layers.map((l) => [l.streamId, l.pays, l.inPlan])).toEqual([
      ["ccdf-discretionary", "hours", true],
      ["ehs-ccp", "enhancements", false],
    ]);
    expect([a.groups[0]!.site, a.groups[1]!.provider]).toEqual(["Eastside", "Little Acorns"]);
  });
  it("reports hours paid twice and streams no plan of the program or its partnerships lists, once per group", () => {
    expect(a.findings.map((f) => [f.code, f.subject?.id])).toEqual([
      ["slots.hours-counted-twice", "double"],
      ["slots.stream-not-in-plan", "ccp"],
      ["slots.stream-not-in-plan", "double"],
    ]);
    expect(a.findings[0]!.message).toBe("The streams layered on Double-billed pay for 1620 hours a year per slot, 540 more than the 1080 it provides.");
  });
  it("totals slots, layered slots, hours by stream and dual enrollment", () => {
    expect([a.totalSlots, a.layeredSlots]).toEqual([26, 26]);
    expect(a.byStream[0]).toEqual({ streamId: "ccdf-discretionary", stream: "CCDF Discretionary (CCDBG)", hours: 42_720 });
    expect(a.coEnrollment).toEqual([{ organization: "Workforce Board", program: "WIOA training", families: 5 }]);
    expect(a.score).toBe(92.3);
  });
  it("has no score for a program without slots, and refuses a bad input", () => {
    expect(analyzeFundedSlots(doc, "acorns", { asOf: "2025-09-01" }).score).toBeNull();
    expect(() => analyzeFundedSlots({} as never, "hs", { asOf: "2025-09-01" })).toThrow(/analyzeFundedSlots needs a parsed document/);
  });
  test.prop([fc.integer({ min: 1, max: 24 }), fc.integer({ min: 1, max: 366 }), fc.array(fc.record({ h: fc.integer({ min: 1, max: 24 }), d: fc.integer({ min: 1, max: 366 }) }), { minLength: 1, maxLength: 5 })])(
    "uncovered and paid-twice hours are never both positive, and account for the difference",
    (h, d, rows) => {
      const layers = rows.map((r) => ({ streamId: "head-start-preschool", hoursPerDay: Math.min(r.h, h), daysPerYear: Math.min(r.d, d) }));
      const p = parsePortfolio({ ...input, fundedSlots: [{ id: "s", programId: "hs", label: "S", slots: 1, hoursPerDay: h, daysPerYear: d, layers }] });
      if (!p.ok) throw p.error;
      const g = analyzeFundedSlots(p.value, "hs", { asOf: "2025-09-01" }).groups[0]!;
      const paid = layers.reduce((s, l) => s + l.hoursPerDay * l.daysPerYear, 0);
      expect(g.uncoveredHours > 0 && g.paidTwiceHours > 0).toBe(false);
      expect(g.serviceHours - g.uncoveredHours + g.paidTwiceHours).toBe(paid);
    },
  );
});

describe("schema version 2", () => {
  it("migrates a version-1 document: the new collections start empty", () => {
    const r = migratePortfolio({ schemaVersion: 1, organizations: input.organizations });
    expect(r.ok && [r.value.schemaVersion, r.value.fundedSlots, r.value.referrals, r.value.ccrrServices, r.value.staffPolicies, r.value.serviceBundles]).toEqual([2, [], [], [], [], []]);
  });
});
