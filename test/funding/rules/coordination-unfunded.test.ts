import { expect, it } from "vitest";
import { coordinationUnfunded } from "../../../src/funding/rules/coordination-unfunded.js";
import { ctx } from "./helpers.js";

it("is a should for coordination costs without funding", () => {
  expect(coordinationUnfunded.check(ctx({ costItems: [{ id: "c", label: "Coordinator", category: "coordination", amount: 40_000_00 }] })).map((f) => f.message)).toEqual(["$40,000.00 of coordination costs in Sunrise 2025-26 have no funding; coordination itself is rarely funded."]);
});
