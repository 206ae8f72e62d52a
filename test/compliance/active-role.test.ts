import { describe, expect, it } from "vitest";
import { assessCompliance, findingMeta, parsePortfolio, type PortfolioInput } from "../../src/index.js";
import { fold, seedText } from "../fixtures/seeds.js";

const doc = (partnership: Record<string, unknown>) => {
  const input: PortfolioInput = {
    schemaVersion: 2,
    organizations: [
      { id: "hs", name: "Sunrise Head Start", kind: "head-start-preschool", level: "local", program: { types: ["head-start-preschool"], americanIndianAlaskaNative: false, fundedEnrollment: 120 } },
      { id: "lib", name: "Library", kind: "library", level: "local" },
    ],
    partnerships: [{ id: "p", parties: ["hs", "lib"], status: "active", ...partnership } as never],
  };
  const r = parsePortfolio(input);
  if (!r.ok) throw r.error;
  return r.value;
};
const codes = (d: ReturnType<typeof doc>) => assessCompliance(d, "hs", { asOf: "2025-09-01" }).findings.map((f) => f.code);

describe("1302.53(b): an active role through communication, cooperation and information sharing", () => {
  it("quotes the regulation's binding words, and grades a missing record as a should", () => {
    const meta = findingMeta("compliance.b.active-role-unrecorded")!;
    expect(meta.severity).toBe("should");
    expect(fold(meta.basis)).toContain("through communication, cooperation, and the sharing of information among agencies and their community partners");
    expect(seedText("003")).toContain("through communication, cooperation, and the sharing of information among agencies and their community partners");
  });
  it("asks for a record when no active partnership shows a meeting or a practice in the 12 months to the date", () => {
    expect(codes(doc({ practices: [{ practice: "information-exchange", date: "2024-08-01" }] }))).toContain("compliance.b.active-role-unrecorded");
    expect(codes(doc({ practices: [{ practice: "information-exchange", date: "2024-09-02" }] }))).not.toContain("compliance.b.active-role-unrecorded");
    expect(codes(doc({ meetings: [{ date: "2025-06-01" }] }))).not.toContain("compliance.b.active-role-unrecorded");
    // A meeting after the date does not count.
    expect(codes(doc({ meetings: [{ date: "2025-10-01" }] }))).toContain("compliance.b.active-role-unrecorded");
  });
  it("says nothing more when there is no active partnership (that is a must of its own)", () => {
    expect(codes(doc({ status: "ended" }))).toEqual(expect.not.arrayContaining(["compliance.b.active-role-unrecorded"]));
  });
});
