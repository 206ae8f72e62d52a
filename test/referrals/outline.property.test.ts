import { describe, expect } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { analyzeReferrals, parsePortfolio, type PortfolioInput } from "../../src/index.js";
import { outlineReferrals } from "../../src/referrals/analyze.js";

const program = { types: ["head-start-preschool" as const], americanIndianAlaskaNative: false, fundedEnrollment: 40 };
const organizations: PortfolioInput["organizations"] = [
  { id: "hs", name: "Head Start", kind: "head-start-preschool", level: "local", program },
  { id: "constructor", name: "Second program", kind: "head-start-preschool", level: "local", program },
  { id: "dental", name: "Dental", kind: "dental-provider", level: "local" },
  { id: "__proto__", name: "Proto", kind: "library", level: "local" },
  { id: "école-ñ", name: "École", kind: "housing-agency", level: "local" },
];
const programIds = ["hs", "constructor"];
const partnerIds = ["dental", "__proto__", "école-ñ", "hs"];
const asOf = "2025-09-01";
const shift = (n: number) => new Date(Date.parse(`${asOf}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
/** Days around asOf and either side of the default windows (14 and 45 days). */
const day = fc.constantFrom(-400, -46, -45, -44, -15, -14, -13, -1, 0, 1, 30).map(shift);
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

const referral = (i: number, partnerships: number) =>
  fc
    .record({
      programId: fc.constantFrom(...programIds),
      partnerId: fc.constantFrom(...partnerIds),
      direction: fc.constantFrom("outgoing", "incoming"),
      partnershipId: partnerships ? maybe(fc.integer({ min: 0, max: partnerships - 1 }).map((k) => `p${k}`)) : fc.constant(undefined),
      madeOn: day,
      contactedAfter: maybe(fc.constantFrom(0, 13, 14, 15, 60)),
      servedAfter: maybe(fc.constantFrom(0, 14, 15, 60)),
      closedAfter: maybe(fc.constantFrom(0, 46)),
    })
    .map(({ madeOn, contactedAfter, servedAfter, closedAfter, partnershipId, ...r }) => {
      const after = (n: number) => new Date(Date.parse(`${madeOn}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
      return {
        id: `r${i}`,
        ...r,
        need: "health" as const,
        madeOn,
        ...(partnershipId === undefined ? {} : { partnershipId }),
        ...(contactedAfter === undefined ? {} : { contactedOn: after(contactedAfter) }),
        ...(servedAfter === undefined ? {} : { serviceStartedOn: after(servedAfter) }),
        ...(closedAfter === undefined || servedAfter !== undefined ? {} : { closedOn: after(closedAfter), outcome: "declined-by-family" as const }),
      };
    });
const partnership = (i: number) => fc.record({ id: fc.constant(`p${i}`), parties: fc.uniqueArray(fc.constantFrom(...programIds, ...partnerIds), { minLength: 2, maxLength: 3 }), status: fc.constant("active" as const) });

/** Two programs, partners with referrals both ways, some naming a partnership, dates on either side of the windows. */
const portfolioArb = fc
  .tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 12 }))
  .chain(([n, m]) => fc.tuple(fc.tuple(...Array.from({ length: n }, (_, i) => partnership(i))), fc.tuple(...Array.from({ length: m }, (_, i) => referral(i, n)))))
  .map(([partnerships, referrals]): PortfolioInput => ({ schemaVersion: 2, organizations, partnerships, referrals }));

describe("a summary's outline of referrals", () => {
  test.prop([portfolioArb, fc.constantFrom(asOf, "2024-02-29", "2026-01-01")])("has the figures of analyzeReferrals and counts its findings, for every program", (input, on) => {
    const parsed = parsePortfolio(input);
    if (!parsed.ok) throw new Error(parsed.error.message);
    for (const programId of programIds) {
      const full = analyzeReferrals(parsed.value, { asOf: on, programId });
      const outline = outlineReferrals(parsed.value, { asOf: on, programId });
      expect(outline.figures).toEqual(full.figures);
      const bySeverity = (s: string) => full.findings.filter((f) => f.severity === s).length;
      expect(outline.counts).toEqual({ must: bySeverity("must"), should: bySeverity("should"), info: bySeverity("info") });
    }
  });
});
