// The collections of format version 2 on hostile and extreme input: parsePortfolio never throws,
// and on whatever it accepts every analysis returns finite numbers and reports render.
import { afterAll, describe, expect } from "vitest";
import { fc, test } from "@fast-check/vitest";
import * as lib from "../../src/index.js";
import { portfolioArb } from "./arbitraries.js";

/** Mostly values the library accepts, sometimes one it must refuse with an issue. */
const mostly = <T>(valid: fc.Arbitrary<T>, hostile: fc.Arbitrary<T>) => fc.oneof({ arbitrary: valid, weight: 24 }, { arbitrary: hostile, weight: 1 });
const orgIds = fc.constantFrom("hs", "cc", "ccrr", "constructor", "__proto__", "école-ñ");
const orgId = mostly(orgIds, fc.constantFrom("ghost", " padded"));
const date = mostly(fc.constantFrom("0001-01-01", "2024-02-29", "2025-01-01", "2025-08-31", "9999-12-31"), fc.constantFrom("2025-02-30", "someday"));
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const need = mostly(fc.constantFrom("health", "housing-homelessness", "child-welfare"), fc.constant("dentistry"));
const uniqueIds = <T extends { id: string }>(a: fc.Arbitrary<T>, maxLength: number) => fc.uniqueArray(a, { maxLength, selector: (x) => x.id });
const recordId = fc.constantFrom("r1", "r2", "constructor", "__proto__", "ñ-1", "toString");

/** Ascending dates (a referral's made, contacted, started, closed; a policy's adopted and reviewed), sometimes out of order. */
const dates = mostly<string[]>(
  fc.uniqueArray(fc.constantFrom("0001-01-01", "2024-02-29", "2025-01-01", "2025-08-31", "9999-12-31"), { minLength: 4, maxLength: 4 }).map((d): string[] => [...d].sort()),
  fc.tuple(date, date, date, date).map((d): string[] => [...d]),
);
const referral = fc
  .record({ id: recordId, programId: orgId, partnerId: orgId, partnershipId: maybe(mostly(fc.constantFrom("p1", "p2"), fc.constant("ghost"))), need, dates, has: fc.tuple(fc.boolean(), fc.boolean(), fc.boolean()), outcome: mostly(fc.constantFrom("declined-by-family", "waitlisted"), fc.constant("bogus")), familyKey: maybe(mostly(fc.constantFrom("f1", "f2", "família"), fc.constant(""))), bundleId: maybe(mostly(fc.constant("b1"), fc.constant("ghost"))) })
  .map(({ dates: [madeOn, contactedOn, serviceStartedOn, closedOn], has: [contacted, started, closed], outcome, ...r }) => ({
    ...r, madeOn, ...(contacted ? { contactedOn } : {}), ...(started ? { serviceStartedOn } : {}), ...(closed ? { closedOn, outcome: started ? "service-received" : outcome } : {}),
  }));
const bundle = fc.record({ id: fc.constantFrom("b1", "b1", "b2"), programId: orgId, label: mostly(fc.constant("Day"), fc.constant("")), delivery: mostly(fc.constantFrom("same-day", "same-visit"), fc.constant("by-post")), services: fc.array(fc.record({ partnerId: orgId, need }), { minLength: 2, maxLength: 4 }), familiesPerYear: maybe(mostly(fc.constantFrom(0, 1, 1_000_000), fc.constantFrom(-1, 2.5))) }, { requiredKeys: ["id", "programId", "label", "delivery", "services"] });
const service = fc
  .record({ id: recordId, providerId: orgId, functionId: mostly(fc.constantFrom(...lib.ccrrFunctionIds), fc.constant("coaching")), forIds: fc.array(orgId, { maxLength: 3 }), partnershipId: maybe(fc.constantFrom("p1", "p2")), dates, dated: fc.boolean() })
  .map(({ dates: [since, until], dated, ...x }) => ({ ...x, ...(dated ? { since, until } : {}) }));
const policy = fc
  .record({ id: recordId, programId: orgId, topic: mostly(fc.constantFrom(...lib.staffPolicyTopicIds), fc.constant("x")), dates, trainingCovers: fc.uniqueArray(fc.constantFrom(...lib.childWelfareStaffRoleIds), { maxLength: 3 }) })
  .map(({ dates: [adoptedOn, reviewedOn, nextReviewOn], ...p }) => ({ ...p, adoptedOn, reviewedOn, nextReviewOn }));
const hours = mostly(fc.constantFrom(0.5, 6, 10, 24), fc.constantFrom(0, 25, Number.MAX_VALUE));
const daysA = mostly(fc.constantFrom(1, 180, 250, 366), fc.constantFrom(0, 367));
const share = mostly(fc.constantFrom(0.25, 0.5, 1), fc.constant(1.5));
const slot = fc
  .record({ id: recordId, programId: orgId, label: fc.constant("Slots"), slots: mostly(fc.constantFrom(1, 16, 1_000_000), fc.constant(0)), hoursPerDay: hours, daysPerYear: daysA, layers: fc.array(fc.record({ streamId: fc.constantFrom("head-start-preschool", "ccdf-discretionary", "moon-money"), pays: maybe(fc.constantFrom("hours", "enhancements")), h: share, d: share }), { minLength: 1, maxLength: 4 }) })
  .map(({ layers, ...s }) => ({ ...s, layers: layers.map(({ h, d, ...l }) => ({ ...l, hoursPerDay: s.hoursPerDay * h, daysPerYear: Math.ceil(s.daysPerYear * d) })) }));

const base = {
  schemaVersion: 2,
  organizations: [
    { id: "hs", name: "Head Start", kind: "early-head-start", level: "local", program: { types: ["early-head-start"], americanIndianAlaskaNative: false, fundedEnrollment: 40 } },
    { id: "cc", name: "Child care", kind: "child-care-center", level: "local" },
    { id: "ccrr", name: "CCR&R", kind: "ccrr-agency", level: "county" },
    { id: "constructor", name: "Constructor", kind: "child-welfare-agency", level: "county" },
    { id: "__proto__", name: "Proto", kind: "library", level: "local" },
    { id: "école-ñ", name: "École", kind: "family-child-care-home", level: "local" },
  ],
  partnerships: [
    { id: "p1", parties: ["hs", "cc"], status: "active", practices: [{ practice: "information-exchange", date: "2025-03-01" }] },
    { id: "p2", parties: ["hs", "constructor", "école-ñ"], status: "active" },
  ],
  serviceBundles: [],
};

/**
 * Documents parsePortfolio accepted, and those with at least one new record: the analyses must have
 * run on real data. The seeds are random: 22-31 of the 150 documents are accepted in most runs, and
 * one run here accepted 14, so the floor is well below that.
 */
const accepted = { documents: 0, withRecords: 0 };

describe("format version 2 collections on hostile input", () => {
  afterAll(() => {
    expect(accepted.documents).toBeGreaterThan(5);
    expect(accepted.withRecords).toBeGreaterThan(3);
  });
  test.prop([uniqueIds(referral, 4), uniqueIds(bundle, 2), uniqueIds(service, 3), uniqueIds(policy, 2), uniqueIds(slot, 2), fc.constantFrom("2024-02-29", "2025-09-01", "9999-12-31")], { numRuns: 150 })(
    "parsePortfolio answers without throwing, and every analysis of what it accepts is finite",
    (referrals, serviceBundles, ccrrServices, staffPolicies, fundedSlots, asOf) => {
      const parsed = lib.parsePortfolio({ ...base, referrals, serviceBundles, ccrrServices, staffPolicies, fundedSlots } as unknown);
      if (!parsed.ok) {
        for (const issue of parsed.error.issues) expect(issue.message.length).toBeGreaterThan(0);
        return;
      }
      const p = parsed.value;
      accepted.documents += 1;
      if (p.referrals.length + p.ccrrServices.length + p.staffPolicies.length + p.fundedSlots.length > 0) accepted.withRecords += 1;
      const results = [
        lib.analyzeReferrals(p, { asOf }),
        lib.analyzeReferrals(p, { asOf, programId: "hs" }),
        lib.analyzeReferrals(p, { asOf, partnershipId: "p1" }),
        lib.analyzeCcrrFunctions(p, { asOf }),
        lib.assessStaffPolicies(p, "hs", { asOf }),
        lib.analyzeFundedSlots(p, "hs", { asOf }),
        lib.buildReport(p, "hs", { asOf }),
      ];
      expect(JSON.stringify(results)).not.toMatch(/NaN|Infinity/);
      expect(lib.renderReport(p, "hs", { asOf })).toContain("# Partnership report: Head Start");
      // The summary counts what the report lists, referrals and CCR&R findings about partnerships included.
      const listed = lib.buildReport(p, "hs", { asOf }).findings.flatMap((g) => g.findings);
      const line = lib.summarizePortfolio(p, { asOf }).programs.find((x) => x.programId === "hs")!;
      expect(line.services.ccrrFunctionsLacking).toBe(lib.analyzeCcrrFunctions(p, { asOf, programId: "hs" }).partnerships.reduce((n, x) => n + x.lacking.length, 0));
      expect(line.findings).toEqual({ must: listed.filter((f) => f.severity === "must").length, should: listed.filter((f) => f.severity === "should").length, info: listed.filter((f) => f.severity === "info").length });
    },
  );
});

describe("migratePortfolio from version 1", () => {
  test.prop([portfolioArb], { numRuns: 60 })("gives the version-2 parse of the same document: the same records, the new collections empty", (input) => {
    const v2 = lib.parsePortfolio(input);
    const v1 = lib.migratePortfolio({ ...input, schemaVersion: 1 });
    expect(v1.ok).toBe(v2.ok);
    if (v1.ok && v2.ok) {
      expect(v1.value).toEqual(v2.value);
      expect([v1.value.referrals, v1.value.serviceBundles, v1.value.ccrrServices, v1.value.staffPolicies, v1.value.fundedSlots]).toEqual([[], [], [], [], []]);
    }
  });
});
