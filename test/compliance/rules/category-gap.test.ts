import { expect, it } from "vitest";
import { categoryGap } from "../../../src/compliance/rules/category-gap.js";
import { ctx } from "./helpers.js";

it("reports each uncovered category as a should citing its paragraph", () => {
  const f = categoryGap.check(ctx());
  expect(f.map((x) => x.citation?.section)).toEqual(["1302.53(a)(2)(iii)", "1302.53(a)(2)(iv)", "1302.53(a)(2)(v)", "1302.53(a)(2)(vi)", "1302.53(a)(2)(vii)", "1302.53(a)(2)(viii)"]);
  expect(f.every((x) => x.severity === "should")).toBe(true);
});
