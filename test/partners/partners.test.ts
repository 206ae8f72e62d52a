import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import {
  OrganizationSchema,
  categoriesOf,
  organizationKinds,
  parseOrganization,
  parsePartnership,
  partnerCategories,
  partnerCategoryIds,
  partnershipElements,
  pointPersonOf,
  practiceIds,
  scorePartnership,
  type Partnership,
} from "../../src/index.js";
import { fold, seedText } from "../fixtures/seeds.js";

describe("partnerCategories", () => {
  const seed003 = seedText("003");
  it("quotes each of 1302.53(a)(2)(i)-(viii) and its examples verbatim, with its citation", () => {
    expect(partnerCategories.map((c) => c.paragraph)).toEqual(["(i)", "(ii)", "(iii)", "(iv)", "(v)", "(vi)", "(vii)", "(viii)"]);
    for (const c of partnerCategories) {
      expect(seed003, c.id).toContain(`${c.paragraph} ${fold(c.description)}`);
      for (const example of c.examples) expect(fold(c.description)).toContain(fold(example).replace(" Homeless Assistance Act", ""));
      expect(c.citation).toMatchObject({ source: "45 CFR", section: `1302.53(a)(2)${c.paragraph}` });
    }
  });
  it("has a kind of organization for every category", () => {
    for (const id of partnerCategoryIds) expect(organizationKinds.some((k) => k.categories.includes(id)), id).toBe(true);
  });
});

describe("partnershipElements", () => {
  it("quotes the child welfare strategies' four elements verbatim", () => {
    const seed = seedText("001");
    for (const el of partnershipElements) expect(seed).toContain(fold(el.label));
  });
});

const hs = {
  id: "hs",
  name: "Sunrise Head Start",
  kind: "head-start-preschool",
  level: "local",
  program: { types: ["head-start-preschool", "early-head-start"], americanIndianAlaskaNative: false, fundedEnrollment: 312 },
  contacts: [{ name: "Rosa Diaz", role: "Family services manager", pointPerson: true }],
  serviceArea: { state: "WI", counties: ["Dane"] },
};

describe("OrganizationSchema", () => {
  it("accepts a program with its details and a point person", () => {
    const r = parseOrganization(hs as unknown);
    expect(r.ok).toBe(true);
    if (r.ok) expect(pointPersonOf(r.value)?.name).toBe("Rosa Diaz");
  });
  it("requires program details of program kinds and refuses them elsewhere", () => {
    const { program: _omit, ...noProgram } = hs;
    expect(parseOrganization(noProgram as unknown).ok).toBe(false);
    const r = parseOrganization({ id: "lib", name: "Library", kind: "library", level: "local", program: hs.program } as unknown);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues[0]!.message).toMatch(/only for Head Start program/);
  });
  it("rejects an unknown kind, a bad e-mail and a bad ZIP with paths", () => {
    const r = parseOrganization({ ...hs, kind: "spaceport", contacts: [{ name: "A", email: "nope" }], serviceArea: { zipCodes: ["5370"] } } as unknown);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues.map((i) => i.pathText)).toEqual(["kind", "contacts[0].email", "serviceArea.zipCodes[0]"]);
  });
  it("maps kinds, other kinds and own categories to the regulation's categories", () => {
    const org = OrganizationSchema.parse({ id: "caa", name: "CAA", kind: "mckinney-vento-liaison", otherKinds: ["dental-provider"], categories: ["domestic-violence"], level: "county" });
    expect(categoriesOf(org)).toEqual(["health", "housing-homelessness", "domestic-violence"]);
  });
});

const base: Partnership = {
  id: "hs-cw",
  parties: ["hs", "cw"],
  status: "active",
  practices: [],
  meetings: [],
  views: [],
  agreementIds: [],
  goalIds: [],
};

describe("PartnershipSchema", () => {
  it.each([
    ["one party", { ...base, parties: ["hs"] }, "parties", /at least two parties/],
    ["the same party twice", { ...base, parties: ["hs", "cw", "hs"] }, "parties[2]", /listed twice/],
    ["an end before the start", { ...base, startDate: "2025-09-01", endDate: "2025-08-31" }, "endDate", /before the start/],
    ["an unknown practice", { ...base, practices: [{ practice: "lunch", date: "2025-01-01" }] }, "practices[0].practice", /unknown practice/],
    ["a view by a non-party", { ...base, views: [{ party: "zoo", stage: "networking" }] }, "views[0].party", /not a party/],
    ["an unknown key", { ...base, colour: "red" }, "colour", /extensions/],
  ])("rejects %s with a clear error and path", (_label, input, pathText, message) => {
    const r = parsePartnership(input as unknown);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const issue = r.error.issues.find((i) => i.pathText === pathText);
    expect(issue?.message).toMatch(message);
  });
  it("round-trips through JSON", () => {
    const r = parsePartnership({ ...base, extensions: { crm: 1 }, elements: { "shared-vision": { rating: 3, evidence: ["x"] } } });
    expect(r.ok).toBe(true);
    if (r.ok) expect(parsePartnership(JSON.parse(JSON.stringify(r.value)))).toEqual(r);
  });
});

describe("scorePartnership", () => {
  it("is null with insufficient-evidence when fewer than two components have evidence", () => {
    const a = scorePartnership({ ...base, practices: [{ practice: "information-exchange", date: "2025-01-01" }] }, { asOf: "2025-09-01" });
    expect(a.score).toBeNull();
    expect(a.band).toBe("insufficient-evidence");
    expect(a.components.find((c) => c.id === "stage")?.score).toBe(25);
  });

  it("counts meetings in the 12 months up to asOf against the agreed frequency, not later ones", () => {
    const a = scorePartnership(
      {
        ...base,
        meetingFrequency: "monthly",
        practices: [{ practice: "regular-meetings", date: "2025-08-01" }],
        meetings: [{ date: "2024-09-01" }, { date: "2024-09-02" }, { date: "2025-03-01" }, { date: "2025-09-01" }, { date: "2025-10-01" }],
      },
      { asOf: "2025-09-01" },
    );
    const comm = a.components.find((c) => c.id === "communication")!;
    expect(comm.score).toBe(25);
    expect(comm.evidence[0]).toBe("3 of 12 monthly meetings held in the 12 months to 2025-09-01");
    expect(a.findings.map((f) => f.code)).toContain("partnership.meeting.after-as-of");
    expect(a.findings.map((f) => f.code)).toContain("partnership.meetings.below-agreed");
  });

  it("asks for a formal agreement at cooperation and above, citing 1302.53(a)(1)", () => {
    const practices = (["shared-resources", "formal-information-sharing", "common-goal", "regular-meetings"] as const).map((practice) => ({ practice, date: "2025-05-01" }));
    const a = scorePartnership({ ...base, practices, meetingFrequency: "quarterly" }, { asOf: "2025-09-01" });
    expect(a.components.find((c) => c.id === "agreement")?.score).toBe(0);
    const f = a.findings.find((x) => x.code === "partnership.agreement.missing");
    expect(f?.citation).toEqual({ source: "45 CFR", section: "1302.53(a)(1)" });
    const signed = scorePartnership({ ...base, practices, agreementIds: ["mou"], meetingFrequency: "quarterly" }, { asOf: "2025-09-01" });
    expect(signed.components.find((c) => c.id === "agreement")?.score).toBe(100);
    expect(signed.score!).toBeGreaterThan(a.score!);
  });

  it("does not score an element rating that has no evidence", () => {
    const a = scorePartnership({ ...base, elements: { "shared-vision": { rating: 3, evidence: [] } } }, { asOf: "2025-09-01" });
    expect(a.components.find((c) => c.id === "elements")?.score).toBeNull();
    expect(a.findings.map((f) => f.code)).toContain("partnership.element.no-evidence");
  });

  it("scores family voice from a role, meetings with families and governance cross-membership", () => {
    const a = scorePartnership(
      {
        ...base,
        roles: { families: "Parents on the planning team" },
        practices: [{ practice: "governance-cross-membership", date: "2025-01-01" }],
        meetings: [{ date: "2025-06-01", familiesPresent: true }],
      },
      { asOf: "2025-09-01" },
    );
    expect(a.components.find((c) => c.id === "familyVoice")?.score).toBe(100);
  });

  const date = fc.oneof(fc.constantFrom("2024-02-29", "2025-09-01", "2026-01-01"), fc.date({ min: new Date("2018-01-01T00:00:00Z"), max: new Date("2027-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)));
  const arb = fc.record({
    practices: fc.array(fc.record({ practice: fc.constantFrom(...practiceIds), date }), { maxLength: 10 }),
    meetings: fc.array(fc.record({ date, familiesPresent: fc.boolean() }), { maxLength: 30 }),
    frequency: fc.option(fc.constantFrom("weekly" as const, "monthly" as const, "annually" as const), { nil: undefined }),
    rating: fc.option(fc.record({ rating: fc.integer({ min: 0, max: 3 }), evidence: fc.array(fc.string({ minLength: 1 }), { maxLength: 2 }) }), { nil: undefined }),
    agreements: fc.array(fc.constant("a"), { maxLength: 1 }),
    roles: fc.option(fc.record({ families: fc.option(fc.constant("x"), { nil: undefined }) }), { nil: undefined }),
  });
  test.prop([arb, date])("always scores in 0..100 or null, with every finding complete", (g, asOf) => {
    const p: Partnership = {
      ...base,
      practices: g.practices,
      meetings: g.meetings,
      agreementIds: g.agreements,
      ...(g.frequency ? { meetingFrequency: g.frequency } : {}),
      ...(g.rating ? { elements: { "staff-training": g.rating } } : {}),
      ...(g.roles ? { roles: g.roles.families ? { families: g.roles.families } : {} } : {}),
    };
    expect(parsePartnership(p).ok).toBe(true);
    const a = scorePartnership(p, { asOf });
    if (a.score !== null) {
      expect(a.score).toBeGreaterThanOrEqual(0);
      expect(a.score).toBeLessThanOrEqual(100);
    } else expect(a.band).toBe("insufficient-evidence");
    for (const f of a.findings) expect(f.code && f.severity && f.message).toBeTruthy();
  });
});
