import { expect, it } from "vitest";
import { sourceExpiring } from "../../../src/funding/rules/source-expiring.js";
import { ctx } from "./helpers.js";

it("notes money ending within the 12 months after asOf", () => {
  const over = { sources: [{ id: "grant", streamId: "private-philanthropy", amount: 1_000_00, endsOn: "2026-03-31" }] };
  expect(sourceExpiring.check(ctx(over)).map((f) => [f.severity, f.message])).toEqual([["info", "Source grant ($1,000.00) ends on 2026-03-31, within 12 months of 2025-09-01."]]);
  expect(sourceExpiring.check(ctx(over, "2025-03-30"))).toEqual([]);
});
