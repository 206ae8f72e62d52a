import { expect, it } from "vitest";
import { categoryNotAllowed } from "../../../src/funding/rules/category-not-allowed.js";
import { ctx } from "./helpers.js";

it("is a should for money charged to a category its stream does not list, citing the stream", () => {
  const c = ctx({ sources: [{ id: "w", streamId: "wioa", amount: 100_00 }], costItems: [{ id: "c", label: "Slots", category: "direct-services", amount: 100_00, funding: { method: "single", sourceId: "w" } }] });
  expect(categoryNotAllowed.check(c)).toMatchObject([{ severity: "should", citation: { section: "3101 et seq." }, message: 'Workforce Innovation and Opportunity Act is charged $100.00 for "Slots" (direct-services), a category it is not listed to allow.' }]);
});
