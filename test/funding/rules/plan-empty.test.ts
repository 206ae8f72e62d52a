import { expect, it } from "vitest";
import { planEmpty } from "../../../src/funding/rules/plan-empty.js";
import { ctx } from "./helpers.js";

it("notes a plan with no costs and no money", () => {
  expect(planEmpty.check(ctx()).map((f) => f.message)).toEqual(["Sunrise 2025-26 has no costs and no funding yet."]);
  expect(planEmpty.check(ctx({ sources: [{ id: "s", streamId: "local-public", amount: 1 }] }))).toEqual([]);
});
