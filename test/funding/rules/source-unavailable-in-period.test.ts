import { expect, it } from "vitest";
import { sourceUnavailableInPeriod } from "../../../src/funding/rules/source-unavailable-in-period.js";
import { ctx } from "./helpers.js";

it("is a should for money that ended before the period starts, whatever the date of the analysis", () => {
  const over = { sources: [{ id: "arp", streamId: "arp-ccdf-supplemental", amount: 50_000_00 }] };
  for (const asOf of ["2024-01-01", "2025-09-01"]) {
    expect(sourceUnavailableInPeriod.check(ctx(over, asOf)).map((f) => f.message)).toEqual([
      "Source arp (American Rescue Plan CCDF supplemental discretionary funds, $50,000.00) ends on 2024-09-30, before the plan's period starts on 2025-07-01: none of it is available to the plan.",
    ]);
  }
});
