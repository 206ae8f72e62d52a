import { expect, it } from "vitest";
import { unsigned } from "../../../src/agreements/rules/unsigned.js";
import { ctx, mou, signed } from "./helpers.js";

it("reports each party without a signature as a should, whatever the kind", () => {
  expect(unsigned.check(ctx({ id: "p", kind: "procedure", parties: ["hs", "clinic"], signatures: signed("2025-01-01", ["hs"]) })).map((f) => [f.severity, f.message])).toEqual([["should", "Agreement p is not signed by clinic."]]);
  expect(unsigned.check(ctx(mou({ signatures: [] }))).map((f) => f.message)).toEqual(["MOU with Lakeview Schools is not signed by hs.", "MOU with Lakeview Schools is not signed by lea."]);
  expect(unsigned.check(ctx(mou()))).toEqual([]);
});
