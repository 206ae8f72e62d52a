import { expect, it } from "vitest";
import { expired } from "../../../src/agreements/rules/expired.js";
import { ctx, mou, signed } from "./helpers.js";

it("reports an agreement past its end date as a should, but leaves the MOU to its own code", () => {
  const proc = { id: "p", kind: "procedure" as const, parties: ["hs", "clinic"], signatures: signed("2024-01-01", ["hs", "clinic"]), endDate: "2025-06-30" };
  expect(expired.check(ctx(proc, "2025-07-01")).map((f) => [f.severity, f.message])).toEqual([["should", "Agreement p ended on 2025-06-30."]]);
  expect(expired.check(ctx(proc, "2025-06-30"))).toEqual([]);
  expect(expired.check(ctx(mou({ endDate: "2025-09-01" }), "2025-10-01"))).toEqual([]);
});
