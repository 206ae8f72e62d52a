import { expect, it } from "vitest";
import { reviewOverdue } from "../../../src/compliance/rules/review-overdue.js";
import { ctx } from "./helpers.js";

it("is a should more than 12 months after the last review, when no budget year was missed", () => {
  const f = reviewOverdue.check(ctx({ assessments: [{ id: "ca", programId: "hs", conductedOn: "2023-02-01", reviews: [{ date: "2024-02-01" }, { date: "2024-08-31" }] }] }));
  expect(f).toMatchObject([{ severity: "should", message: "The community assessment of Sunrise was last reviewed on 2024-08-31; the annual review was due by 2025-08-31." }]);
  expect(reviewOverdue.check(ctx({ assessments: [{ id: "ca", programId: "hs", conductedOn: "2023-02-01", reviews: [{ date: "2024-09-01" }] }] }))).toEqual([]);
});
