import { expect, it } from "vitest";
import { concentrationHigh } from "../../../src/funding/rules/concentration-high.js";
import { ctx } from "./helpers.js";

it("notes a plan with more than 80% of its money from one stream", () => {
  const c = ctx({ sources: [{ id: "a", streamId: "local-public", amount: 81 }, { id: "b", streamId: "private-philanthropy", amount: 19 }] });
  expect(concentrationHigh.check(c).map((f) => f.message)).toEqual(["81% of the money of Sunrise 2025-26 comes from County or local public funds."]);
  expect(concentrationHigh.check(ctx({ sources: [{ id: "a", streamId: "local-public", amount: 80 }, { id: "b", streamId: "private-philanthropy", amount: 20 }] }))).toEqual([]);
});
