import { expect, it } from "vitest";
import { mouExpired } from "../../../src/agreements/rules/mou-expired.js";
import { ctx, mou } from "./helpers.js";

it("reports an expired public-preschool MOU as a must citing 642(e)(5)(C)", () => {
  expect(mouExpired.check(ctx(mou({ endDate: "2025-09-01" }), "2025-10-01"))).toMatchObject([{ severity: "must", citation: { section: "642(e)(5)(C)" }, message: "MOU with Lakeview Schools ended on 2025-09-01 and has not been renewed." }]);
  expect(mouExpired.check(ctx(mou({ endDate: "2025-10-01" }), "2025-10-01"))).toEqual([]);
});
