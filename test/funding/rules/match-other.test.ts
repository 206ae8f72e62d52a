import { expect, it } from "vitest";
import { matchOther } from "../../../src/funding/rules/match-other.js";
import { ctx } from "./helpers.js";

it("notes another stream's match, marking an unverified rate", () => {
  expect(matchOther.check(ctx({ sources: [{ id: "pdg", streamId: "pdg-b5", amount: 1_000_00 }] })).map((f) => [f.severity, f.message])).toEqual([
    ["info", "Preschool Development Grant Birth through Five ($1,000.00) carries a match of about $300.00 [unverified]; confirm against the award."],
  ]);
  expect(matchOther.check(ctx({ sources: [{ id: "hs", streamId: "head-start-preschool", amount: 1_000_00 }] }))).toEqual([]);
});
it("never throws on a rate the schema accepts, however close to 1", () => {
  const own = { id: "own", label: "Own", level: "federal" as const, awardMechanism: "competitive" as const, appropriation: "discretionary" as const, administeringAgency: "X", allowableCategories: ["administration" as const], reportingBurden: "low" as const, categorical: false, citation: { source: "X" }, verification: "verified" as const, match: { rate: 0.9999999999, basis: "total-cost" as const, citation: { source: "X" }, verification: "verified" as const } };
  const f = matchOther.check(ctx({ streams: [own], sources: [{ id: "s", streamId: "own", amount: 9_007_199_254_740_991 }] }));
  expect(f[0]?.message).toContain("$90,071,992,547,409.91");
});
