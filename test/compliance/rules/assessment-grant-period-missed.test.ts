import { expect, it } from "vitest";
import { assessmentGrantPeriodMissed } from "../../../src/compliance/rules/assessment-grant-period-missed.js";
import { ctx } from "./helpers.js";

it("is a must once the recorded grant period ended with no assessment serving it", () => {
  const over = { program: { grantPeriod: { start: "2020-07-01", end: "2025-06-30" } }, assessments: [{ id: "ca", programId: "hs", conductedOn: "2019-05-01" }] };
  expect(assessmentGrantPeriodMissed.check(ctx(over, "2025-07-01"))).toMatchObject([{ severity: "must", message: "Sunrise conducted no community assessment in the grant period 2020-07-01 to 2025-06-30." }]);
  expect(assessmentGrantPeriodMissed.check(ctx(over, "2025-06-30"))).toEqual([]);
  const serving = { ...over, assessments: [{ id: "ca", programId: "hs", conductedOn: "2019-05-01", grantPeriod: { start: "2020-07-01", end: "2025-06-30" } }] };
  expect(assessmentGrantPeriodMissed.check(ctx(serving, "2025-07-01"))).toEqual([]);
});
