import { expect, it } from "vitest";
import { submissionDue } from "../../../src/agreements/rules/submission-due.js";
import { ctx, mou } from "./helpers.js";

it("notes a submission still within its 30 days", () => {
  expect(submissionDue.check(ctx(mou({ submissions: [{ to: "secretary", date: "2025-08-20" }] }), "2025-09-01")).map((f) => [f.severity, f.message])).toEqual([
    ["info", "MOU with Lakeview Schools is to be submitted to the State Director of Head Start Collaboration by 2025-09-09."],
  ]);
  expect(submissionDue.check(ctx(mou(), "2025-09-01"))).toEqual([]);
});
