import { expect, it } from "vitest";
import { aianDecision } from "../../../src/compliance/rules/aian-decision.js";
import { ctx } from "./helpers.js";

it("reports an AIAN program's own decision, or its absence, as a note", () => {
  expect(aianDecision.check(ctx({ program: { americanIndianAlaskaNative: true, aianSystemsDecision: { qris: "decline", dataSystems: "participate", decidedOn: "2025-01-15" } } })).map((f) => f.message)).toEqual([
    "American Indian and Alaska Native program Sunrise decided on 2025-01-15 to decline in QRIS and participate in state data systems.",
  ]);
  expect(aianDecision.check(ctx({ program: { americanIndianAlaskaNative: true } }))[0]?.severity).toBe("info");
  expect(aianDecision.check(ctx())).toEqual([]);
});
