import { expect, it } from "vitest";
import { agreementNotFound } from "../../../src/compliance/rules/agreement-not-found.js";
import { ctx } from "./helpers.js";

it("notes a partnership that lists an agreement the input lacks", () => {
  expect(agreementNotFound.check(ctx({ partnerships: [{ id: "p", parties: ["hs", "clinic"], status: "active", agreementIds: ["ghost"] }] })).map((f) => [f.severity, f.message])).toEqual([["info", "Partnership p lists agreement ghost, which is not in the portfolio."]]);
  expect(agreementNotFound.check(ctx())).toEqual([]);
});
