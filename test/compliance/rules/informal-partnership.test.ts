import { expect, it } from "vitest";
import { informalPartnership } from "../../../src/compliance/rules/informal-partnership.js";
import { ctx } from "./helpers.js";

it("names each active partnership with no agreement in force, by name", () => {
  expect(informalPartnership.check(ctx()).map((f) => [f.severity, f.message, f.subject?.id])).toEqual([["should", "Screenings has no joint agreement, procedure, contract or onsite service arrangement in force on 2025-09-01.", "p-clinic"]]);
});
