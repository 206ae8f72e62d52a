import { expect, it } from "vitest";
import { mouMissing } from "../../../src/compliance/rules/mou-missing.js";
import { ctx } from "./helpers.js";

it("is a must quoting 1302.53(b)(1) with no MOU and no exemption", () => {
  expect(mouMissing.check(ctx({ agreements: [] }))).toMatchObject([{ severity: "must", citation: { section: "1302.53(b)(1)" }, message: "Head Start Preschool program Sunrise has no MOU with the entity managing publicly funded preschool, and no exemption recorded." }]);
  expect(mouMissing.check(ctx({ agreements: [], exemptions: [{ id: "ex", programId: "hs", exemption: "no-public-preschool", recordedOn: "2025-01-01" }] }))).toEqual([]);
  expect(mouMissing.check(ctx({ agreements: [], program: { types: ["early-head-start"] } }))).toEqual([]);
});
it("names each listed entity without an MOU", () => {
  const f = mouMissing.check(ctx({ program: { publicPreschoolEntities: ["lea", "city"] }, organizations: [{ id: "city", name: "City Early Learning", kind: "other", level: "local" }] }));
  expect(f.map((x) => x.params?.entity)).toEqual(["City Early Learning"]);
});
