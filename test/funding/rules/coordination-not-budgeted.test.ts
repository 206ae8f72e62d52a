import { expect, it } from "vitest";
import { coordinationNotBudgeted } from "../../../src/funding/rules/coordination-not-budgeted.js";
import { ctx } from "./helpers.js";

it("notes a plan with costs but none for coordination", () => {
  expect(coordinationNotBudgeted.check(ctx({ costItems: [{ id: "a", label: "A", category: "administration", amount: 1 }] })).map((f) => f.severity)).toEqual(["info"]);
  expect(coordinationNotBudgeted.check(ctx())).toEqual([]);
});
