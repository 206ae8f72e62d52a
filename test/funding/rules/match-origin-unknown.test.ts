import { expect, it } from "vitest";
import { matchOriginUnknown } from "../../../src/funding/rules/match-origin-unknown.js";
import { ctx } from "./helpers.js";

it("notes a T.E.A.C.H. source that does not say whether its money is federal", () => {
  const over = (federalFunds?: boolean) => ({ sources: [{ id: "hs", streamId: "head-start-preschool", amount: 100 }, { id: "t", streamId: "teach-scholarships", amount: 10, ...(federalFunds === undefined ? {} : { federalFunds }) }] });
  expect(matchOriginUnknown.check(ctx(over())).map((f) => [f.severity, f.path])).toEqual([["info", ["sources", 1]]]);
  expect(matchOriginUnknown.check(ctx(over(false)))).toEqual([]);
  expect(ctx(over(false)).match?.nonFederalCents).toBe(10);
  expect(ctx(over()).match?.nonFederalCents).toBe(0);
});
