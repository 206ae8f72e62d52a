import { expect, it } from "vitest";
import { sourceEnded } from "../../../src/funding/rules/source-ended.js";
import { ctx } from "./helpers.js";

it("is a should for money that ended during the period, before asOf", () => {
  const over = { sources: [{ id: "grant", streamId: "private-philanthropy", amount: 1_000_00, endsOn: "2025-12-31" }] };
  expect(sourceEnded.check(ctx(over, "2026-01-01")).map((f) => f.message)).toEqual(["Source grant (Private philanthropy) ended on 2025-12-31, before 2026-01-01."]);
  expect(sourceEnded.check(ctx(over, "2025-12-31"))).toEqual([]);
});
it("never says Title IV-E prevention ended: its federal share changes on 2026-10-01", () => {
  expect(sourceEnded.check(ctx({ period: { start: "2026-07-01", end: "2027-06-30" }, sources: [{ id: "ive", streamId: "title-iv-e-prevention", amount: 1_000_00 }] }, "2026-11-15"))).toEqual([]);
});
