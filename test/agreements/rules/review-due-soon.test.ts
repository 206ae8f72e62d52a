import { expect, it } from "vitest";
import { reviewDueSoon } from "../../../src/agreements/rules/review-due-soon.js";
import { ctx, signed } from "./helpers.js";

it("notes a review due within dueSoonDays", () => {
  const dsa = { id: "dsa", kind: "data-sharing-agreement" as const, templateId: "data-sharing-agreement", parties: ["hs", "cw"], signatures: signed("2024-03-15", ["hs", "cw"]) };
  expect(reviewDueSoon.check(ctx(dsa, "2025-03-01")).map((f) => f.message)).toEqual(["Agreement dsa is due for its annual review on 2025-03-15, in 14 days."]);
  expect(reviewDueSoon.check(ctx(dsa, "2024-12-01"))).toEqual([]);
});
