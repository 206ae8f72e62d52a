import { existsSync } from "node:fs";
import { join } from "node:path";
import { root } from "../docs/extract.js";

/** The built package; these suites run after `npm run build` (as `npm test` does). */
export const distIndex = join(root, "dist", "index.js");

export function requireBuild(): void {
  if (!existsSync(distIndex) || !existsSync(join(root, "dist", "index.cjs"))) {
    throw new Error("dist/ is missing: run `npm run build` first (npm test builds before running the test suites)");
  }
}
