import { describe, expect, it } from "vitest";
import {
  AgreementSchema,
  OrganizationSchema,
  PartnershipSchema,
  CommunityAssessmentSchema,
  MouExemptionSchema,
  agreementTemplates,
  assessCompliance,
  type ComplianceInput,
  type OrganizationInput,
} from "../../src/index.js";

const signed = (date: string, parties: string[]) => parties.map((party) => ({ party, signer: party, date }));
const topics = agreementTemplates[0]!.clauses.map((c) => ({ id: c.id, text: "agreed" }));

function world(over: { program?: Partial<NonNullable<OrganizationInput["program"]>>; agreements?: unknown[]; exemptions?: unknown[]; assessments?: unknown[]; partnerships?: unknown[] } = {}): ComplianceInput {
  const organizations = [
    { id: "hs", name: "Sunrise", kind: "head-start-preschool", level: "local", program: { types: ["head-start-preschool"], americanIndianAlaskaNative: false, fundedEnrollment: 100, qris: "participating", stateDataSystems: "sharing", grantPeriod: { start: "2022-07-01", end: "2027-06-30" }, ...over.program } },
    { id: "lea", name: "Madison SD", kind: "local-education-agency", level: "local" },
    { id: "clinic", name: "Valley Clinic", kind: "health-provider", level: "local" },
    { id: "cps", name: "County CPS", kind: "child-welfare-agency", level: "county" },
  ].map((o) => OrganizationSchema.parse(o));
  const partnerships = (over.partnerships ?? [
    { id: "p-lea", parties: ["hs", "lea"], status: "active", agreementIds: ["mou"] },
    { id: "p-clinic", parties: ["hs", "clinic"], status: "active", agreementIds: [] },
    { id: "p-cps", parties: ["hs", "cps"], status: "ended", agreementIds: [] },
  ]).map((p) => PartnershipSchema.parse(p));
  const agreements = (over.agreements ?? [
    {
      id: "mou", kind: "mou", templateId: "public-preschool-mou", parties: ["hs", "lea"], signatures: signed("2024-08-05", ["hs", "lea"]), clauses: topics,
      submissions: [{ to: "secretary", date: "2024-08-20" }, { to: "state-collaboration-director", date: "2024-08-20" }],
    },
  ]).map((a) => AgreementSchema.parse(a));
  const mouExemptions = (over.exemptions ?? []).map((e) => MouExemptionSchema.parse(e));
  const communityAssessments = (over.assessments ?? [
    { id: "ca", programId: "hs", conductedOn: "2023-02-01", reviews: [{ date: "2025-02-01" }], needs: [{ id: "dv", label: "Domestic violence supports", categories: ["domestic-violence"] }], covers: ["eligible-children", "needs", "parent-schedules", "other-providers", "resources", "strengths"] },
  ]).map((c) => CommunityAssessmentSchema.parse(c));
  return { organizations, partnerships, agreements, mouExemptions, communityAssessments };
}

const asOf = "2025-09-01";
const codes = (r: ReturnType<typeof assessCompliance>, severity?: string) => r.findings.filter((f) => !severity || f.severity === severity).map((f) => f.code);

describe("assessCompliance scenarios", () => {
  it("a program with a current MOU, formal partnerships and a current assessment has no must findings", () => {
    const r = assessCompliance(world(), "hs", { asOf });
    expect(codes(r, "must")).toEqual([]);
    expect(r.mou).toEqual({ status: "in-force", agreementId: "mou" });
    expect(r.activePartnershipIds).toEqual(["p-lea", "p-clinic"]);
    expect(r.coverage.health).toEqual(["clinic"]);
    expect(r.categoryGaps).toEqual(["child-welfare", "education-culture", "economic-stability", "housing-homelessness", "domestic-violence", "other-support"]);
    expect(codes(r)).toContain("compliance.a1.informal");
  });

  it.each([
    ["an exempted MOU is no gap", { agreements: [], exemptions: [{ id: "ex", programId: "hs", exemption: "no-public-preschool", recordedOn: "2025-01-01" }] }, "exempt", []],
    ["an expired MOU is a must gap", { agreements: [{ id: "mou", kind: "mou", templateId: "public-preschool-mou", parties: ["hs", "lea"], signatures: signed("2022-08-05", ["hs", "lea"]), endDate: "2025-06-30", clauses: topics }] }, "not-in-force", ["compliance.b1.mou-not-in-force"]],
    ["no MOU and no exemption is a must gap", { agreements: [] }, "missing", ["compliance.b1.mou-missing"]],
    ["an exemption recorded after asOf does not count", { agreements: [], exemptions: [{ id: "ex", programId: "hs", exemption: "no-public-preschool", recordedOn: "2025-12-01" }] }, "missing", ["compliance.b1.mou-missing"]],
    ["an Early Head Start-only program needs no MOU", { agreements: [], program: { types: ["early-head-start"] } }, "not-applicable", []],
  ] as const)("%s", (_label, over, status, mustCodes) => {
    const r = assessCompliance(world(over as never), "hs", { asOf });
    expect(r.mou.status).toBe(status);
    expect(codes(r, "must").filter((c) => c.startsWith("compliance.b1") || c.startsWith("agreement."))).toEqual(mustCodes);
  });

  it("reports the in-force MOU's own gaps (missing topic, overdue renewal) under the program", () => {
    const r = assessCompliance(world({ agreements: [{ id: "mou", kind: "mou", templateId: "public-preschool-mou", parties: ["hs", "lea"], signatures: signed("2023-06-01", ["hs", "lea"]), clauses: topics.slice(1) }] }), "hs", { asOf });
    expect(codes(r, "must")).toEqual(expect.arrayContaining(["agreement.public-preschool.topic-missing", "agreement.renewal-overdue", "agreement.submission-missing"]));
    expect(r.findings.find((f) => f.code === "agreement.public-preschool.topic-missing")?.subject).toEqual({ kind: "program", id: "hs" });
  });

  it.each([
    ["an AIAN program without QRIS has no QRIS gap", { americanIndianAlaskaNative: true, qris: undefined, stateDataSystems: undefined }, [], ["compliance.b4.aian-decision"]],
    ["a non-AIAN program not in QRIS gets a should", { qris: "not-participating" }, ["compliance.b2.qris"], []],
    ["a state with no QRIS strategy for Head Start is no gap", { qris: "no-qris-strategy" }, [], []],
    ["a program not sharing with state data systems gets a should", { stateDataSystems: "not-sharing" }, ["compliance.b3.data-systems"], []],
  ] as const)("%s", (_label, program, should, info) => {
    const r = assessCompliance(world({ program: program as never }), "hs", { asOf });
    expect(codes(r, "should").filter((c) => /b[234]/.test(c))).toEqual(should);
    expect(codes(r, "info").filter((c) => /b[234]/.test(c))).toEqual(info);
  });

  it("flags a need the community assessment names that no active partner covers", () => {
    const r = assessCompliance(world(), "hs", { asOf });
    expect(r.findings.find((f) => f.code === "compliance.a1.need-without-partner")).toMatchObject({ severity: "should", message: 'The community assessment names "Domestic violence supports", but no active partner covers domestic-violence.' });
  });

  it.each([
    ["no assessment", [], "compliance.1302-11.missing"],
    ["an assessment from before the grant period", [{ id: "ca", programId: "hs", conductedOn: "2021-05-01", reviews: [{ date: "2025-05-01" }] }], "compliance.1302-11.outside-grant-period"],
    ["no review in the last 12 months", [{ id: "ca", programId: "hs", conductedOn: "2023-02-01", reviews: [{ date: "2024-08-31" }] }], "compliance.1302-11.review-overdue"],
  ])("1302.11: %s is a must", (_label, assessments, code) => {
    const r = assessCompliance(world({ assessments }), "hs", { asOf });
    expect(r.findings.find((f) => f.code === code)).toMatchObject({ severity: "must", citation: { source: "45 CFR", section: "1302.11(b)" } });
  });

  it("counts a review exactly 12 months before asOf as current", () => {
    const r = assessCompliance(world({ assessments: [{ id: "ca", programId: "hs", conductedOn: "2023-02-01", reviews: [{ date: "2024-09-01" }] }] }), "hs", { asOf });
    expect(codes(r)).not.toContain("compliance.1302-11.review-overdue");
    expect(r.communityAssessment.nextReviewDue).toBe("2025-09-01");
  });

  it("requires a subpart C basis for agreements in force that share child records", () => {
    const w = world();
    const withDsa = { ...w, agreements: [...w.agreements, AgreementSchema.parse({ id: "dsa", kind: "data-sharing-agreement", templateId: "data-sharing-agreement", parties: ["hs", "clinic"], signatures: signed("2025-01-01", ["hs", "clinic"]) })] };
    const r = assessCompliance(withDsa, "hs", { asOf });
    expect(r.findings.find((f) => f.code === "compliance.b.records-without-basis")?.citation).toEqual({ source: "45 CFR", section: "1302.53(b); part 1303 subpart C" });
    expect(r.components.find((c) => c.id === "b-records")?.score).toBe(0);
  });

  it("handles a program id that is not in the portfolio without throwing", () => {
    const r = assessCompliance(world(), "nobody", { asOf });
    expect(r.score).toBeNull();
    expect(r.findings[0]).toMatchObject({ code: "compliance.program.not-found", severity: "must" });
    expect(assessCompliance(world(), "clinic", { asOf }).findings[0]?.message).toBe("Organization clinic is not a Head Start program (it records no program details).");
  });

  it("requires at least one active partnership", () => {
    const r = assessCompliance(world({ partnerships: [] }), "hs", { asOf });
    expect(codes(r, "must")).toContain("compliance.a1.no-active-partnerships");
    expect(r.categoryGaps).toHaveLength(8);
  });
});
