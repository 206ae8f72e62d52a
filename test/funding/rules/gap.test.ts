import { expect, it } from "vitest";
import { fundingGap } from "../../../src/funding/rules/gap.js";
import { ctx } from "./helpers.js";

it("is a should when the sources add up to less than the costs", () => {
  expect(fundingGap.check(ctx({ costItems: [{ id: "c", label: "C", category: "administration", amount: 900_00 }] })).map((f) => [f.severity, f.message])).toEqual([["should", "Sunrise 2025-26 is $900.00 short of its $900.00 cost."]]);
});
