import { expect, it } from "vitest";
import { sourceEndsBeforePeriod } from "../../../src/funding/rules/source-ends-before-period.js";
import { ctx } from "./helpers.js";

it("is a should for money that ends inside the period", () => {
  expect(sourceEndsBeforePeriod.check(ctx({ sources: [{ id: "g", streamId: "private-philanthropy", amount: 1, endsOn: "2026-03-31" }] })).map((f) => f.message)).toEqual(["Source g ends on 2026-03-31, before the plan's period ends on 2026-06-30."]);
  expect(sourceEndsBeforePeriod.check(ctx({ sources: [{ id: "g", streamId: "private-philanthropy", amount: 1, endsOn: "2026-06-30" }] }))).toEqual([]);
});
