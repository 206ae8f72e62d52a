// Writes schema.json (the package root, so every resolver finds ece-partnerships/schema.json) (the portfolio's JSON Schema) from the built package.
import { writeFileSync } from "node:fs";
import { portfolioJsonSchema } from "../dist/index.js";

writeFileSync(new URL("../schema.json", import.meta.url), JSON.stringify(portfolioJsonSchema(), null, 2) + "\n");
