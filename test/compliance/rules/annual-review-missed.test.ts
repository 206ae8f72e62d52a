import { expect, it } from "vitest";
import { annualReviewMissed } from "../../../src/compliance/rules/annual-review-missed.js";
import { ctx } from "./helpers.js";

it("is a must for each budget year of the grant period that ended with no review", () => {
  const f = annualReviewMissed.check(ctx({ assessments: [{ id: "ca", programId: "hs", conductedOn: "2023-02-01", reviews: [{ date: "2025-02-01" }] }] }));
  expect(f.map((x) => [x.severity, x.params?.start, x.params?.end])).toEqual([["must", "2023-07-01", "2024-06-30"]]);
});
it("does not count a year before the first assessment, nor the year still running", () => {
  expect(annualReviewMissed.check(ctx({ assessments: [{ id: "ca", programId: "hs", conductedOn: "2025-02-01" }] }))).toEqual([]);
  expect(annualReviewMissed.check(ctx())).toEqual([]);
});
