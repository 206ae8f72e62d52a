import { expect, it } from "vitest";
import { sourceOvercommitted } from "../../../src/funding/rules/source-overcommitted.js";
import { ctx } from "./helpers.js";

it("is a should (arithmetic) when a source is charged more than it provides", () => {
  const c = ctx({ sources: [{ id: "s", streamId: "local-public", amount: 100_00 }], costItems: [{ id: "a", label: "A", category: "administration", amount: 150_00, funding: { method: "single", sourceId: "s" } }] });
  expect(sourceOvercommitted.check(c)).toMatchObject([{ severity: "should", path: ["sources", 0], message: "Source s (County or local public funds) is charged $150.00 but provides $100.00." }]);
});
