import { expect, it } from "vitest";
import { dataSystems } from "../../../src/compliance/rules/data-systems.js";
import { ctx } from "./helpers.js";

it("is a should when the program does not share with state education data systems", () => {
  expect(dataSystems.check(ctx({ program: { stateDataSystems: "not-sharing" } })).map((f) => f.message)).toEqual(["Sunrise does not share data with state education data systems."]);
  expect(dataSystems.check(ctx({ program: { stateDataSystems: "no-comparable-support" } }))).toEqual([]);
});
