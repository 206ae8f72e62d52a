import { expect, it } from "vitest";
import { assessmentOlderThanFiveYears } from "../../../src/compliance/rules/assessment-older-than-five-years.js";
import { ctx } from "./helpers.js";

it("is a should without a recorded grant period, past five years", () => {
  const over = { program: { grantPeriod: undefined }, assessments: [{ id: "ca", programId: "hs", conductedOn: "2020-08-31" }] };
  expect(assessmentOlderThanFiveYears.check(ctx(over))).toMatchObject([{ severity: "should", message: "The latest community assessment of Sunrise (2020-08-31) is older than five years (before 2020-09-01) and no grant period is recorded." }]);
  expect(assessmentOlderThanFiveYears.check(ctx({ ...over, assessments: [{ id: "ca", programId: "hs", conductedOn: "2020-09-01" }] }))).toEqual([]);
  expect(assessmentOlderThanFiveYears.check(ctx({ assessments: over.assessments }))).toEqual([]);
});
