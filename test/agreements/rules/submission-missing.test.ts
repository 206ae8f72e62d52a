import { expect, it } from "vitest";
import { submissionMissing } from "../../../src/agreements/rules/submission-missing.js";
import { ctx, mou } from "./helpers.js";

it("reports each recipient not reached once the 30 days are over, as a must", () => {
  expect(submissionMissing.check(ctx(mou({ submissions: [] }), "2025-09-10")).map((f) => [f.severity, f.message])).toEqual([
    ["must", "MOU with Lakeview Schools has not been submitted to the Secretary (through the regional office); it was due by 2025-09-09."],
    ["must", "MOU with Lakeview Schools has not been submitted to the State Director of Head Start Collaboration; it was due by 2025-09-09."],
  ]);
  expect(submissionMissing.check(ctx(mou({ submissions: [] }), "2025-09-09"))).toEqual([]);
});
it("counts a submission recorded to the regional office as reaching the Secretary", () => {
  expect(submissionMissing.check(ctx(mou({ submissions: [{ to: "regional-office", date: "2025-08-20" }, { to: "state-collaboration-director", date: "2025-08-20" }] })))).toEqual([]);
});
