import { expect, it } from "vitest";
import { layersShort } from "../../../src/funding/rules/layers-short.js";
import { ctx } from "./helpers.js";

it("is a should when the layers pay less than the cost", () => {
  const c = ctx({ sources: [{ id: "s", streamId: "local-public", amount: 500_00 }], costItems: [{ id: "c", label: "Slots", category: "direct-services", amount: 800_00, funding: { method: "layered", layers: [{ role: "foundation", sourceId: "s", amount: 500_00 }] } }] });
  expect(layersShort.check(c).map((f) => [f.severity, f.message])).toEqual([["should", 'The layers of "Slots" cover $500.00 of $800.00.']]);
});
