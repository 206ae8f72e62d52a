import { expect, it } from "vitest";
import { blendedCategorical } from "../../../src/funding/rules/blended-categorical.js";
import { ctx } from "./helpers.js";

it("is a should when a blended pool holds a federal categorical stream", () => {
  const sources = [{ id: "ccdf", streamId: "ccdf-discretionary", amount: 100 }, { id: "county", streamId: "local-public", amount: 100 }];
  const f = blendedCategorical.check(ctx({ sources, costItems: [{ id: "c", label: "Slots", category: "direct-services", amount: 200, funding: { method: "blended", pool: ["ccdf", "county"] } }] }));
  expect(f).toMatchObject([{ severity: "should", path: ["costItems", 0, "funding"] }]);
  expect(f[0]?.message).toContain("blends CCDF Discretionary (CCDBG) with other money");
  expect(blendedCategorical.check(ctx({ sources, costItems: [{ id: "c", label: "Slots", category: "direct-services", amount: 200, funding: { method: "blended", pool: ["county"] } }] }))).toEqual([]);
});
