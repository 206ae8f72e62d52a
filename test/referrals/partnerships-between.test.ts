import { describe, expect } from "vitest";
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
