import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import {
  edit,
  migratePortfolio,
  parsePortfolio,
  planningQuestionnaire,
  PortfolioSchema,
  portfolioJsonSchema,
  renderReport,
  summarizePortfolio,
  undo,
  type Portfolio,
} from "../../src/index.js";

const raw = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "docs", "examples", "community.json"), "utf8"));
const parsed = parsePortfolio(raw);
if (!parsed.ok) throw new Error(parsed.error.message);
const community: Portfolio = parsed.value;
const asOf = "2025-09-01";

describe("parsePortfolio", () => {
  it("round-trips the example community: parse, serialize, parse is the identity", () => {
    const again = parsePortfolio(JSON.parse(JSON.stringify(community)));
    expect(again).toEqual({ ok: true, value: community });
    expect(JSON.stringify(again.ok && again.value)).toBe(JSON.stringify(community));
  });

  it("reports all ten planted integrity problems, each with a path", () => {
    const doc = structuredClone(raw);
    doc.organizations.push({ ...doc.organizations[2] }); // 1 duplicate organization id
    doc.partnerships[0].parties[1] = "ghost-lea"; // 2 unknown party
    doc.partnerships[1].agreementIds.push("no-such-mou"); // 3 unknown agreement
    doc.partnerships[1].goalIds.push("no-such-goal"); // 4 unknown goal
    doc.agreements[4].termination = { date: "2025-12-01", by: "ghost-org" }; // 5 terminated by an unknown organization
    doc.mouExemptions[0].programId = "ghost-program"; // 6 exemption for unknown program
    doc.fundingPlans[1].owner.id = "ghost-partnership"; // 7 plan owned by an unknown partnership
    doc.questionnaireResponses[0].questionnaireId = "ghost-questionnaire"; // 8 unknown questionnaire
    doc.actionPlans[0].actions[1].ownerOrganizationId = "ghost-owner"; // 9 unknown action owner
    doc.coordinatedServicesApproaches[0].fundingPlanId = "ghost-plan"; // 10 unknown funding plan
    const r = parsePortfolio(doc);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.issues.map((i) => [i.code, i.pathText])).toEqual([
      ["duplicate_id", "organizations[15].id"],
      ["reference", "partnerships[0].parties[1]"],
      ["reference", "partnerships[1].agreementIds[2]"],
      ["reference", "partnerships[1].goalIds[2]"],
      ["reference", "agreements[4].termination.by"],
      ["reference", "mouExemptions[0].programId"],
      ["reference", "fundingPlans[1].owner.id"],
      ["reference", "questionnaireResponses[0].questionnaireId"],
      ["reference", "actionPlans[0].actions[1].ownerOrganizationId"],
      ["reference", "coordinatedServicesApproaches[0].fundingPlanId"],
    ]);
    expect(r.error.issues[1]!.message).toBe('partnerships[0].parties[1] refers to organization "ghost-lea", which is not in the portfolio');
    expect(r.error.message.split("\n")[0]).toBe("10 problems:");
  });

  it("reports every later occurrence of a repeated id, in document order, and each broken reference once", () => {
    const org = (id: string) => ({ id, name: id, kind: "library" as const, level: "local" as const });
    const r = parsePortfolio({
      schemaVersion: 2,
      organizations: [org("b"), org("a"), org("b"), org("c"), org("b"), org("a")],
      partnerships: [{ id: "p", parties: ["a", "z"], status: "active" }],
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues.map((i) => [i.code, i.pathText])).toEqual([
      ["duplicate_id", "organizations[2].id"],
      ["duplicate_id", "organizations[4].id"],
      ["duplicate_id", "organizations[5].id"],
      ["reference", "partnerships[0].parties[1]"],
    ]);
  });

  it("resolves references to the built-in questionnaire and to ids beyond the Basic Multilingual Plane", () => {
    const ids = ["\u{1F600}-partner", "zz", "Ärzte", "aa", "\u{10000}", "\uFFFF"];
    const r = parsePortfolio({
      schemaVersion: 2,
      organizations: ids.map((id) => ({ id, name: "n", kind: "business" as const, level: "local" as const })),
      partnerships: ids.slice(1).map((id, i) => ({ id: `p${i}`, parties: [ids[0]!, id], status: "active" as const })),
      questionnaireResponses: [{ id: "r", questionnaireId: planningQuestionnaire.id, partnershipId: "p0" }],
    });
    expect(r.ok).toBe(true);
  });

  test.prop([fc.array(fc.string({ minLength: 1, maxLength: 3, unit: "grapheme" }), { maxLength: 30 }), fc.array(fc.string({ minLength: 1, maxLength: 3, unit: "grapheme" }), { maxLength: 30 })], { numRuns: 200 })(
    "agrees with a set of every id on which references are broken and which ids repeat",
    (orgIds, partyIds) => {
      const usable = (id: string) => id.trim() === id;
      const orgs = orgIds.filter(usable);
      const parties = partyIds.filter(usable);
      const doc = {
        schemaVersion: 2,
        organizations: orgs.map((id) => ({ id, name: "n", kind: "business", level: "local" })),
        partnerships: parties.map((id, i) => ({ id: `p${i}`, parties: [id, `${id}!other`], status: "active" })),
      };
      const r = parsePortfolio(doc as unknown);
      const seen = new Set<string>();
      const expected: string[] = [];
      orgs.forEach((id, i) => {
        if (seen.has(id)) expected.push(`duplicate_id organizations[${i}].id`);
        seen.add(id);
      });
      parties.forEach((id, i) => {
        if (!seen.has(id)) expected.push(`reference partnerships[${i}].parties[0]`);
        if (!seen.has(`${id}!other`)) expected.push(`reference partnerships[${i}].parties[1]`);
      });
      const got = r.ok ? [] : r.error.issues.filter((i) => i.code === "duplicate_id" || i.code === "reference").map((i) => `${i.code} ${i.pathText}`);
      expect(got).toEqual(expected);
    },
  );

  it("reports shape and reference problems together", () => {
    const r = parsePortfolio({ schemaVersion: 2, organizations: [{ id: "a", name: "A", kind: "library", level: "galactic" }], partnerships: [{ id: "p", parties: ["a", "b"], status: "active" }] } as unknown);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues.map((i) => i.pathText)).toEqual(["organizations[0].level", "partnerships[0].parties[1]"]);
  });

  it("refuses another schemaVersion with a pointer to migratePortfolio", () => {
    const r = parsePortfolio({ schemaVersion: 0 } as unknown);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues[0]!.message).toMatch(/migratePortfolio/);
  });

  test.prop([fc.anything({ withNullPrototype: true, withBigInt: true, withMap: true, withDate: true })], { numRuns: 300 })("never throws", (input) => {
    expect(typeof parsePortfolio(input).ok).toBe("boolean");
    expect(typeof parsePortfolio({ schemaVersion: 2, organizations: input, partnerships: [input] } as unknown).ok).toBe("boolean");
  });
});

describe("migratePortfolio", () => {
  it("upgrades an unversioned draft and moves its change log", () => {
    const { schemaVersion: _v, changeLog, ...draft } = structuredClone(raw);
    const r = migratePortfolio({ ...draft, changes: changeLog });
    expect(r).toEqual({ ok: true, value: community });
  });
  it("leaves the current version alone and never mutates its input", () => {
    const input = structuredClone(raw);
    expect(migratePortfolio(input)).toEqual({ ok: true, value: community });
    expect(input).toEqual(raw);
  });
  it("refuses newer and malformed versions clearly", () => {
    const bad = migratePortfolio({ schemaVersion: "one" });
    expect(!bad.ok && bad.error.issues[0]!.code).toBe("invalid_version");
    expect(migratePortfolio(null).ok).toBe(false);
  });
});

describe("summarizePortfolio", () => {
  const s = summarizePortfolio(community, { asOf });
  it("summarizes each program as plain data", () => {
    const sunrise = s.programs.find((p) => p.programId === "sunrise-hs")!;
    expect(sunrise.partnerships).toMatchObject({ total: 7, active: 6 });
    expect(sunrise.partnerships.byStage).toEqual({ networking: 1, coordination: 3, cooperation: 1, collaboration: 1, none: 1 });
    expect(sunrise.agreements).toMatchObject({ total: 5, inForce: 5 });
    expect(sunrise.compliance).toMatchObject({ must: 0, mou: "in-force", categoryGaps: 3 });
    // every analysis counts: the funding plan's match shortfall is the must
    expect(sunrise.findings).toMatchObject({ must: 1 });
    expect(sunrise.funding).toMatchObject({ plans: 2, totalCostCents: 636_700_000, totalFundingCents: 671_300_000, gapCents: 0, matchShortfallCents: 23_900_000, matchMet: false });
    const lakeshore = s.programs.find((p) => p.programId === "lakeshore-ths")!;
    expect(lakeshore.funding).toMatchObject({ plans: 0, gapCents: null, matchShortfallCents: null, gap: null });
    expect(sunrise.planning).toEqual({ responses: 1, meanCompletion: 15.6, readyToAct: false, actionsOverdue: 1, shareComplete: 0.333 });
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });
  it("rolls up across programs", () => {
    expect(s.rollup).toMatchObject({ programs: 2, organizations: 15, partnerships: 9, agreements: 6, fundedEnrollment: 366 });
    expect(s.rollup.mouStatus).toEqual({ "in-force": 1, exempt: 1 });
    expect(s.rollup.categoryGaps["domestic-violence"]).toBe(2);
    expect(s.rollup).toMatchObject({ programsWithMustFindings: 2, matchShortfallCents: 23_900_000, fundingGapCents: 0 });
  });
  it("counts an active partnership once in each category of its other parties, whatever their number", () => {
    const org = (id: string, kind: string) => ({ id, name: id, kind, level: "local" });
    const p = PortfolioSchema.parse({
      schemaVersion: 2,
      organizations: [
        { ...org("hs", "head-start-preschool"), program: { types: ["head-start-preschool"], americanIndianAlaskaNative: false, fundedEnrollment: 40 } },
        org("lib", "library"),
        org("museum", "museum"),
        org("clinic", "health-provider"),
      ],
      partnerships: [
        { id: "two", parties: ["hs", "lib"], status: "active" },
        { id: "four", parties: ["hs", "lib", "museum", "clinic"], status: "active" },
        { id: "lib-clinic", parties: ["lib", "clinic"], status: "active" },
      ],
    });
    const byCategory = summarizePortfolio(p, { asOf }).programs[0]!.partnerships.byCategory;
    expect(byCategory["education-culture"]).toBe(2);
    expect(byCategory.health).toBe(1);
    expect(Object.values(byCategory).reduce((a, b) => a + b, 0)).toBe(3);
  });
  it("summarizes an empty portfolio without NaN", () => {
    const empty = summarizePortfolio(PortfolioSchema.parse({ schemaVersion: 2 }), { asOf });
    expect(empty.programs).toEqual([]);
    expect(empty.rollup.meanComplianceScore).toBeNull();
    expect(JSON.stringify(empty)).not.toContain("NaN");
  });
});

describe("renderReport", () => {
  it("renders the Sunrise report (snapshot)", async () => {
    await expect(renderReport(community, "sunrise-hs", { asOf })).toMatchFileSnapshot("./__snapshots__/sunrise-report.md");
  });
  it("escapes table cells and Mermaid labels", () => {
    const doc = structuredClone(community);
    doc.organizations[2]!.name = 'Madison "MMSD" | District';
    const md = renderReport(doc, "sunrise-hs", { asOf });
    expect(md).toContain("Madison \"MMSD\" \\| District");
    expect(md).toContain('n1["Madison #quot;MMSD#quot; | District"]');
  });
  it("reflects an edit: its indexes belong to one portfolio value, and an edit makes a new one", () => {
    const before = renderReport(community, "sunrise-hs", { asOf });
    const responses = structuredClone(community.questionnaireResponses);
    const second = { ...responses[0]!, id: "plan-sunrise-cps-2" };
    const edited = edit(community, (d) => { d.questionnaireResponses.unshift(second); }, { at: "2025-09-01" });
    expect(edited.ok).toBe(true);
    if (!edited.ok) return;
    const after = renderReport(edited.value, "sunrise-hs", { asOf });
    expect(before).not.toContain("plan-sunrise-cps-2");
    // In document order: the new response first.
    expect(after.indexOf("| plan-sunrise-cps-2 |")).toBeGreaterThan(-1);
    expect(after.indexOf("| plan-sunrise-cps-2 |")).toBeLessThan(after.indexOf("| plan-sunrise-cps |"));
    expect(renderReport(community, "sunrise-hs", { asOf })).toBe(before);
  });
  it("says when the program is not in the portfolio", () => {
    expect(renderReport(community, "nope", { asOf })).toBe(
      "# Partnership report: nope\n\nAs of 2025-09-01. Generated by ece-partnerships from the program's portfolio.\n\nProgram nope is not in the portfolio.\n",
    );
  });
});

describe("portfolioJsonSchema", () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  const validate = ajv.compile(portfolioJsonSchema());
  it("accepts the example community and its parsed form", () => {
    expect(validate(raw), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(JSON.parse(JSON.stringify(community)))).toBe(true);
  });
  it("rejects what the zod schema rejects: unknown keys, bad dates, fractional cents, unknown kinds", () => {
    for (const bad of [
      { ...raw, colour: "red" },
      { ...raw, organizations: [{ ...raw.organizations[2], level: "galactic" }] },
      { ...raw, agreements: [{ ...raw.agreements[0], effectiveDate: "2025-02-30" }] },
      { ...raw, fundingPlans: [{ ...raw.fundingPlans[0], sources: [{ id: "x", streamId: "head-start-preschool", amount: 1.5 }] }] },
    ]) {
      expect(validate(bad)).toBe(false);
    }
  });
  it("is what the package ships as ece-partnerships/schema.json", async () => {
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "package.json"), "utf8"));
    expect(pkg.exports["./schema.json"]).toBe("./schema.json");
  });
});

describe("editing a portfolio", () => {
  it("records changes that undo exactly and keep the document valid", () => {
    const r = edit(community, (d) => { d.partnerships[1]!.meetings.push({ date: "2025-08-26", familiesPresent: true }); }, { at: "2025-08-26T17:00:00Z", by: "rdiaz" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(parsePortfolio(r.value).ok).toBe(true);
    expect(undo(r.value, r.change)).toEqual(community);
  });
});
