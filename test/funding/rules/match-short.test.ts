import { expect, it } from "vitest";
import { matchShort } from "../../../src/funding/rules/match-short.js";
import { ctx } from "./helpers.js";

const sources = [{ id: "hs", streamId: "head-start-preschool", amount: 800_000_00 }, { id: "county", streamId: "local-public", amount: 150_000_00 }];

it("is a must on a program's budget short of the 20% match, quoting 45 CFR 1303.4", () => {
  expect(matchShort.check(ctx({ sources }))).toMatchObject([{ severity: "must", message: "Sunrise 2025-26 has $150,000.00 of non-federal match against $200,000.00 required (20% of total approved cost on $800,000.00 federal): $50,000.00 short." }]);
  expect(matchShort.check(ctx({ sources, matchWaiver: { amount: 50_000_00, approvedOn: "2025-06-01" } }))).toEqual([]);
});
it("is never a must on a partnership's plan, unless it says it is the grant's budget", () => {
  expect(matchShort.check(ctx({ sources, owner: { kind: "partnership", id: "p" } }))).toEqual([]);
  expect(matchShort.check(ctx({ sources, owner: { kind: "partnership", id: "p" }, headStartBudgetPeriod: true })).length).toBe(1);
});
it("counts ARP Head Start money as part of the grant", () => {
  expect(matchShort.check(ctx({ sources: [{ id: "arp", streamId: "arp-head-start", amount: 400_00 }] }))[0]?.params?.required).toBe("$100.00");
});
