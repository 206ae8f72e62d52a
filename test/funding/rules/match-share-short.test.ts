import { expect, it } from "vitest";
import { matchShareShort } from "../../../src/funding/rules/match-share-short.js";
import { ctx } from "./helpers.js";

it("notes a partnership plan's slice with less than its share of match", () => {
  const f = matchShareShort.check(ctx({ owner: { kind: "partnership", id: "p" }, sources: [{ id: "ccp", streamId: "ehs-ccp", amount: 160_000_00 }, { id: "fees", streamId: "parent-fees", amount: 18_000_00 }] }));
  expect(f.map((x) => [x.severity, x.message])).toEqual([["info", "Sunrise 2025-26 carries $160,000.00 of Head Start money with $18,000.00 non-federal, $22,000.00 less than 20% of its total ($40,000.00); the match is judged on the grant's budget period."]]);
});
