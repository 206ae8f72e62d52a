import { expect, it } from "vitest";
import { elementsMissing } from "../../../src/compliance/rules/elements-missing.js";
import { ctx } from "./helpers.js";

it("notes the data elements the assessment does not record", () => {
  expect(elementsMissing.check(ctx({ assessments: [{ id: "ca", programId: "hs", conductedOn: "2025-02-01", covers: ["needs"] }] })).map((f) => [f.severity, f.message])).toEqual([
    ["info", "Community assessment ca does not record covering: eligible-children, parent-schedules, other-providers, resources, strengths."],
  ]);
  expect(elementsMissing.check(ctx())).toEqual([]);
});
