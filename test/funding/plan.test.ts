import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { FundingPlanSchema, FundingStreamSchema, analyzeFundingPlan, fundingStreams, parseFundingPlan, type FundingPlanInput } from "../../src/index.js";

const base: FundingPlanInput = { id: "fp", owner: { kind: "program", id: "hs" }, period: { start: "2025-07-01", end: "2026-06-30" } };
const plan = (over: Partial<FundingPlanInput>) => FundingPlanSchema.parse({ ...base, ...over });

describe("fundingStreams", () => {
  it("has every stream the field needs, each valid against the stream schema and frozen", () => {
    const ids = fundingStreams.map((s) => s.id);
    for (const id of ["head-start-preschool", "early-head-start", "ehs-ccp", "ccdf-discretionary", "ccdf-mandatory", "ccdf-matching", "tanf", "tanf-transfer-ccdf", "wioa", "pdg-b5", "arp-ccdf-supplemental", "arp-stabilization", "arp-head-start", "title-iv-b", "title-iv-e-prevention", "idea-part-b-619", "idea-part-c", "cacfp", "medicaid", "state-preschool", "local-public", "private-philanthropy", "corporate", "parent-fees", "teach-scholarships", "child-care-wages"]) {
      expect(ids).toContain(id);
    }
    for (const s of fundingStreams) expect(FundingStreamSchema.safeParse(s).success, s.id).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.isFrozen(fundingStreams[0]!.allowableCategories)).toBe(true);
  });
  it("keeps award mechanism and appropriation apart (a block grant can be discretionary)", () => {
    const ccdf = fundingStreams.find((s) => s.id === "ccdf-discretionary")!;
    expect([ccdf.awardMechanism, ccdf.appropriation]).toEqual(["formula-block", "discretionary"]);
  });
  it("gives the time-limited ARP money end dates", () => {
    expect(fundingStreams.find((s) => s.id === "arp-stabilization")?.timeLimit?.endsOn).toBe("2023-09-30");
  });
});

describe("FundingPlanSchema bad input", () => {
  it.each([
    ["a negative amount", { sources: [{ id: "s", streamId: "head-start-preschool", amount: -1 }] }, "sources[0].amount", /not be negative/],
    ["a fractional amount", { costItems: [{ id: "c", label: "C", category: "direct-services", amount: 0.5 }] }, "costItems[0].amount", /integer cents/],
    ["an amount past MAX_SAFE_INTEGER", { sources: [{ id: "s", streamId: "head-start-preschool", amount: 2 ** 53 }] }, "sources[0].amount", /.+/],
    ["sources that overflow together", { sources: [{ id: "a", streamId: "head-start-preschool", amount: Number.MAX_SAFE_INTEGER }, { id: "b", streamId: "head-start-preschool", amount: 1 }] }, "sources", /more than Number.MAX_SAFE_INTEGER/],
    ["costs that overflow together", { costItems: [{ id: "a", label: "A", category: "facilities", amount: Number.MAX_SAFE_INTEGER }, { id: "b", label: "B", category: "facilities", amount: Number.MAX_SAFE_INTEGER }] }, "costItems", /more than Number.MAX_SAFE_INTEGER/],
    ["an unknown stream", { sources: [{ id: "s", streamId: "lottery", amount: 1 }] }, "sources[0].streamId", /unknown stream "lottery"/],
    [
      "braided shares that do not sum to 1",
      { sources: [{ id: "a", streamId: "head-start-preschool", amount: 1 }, { id: "b", streamId: "local-public", amount: 1 }], costItems: [{ id: "c", label: "C", category: "direct-services", amount: 100, funding: { method: "braided", basis: "slots", shares: [{ sourceId: "a", share: 0.6 }, { sourceId: "b", share: 0.3 }] } }] },
      "costItems[0].funding.shares",
      /sum to 0.9, not 1/,
    ],
    ["a reference to a missing source", { costItems: [{ id: "c", label: "C", category: "direct-services", amount: 1, funding: { method: "blended", pool: ["ghost"] } }] }, "costItems[0].funding.pool[0]", /no source "ghost"/],
    ["a period that ends before it starts", { period: { start: "2025-07-01", end: "2025-06-30" } }, "period.end", /before it starts/],
    ["a repeated source id", { sources: [{ id: "a", streamId: "head-start-preschool", amount: 1 }, { id: "a", streamId: "tanf", amount: 1 }] }, "sources[1].id", /repeated/],
    ["an unknown funding method", { costItems: [{ id: "c", label: "C", category: "direct-services", amount: 1, funding: { method: "magic" } }] }, "costItems[0].funding.method", /.+/],
  ])("rejects %s with its path", (_label, over, pathText, message) => {
    const r = parseFundingPlan({ ...base, ...over } as unknown);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues.find((i) => i.pathText === pathText)?.message, JSON.stringify(r.error.issues)).toMatch(message);
  });
  it("accepts an app's own stream", () => {
    const r = parseFundingPlan({
      ...base,
      streams: [{ id: "city-levy", label: "City levy", level: "local", awardMechanism: "competitive", appropriation: "discretionary", administeringAgency: "City", allowableCategories: ["coordination"], reportingBurden: "low", categorical: false, citation: { source: "City" }, verification: "verified" }],
      sources: [{ id: "levy", streamId: "city-levy", amount: 10_000_00 }],
    });
    expect(r.ok).toBe(true);
  });
});

describe("analyzeFundingPlan", () => {
  it("layers EHS on child care subsidy (the EHS-CCP model) and flags a thin layer", () => {
    const p = plan({
      owner: { kind: "partnership", id: "ehs-ccp-1" },
      sources: [
        { id: "subsidy", streamId: "ccdf-discretionary", amount: 120_000_00 },
        { id: "ehs", streamId: "ehs-ccp", amount: 100_000_00 },
        { id: "parents", streamId: "parent-fees", amount: 10_000_00 },
        { id: "donated", streamId: "private-philanthropy", amount: 20_000_00, form: "in-kind" },
      ],
      costItems: [
        {
          id: "infant-toddler-slots",
          label: "Infant-toddler slots at Little Acorns",
          category: "direct-services",
          amount: 230_000_00,
          funding: {
            method: "layered",
            layers: [
              { role: "foundation", sourceId: "subsidy", amount: 120_000_00, purpose: "Layer 1: existing subsidy, not supplanted" },
              { role: "supplemental", sourceId: "ehs", amount: 70_000_00, purpose: "Layer 2: program-level comprehensive services" },
              { role: "supplemental", sourceId: "ehs", amount: 30_000_00, purpose: "Layer 3: child-specific services" },
            ],
          },
        },
      ],
    });
    const a = analyzeFundingPlan(p, { asOf: "2025-07-01" });
    expect(a.figures.fundedCost).toBe(220_000_00);
    expect(a.findings.find((f) => f.code === "funding.layers.short")?.message).toBe('The layers of "Infant-toddler slots at Little Acorns" cover $220,000.00 of $230,000.00.');
    expect(a.figures.match).toEqual({ federalCents: 100_000_00, requiredCents: 25_000_00, waivedCents: 0, nonFederalCents: 30_000_00, shortfallCents: 0, met: true });
    expect(a.figures.byLevel.federal).toEqual({ cents: 220_000_00, share: 220 / 250 });
  });

  it("respects a recorded match waiver", () => {
    const p = plan({ sources: [{ id: "hs", streamId: "head-start-preschool", amount: 400_000_00 }, { id: "county", streamId: "local-public", amount: 60_000_00 }], matchWaiver: { amount: 40_000_00, approvedOn: "2025-05-01" } });
    const a = analyzeFundingPlan(p, { asOf: "2025-07-01" });
    expect(a.figures.match?.met).toBe(true);
    expect(analyzeFundingPlan({ ...p, matchWaiver: undefined } as never, { asOf: "2025-07-01" }).figures.match?.shortfallCents).toBe(40_000_00);
  });

  it("flags blending of federal categorical money, disallowed categories and over-commitment", () => {
    const p = plan({
      sources: [
        { id: "ccdf", streamId: "ccdf-discretionary", amount: 50_000_00 },
        { id: "county", streamId: "local-public", amount: 50_000_00 },
        { id: "food", streamId: "cacfp", amount: 10_000_00 },
      ],
      costItems: [
        { id: "pool", label: "Shared classrooms", category: "direct-services", amount: 80_000_00, funding: { method: "blended", pool: ["ccdf", "county"] } },
        { id: "rent", label: "Rent", category: "facilities", amount: 30_000_00, funding: { method: "single", sourceId: "food" } },
      ],
    });
    const a = analyzeFundingPlan(p, { asOf: "2025-07-01" });
    const codes = a.findings.map((f) => f.code);
    expect(codes).toContain("funding.blended.categorical");
    expect(codes).toContain("funding.category.not-allowed");
    expect(a.findings.find((f) => f.code === "funding.source.overcommitted")?.message).toBe("Source food (Child and Adult Care Food Program) is charged $30,000.00 but provides $10,000.00.");
    expect(a.figures.bySource.find((s) => s.sourceId === "ccdf")?.charged).toBe(40_000_00);
  });

  it("reports money ending within 12 months, and money already gone", () => {
    const p = plan({
      period: { start: "2023-07-01", end: "2024-06-30" },
      sources: [
        { id: "arp", streamId: "arp-ccdf-supplemental", amount: 10_000_00 },
        { id: "stab", streamId: "arp-stabilization", amount: 5_000_00 },
        { id: "grant", streamId: "private-philanthropy", amount: 5_000_00, endsOn: "2024-07-01" },
      ],
    });
    const a = analyzeFundingPlan(p, { asOf: "2023-10-01" });
    expect(a.figures.expiring.map((e) => e.sourceId)).toEqual(["arp", "grant"]);
    expect(a.findings.find((f) => f.code === "funding.source.ended")?.message).toBe("Source stab (American Rescue Plan Child Care Stabilization grants) ended on 2023-09-30, before 2023-10-01.");
    expect(a.components.find((c) => c.id === "stability")?.score).toBe(25);
    expect(analyzeFundingPlan(p, { asOf: "2024-07-02" }).figures.expiring.map((e) => e.sourceId)).toEqual(["arp"]);
  });

  it("computes concentration as the Herfindahl-Hirschman index", () => {
    const p = plan({ sources: [{ id: "a", streamId: "head-start-preschool", amount: 60 }, { id: "b", streamId: "local-public", amount: 40 }] });
    const a = analyzeFundingPlan(p, { asOf: "2025-07-01" });
    expect(a.figures.hhi).toBe(5200);
    expect(a.figures.largestStream).toEqual({ streamId: "head-start-preschool", share: 0.6 });
  });

  it("treats an all-zero plan as valid input with findings, not NaN", () => {
    const p = plan({ sources: [{ id: "a", streamId: "head-start-preschool", amount: 0 }], costItems: [{ id: "c", label: "C", category: "coordination", amount: 0, funding: { method: "single", sourceId: "a" } }] });
    const a = analyzeFundingPlan(p, { asOf: "2025-07-01" });
    expect(a.score).toBeNull();
    expect(a.band).toBe("insufficient-evidence");
    expect(JSON.stringify(a)).not.toMatch(/NaN|null,"share":NaN/);
    expect(a.findings.map((f) => f.code)).toContain("funding.plan.empty");
    expect(analyzeFundingPlan(plan({}), { asOf: "2025-07-01" }).figures.byLevel.state.share).toBeNull();
  });

  const amount = fc.oneof(fc.constantFrom(0, 1, 99, 10 ** 12), fc.integer({ min: 0, max: 10 ** 10 }));
  const streamId = fc.constantFrom(...fundingStreams.map((s) => s.id));
  const category = fc.constantFrom("direct-services" as const, "coordination" as const, "facilities" as const, "workforce-pd" as const);
  const arb = fc
    .record({
      sources: fc.uniqueArray(fc.record({ id: fc.constantFrom("a", "b", "c", "d"), streamId, amount, form: fc.constantFrom("cash" as const, "in-kind" as const) }), { selector: (s) => s.id, maxLength: 4 }),
      items: fc.array(fc.record({ category, amount, how: fc.constantFrom("none", "single", "braided", "blended", "layered"), w: fc.array(fc.nat({ max: 5 }), { minLength: 4, maxLength: 4 }) }), { maxLength: 6 }),
      waiver: fc.option(amount, { nil: undefined }),
      asOf: fc.constantFrom("2020-02-29", "2023-09-30", "2024-09-30", "2025-07-01", "2026-06-30"),
    })
    .map(({ sources, items, waiver, asOf }) => {
      const ids = sources.map((s) => s.id);
      const costItems = items.map((it, i) => {
        const item = { id: `c${i}`, label: `Cost ${i}`, category: it.category, amount: it.amount };
        if (ids.length === 0 || it.how === "none") return item;
        if (it.how === "single") return { ...item, funding: { method: "single" as const, sourceId: ids[0]! } };
        if (it.how === "blended") return { ...item, funding: { method: "blended" as const, pool: ids } };
        if (it.how === "layered") return { ...item, funding: { method: "layered" as const, layers: ids.map((id, j) => ({ role: j === 0 ? ("foundation" as const) : ("supplemental" as const), sourceId: id, amount: it.w[j]! * 1000 })) } };
        const raw = ids.map((_, j) => it.w[j]! + (j === 0 ? 1 : 0));
        const total = raw.reduce((a, b) => a + b, 0);
        const shares = raw.map((r) => r / total);
        const drift = 1 - shares.reduce((a, b) => a + b, 0);
        shares[0] = shares[0]! + drift;
        return { ...item, funding: { method: "braided" as const, basis: "slots", shares: ids.map((id, j) => ({ sourceId: id, share: shares[j]! })) } };
      });
      return { input: { ...base, sources, costItems, ...(waiver !== undefined ? { matchWaiver: { amount: waiver, approvedOn: "2025-01-01" } } : {}) }, asOf };
    });
  test.prop([arb], { numRuns: 300 })("never throws or divides by zero, and scores in 0..100 or null", ({ input, asOf }) => {
    const r = parseFundingPlan(input);
    expect(r.ok, r.ok ? "" : r.error.message).toBe(true);
    if (!r.ok) return;
    const a = analyzeFundingPlan(r.value, { asOf });
    expect(JSON.stringify(a)).not.toContain("NaN");
    const numbers = [a.figures.totalCost, a.figures.gap, a.figures.surplus, a.figures.expiringCents, ...a.components.map((c) => c.score ?? 0)];
    for (const n of numbers) expect(Number.isFinite(n)).toBe(true);
    if (a.score !== null) expect(a.score >= 0 && a.score <= 100).toBe(true);
    for (const c of a.components) if (c.score !== null) expect(c.score >= 0 && c.score <= 100, c.id).toBe(true);
  });
});

describe("renamed stream ids", () => {
  it("reads an old stream id as the current one, counts it under that id and notes the rename", () => {
    const r = parseFundingPlan({
      id: "fp", owner: { kind: "program", id: "hs" }, period: { start: "2025-07-01", end: "2026-06-30" },
      sources: [{ id: "old", streamId: "head-start", amount: 600 }, { id: "new", streamId: "head-start-preschool", amount: 200 }, { id: "prek", streamId: "state-pre-k", amount: 200 }],
      costItems: [{ id: "c", label: "Classrooms", category: "direct-services", amount: 1000 }],
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const a = analyzeFundingPlan(r.value, { asOf: "2025-09-01" });
    expect(a.figures.byStream.map((s) => [s.streamId, s.cents])).toEqual([["head-start-preschool", 800], ["state-preschool", 200]]);
    expect(a.figures.match?.federalCents).toBe(800);
    expect(a.findings.filter((f) => f.code === "funding.stream.deprecated-id").map((f) => f.path)).toEqual([["sources", 0, "streamId"], ["sources", 2, "streamId"]]);
  });
  it("keeps a plan from defining its own stream under an old id", () => {
    const r = parseFundingPlan({ id: "fp", owner: { kind: "program", id: "hs" }, period: { start: "2025-07-01", end: "2026-06-30" }, streams: [{ ...fundingStreams[0]!, id: "head-start" }] } as unknown);
    expect(r.ok).toBe(false);
  });
});
