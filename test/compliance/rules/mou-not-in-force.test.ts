import { expect, it } from "vitest";
import { mouNotInForce } from "../../../src/compliance/rules/mou-not-in-force.js";
import { agreementTemplates } from "../../../src/index.js";
import { ctx, signed } from "./helpers.js";

const clauses = agreementTemplates[0]!.clauses.map((c) => ({ id: c.id, text: "agreed" }));

it("is a must for an MOU that expired, even with an exemption recorded before it", () => {
  const expired = { id: "mou", kind: "mou", templateId: "public-preschool-mou", title: "4K MOU", parties: ["hs", "lea"], signatures: signed("2021-08-05", ["hs", "lea"]), endDate: "2023-06-30", clauses };
  const f = mouNotInForce.check(ctx({ agreements: [expired], exemptions: [{ id: "ex", programId: "hs", exemption: "no-public-preschool", recordedOn: "2019-03-01" }] }));
  expect(f).toMatchObject([{ severity: "must", message: "The public-preschool MOU of Sunrise (4K MOU) is expired on 2025-09-01." }]);
  expect(mouNotInForce.check(ctx({ agreements: [expired], exemptions: [{ id: "ex", programId: "hs", exemption: "no-public-preschool", recordedOn: "2024-01-01" }] }))).toEqual([]);
});
