import { expect, it } from "vitest";
import { noActivePartnerships } from "../../../src/compliance/rules/no-active-partnerships.js";
import { ctx } from "./helpers.js";

it("is a must, quoting 1302.53(a)(1), only when no partnership is active", () => {
  expect(noActivePartnerships.check(ctx({ partnerships: [{ id: "p", parties: ["hs", "cps"], status: "ended" }] }))).toMatchObject([{ severity: "must", message: "Sunrise has no active partnerships on 2025-09-01.", citation: { section: "1302.53(a)(1)" } }]);
  expect(noActivePartnerships.check(ctx())).toEqual([]);
});
