import { expect, it } from "vitest";
import { reviewOverdue } from "../../../src/agreements/rules/review-overdue.js";
import { ctx, signed } from "./helpers.js";

it("reports an overdue annual review of a data-sharing agreement as a should", () => {
  const dsa = { id: "dsa", kind: "data-sharing-agreement" as const, templateId: "data-sharing-agreement", parties: ["hs", "cw"], signatures: signed("2024-02-29", ["hs", "cw"]) };
  expect(reviewOverdue.check(ctx(dsa, "2025-03-01"))).toMatchObject([{ severity: "should", message: "Agreement dsa was due for its annual review on 2025-02-28, 1 days before 2025-03-01." }]);
  expect(reviewOverdue.check(ctx({ ...dsa, review: { lastReviewed: "2025-02-01" } }, "2025-03-01"))).toEqual([]);
});
