import { expect, it } from "vitest";
import { matchFederalCounted } from "../../../src/funding/rules/match-federal-counted.js";
import { ctx } from "./helpers.js";

it("is a should when federal money is marked to count as match, and leaves it out", () => {
  const c = ctx({ sources: [{ id: "hs", streamId: "head-start-preschool", amount: 100 }, { id: "ccdf", streamId: "ccdf-discretionary", amount: 50, countsTowardMatch: true }] });
  expect(matchFederalCounted.check(c).map((f) => f.severity)).toEqual(["should"]);
  expect(c.match?.nonFederalCents).toBe(0);
});
