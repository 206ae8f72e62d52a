import { expect, it } from "vitest";
import { layersExceedCost } from "../../../src/funding/rules/layers-exceed-cost.js";
import { ctx } from "./helpers.js";

it("notes layers that add up to more than the cost", () => {
  const c = ctx({ sources: [{ id: "s", streamId: "local-public", amount: 900_00 }], costItems: [{ id: "c", label: "Slots", category: "direct-services", amount: 800_00, funding: { method: "layered", layers: [{ role: "foundation", sourceId: "s", amount: 900_00 }] } }] });
  expect(layersExceedCost.check(c).map((f) => [f.severity, f.message])).toEqual([["info", 'The layers of "Slots" add up to $900.00, more than its cost of $800.00.']]);
});
