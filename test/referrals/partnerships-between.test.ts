import { describe, expect, it } from "vitest";
import { analyzeReferrals, parsePortfolio } from "../../src/index.js";
import { fc, test } from "@fast-check/vitest";
import { partnershipsBetween } from "../../src/referrals/analyze.js";

type P = { id: string; parties: string[] };

/** The definition: the ids of the organization's partnerships (in their order, each record once) that have the other among their parties. */
const reference = (all: readonly P[], other: string) => all.filter((p) => p.parties.includes(other)).map((p) => p.id);

describe("partnershipsBetween", () => {
  const orgs = fc.constantFrom("hs", "lib", "cw", "constructor", "__proto__", "ñandú");
  const partnership = fc.record({ id: fc.constantFrom("p1", "p2", "p3", "toString"), parties: fc.array(orgs, { minLength: 1, maxLength: 4 }) });
  // Up to 64 partnerships are scanned, more are mapped: both sides of the line, and the line itself.
  const size = fc.oneof(fc.nat({ max: 70 }), fc.constantFrom(0, 64, 65, 200));
  test.prop([size, fc.infiniteStream(partnership), fc.array(fc.tuple(orgs, orgs), { maxLength: 12 })])("gives the ids of the partnerships two organizations share, whether scanned or mapped", (n, stream, questions) => {
    const all = [...stream.take(n)].map((p) => ({ ...p, parties: [...p.parties, "hs"] }));
    const of = (org: string) => (org === "hs" ? all : all.filter((p) => p.parties.includes(org)));
    const between = partnershipsBetween(of);
    for (const [org, other] of [["hs", "lib"], ["hs", "hs"], ...questions] as [string, string][]) expect(between(org, other), `${org} ${other}`).toEqual(reference(of(org), other));
  });
});

describe("analyzeReferrals: a partner's findings are about the one partnership joining it to the program", () => {
  // Up to 64 partnerships a program's are scanned, more are mapped: the same answer either way.
  for (const others of [2, 80]) {
    it(`with ${others + 1} partnerships of the program`, () => {
      const org = (id: string, kind: string) => ({ id, name: `Name of ${id}`, kind, level: "local" });
      const parsed = parsePortfolio({
        schemaVersion: 2,
        organizations: [
          { ...org("hs", "head-start-preschool"), program: { types: ["head-start-preschool"], americanIndianAlaskaNative: false, fundedEnrollment: 40 } },
          org("dental", "dental-provider"),
          ...Array.from({ length: others }, (_, i) => org(`lib-${i}`, "library")),
        ],
        partnerships: [
          ...Array.from({ length: others }, (_, i) => ({ id: `p-${i}`, parties: ["hs", `lib-${i}`], status: "active" })),
          { id: "hs-dental", name: "Smiles", parties: ["hs", "dental"], status: "active" },
        ],
        referrals: [{ id: "r1", programId: "hs", partnerId: "dental", need: "health", madeOn: "2025-01-10" }],
      } as unknown);
      if (!parsed.ok) throw new Error(parsed.error.message);
      const a = analyzeReferrals(parsed.value, { asOf: "2025-09-01", programId: "hs" });
      const smiles = { kind: "partnership", id: "hs-dental", name: "Smiles" };
      expect(a.findings.map((f) => [f.code, f.subject])).toEqual([["referral.unanswered", smiles], ["referral.stale", smiles]]);
    });
  }
});
