import { expect, it } from "vitest";
import { categoryUnfunded } from "../../../src/funding/rules/category-unfunded.js";
import { ctx } from "./helpers.js";

it("is a should for each category with unfunded costs, coordination left to its own code", () => {
  const c = ctx({ costItems: [{ id: "a", label: "A", category: "administration", amount: 1 }, { id: "c", label: "C", category: "coordination", amount: 1 }] });
  expect(categoryUnfunded.check(c).map((f) => f.message)).toEqual(["Costs in category administration of Sunrise 2025-26 have no funding."]);
});
