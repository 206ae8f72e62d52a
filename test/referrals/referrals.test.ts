import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { analyzeReferrals, bundleVisitsSaved, parsePortfolio, parseReferral, parseServiceBundle, scorePartnership, type PortfolioInput, type Referral } from "../../src/index.js";

const program = { types: ["head-start-preschool" as const], americanIndianAlaskaNative: false, fundedEnrollment: 120 };
const base: PortfolioInput = {
  schemaVersion: 2,
  organizations: [
    { id: "hs", name: "Sunrise Head Start", kind: "head-start-preschool", level: "local", program },
    { id: "dental", name: "Dane Dental Clinic", kind: "dental-provider", level: "local" },
    { id: "housing", name: "Dane Housing Authority", kind: "housing-agency", level: "county" },
    { id: "wic", name: "Dane WIC", kind: "nutrition-provider", level: "county" },
  ],
  partnerships: [
    { id: "hs-dental", name: "Sunrise and Dane Dental", parties: ["hs", "dental"], status: "active" },
    { id: "hs-housing", parties: ["hs", "housing"], status: "active" },
  ],
  referrals: [
    { id: "d1", programId: "hs", partnerId: "dental", need: "health", familyKey: "f1", madeOn: "2025-05-01", contactedOn: "2025-05-03", serviceStartedOn: "2025-05-11", bundleId: "health-day" },
    { id: "d2", programId: "hs", partnerId: "dental", need: "health", familyKey: "f2", madeOn: "2025-05-05", contactedOn: "2025-05-06", serviceStartedOn: "2025-05-25", closedOn: "2025-06-30", outcome: "service-received", bundleId: "health-day" },
    { id: "d3", programId: "hs", partnerId: "dental", need: "health", madeOn: "2025-08-25" },
    { id: "h1", programId: "hs", partnerId: "housing", need: "housing-homelessness", madeOn: "2025-04-01", contactedOn: "2025-04-30" },
    { id: "h2", programId: "hs", partnerId: "housing", need: "housing-homelessness", madeOn: "2025-06-01", closedOn: "2025-07-01", outcome: "not-eligible" },
    { id: "h3", programId: "hs", partnerId: "housing", need: "housing-homelessness", madeOn: "2025-07-20" },
    { id: "later", programId: "hs", partnerId: "housing", need: "housing-homelessness", madeOn: "2025-10-01" },
  ],
  serviceBundles: [
    { id: "health-day", programId: "hs", label: "Health day at the center", delivery: "same-place", services: [{ partnerId: "dental", need: "health" }, { partnerId: "wic", need: "health" }, { partnerId: "hs", need: "health", service: "Hearing screening" }] },
  ],
};
const parsed = parsePortfolio(base);
if (!parsed.ok) throw parsed.error;
const doc = parsed.value;
const asOf = "2025-09-01";

describe("parseReferral", () => {
  it("accepts a referral with its dates and defaults the direction", () => {
    const r = parseReferral({ id: "r", programId: "hs", partnerId: "p", need: "health", madeOn: "2025-01-06" });
    expect(r.ok && r.value.direction).toBe("outgoing");
  });
  it("refuses dates before the referral, a closed referral without an outcome, and a service received without its start", () => {
    const r = parseReferral({ id: "r", programId: "hs", partnerId: "p", need: "health", madeOn: "2025-03-03", contactedOn: "2025-03-01", closedOn: "2025-03-02" });
    expect(r.ok ? [] : r.error.issues.map((i) => [i.pathText, i.message])).toEqual([
      ["contactedOn", "contactedOn 2025-03-01 is before the referral was made (2025-03-03)"],
      ["closedOn", "closedOn 2025-03-02 is before the referral was made (2025-03-03)"],
      ["outcome", "a referral closed on 2025-03-02 needs its outcome"],
    ]);
    const served = parseReferral({ id: "r", programId: "hs", partnerId: "p", need: "health", madeOn: "2025-03-03", closedOn: "2025-03-09", outcome: "service-received" });
    expect(served.ok ? [] : served.error.issues.map((i) => i.pathText)).toEqual(["serviceStartedOn"]);
  });
  it("refuses an unknown need with its path, and never throws on hostile input", () => {
    const r = parseReferral({ id: "r", programId: "hs", partnerId: "p", need: "dentistry", madeOn: "2025-01-06" } as unknown);
    expect(r.ok ? [] : r.error.issues.map((i) => i.pathText)).toEqual(["need"]);
    for (const bad of [null, [], "x", { __proto__: { id: "x" } }, { id: "r", constructor: 1 }]) expect(parseReferral(bad as never).ok).toBe(false);
  });
});

describe("service bundles", () => {
  it("count the visits a bundle saves: one trip instead of one per service", () => {
    expect(bundleVisitsSaved({ services: [{ partnerId: "a", need: "health" }, { partnerId: "b", need: "health" }], familiesPerYear: 12 })).toEqual({ perFamily: 1, families: 12, visits: 12 });
    expect(parseServiceBundle({ id: "b", programId: "hs", label: "x", delivery: "same-visit", services: [] }).ok).toBe(false);
  });
});

describe("analyzeReferrals", () => {
  const a = analyzeReferrals(doc, { asOf, programId: "hs" });
  it("counts what was made, served, closed, open, unanswered and stale, ignoring referrals made after asOf", () => {
    expect(a.figures).toEqual({ made: 6, completed: 2, closedWithoutService: 1, open: 3, unanswered: 1, stale: 1, judged: 4, completionRate: 0.5, answeredInTime: 0.4, medianDaysToService: 15 });
  });
  it("gives the same figures by partner (most referrals first) and by kind of need", () => {
    expect(a.byPartner.map((p) => [p.name, p.figures.made, p.figures.completionRate])).toEqual([
      ["Dane Dental Clinic", 3, 1],
      ["Dane Housing Authority", 3, 0],
    ]);
    expect(a.byNeed.map((n) => [n.need, n.figures.completed])).toEqual([
      ["health", 2],
      ["housing-homelessness", 0],
    ]);
  });
  it("reports the partners whose referrals go unanswered or stay open, about the partnership they run through", () => {
    expect(a.findings.map((f) => [f.code, f.severity, f.subject?.id, f.message])).toEqual([
      ["referral.unanswered", "should", "hs-housing", "Dane Housing Authority has not contacted the family within 14 days on 1 of 3 referrals."],
      ["referral.stale", "info", "hs-housing", "One referral to Dane Housing Authority has been open for more than 45 days without a service starting."],
    ]);
  });
  it("counts a bundle's families from the referrals carrying its id, and the visits saved", () => {
    expect(a.bundles).toEqual([{ bundleId: "health-day", label: "Health day at the center", delivery: "same-place", services: 3, perFamily: 2, families: 2, visits: 4 }]);
    expect(a.visitsSaved).toBe(4);
  });
  it("scores completion and response, each with its evidence", () => {
    expect(a.components.map((c) => [c.id, c.score])).toEqual([["completion", 50], ["response", 40]]);
    expect(a.score).toBe(46);
  });
  it("selects one partnership's referrals", () => {
    const dental = analyzeReferrals(doc, { asOf, partnershipId: "hs-dental" });
    expect([dental.subject, dental.figures.made, dental.findings]).toEqual([{ kind: "partnership", id: "hs-dental", name: "Sunrise and Dane Dental" }, 3, []]);
  });
  it("asks the program, not the partner, to answer the referrals the partner made", () => {
    const withIncoming = parsePortfolio({
      ...base,
      referrals: [
        { id: "in-1", programId: "hs", partnerId: "dental", direction: "incoming", need: "health", madeOn: "2025-07-01" },
        { id: "in-2", programId: "hs", partnerId: "dental", direction: "incoming", need: "health", madeOn: "2025-07-02", contactedOn: "2025-07-03" },
      ],
    });
    if (!withIncoming.ok) throw withIncoming.error;
    const a = analyzeReferrals(withIncoming.value, { asOf, programId: "hs" });
    expect(a.findings.map((f) => [f.code, f.subject?.id, f.message])).toEqual([
      ["referral.incoming-unanswered", "hs-dental", "Sunrise Head Start has not contacted the family within 14 days on 1 of 2 referrals from Dane Dental Clinic."],
    ]);
  });
  it("speaks of the partner, not a partnership, when its referrals run through several", () => {
    const two = parsePortfolio({
      ...base,
      organizations: [...base.organizations!, { id: "hs2", name: "Lakeside Head Start", kind: "head-start-preschool", level: "local", program }],
      partnerships: [...base.partnerships!, { id: "hs2-housing", parties: ["hs2", "housing"], status: "active" }],
      referrals: [
        { id: "a", programId: "hs", partnerId: "housing", need: "housing-homelessness", madeOn: "2025-07-01" },
        { id: "b", programId: "hs2", partnerId: "housing", need: "housing-homelessness", madeOn: "2025-07-01" },
      ],
    });
    if (!two.ok) throw two.error;
    expect(analyzeReferrals(two.value, { asOf }).findings.map((f) => f.subject)).toEqual([
      { kind: "organization", id: "housing", name: "Dane Housing Authority" },
      { kind: "organization", id: "housing", name: "Dane Housing Authority" },
    ]);
  });
  it("takes the windows as options and refuses bad ones", () => {
    expect(analyzeReferrals(doc, { asOf, programId: "hs", answerWithinDays: 60, staleAfterDays: 90 }).figures.unanswered).toBe(0);
    expect(() => analyzeReferrals(doc, { asOf, answerWithinDays: -1 })).toThrow("answerWithinDays must be a whole number of at least 0, got -1");
    expect(() => analyzeReferrals({} as never, { asOf })).toThrow(/analyzeReferrals needs a parsed document/);
  });
  it("has no score and no findings with no referrals", () => {
    const none = analyzeReferrals(doc, { asOf, programId: "nobody" });
    expect([none.score, none.band, none.findings, none.figures.completionRate]).toEqual([null, "insufficient-evidence", [], null]);
  });
});

describe("referrals in scorePartnership", () => {
  it("add a referrals component (weight 0.1) that scores the completion rate, and nothing without referrals", () => {
    const p = doc.partnerships[0]!;
    const withRefs = scorePartnership(p, { asOf, referrals: doc.referrals.filter((r) => r.partnerId === "dental") });
    const component = withRefs.components.find((c) => c.id === "referrals")!;
    expect([component.score, component.weight, component.evidence]).toEqual([100, 0.1, ["2 of 2 referrals that can be judged led to a service; median 15 days from referral to service"]]);
    expect(scorePartnership(p, { asOf }).components.find((c) => c.id === "referrals")?.score).toBeNull();
    expect(() => scorePartnership(p, { asOf, referrals: [{ madeOn: "2025-01-01" }, { madeOn: "2025-01-01", serviceStartedOn: "soon" }] })).toThrow(new RangeError("referrals[1].serviceStartedOn must be a calendar date written YYYY-MM-DD, got soon"));
  });
});

const day = fc.integer({ min: 0, max: 400 }).map((n) => new Date(Date.UTC(2024, 1, 29 + n)).toISOString().slice(0, 10));
const referral = fc.record({ made: day, contact: fc.option(fc.integer({ min: 0, max: 90 })), start: fc.option(fc.integer({ min: 0, max: 120 })), close: fc.option(fc.integer({ min: 0, max: 150 })) });
const plus = (iso: string, n: number) => new Date(Date.parse(iso) + n * 86_400_000).toISOString().slice(0, 10);

describe("referral figures (properties)", () => {
  test.prop([fc.array(referral, { maxLength: 40 }), day])("add up: made = completed + closed without service + open; rates within 0..1", (rows, asOfDay) => {
    const referrals: Referral[] = rows.map((r, i) => ({
      id: `r${i}`, programId: "hs", partnerId: "dental", direction: "outgoing", need: "health", madeOn: r.made,
      ...(r.contact === null ? {} : { contactedOn: plus(r.made, r.contact) }),
      ...(r.start === null ? {} : { serviceStartedOn: plus(r.made, r.start) }),
      ...(r.close === null ? {} : { closedOn: plus(r.made, r.close), outcome: r.start === null ? "declined-by-family" : "service-received" }),
    }));
    const f = analyzeReferrals({ organizations: doc.organizations, partnerships: [], referrals }, { asOf: asOfDay }).figures;
    expect(f.made).toBe(referrals.filter((r) => r.madeOn <= asOfDay).length);
    expect(f.completed + f.closedWithoutService + f.open).toBe(f.made);
    expect(f.unanswered).toBeLessThanOrEqual(f.open);
    for (const rate of [f.completionRate, f.answeredInTime]) if (rate !== null) expect(rate).toBeGreaterThanOrEqual(0), expect(rate).toBeLessThanOrEqual(1);
    if (f.medianDaysToService !== null) expect(f.medianDaysToService).toBeGreaterThanOrEqual(0);
  });
});
