import { expect, it } from "vitest";
import { assessmentOutsideGrantPeriod } from "../../../src/compliance/rules/assessment-outside-grant-period.js";
import { ctx } from "./helpers.js";

it("is a should while the grant period runs and no assessment serves it", () => {
  const early = ctx({ program: { grantPeriod: { start: "2025-07-01", end: "2030-06-30" } }, assessments: [{ id: "ca", programId: "hs", conductedOn: "2025-03-01" }] }, "2025-07-02");
  expect(assessmentOutsideGrantPeriod.check(early)).toMatchObject([{ severity: "should", message: "The latest community assessment of Sunrise (2025-03-01) predates the grant period that began 2025-07-01; conduct one before the period ends on 2030-06-30." }]);
  expect(assessmentOutsideGrantPeriod.check(ctx())).toEqual([]);
});
