import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as esbuild from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import { markdownBlocks, root, toRunnable } from "../docs/extract.js";
import { requireBuild } from "./dist.js";

beforeAll(requireBuild);

const outDir = join(root, "test", ".generated", "smoke");
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const checkModule = join(outDir, "check.mjs");
writeFileSync(
  checkModule,
  `import assert from "node:assert/strict";
export const hits = new Set();
export function __check(actual, expected, id) {
  hits.add(id);
  assert.deepStrictEqual(JSON.parse(JSON.stringify(actual ?? null)), JSON.parse(JSON.stringify(expected ?? null)), id);
}
process.on("exit", (code) => { if (code === 0) process.stdout.write("CHECKS " + hits.size + "\\n"); });
`,
);

function run(file: string) {
  const r = spawnSync(process.execPath, [file], { cwd: root, encoding: "utf8" });
  return { status: r.status, out: r.stdout, err: r.stderr };
}

describe("the built package", () => {
  it("loads through require (CommonJS) by its package name", () => {
    const file = join(outDir, "require.cjs");
    writeFileSync(file, `const lib = require("ece-partnerships");\nconst c = lib.classifyStage([{ practice: "common-goal", date: "2025-01-01" }, { practice: "shared-resources", date: "2025-01-01" }, { practice: "formal-information-sharing", date: "2025-01-01" }], { asOf: "2025-09-01" });\nif (c.stage !== "cooperation" || lib.allocateCost(10, [1, 1, 1]).join() !== "4,3,3") process.exit(1);\nconsole.log(Object.keys(lib).length);\n`);
    const r = run(file);
    expect(r.status, r.err).toBe(0);
    expect(Number(r.out.trim())).toBeGreaterThan(150);
  });

  it("loads through import (ESM) by its package name, with the same exports", () => {
    const file = join(outDir, "import.mjs");
    writeFileSync(file, `import * as lib from "ece-partnerships";\nimport { createRequire } from "node:module";\nconst cjs = createRequire(import.meta.url)("ece-partnerships");\nconst a = Object.keys(lib).filter((k) => k !== "default").sort().join();\nconst b = Object.keys(cjs).sort().join();\nif (a !== b) { console.error("export lists differ"); process.exit(1); }\nconsole.log(lib.parsePortfolio({ schemaVersion: 2 }).ok);\n`);
    const r = run(file);
    expect(r.status, r.err).toBe(0);
    expect(r.out.trim()).toBe("true");
  });

  it("ships the portfolio JSON Schema as ece-partnerships/schema.json", () => {
    const file = join(outDir, "schema.mjs");
    writeFileSync(file, `import { createRequire } from "node:module";\nconst schema = createRequire(import.meta.url)("ece-partnerships/schema.json");\nconsole.log(schema.$schema);\n`);
    const r = run(file);
    expect(r.status, r.err).toBe(0);
    expect(r.out.trim()).toBe("https://json-schema.org/draft/2020-12/schema");
  });

  const blocks = markdownBlocks(join(root, "README.md"));
  blocks.forEach((block, n) => {
    for (const format of ["esm", "cjs"] as const) {
      it(`runs README block ${n + 1} (${block.origin}) against dist through ${format === "esm" ? "import" : "require"}`, () => {
        const { source, checks } = toRunnable(block, "ece-partnerships", checkModule);
        const js = esbuild.transformSync(source, { loader: "ts", format }).code;
        const file = join(outDir, `readme-${n}.${format === "esm" ? "mjs" : "cjs"}`);
        writeFileSync(file, format === "cjs" ? js.replace(JSON.stringify(checkModule), JSON.stringify(checkModule)) : js);
        const r = run(file);
        expect(r.status, r.err).toBe(0);
        expect(r.out).toContain(`CHECKS ${checks.length}`);
      });
    }
  });
});
