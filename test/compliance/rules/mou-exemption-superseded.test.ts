import { expect, it } from "vitest";
import { mouExemptionSuperseded } from "../../../src/compliance/rules/mou-exemption-superseded.js";
import { agreementTemplates } from "../../../src/index.js";
import { ctx, signed } from "./helpers.js";

it("notes an exemption older than the MOU that was executed after it", () => {
  const expired = { id: "mou", kind: "mou", templateId: "public-preschool-mou", parties: ["hs", "lea"], signatures: signed("2021-08-05", ["hs", "lea"]), endDate: "2023-06-30", clauses: agreementTemplates[0]!.clauses.map((c) => ({ id: c.id, text: "x" })) };
  expect(mouExemptionSuperseded.check(ctx({ agreements: [expired], exemptions: [{ id: "ex", programId: "hs", exemption: "no-public-preschool", recordedOn: "2019-03-01" }] })).map((f) => f.message)).toEqual([
    "The exemption of Sunrise recorded on 2019-03-01 (no-public-preschool) predates its public-preschool MOU and no longer applies.",
  ]);
});
