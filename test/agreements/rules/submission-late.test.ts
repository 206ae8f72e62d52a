import { expect, it } from "vitest";
import { submissionLate } from "../../../src/agreements/rules/submission-late.js";
import { ctx, mou } from "./helpers.js";

it("reports a submission after the 30 days as a should, with the days it took", () => {
  const late = mou({ submissions: [{ to: "secretary", date: "2025-09-10" }, { to: "state-collaboration-director", date: "2025-09-09" }] });
  expect(submissionLate.check(ctx(late)).map((f) => [f.severity, f.message])).toEqual([["should", "MOU with Lakeview Schools reached the Secretary (through the regional office) on 2025-09-10, 31 days after the parties entered it on 2025-08-10; the limit is 30 days."]]);
  expect(submissionLate.check(ctx(mou()))).toEqual([]);
});
