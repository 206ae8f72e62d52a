import { expect, it } from "vitest";
import { streamFactChanges } from "../../../src/funding/rules/stream-fact-changes.js";
import { ctx } from "./helpers.js";

it("notes a dated fact of a stream that changes inside the period, with the fact's citation", () => {
  const f = streamFactChanges.check(ctx({ period: { start: "2026-07-01", end: "2027-06-30" }, sources: [{ id: "ive", streamId: "title-iv-e-prevention", amount: 1_000_00 }] }));
  expect(f).toMatchObject([{ severity: "info", citation: { section: "674(a)(6)(A)(i)(II)" } }]);
  expect(f[0]?.message).toBe("Title IV-E prevention services (Family First): the federal share of prevention services changes on 2026-10-01, within the plan's period, from 50% to the federal medical assistance percentage.");
  expect(streamFactChanges.check(ctx({ sources: [{ id: "ive", streamId: "title-iv-e-prevention", amount: 1_000_00 }] }))).toEqual([]);
});
