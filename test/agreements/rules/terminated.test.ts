import { expect, it } from "vitest";
import { terminated } from "../../../src/agreements/rules/terminated.js";
import { ctx, mou } from "./helpers.js";

it("notes a termination that has taken effect, with its reason", () => {
  expect(terminated.check(ctx(mou({ termination: { date: "2025-09-15", reason: "district reorganized" } }), "2025-10-01")).map((f) => f.message)).toEqual(["MOU with Lakeview Schools was terminated on 2025-09-15 (district reorganized)."]);
  expect(terminated.check(ctx(mou({ termination: { date: "2025-10-02" } }), "2025-10-01"))).toEqual([]);
});
