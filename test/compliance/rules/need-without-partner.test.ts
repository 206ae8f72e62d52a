import { expect, it } from "vitest";
import { needWithoutPartner } from "../../../src/compliance/rules/need-without-partner.js";
import { ctx } from "./helpers.js";

it("names a need of the latest assessment no active partner covers", () => {
  expect(needWithoutPartner.check(ctx()).map((f) => f.message)).toEqual(['The community assessment names "Domestic violence supports", but no active partner covers domestic-violence.']);
  const covered = ctx({ organizations: [{ id: "dv", name: "Safe Harbor", kind: "domestic-violence-provider", level: "local" }], partnerships: [{ id: "p", parties: ["hs", "dv"], status: "active" }] });
  expect(needWithoutPartner.check(covered)).toEqual([]);
});
