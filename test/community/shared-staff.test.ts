import { describe, expect, it } from "vitest";
import { allianceAims, allianceSavings, parseSharedServicesAlliance } from "../../src/index.js";
import { fold, seedText } from "../fixtures/seeds.js";

const alliance = {
  id: "north", name: "Northside Alliance", hubId: "hub", functions: ["staff-sharing"],
  members: [{ organizationId: "a", costsBefore: 10_000_00, costsAfter: 9_000_00 }, { organizationId: "b", costsBefore: 5_000_00, costsAfter: 5_000_00 }, { organizationId: "c" }],
  sharedPositions: [
    { id: "coach", title: "Infant-toddler coach", fte: 1, annualCostCents: 100_00, shares: [{ organizationId: "a", fte: 1 / 3 }, { organizationId: "b", fte: 1 / 3 }, { organizationId: "c", fte: 1 / 3 }] },
    { id: "sub", title: "Substitute", fte: 0.5, shares: [{ organizationId: "hub", fte: 0.5 }] },
  ],
  outcomes: [{ aim: "sustainability" as const, description: "All three members stayed open through 2025" }],
};

describe("shared positions", () => {
  it("split the yearly cost by FTE share with allocateCost, adding up to the cent", () => {
    const parsed = parseSharedServicesAlliance(alliance);
    if (!parsed.ok) throw parsed.error;
    const s = allianceSavings(parsed.value);
    expect(s.positions).toEqual([
      { id: "coach", title: "Infant-toddler coach", fte: 1, annualCostCents: 100_00, shares: [{ organizationId: "a", fte: 1 / 3, costCents: 3334 }, { organizationId: "b", fte: 1 / 3, costCents: 3333 }, { organizationId: "c", fte: 1 / 3, costCents: 3333 }] },
      { id: "sub", title: "Substitute", fte: 0.5, annualCostCents: null, shares: [{ organizationId: "hub", fte: 0.5, costCents: null }] },
    ]);
    expect(s.outcomes).toEqual(alliance.outcomes);
    expect(s.findings.map((f) => f.code)).toEqual(["community.alliance.no-cost-data"]);
  });
  it("refuse shares that do not add up to the position, or a share of an organization outside the alliance", () => {
    const r = parseSharedServicesAlliance({ ...alliance, sharedPositions: [{ id: "x", title: "Coach", fte: 1, shares: [{ organizationId: "a", fte: 0.5 }, { organizationId: "stranger", fte: 0.3 }] }] });
    expect(r.ok ? [] : r.error.issues.map((i) => [i.pathText, i.message])).toEqual([
      ["sharedPositions[0].shares", "the shares of Coach add up to 0.8 FTE; the position is 1 FTE"],
      ["sharedPositions[0].shares[1].organizationId", '"stranger" shares Coach but is not the hub or a member of the alliance'],
    ]);
  });
  it("note an alliance that records only savings", () => {
    const parsed = parseSharedServicesAlliance({ ...alliance, outcomes: [{ aim: "save-dollars", description: "10% lower costs" }] });
    if (!parsed.ok) throw parsed.error;
    expect(allianceSavings(parsed.value).findings.map((f) => f.code)).toContain("community.alliance.no-outcomes-beyond-cost");
  });
  it("name the four aims of the source", () => {
    expect(seedText("004")).toContain(fold("centralizes key functions to save dollars, strengthen management capacity, improve early learning and ensure sustainable, high quality programs"));
    expect(allianceAims).toHaveLength(4);
  });
});
