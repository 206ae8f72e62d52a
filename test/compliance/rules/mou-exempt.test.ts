import { expect, it } from "vitest";
import { mouExempt } from "../../../src/compliance/rules/mou-exempt.js";
import { ctx } from "./helpers.js";

it("notes a recorded exemption that applies", () => {
  expect(mouExempt.check(ctx({ agreements: [], exemptions: [{ id: "ex", programId: "hs", exemption: "no-public-preschool", recordedOn: "2025-01-01" }] })).map((f) => [f.severity, f.message])).toEqual([
    ["info", "Sunrise records an exemption from the public-preschool MOU (no-public-preschool, 2025-01-01)."],
  ]);
  expect(mouExempt.check(ctx())).toEqual([]);
});
