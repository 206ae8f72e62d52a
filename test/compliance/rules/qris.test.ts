import { expect, it } from "vitest";
import { qris } from "../../../src/compliance/rules/qris.js";
import { ctx } from "./helpers.js";

it("is a should when the program does not or does not record taking part; never for AIAN programs or without a QRIS strategy", () => {
  expect(qris.check(ctx({ program: { qris: "not-participating" } })).map((f) => [f.severity, f.message])).toEqual([["should", "Sunrise does not participate in its State or local QRIS."]]);
  expect(qris.check(ctx({ program: { qris: undefined } })).map((f) => f.message)).toEqual(["Sunrise records no participation in its State or local QRIS."]);
  expect(qris.check(ctx({ program: { qris: "no-qris-strategy" } }))).toEqual([]);
  expect(qris.check(ctx({ program: { qris: undefined, americanIndianAlaskaNative: true } }))).toEqual([]);
});
