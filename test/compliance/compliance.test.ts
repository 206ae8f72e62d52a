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
    { id: "ca", programId: "hs", conductedOn: "2023-02-01", reviews: [{ date: "2024-02-01" }, { date: "2025-02-01" }], needs: [{ id: "dv", label: "Domestic violence supports", categories: ["domestic-violence"] }], covers: ["eligible-children", "needs", "parent-schedules", "other-providers", "resources", "strengths"] },
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
    [
      "an expired MOU is a must gap even with an older exemption on file",
      { exemptions: [{ id: "ex", programId: "hs", exemption: "no-public-preschool", recordedOn: "2019-03-01" }], agreements: [{ id: "mou", kind: "mou", templateId: "public-preschool-mou", parties: ["hs", "lea"], signatures: signed("2021-08-05", ["hs", "lea"]), endDate: "2023-06-30", clauses: topics }] },
      "not-in-force",
      ["compliance.b1.mou-not-in-force"],
    ],
    [
      "an exemption recorded after the MOU expired applies",
      { exemptions: [{ id: "ex", programId: "hs", exemption: "no-public-preschool", recordedOn: "2024-03-01" }], agreements: [{ id: "mou", kind: "mou", templateId: "public-preschool-mou", parties: ["hs", "lea"], signatures: signed("2021-08-05", ["hs", "lea"]), endDate: "2023-06-30", clauses: topics }] },
      "exempt",
      [],
    ],
    ["no MOU and no exemption is a must gap", { agreements: [] }, "missing", ["compliance.b1.mou-missing"]],
    ["an exemption recorded after asOf does not count", { agreements: [], exemptions: [{ id: "ex", programId: "hs", exemption: "no-public-preschool", recordedOn: "2025-12-01" }] }, "missing", ["compliance.b1.mou-missing"]],
    ["an Early Head Start-only program needs no MOU", { agreements: [], program: { types: ["early-head-start"] } }, "not-applicable", []],
  ] as const)("%s", (_label, over, status, mustCodes) => {
    const r = assessCompliance(world(over as never), "hs", { asOf });
    expect(r.mou.status).toBe(status);
    expect(codes(r, "must").filter((c) => c.startsWith("compliance.b1") || c.startsWith("agreement."))).toEqual(mustCodes);
  });

  it("reports the in-force MOU's own gaps (missing topic, overdue renewal) with the MOU as their subject", () => {
    const r = assessCompliance(world({ agreements: [{ id: "mou", kind: "mou", templateId: "public-preschool-mou", parties: ["hs", "lea"], signatures: signed("2023-06-01", ["hs", "lea"]), clauses: topics.slice(1) }] }), "hs", { asOf });
    expect(codes(r, "must")).toEqual(expect.arrayContaining(["agreement.public-preschool.topic-missing", "agreement.renewal-overdue", "agreement.submission-missing"]));
    expect(r.findings.find((f) => f.code === "agreement.public-preschool.topic-missing")?.subject).toEqual({ kind: "agreement", id: "mou", name: "Agreement mou" });
    expect(r.band).toBe("not-met");
  });

  it("expects one MOU per entity when the program lists several responsible entities", () => {
    const w = world({ program: { publicPreschoolEntities: ["lea", "city"] } });
    const withCity = { ...w, organizations: [...w.organizations, OrganizationSchema.parse({ id: "city", name: "City Early Learning Office", kind: "other", level: "local" })] };
    const r = assessCompliance(withCity, "hs", { asOf });
    expect(r.mou.status).toBe("missing");
    expect(r.mou.entities).toEqual([{ entityId: "lea", status: "in-force", agreementId: "mou" }, { entityId: "city", status: "missing" }]);
    expect(r.findings.find((f) => f.code === "compliance.b1.mou-missing")?.message).toBe("Head Start Preschool program Sunrise has no MOU with City Early Learning Office, and no exemption recorded.");
    const exempted = {
      ...withCity,
      mouExemptions: [MouExemptionSchema.parse({ id: "ex", programId: "hs", exemption: "entity-unable-or-unwilling", entityId: "city", recordedOn: "2025-03-01", notifications: [{ to: "secretary", date: "2025-03-02" }, { to: "state-collaboration-director", date: "2025-03-02" }] })],
    };
    expect(assessCompliance(exempted, "hs", { asOf }).mou).toMatchObject({ status: "exempt", entities: [{ entityId: "lea", status: "in-force" }, { entityId: "city", status: "exempt", exemptionId: "ex" }] });
  });

  it("never lets a score read positive beside a must: no MOU and no exemption is not-met, whatever the score", () => {
    // the verdict review's case: all eight categories covered by formal partnerships and a current
    // assessment, but no MOU and no exemption (0.1.0 said 76.5, "established")
    const kinds = ["health-provider", "child-care-center", "child-welfare-agency", "library", "tanf-agency", "housing-agency", "domestic-violence-provider", "business"];
    const w = world({
      agreements: kinds.map((_, i) => ({ id: `proc-${i}`, kind: "procedure", parties: ["hs", `org-${i}`], signatures: signed("2025-01-10", ["hs", `org-${i}`]) })),
      partnerships: kinds.map((_, i) => ({ id: `p-${i}`, parties: ["hs", `org-${i}`], status: "active", agreementIds: [`proc-${i}`] })),
    });
    const full = { ...w, organizations: [...w.organizations, ...kinds.map((kind, i) => OrganizationSchema.parse({ id: `org-${i}`, name: `Partner ${i}`, kind, level: "local" }))] };
    const r = assessCompliance(full, "hs", { asOf });
    expect(r.categoryGaps).toEqual([]);
    expect(r.score).toBe(76.5);
    expect(codes(r, "must")).toEqual(["compliance.b1.mou-missing"]);
    expect(r.band).toBe("not-met");
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
    // [label, grant period, assessments, asOf, code, severity]
    ["no assessment at all", undefined, [], asOf, "compliance.1302-11.missing", "must"],
    ["on day 1 of a new grant period, an assessment made for the application is still due in the period, not a must", { start: "2025-07-01", end: "2030-06-30" }, [{ id: "ca", programId: "hs", conductedOn: "2025-03-01" }], "2025-07-02", "compliance.1302-11.outside-grant-period", "should"],
    ["a grant period that ended with no assessment in it", { start: "2020-07-01", end: "2025-06-30" }, [{ id: "ca", programId: "hs", conductedOn: "2019-05-01", reviews: [{ date: "2020-05-01" }, { date: "2021-05-01" }, { date: "2022-05-01" }, { date: "2023-05-01" }, { date: "2024-05-01" }, { date: "2025-05-01" }] }], asOf, "compliance.1302-11.grant-period-missed", "must"],
    ["an assessment the record says serves the period counts for it", { start: "2020-07-01", end: "2025-06-30" }, [{ id: "ca", programId: "hs", conductedOn: "2019-05-01", grantPeriod: { start: "2020-07-01", end: "2025-06-30" }, reviews: [{ date: "2020-05-01" }] }], "2021-03-01", "none", "-"],
    ["more than 12 months since the last review, within a budget year", { start: "2022-07-01", end: "2027-06-30" }, [{ id: "ca", programId: "hs", conductedOn: "2023-02-01", reviews: [{ date: "2024-02-01" }, { date: "2024-08-31" }] }], asOf, "compliance.1302-11.review-overdue", "should"],
    ["a whole budget year without a review", { start: "2022-07-01", end: "2027-06-30" }, [{ id: "ca", programId: "hs", conductedOn: "2023-02-01", reviews: [{ date: "2025-02-01" }] }], asOf, "compliance.1302-11.annual-review-missed", "must"],
    ["no grant period recorded and an assessment older than five years", null, [{ id: "ca", programId: "hs", conductedOn: "2019-05-01", reviews: [{ date: "2025-05-01" }] }], asOf, "compliance.1302-11.older-than-five-years", "should"],
  ] as const)("1302.11: %s", (_label, grantPeriod, assessments, on, code, severity) => {
    const program = grantPeriod === null ? { grantPeriod: undefined } : grantPeriod ? { grantPeriod } : {};
    const r = assessCompliance(world({ assessments: assessments as never, program: program as never }), "hs", { asOf: on });
    const ca = r.findings.filter((f) => f.code.startsWith("compliance.1302-11") && f.code !== "compliance.1302-11.elements-missing");
    if (code === "none") expect(ca).toEqual([]);
    else expect(ca.map((f) => `${f.code} ${f.severity}`)).toEqual([`${code} ${severity}`]);
  });

  it("names the budget year an annual review was missed in", () => {
    const r = assessCompliance(world({ assessments: [{ id: "ca", programId: "hs", conductedOn: "2023-02-01", reviews: [{ date: "2025-02-01" }] }] }), "hs", { asOf });
    expect(r.findings.find((f) => f.code === "compliance.1302-11.annual-review-missed")).toMatchObject({
      message: "Sunrise did not review or update its community assessment in the budget year 2023-07-01 to 2024-06-30.",
      citation: { source: "45 CFR", section: "1302.11(b)" },
    });
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
    expect(r.findings.find((f) => f.code === "compliance.b.records-without-basis")).toMatchObject({ severity: "should", citation: { source: "45 CFR", section: "1302.53(b); part 1303 subpart C" } });
    expect(r.components.find((c) => c.id === "b-records")?.score).toBe(0);
  });

  it("handles a program id that is not in the portfolio without throwing", () => {
    const r = assessCompliance(world(), "nobody", { asOf });
    expect(r.score).toBeNull();
    expect(r.findings).toEqual([]);
    expect(r.inputError).toEqual({ code: "program-not-found", message: "Program nobody is not in the portfolio." });
    expect(assessCompliance(world(), "clinic", { asOf }).inputError?.message).toBe("Organization Valley Clinic (clinic) is not a Head Start program: it records no program details.");
  });

  it("requires at least one active partnership", () => {
    const r = assessCompliance(world({ partnerships: [] }), "hs", { asOf });
    expect(codes(r, "must")).toContain("compliance.a1.no-active-partnerships");
    expect(r.categoryGaps).toHaveLength(8);
  });
});

describe("regulationParagraphs", () => {
  it("quotes 45 CFR 1302.53 verbatim, and the compliance musts quote the same words", async () => {
    const { regulationParagraphs, findingMeta } = await import("../../src/index.js");
    const { fold, seedText } = await import("../fixtures/seeds.js");
    const reg = seedText("003");
    for (const p of regulationParagraphs) expect(reg, p.id).toContain(fold(p.description));
    expect(findingMeta("compliance.a1.no-active-partnerships")?.binding?.quote).toBe(regulationParagraphs[0]!.description);
    expect(findingMeta("compliance.b1.mou-missing")?.binding?.quote).toBe(regulationParagraphs[3]!.description);
    // a paragraph that says "should" never backs a must
    for (const p of regulationParagraphs.filter((x) => x.binds === "should")) expect(p.description).not.toMatch(/\bmust\b/);
  });
});
