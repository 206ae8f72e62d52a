import { describe, expect } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { analyzeCcrrFunctions, ccrrFunctionIds, parsePortfolio, type PortfolioInput } from "../../src/index.js";
import { outlineCcrrFunctions } from "../../src/ccrr/analyze.js";

const program = (types: ("early-head-start" | "head-start-preschool")[]) => ({ types, americanIndianAlaskaNative: false, fundedEnrollment: 72 });
const organizations: PortfolioInput["organizations"] = [
  { id: "ehs", name: "Sunrise Early Head Start", kind: "early-head-start", level: "local", program: program(["early-head-start"]) },
  { id: "hs", name: "Lakeside Head Start", kind: "head-start-preschool", level: "local", program: program(["head-start-preschool"]) },
  { id: "constructor", name: "Both", kind: "ehs-child-care-partnership", level: "local", program: program(["early-head-start", "head-start-preschool"]) },
  { id: "acorns", name: "Little Acorns", kind: "child-care-center", level: "local" },
  { id: "école-ñ", name: "École", kind: "family-child-care-home", level: "local" },
  { id: "ccrr", name: "Dane County CCR&R", kind: "ccrr-agency", level: "county" },
  { id: "__proto__", name: "Same name", kind: "library", level: "local" },
  { id: "twin", name: "Same name", kind: "higher-education", level: "local" },
];
const ids = organizations.map((o) => o.id);
const programIds = ["ehs", "hs", "constructor"];
const date = fc.constantFrom("2024-02-29", "2025-01-01", "2025-09-01", "2025-09-02", "2026-01-01");
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

const partnership = (i: number) =>
  fc.record({
    id: fc.constant(`p${i}`),
    name: maybe(fc.constantFrom("EHS-CCP", "Same")),
    parties: fc.uniqueArray(fc.constantFrom(...ids), { minLength: 2, maxLength: 3 }),
    status: fc.constantFrom("active", "active", "ended", "paused"),
    endDate: maybe(date),
    agreementIds: fc.subarray(["ccp", "mou"]),
  });
const service = (i: number, partnerships: number) =>
  fc.record({
    id: fc.constant(`s${i}`),
    providerId: fc.constantFrom("ccrr", "__proto__", "twin", "acorns"),
    functionId: fc.constantFrom(...ccrrFunctionIds),
    partnershipId: partnerships ? maybe(fc.integer({ min: 0, max: partnerships - 1 }).map((k) => `p${k}`)) : fc.constant(undefined),
    forIds: fc.subarray(ids, { maxLength: 3 }),
    since: maybe(date),
    until: maybe(date),
  }).map((s) => (s.since !== undefined && s.until !== undefined && s.until < s.since ? { ...s, since: s.until, until: s.since } : s));
/** A portfolio whose partnerships are EHS-CCP or not by their parties or by an agreement, and whose service records name a partnership, some organizations or no one, in force or not. */
const portfolioArb = fc
  .tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 8 }))
  .chain(([n, m]) => fc.tuple(fc.tuple(...Array.from({ length: n }, (_, i) => partnership(i))), fc.tuple(...Array.from({ length: m }, (_, i) => service(i, n))), fc.boolean()))
  // Sometimes every function is performed for everyone from 2025 on, so some partnerships lack none.
  .map(([partnerships, services, everyone]) => [partnerships, everyone ? [...services, ...ccrrFunctionIds.map((functionId) => ({ id: `all-${functionId}`, providerId: "ccrr", functionId, forIds: [], since: "2025-01-01" }))] : services] as const)
  .map(([partnerships, ccrrServices]): PortfolioInput => ({
    schemaVersion: 2,
    organizations,
    partnerships: partnerships.map((p) => ({ ...p, agreementIds: p.agreementIds.filter((id) => (id === "ccp" ? p.parties.includes("hs") && p.parties.includes("acorns") : p.parties.includes("ehs"))) })),
    agreements: [
      { id: "ccp", kind: "ehs-ccp-partnership-agreement", parties: ["hs", "acorns"] },
      { id: "mou", kind: "mou", parties: ["ehs", "acorns"] },
    ],
    ccrrServices,
  }));

describe("a summary's outline of CCR&R functions", () => {
  test.prop([portfolioArb, date])("adds up the functions analyzeCcrrFunctions finds lacking and counts its findings, for every program", (input, asOf) => {
    const parsed = parsePortfolio(input);
    if (!parsed.ok) throw new Error(parsed.error.message);
    for (const programId of programIds) {
      const full = analyzeCcrrFunctions(parsed.value, { asOf, programId });
      const outline = outlineCcrrFunctions(parsed.value, { asOf, programId });
      expect(outline.lackingFunctions).toBe(full.partnerships.reduce((n, p) => n + p.lacking.length, 0));
      expect(outline.counts).toEqual({ must: 0, should: 0, info: full.findings.length });
      expect(full.findings.every((f) => f.severity === "info")).toBe(true);
      // Two providers of the same name ("__proto__" and "twin") are named once.
      for (const p of full.partnerships) for (const c of p.covered) expect(new Set(c.providers).size).toBe(c.providers.length);
    }
  });
});
