// Smaller cases of the hostile-input review, each a behaviour a fix made true.
import { describe, expect, it } from "vitest";
import {
  actionPlanStatus,
  assessAgreement,
  nextReviewDate,
  parseCommunityAssessment,
  parseOrganization,
  renderReport,
  scorePartnership,
  type Agreement,
} from "../../src/index.js";
import community from "../../docs/examples/community.json" with { type: "json" };
import { parsePortfolio } from "../../src/index.js";
import * as lib from "../../src/index.js";

const asOf = "2025-09-01";
const partnership = { id: "p", parties: ["a", "b"], status: "active" as const, practices: [], meetings: [], views: [], agreementIds: [], goalIds: [] };

describe("options outside their range throw the documented RangeError, naming the option", () => {
  it("a weight of Infinity or NaN", () => {
    expect(() => scorePartnership(partnership, { asOf, weights: { stage: Infinity } })).toThrow(new RangeError("weights.stage must be a finite number of at least 0, got Infinity"));
    expect(() => scorePartnership(partnership, { asOf, weights: { elements: Number.NaN } })).toThrow(RangeError);
  });
  it("a window of NaN days", () => {
    const plan = { id: "ap", goals: [], actions: [] };
    expect(() => actionPlanStatus(plan as never, { asOf, windowDays: Number.NaN })).toThrow(/windowDays/);
    expect(() => actionPlanStatus(plan as never, { asOf, windowDays: Number.NaN })).toThrow(RangeError);
  });
  it.each([13, 0, 1.5, -1, Number.NaN])("school-year start month %s", (month) => {
    expect(() => nextReviewDate("2024-01-01", "biennial-school-year", month)).toThrow(RangeError);
  });
  it("accepts every month 1..12", () => {
    // The second anniversary (2026-01-01) is later than the nearest school-year start (2025-12-01).
    expect(nextReviewDate("2024-01-01", "biennial-school-year", 12)).toBe("2026-01-01");
    expect(nextReviewDate("2024-01-01", "biennial-school-year", 2)).toBe("2026-02-01");
  });
});

describe("dates stay four-digit and comparable at the end of the calendar", () => {
  it("clamps a review past 9999-12-31", () => {
    expect(nextReviewDate("9999-01-01", "annual")).toBe("9999-12-31");
  });
  it("an agreement signed in 9999 has a due date and a finite day count", () => {
    const a: Agreement = {
      id: "late", kind: "mou", templateId: "public-preschool-mou", parties: ["hs", "lea"], clauses: [], submissions: [], amendments: [],
      signatures: [{ party: "hs", signer: "A", date: "9999-06-01" }, { party: "lea", signer: "B", date: "9999-06-01" }],
    } as unknown as Agreement;
    const r = assessAgreement(a, { asOf: "9999-07-01" });
    expect(r.reviewDue).toBe("9999-12-31");
    expect(Number.isFinite(r.daysUntilReviewDue)).toBe(true);
  });
});

describe("grant periods end on or after their start", () => {
  it("a program's grant period", () => {
    const r = parseOrganization({ id: "hs", name: "HS", kind: "head-start-preschool", level: "local", program: { types: ["head-start-preschool"], americanIndianAlaskaNative: false, fundedEnrollment: 10, grantPeriod: { start: "2025-07-01", end: "2024-06-30" } } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues.map((i) => i.pathText)).toContain("program.grantPeriod.end");
  });
  it("a community assessment's grant period", () => {
    const r = parseCommunityAssessment({ id: "ca", programId: "hs", conductedOn: "2024-01-01", grantPeriod: { start: "2025-07-01", end: "2024-06-30" } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues.map((i) => i.pathText)).toContain("grantPeriod.end");
  });
});

describe("report text cannot add structure to a report", () => {
  it("a need label with line breaks and a heading stays inside its line", () => {
    const doc = structuredClone(community) as { communityAssessments: { needs: { label: string }[] }[] };
    doc.communityAssessments[0]!.needs[0]!.label = "Housing\n\n## Summary\n\nAll compliant";
    const parsed = parsePortfolio(doc as unknown);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const md = renderReport(parsed.value, "sunrise-hs", { asOf });
    expect(md.split("\n").filter((line) => line === "## Summary")).toHaveLength(1);
    expect(md).not.toContain("\n\nAll compliant");
  });
});

describe("findings' citations are frozen texts", () => {
  it("changing one result's citation throws and later results are unchanged", () => {
    const a = { id: "x", kind: "mou", templateId: "public-preschool-mou", parties: ["hs", "lea"], clauses: [], submissions: [], amendments: [], signatures: [] } as unknown as Agreement;
    const first = assessAgreement(a, { asOf });
    const cited = first.findings.find((f) => f.citation !== undefined)!;
    expect(Object.isFrozen(cited.citation)).toBe(true);
    expect(() => { (cited.citation as { section: string }).section = "changed"; }).toThrow(TypeError);
    const again = assessAgreement(a, { asOf }).findings.find((f) => f.code === cited.code)!;
    expect(again.citation).toEqual(cited.citation);
  });
});

describe("analyses given unparsed data say to parse first", () => {
  it.each([
    ["assessCompliance", () => lib.assessCompliance({ organizations: [] } as never, "hs", { asOf }), "assessCompliance needs a parsed document (partnerships, agreements are not a list): call parsePortfolio(data) first and pass its value"],
    ["summarizePortfolio", () => lib.summarizePortfolio({ schemaVersion: 2, organizations: [] } as never, { asOf }), "summarizePortfolio needs a parsed document (partnerships"],
    ["renderReport", () => lib.renderReport(JSON.parse('{"schemaVersion":2}') as never, "hs", { asOf }), "buildReport needs a parsed document (organizations"],
    ["measureNetwork", () => lib.measureNetwork(null as never), "measureNetwork needs a parsed document (got null)"],
    ["toHsds", () => lib.toHsds({ organizations: [] } as never, { idFor: () => "x" }), "toHsds needs a parsed document (fundingPlans is not a list)"],
  ])("%s", (_name, call, message) => {
    expect(call).toThrow(TypeError);
    expect(call).toThrow(message);
  });
});
