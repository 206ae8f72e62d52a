import { expect, it } from "vitest";
import { notYetInForce } from "../../../src/agreements/rules/not-yet-in-force.js";
import { ctx, mou } from "./helpers.js";

it("notes an executed agreement whose effective date is ahead", () => {
  expect(notYetInForce.check(ctx(mou({ effectiveDate: "2025-11-01" }), "2025-10-01")).map((f) => [f.severity, f.message])).toEqual([["info", "MOU with Lakeview Schools takes effect on 2025-11-01."]]);
  expect(notYetInForce.check(ctx(mou(), "2025-10-01"))).toEqual([]);
});
