import { describe, expect, it } from "vitest";
import { analyzeCcrrFunctions, ccrrFunctionIds, ccrrFunctions, parseCcrrService, parsePortfolio, type PortfolioInput } from "../../src/index.js";
import { fold, seedText } from "../fixtures/seeds.js";

const program = (types: ("early-head-start" | "head-start-preschool")[]) => ({ types, americanIndianAlaskaNative: false, fundedEnrollment: 72 });
const input: PortfolioInput = {
  schemaVersion: 2,
  organizations: [
    { id: "ehs", name: "Sunrise Early Head Start", kind: "early-head-start", level: "local", program: program(["early-head-start"]) },
    { id: "hs", name: "Lakeside Head Start", kind: "head-start-preschool", level: "local", program: program(["head-start-preschool"]) },
    { id: "acorns", name: "Little Acorns", kind: "child-care-center", level: "local" },
    { id: "maple", name: "Maple Street FCC", kind: "family-child-care-home", level: "local" },
    { id: "ccrr", name: "Dane County CCR&R", kind: "ccrr-agency", level: "county" },
    { id: "college", name: "Madison College", kind: "higher-education", level: "local" },
  ],
  partnerships: [
    { id: "ehs-acorns", name: "EHS-CCP with Little Acorns", parties: ["ehs", "acorns"], status: "active" },
    { id: "ehs-maple", parties: ["ehs", "maple"], status: "active" },
    { id: "ehs-maple-old", parties: ["ehs", "maple"], status: "ended" },
    { id: "hs-acorns", parties: ["hs", "acorns"], status: "active" },
    { id: "hs-maple-agreement", parties: ["hs", "maple"], status: "active", agreementIds: ["ccp-agreement"] },
  ],
  agreements: [{ id: "ccp-agreement", kind: "ehs-ccp-partnership-agreement", parties: ["hs", "maple"] }],
  ccrrServices: [
    { id: "coaching", providerId: "ccrr", functionId: "quality-coaching", partnershipId: "ehs-acorns", since: "2024-09-01" },
    { id: "cda", providerId: "college", functionId: "higher-education-access", forIds: ["acorns", "maple"] },
    { id: "cda-ccrr", providerId: "ccrr", functionId: "higher-education-access", forIds: ["acorns"] },
    { id: "policy", providerId: "ccrr", functionId: "policy-awareness" },
    { id: "ended", providerId: "ccrr", functionId: "staff-progress-sharing", forIds: ["maple"], since: "2023-01-01", until: "2024-12-31" },
    { id: "future", providerId: "ccrr", functionId: "partner-selection", forIds: ["ehs"], since: "2026-01-01" },
  ],
};
const parsed = parsePortfolio(input);
if (!parsed.ok) throw parsed.error;
const doc = parsed.value;
const asOf = "2025-09-01";

describe("ccrrFunctions", () => {
  it("paraphrase Use Relationships to Support Early Head Start-Child Care Partnerships (copyrighted: no run of eight words copied), each with its citation", () => {
    const seed = seedText("000").toLowerCase();
    for (const f of ccrrFunctions) {
      const words = fold(f.description).toLowerCase().split(" ");
      for (let i = 0; i + 8 <= words.length; i++) expect(seed, `${f.id}: "${words.slice(i, i + 8).join(" ")}"`).not.toContain(words.slice(i, i + 8).join(" "));
      expect(f.citation.source).toBe("Use Relationships to Support Early Head Start-Child Care Partnerships (Child Care Aware of America, 2021)");
      expect(["Introduction", "Opportunities for Partnering and Capacity Building", "Leveraging State Relationships"]).toContain(f.citation.section);
    }
    expect(ccrrFunctions.map((f) => f.id)).toEqual([...ccrrFunctionIds]);
    expect(Object.isFrozen(ccrrFunctions[0])).toBe(true);
  });
});

describe("parseCcrrService", () => {
  it("refuses an unknown function and an end before the start, with paths", () => {
    const r = parseCcrrService({ id: "s", providerId: "ccrr", functionId: "coaching", since: "2025-01-01", until: "2024-01-01" } as unknown);
    // The date rule reads only the dates, so it runs even when the function is wrong: one pass reports both.
    expect(r.ok ? [] : r.error.issues.map((i) => i.pathText)).toEqual(["functionId", "until"]);
    const dates = parseCcrrService({ id: "s", providerId: "ccrr", functionId: "quality-coaching", since: "2025-01-01", until: "2024-01-01" });
    expect(dates.ok ? [] : dates.error.issues.map((i) => [i.pathText, i.message])).toEqual([["until", "until 2024-01-01 is before since 2025-01-01"]]);
  });
  it("refuses references to organizations and partnerships the portfolio lacks", () => {
    const r = parsePortfolio({ ...input, ccrrServices: [{ id: "s", providerId: "nobody", functionId: "policy-awareness", forIds: ["ghost"], partnershipId: "none" }] });
    expect(r.ok ? [] : r.error.issues.map((i) => i.pathText)).toEqual(["ccrrServices[0].forIds[0]", "ccrrServices[0].partnershipId", "ccrrServices[0].providerId"]);
  });
});

describe("analyzeCcrrFunctions", () => {
  const a = analyzeCcrrFunctions(doc, { asOf });
  it("finds the EHS-CCP partnerships: an Early Head Start program with a child care provider, or an EHS-CCP agreement; ended ones left out", () => {
    expect(a.partnerships.map((p) => p.partnershipId)).toEqual(["ehs-acorns", "ehs-maple", "hs-maple-agreement"]);
  });
  it("credits services that name the partnership, one of its parties, or no one, in force on the date", () => {
    expect(a.partnerships[0]!.covered).toEqual([
      { functionId: "quality-coaching", providers: ["Dane County CCR&R"] },
      { functionId: "higher-education-access", providers: ["Madison College", "Dane County CCR&R"] },
      { functionId: "policy-awareness", providers: ["Dane County CCR&R"] },
    ]);
    expect(a.partnerships[1]!.covered.map((c) => c.functionId)).toEqual(["higher-education-access", "policy-awareness"]);
    expect(a.partnerships[1]!.name).toBe("Partnership of Sunrise Early Head Start and Maple Street FCC");
  });
  it("notes what each partnership lacks and scores the mean share performed", () => {
    expect(a.findings.map((f) => [f.code, f.severity, f.subject?.id])).toEqual([
      ["ccrr.functions-lacking", "info", "ehs-acorns"],
      ["ccrr.functions-lacking", "info", "ehs-maple"],
      ["ccrr.functions-lacking", "info", "hs-maple-agreement"],
    ]);
    expect(a.findings[0]!.message).toBe(
      "No organization is recorded as performing these functions for EHS-CCP with Little Acorns: Choosing the child care programs that could benefit most; Assessing partners' professional-development needs; Sharing staff training and career progression; Guidance on T.E.A.C.H., WAGE$ and career funding; Conversations between EHS, child care partners and higher education.",
    );
    // (3 + 2 + 2) of the 8 partnership functions, averaged over the three partnerships: 7 / 24.
    expect(a.score).toBe(29.2);
  });
  it("limits itself to a program's partnerships and the services that concern them", () => {
    const hs = analyzeCcrrFunctions(doc, { asOf, programId: "hs" });
    expect(hs.partnerships.map((p) => p.partnershipId)).toEqual(["hs-maple-agreement"]);
    expect(hs.services.map((s) => s.id)).toEqual(["cda", "policy"]);
  });
  it("lists each service once, in document order, however many of the keys it is found under (the partnership, its parties, no one)", () => {
    const ehs = analyzeCcrrFunctions(doc, { asOf, programId: "ehs" });
    // "cda" names both acorns and maple, "coaching" names the partnership: each once, in the order of the file.
    expect(ehs.services.map((s) => s.id)).toEqual(["coaching", "cda", "cda-ccrr", "policy"]);
    expect(ehs.partnerships.map((p) => p.covered.map((c) => c.functionId))).toEqual([
      ["quality-coaching", "higher-education-access", "policy-awareness"],
      ["higher-education-access", "policy-awareness"],
    ]);
  });
  it("has no score without EHS-CCP partnerships, and refuses a bad input", () => {
    expect(analyzeCcrrFunctions(doc, { asOf, programId: "ccrr" }).score).toBeNull();
    expect(() => analyzeCcrrFunctions({ organizations: [] } as never, { asOf })).toThrow(/analyzeCcrrFunctions needs a parsed document/);
  });
});
