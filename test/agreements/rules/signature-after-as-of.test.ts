import { expect, it } from "vitest";
import { signatureAfterAsOf } from "../../../src/agreements/rules/signature-after-as-of.js";
import { ctx, mou, signed } from "./helpers.js";

it("notes a signature dated after asOf, with its path, and nothing for one on asOf", () => {
  const f = signatureAfterAsOf.check(ctx(mou({ signatures: [...signed("2025-08-10", ["hs"]), ...signed("2025-10-02", ["lea"])] }), "2025-10-01", { nameOf: (id) => (id === "lea" ? "Lakeview Schools" : undefined) }));
  expect(f).toMatchObject([{ severity: "info", path: ["signatures", 1, "date"], message: "MOU with Lakeview Schools: the signature of Lakeview Schools is dated 2025-10-02, after 2025-10-01; it does not count yet." }]);
  expect(signatureAfterAsOf.check(ctx(mou({ signatures: signed("2025-10-01") }), "2025-10-01"))).toEqual([]);
});
