import { expect, it } from "vitest";
import { recordsWithoutBasis } from "../../../src/compliance/rules/records-without-basis.js";
import { ctx, signed } from "./helpers.js";

it("is a should for an agreement in force recorded as sharing child records without a basis", () => {
  const dsa = { id: "dsa", kind: "data-sharing-agreement", templateId: "data-sharing-agreement", title: "Screening data", parties: ["hs", "clinic"], signatures: signed("2025-01-01", ["hs", "clinic"]) };
  expect(recordsWithoutBasis.check(ctx({ agreements: [dsa] }))).toMatchObject([{ severity: "should", message: "Screening data shares child records with no basis recorded under 45 CFR 1303 subpart C.", subject: { kind: "agreement", id: "dsa" } }]);
  expect(recordsWithoutBasis.check(ctx({ agreements: [{ ...dsa, dataSharing: { basis: "exception", exception: "officials acting for the program" } }] }))).toEqual([]);
});
