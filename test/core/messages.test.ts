// Error messages say how to fix the value: the value echoed, the choices or the nearest one,
// "required" for a missing field, impossible dates named, newer documents told to update.
import { describe, expect, it } from "vitest";
import { parseAgreement, parseCommunityAssessment, parseFundingPlan, parseOrganization, parsePartnership, parsePortfolio } from "../../src/index.js";

function messages(r: { ok: boolean; error?: { issues: { pathText: string; message: string }[] } }): Record<string, string> {
  return Object.fromEntries((r.error?.issues ?? []).map((i) => [i.pathText, i.message]));
}
const org = (over: Record<string, unknown>): unknown => ({ id: "x", name: "X", kind: "library", level: "local", ...over });

describe("error messages", () => {
  it("echo a bad choice and list the choices when there are few", () => {
    expect(messages(parsePartnership({ id: "p", parties: ["a", "b"], status: "done" } as unknown)).status).toBe('expected one of "exploring", "active", "paused", "ended", got "done"');
  });
  it("suggest the nearest choice when one is close", () => {
    expect(messages(parsePartnership({ id: "p", parties: ["a", "b"], status: "activ" } as unknown)).status).toBe('expected one of "exploring", "active", "paused", "ended", got "activ"; did you mean "active"?');
    expect(messages(parseOrganization(org({ kind: "head-start-preschol" }))).kind).toBe('unknown organization kind; see organizationKinds; got "head-start-preschol"; did you mean "head-start-preschool"?');
  });
  it("map the words people use to the catalog's id", () => {
    expect(messages(parseOrganization(org({ kind: "school-district" }))).kind).toBe('unknown organization kind; see organizationKinds; got "school-district"; did you mean "local-education-agency"?');
  });
  it("say required for a missing field", () => {
    const r = parseOrganization(org({ kind: "head-start-preschool", program: { types: ["head-start-preschool"], fundedEnrollment: 10 } }));
    expect(messages(r)["program.americanIndianAlaskaNative"]).toBe("required: expected a boolean");
    const plan = parseFundingPlan({ id: "fp", owner: { kind: "program", id: "hs" }, period: { start: "2025-07-01", end: "2026-06-30" }, sources: [{ id: "a", streamId: "head-start-preschool", amount: 1 }, { id: "b", streamId: "state-preschool", amount: 1 }], costItems: [{ id: "c", label: "C", category: "direct-services", amount: 2, funding: { method: "braided", shares: [{ sourceId: "a", share: 0.5 }, { sourceId: "b", share: 0.5 }] } }] } as unknown);
    expect(messages(plan)["costItems[0].funding.basis"]).toMatch(/^required/);
  });
  it("name an impossible date as such", () => {
    const at = (d: string) => messages(parseCommunityAssessment({ id: "c", programId: "p", conductedOn: d } as unknown)).conductedOn;
    expect(at("2025-02-30")).toBe("2025-02-30 is not a date: February 2025 has 28 days");
    expect(at("2024-02-30")).toBe("2024-02-30 is not a date: February 2024 has 29 days");
    expect(at("2025-13-01")).toBe("2025-13-01 is not a date: there is no month 13");
    expect(at("02/03/2025")).toBe('"02/03/2025" is not a date written YYYY-MM-DD');
  });
  it("tell a newer document to update the library, an older one to migrate", () => {
    expect(messages(parsePortfolio({ schemaVersion: 3 } as unknown)).schemaVersion).toBe("schemaVersion 3 is newer than this version of ece-partnerships reads (2): update the library to read this document");
    expect(messages(parsePortfolio({ schemaVersion: 0 } as unknown)).schemaVersion).toBe("schemaVersion must be 2; this document is version 0: run migratePortfolio on it");
    expect(messages(parsePortfolio({ schemaVersion: 1 } as unknown)).schemaVersion).toBe("schemaVersion must be 2; this document is version 1: run migratePortfolio on it");
  });
  it("suggest the known key for an unknown one", () => {
    const r = parseAgreement({ id: "a", kind: "mou", parties: ["a", "b"], signatures: [{ party: "a", name: "A", date: "2025-01-01" }] } as unknown);
    expect(messages(r)["signatures[0].name"]).toBe('unknown key "name" (did you mean "signer"?): the library does not model it; put an app\'s own data under "extensions"');
    expect(messages(parsePartnership({ id: "p", parties: ["a", "b"], status: "active", stauts: "x" } as unknown)).stauts).toBe('unknown key "stauts" (did you mean "status"?): the library does not model it; put an app\'s own data under "extensions"');
  });
  it("do not suggest a far-off key", () => {
    expect(messages(parsePartnership({ id: "p", parties: ["a", "b"], status: "active", colour: "x" } as unknown)).colour).toBe('unknown key "colour": the library does not model it; put an app\'s own data under "extensions"');
  });
});

describe("every issue at once", () => {
  it("reports a record's cross-field problems alongside its shape problems", () => {
    const r = parsePartnership({ id: "p", parties: ["hs", "hs"], status: "done" } as unknown);
    expect(Object.keys(messages(r))).toEqual(["status", "parties[1]"]);
    const org = parseOrganization({ id: "x", name: " ", kind: "head-start-preschool", level: "local" } as unknown);
    expect(Object.keys(messages(org))).toEqual(["name", "program"]);
  });
  it("leaves a cross-field check out when a field it reads is itself invalid", () => {
    const r = parsePartnership({ id: "p", parties: 5, status: "active" } as unknown);
    expect(Object.keys(messages(r))).toEqual(["parties"]);
  });
  it("reports a portfolio's shape, cross-field and reference problems in one pass", () => {
    const r = parsePortfolio({
      schemaVersion: 2,
      organizations: [{ id: "hs", name: "HS", kind: "library", level: "galactic" }],
      partnerships: [{ id: "p", parties: ["hs", "hs", "ghost"], status: "done" }],
    } as unknown);
    expect(Object.entries(messages(r)).map(([path]) => path)).toEqual(["organizations[0].level", "partnerships[0].parties[1]", "partnerships[0].parties[2]", "partnerships[0].status"]);
  });
});
