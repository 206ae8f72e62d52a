import { expect, it } from "vitest";
import { renewalOverdue } from "../../../src/agreements/rules/renewal-overdue.js";
import { ctx, mou, signed } from "./helpers.js";

it("reports the MOU's statutory renewal as a must only after its due date", () => {
  const m = mou({ signatures: signed("2023-06-10") }); // due 2025-08-01
  expect(renewalOverdue.check(ctx(m, "2025-08-01"))).toEqual([]);
  expect(renewalOverdue.check(ctx(m, "2025-08-02"))).toMatchObject([{ severity: "must", citation: { section: "642(e)(5)(C)" }, message: "MOU with Lakeview Schools was due for its biennial-school-year renewal on 2025-08-01, 1 days before 2025-08-02." }]);
});
it("is never 18 months after signing", () => {
  expect(renewalOverdue.check(ctx(mou({ signatures: signed("2024-02-01") }), "2025-08-02"))).toEqual([]);
});
it("leaves a cadence the agreement sets itself to review-overdue", () => {
  expect(renewalOverdue.check(ctx(mou({ signatures: signed("2023-06-10"), review: { cadence: "biennial-school-year" } }), "2025-09-01"))).toEqual([]);
});
