import { describe, expect, it } from "vitest";
import { analyzeFundingPlan, parseFundingPlan } from "../../../src/index.js";

const plan = (costCents: number) => {
  const r = parseFundingPlan({
    id: "fp", owner: { kind: "program", id: "hs" }, period: { start: "2025-07-01", end: "2026-06-30" },
    sources: [{ id: "hs", streamId: "head-start-preschool", amount: costCents }],
    costItems: [{ id: "c", label: "Classrooms", category: "direct-services", amount: costCents, funding: { method: "single", sourceId: "hs" } }],
  });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
const codes = (costCents: number, fundedEnrollment?: number) =>
  analyzeFundingPlan(plan(costCents), fundedEnrollment === undefined ? { asOf: "2025-09-01" } : { asOf: "2025-09-01", fundedEnrollment }).findings.filter((f) => f.code === "funding.plan.cost-per-child-implausible");

describe("funding.plan.cost-per-child-implausible", () => {
  it("notes a $2.15M grant typed as 2150000 (cents) for 180 children: $119 per child", () => {
    const found = codes(2_150_000, 180);
    expect(found.map((f) => [f.severity, f.message])).toEqual([["info", "Funding plan fp costs $119.44 per funded child per year for 180 children; check that its amounts are in cents."]]);
  });
  it("is silent for a plausible budget, without an enrollment, or with none enrolled", () => {
    expect(codes(2_150_000_00, 180)).toEqual([]);
    expect(codes(2_150_000, undefined)).toEqual([]);
    expect(codes(2_150_000, 0)).toEqual([]);
  });
  it("notes an amount a hundred times too large", () => {
    expect(codes(2_150_000_00_00, 180)).toHaveLength(1);
  });
  it("refuses an enrollment that is not a whole number", () => {
    expect(() => codes(1, 1.5)).toThrow(RangeError);
  });
});
