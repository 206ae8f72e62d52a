import { describe, expect, it } from "vitest";
import { assessStaffPolicies, childWelfareStaffRoles, parsePortfolio, parseStaffPolicy, staffPolicyTopics, type PortfolioInput } from "../../src/index.js";
import { fold, seedText } from "../fixtures/seeds.js";

const input: PortfolioInput = {
  schemaVersion: 2,
  organizations: [
    { id: "hs", name: "Sunrise Head Start", kind: "head-start-preschool", level: "local", program: { types: ["head-start-preschool"], americanIndianAlaskaNative: false, fundedEnrollment: 120 } },
    { id: "other", name: "Lakeside Head Start", kind: "head-start-preschool", level: "local", program: { types: ["head-start-preschool"], americanIndianAlaskaNative: false, fundedEnrollment: 60 } },
    { id: "cps", name: "Dane County CPS", kind: "child-welfare-agency", level: "county" },
    { id: "fam", name: "Family Resource Center", kind: "family-support-services", level: "local", categories: ["child-welfare"] },
    { id: "lib", name: "Library", kind: "library", level: "local" },
  ],
  partnerships: [
    { id: "hs-cps", parties: ["hs", "cps"], status: "active", startDate: "2024-01-01" },
    { id: "other-lib", parties: ["other", "lib"], status: "active" },
    { id: "other-cps-ended", parties: ["other", "cps"], status: "ended", endDate: "2023-06-30" },
  ],
  staffPolicies: [
    { id: "old", programId: "hs", topic: "child-welfare-interaction", adoptedOn: "2020-01-10", trainingCovers: ["implicit-bias"] },
    { id: "new", programId: "hs", topic: "child-welfare-interaction", title: "Working with CPS", adoptedOn: "2024-08-15", nextReviewOn: "2025-08-15", trainingCovers: ["reporting-duties", "readiness"] },
    { id: "later", programId: "hs", topic: "child-welfare-supervision", adoptedOn: "2025-12-01" },
  ],
};
const parsed = parsePortfolio(input);
if (!parsed.ok) throw parsed.error;
const doc = parsed.value;

describe("staff policy catalogs", () => {
  it("quote Strategies for Partnering with Child Welfare Agencies word for word", () => {
    const seed = seedText("001");
    for (const item of [...staffPolicyTopics, ...childWelfareStaffRoles]) expect(seed, item.id).toContain(fold(item.description!));
    expect(seed).toContain("must provide staff with clear policies");
    expect(childWelfareStaffRoles).toHaveLength(9);
  });
});

describe("parseStaffPolicy", () => {
  it("refuses an unknown topic or role and a review before adoption, with paths", () => {
    const r = parseStaffPolicy({ id: "p", programId: "hs", topic: "x", adoptedOn: "2025-01-10", reviewedOn: "2024-01-01", trainingCovers: ["juggling"] } as unknown);
    expect(r.ok ? [] : r.error.issues.map((i) => i.pathText)).toEqual(["topic", "trainingCovers[0]", "reviewedOn"]);
  });
  it("refuses a policy of a program the portfolio lacks", () => {
    const r = parsePortfolio({ ...input, staffPolicies: [{ id: "p", programId: "ghost", topic: "child-welfare-interaction", adoptedOn: "2025-01-10" }] });
    expect(r.ok ? [] : r.error.issues.map((i) => i.pathText)).toEqual(["staffPolicies[0].programId"]);
  });
});

describe("assessStaffPolicies", () => {
  const a = assessStaffPolicies(doc, "hs", { asOf: "2025-09-01" });
  it("reads the latest policy adopted by the date on each topic", () => {
    expect(a.topics.map((t) => t.policy?.id ?? null)).toEqual(["new", null]);
    expect(a.childWelfarePartners).toEqual(["Dane County CPS"]);
  });
  it("asks for the missing policy (a should: the source is guidance) and notes an overdue review", () => {
    expect(a.findings.map((f) => [f.code, f.severity, f.message])).toEqual([
      ["staff-policy.missing", "should", "Sunrise Head Start works with Dane County CPS but records no staff policy on: Supervision and consultation when a family is involved with child welfare."],
      ["staff-policy.review-overdue", "info", "The review of Working with CPS planned for 2025-08-15 has not been recorded."],
    ]);
  });
  it("scores the policies and the roles their training covers", () => {
    expect(a.rolesCovered).toEqual(["reporting-duties", "readiness"]);
    expect(a.components.map((c) => [c.id, c.score])).toEqual([["policies", 50], ["training", 22.2]]);
  });
  it("asks nothing of a program with no active child-welfare partnership, and has no score then", () => {
    const other = assessStaffPolicies(doc, "other", { asOf: "2025-09-01" });
    expect([other.findings, other.score, other.childWelfarePartners]).toEqual([[], null, []]);
  });
  it("counts a partner recorded in the child-welfare category whatever its kind", () => {
    const withFam = parsePortfolio({ ...input, partnerships: [{ id: "other-fam", parties: ["other", "fam"], status: "active" }] });
    if (!withFam.ok) throw withFam.error;
    expect(assessStaffPolicies(withFam.value, "other", { asOf: "2025-09-01" }).findings.map((f) => f.code)).toEqual(["staff-policy.missing", "staff-policy.missing"]);
  });
  it("refuses a bad input", () => {
    expect(() => assessStaffPolicies({} as never, "hs", { asOf: "2025-09-01" })).toThrow(/assessStaffPolicies needs a parsed document/);
  });
});
