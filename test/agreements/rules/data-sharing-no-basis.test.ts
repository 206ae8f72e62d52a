import { expect, it } from "vitest";
import { dataSharingNoBasis } from "../../../src/agreements/rules/data-sharing-no-basis.js";
import { ctx, signed } from "./helpers.js";

it("reports a missing basis as a should, only where the agreement shares child records", () => {
  const dsa = { id: "dsa", kind: "data-sharing-agreement" as const, templateId: "data-sharing-agreement", parties: ["hs", "cw"], signatures: signed("2025-01-10", ["hs", "cw"]) };
  expect(dataSharingNoBasis.check(ctx(dsa))).toMatchObject([{ severity: "should", path: ["dataSharing"], citation: { section: "1302.53(b); 1303.22" } }]);
  expect(dataSharingNoBasis.check(ctx({ ...dsa, dataSharing: { basis: "exception", exception: "audit" } }))).toEqual([]);
  expect(dataSharingNoBasis.check(ctx({ id: "cw", kind: "mou", templateId: "child-welfare-mou", parties: ["hs", "cw"] }))).toEqual([]);
});
