import { expect, it } from "vitest";
import { assessmentMissing } from "../../../src/compliance/rules/assessment-missing.js";
import { ctx } from "./helpers.js";

it("is a must when no community assessment was conducted by asOf", () => {
  expect(assessmentMissing.check(ctx({ assessments: [] }))).toMatchObject([{ severity: "must", message: "Sunrise has no community assessment conducted by 2025-09-01." }]);
  expect(assessmentMissing.check(ctx({ assessments: [{ id: "ca", programId: "hs", conductedOn: "2025-09-02" }] })).length).toBe(1);
  expect(assessmentMissing.check(ctx())).toEqual([]);
});
