import { expect, it } from "vitest";
import { renewalDueSoon } from "../../../src/agreements/rules/renewal-due-soon.js";
import { ctx, mou, signed } from "./helpers.js";

it("notes the MOU's renewal within dueSoonDays, today included", () => {
  const m = mou({ signatures: signed("2023-06-10") }); // due 2025-08-01
  expect(renewalDueSoon.check(ctx(m, "2025-08-01")).map((f) => f.message)).toEqual(["MOU with Lakeview Schools is due for its biennial-school-year renewal on 2025-08-01 (today)."]);
  expect(renewalDueSoon.check(ctx(m, "2025-06-01"))).toEqual([]);
  expect(renewalDueSoon.check(ctx(m, "2025-06-01", { dueSoonDays: 61 })).length).toBe(1);
});
