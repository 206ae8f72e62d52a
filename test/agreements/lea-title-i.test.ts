import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assessAgreement, findTemplate, parseAgreement, type AgreementInput } from "../../src/index.js";

const fixture = readFileSync(join(import.meta.dirname, "..", "fixtures", "statutes", "esea-1119.md"), "utf8").replace(/\s+/g, " ");
/** The 2002 text of (b) with the Early Reading First references the 2015 amendments removed (and the transcription's "staff." read as "staff,"). */
const current = fixture
  .replace(/,? such as the Early Reading First program/g, "")
  .replace("Early Reading First program staff, ", "")
  .replace(" and entities carrying out Early Reading First programs", "")
  .replace("training of school staff. Head Start", "training of school staff, Head Start");

const template = findTemplate("lea-title-i-agreement")!;

describe("the LEA agreement template (ESEA section 1119)", () => {
  it("quotes the LEA's duty to develop agreements, as a state education agency quotes the statute", () => {
    expect(fixture).toContain(template.description);
    expect(template.citation.section).toBe("1119(a) (20 U.S.C. 6321(a))");
  });
  it("lists the five activities in the statute's words, each required and reported as a should (the duty is the LEA's)", () => {
    const activities = template.clauses.filter((c) => c.requirement === "required");
    expect(activities.map((c) => c.citation.section)).toEqual(["(b)(1)", "(b)(2)", "(b)(3)", "(b)(4)", "(b)(5)"].map((s) => `1119${s} (20 U.S.C. 6321${s})`));
    for (const c of activities) {
      expect(current, c.id).toContain(c.description);
      expect(c.missingSeverity).toBe("should");
    }
  });
});

const mou: AgreementInput = {
  id: "mou", kind: "mou", templateId: "public-preschool-mou", alsoFollows: ["lea-title-i-agreement"], title: "Head Start and district MOU", parties: ["hs", "lea"],
  signatures: [{ party: "hs", signer: "A", date: "2025-08-01" }, { party: "lea", signer: "B", date: "2025-08-05" }],
  clauses: [
    { id: "service-areas", text: "Both serve the city." },
    { id: "records-transfer", text: "Portfolios go to the school with consent." },
    { id: "linked-services", text: "" },
  ],
};

describe("one agreement that follows two templates", () => {
  it("accepts clauses of either template and refuses unknown or repeated templates", () => {
    expect(parseAgreement(mou).ok).toBe(true);
    const bad = parseAgreement({ ...mou, alsoFollows: ["nope", "public-preschool-mou"], clauses: [{ id: "snacks", text: "x" }] });
    expect(bad.ok ? [] : bad.error.issues.map((i) => [i.pathText, i.message])).toEqual([
      ["alsoFollows[0]", 'unknown template "nope"; see agreementTemplates'],
      ["alsoFollows[1]", '"public-preschool-mou" is already the agreement\'s templateId'],
      ["clauses[0].id", 'clause "snacks" is not in template "public-preschool-mou"; mark it custom: true for a clause of your own'],
    ]);
  });
  it("takes its clauses from alsoFollows alone when it names no templateId", () => {
    const r = parseAgreement({ id: "lea", kind: "joint-agreement", alsoFollows: ["lea-title-i-agreement"], parties: ["hs", "lea"], clauses: [{ id: "records-transfer", text: "x" }, { id: "snacks", text: "y" }] });
    expect(r.ok ? [] : r.error.issues.map((i) => i.message)).toEqual(['clause "snacks" is not in template "lea-title-i-agreement"; mark it custom: true for a clause of your own']);
  });
  it("says which topics of which law it covers, and reports what each lacks with that law's code", () => {
    const parsed = parseAgreement(mou);
    if (!parsed.ok) throw parsed.error;
    const a = assessAgreement(parsed.value, { asOf: "2025-09-01" });
    expect(a.coverage.map((c) => [c.templateId, c.source, c.required.covered])).toEqual([
      ["public-preschool-mou", "45 CFR 1302.53(b)(1)", ["service-areas"]],
      ["lea-title-i-agreement", "Elementary and Secondary Education Act 1119(a) (20 U.S.C. 6321(a))", ["records-transfer"]],
    ]);
    expect(a.coverage[1]!.required.missing).toEqual(["channels-of-communication", "parent-teacher-meetings", "joint-transition-training", "linked-services"]);
    const essa = a.findings.filter((f) => f.code === "agreement.lea-title-i.activity-missing");
    expect(essa.map((f) => [f.severity, f.message])).toContainEqual(["should", 'Head Start and district MOU has an empty coordination activity "Linking the district\'s educational services with Head Start\'s".']);
    expect(essa).toHaveLength(4);
  });
});
