import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import * as esbuild from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import { root } from "../docs/extract.js";
import { distIndex, requireBuild } from "./dist.js";

beforeAll(requireBuild);

async function bundleOf(entry: string, external: string[]) {
  const result = await esbuild.build({
    stdin: { contents: entry, resolveDir: root, loader: "js" },
    bundle: true,
    write: false,
    format: "esm",
    platform: "browser",
    minify: true,
    external,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]!.contents;
  return { bytes: code.length, gzip: gzipSync(code, { level: 9 }).length, text: result.outputFiles[0]!.text };
}

const DEPS = ["zod", "date-fns", "immer"];

describe("bundle budget (esbuild, browser, minified, gzip -9)", () => {
  it("bundles the whole library for the browser with its dependencies: no Node built-in anywhere", async () => {
    const whole = await bundleOf(`export * from ${JSON.stringify(distIndex)};`, []);
    expect(whole.gzip).toBeGreaterThan(10_000);
    for (const file of ["index.js", "index.cjs"]) {
      const text = readFileSync(join(root, "dist", file), "utf8");
      expect(text, file).not.toMatch(/from\s*["']node:|require\(["']node:|from\s*["'](fs|path|os|crypto|http|https|child_process|url|util|stream|buffer)["']|require\(["'](fs|path|os|crypto|http|https|child_process)["']\)/);
    }
  });

  it("importing only classifyStage stays under 3 kB (dependencies excluded)", async () => {
    const b = await bundleOf(`export { classifyStage } from ${JSON.stringify(distIndex)};`, DEPS);
    expect(b.gzip).toBeLessThan(3 * 1024);
    expect(b.text).not.toContain("Strategies for Partnering with Child Welfare Agencies\",section:\"Developmental");
  });

  it("importing only allocateCost stays under 1 kB (dependencies excluded) and builds no schema", async () => {
    const b = await bundleOf(`export { allocateCost } from ${JSON.stringify(distIndex)};`, DEPS);
    expect(b.gzip).toBeLessThan(1024);
    // Only bare import statements of the (side-effect-free) dependencies remain; no schema is constructed.
    expect(b.text).not.toMatch(/strictObject|superRefine|\.iso\.date/);
  });

  it("bundles no Spanish for an app that never imports ece-partnerships/es, the lookups stay under 1 kB, and the Spanish entry alone pulls in no schema or analysis", async () => {
    const spanish = "las bibliotecas y los museos, tanto para los"; // ASCII: esbuild escapes accented letters
    const whole = await bundleOf(`export * from ${JSON.stringify(distIndex)};`, DEPS);
    expect(whole.text).not.toContain(spanish);
    expect(whole.text).not.toContain("Vivienda y personas sin hogar");
    expect(whole.text).not.toContain("Violencia dom");
    expect(whole.text).not.toContain("firmado por"); // a Spanish finding message
    expect(whole.text).not.toContain("Una parte no ha firmado"); // a Spanish finding title
    const lookup = await bundleOf(`export { translatedText, translatedLabel, findingTextIn, localizeFinding, localizeFindings } from ${JSON.stringify(distIndex)};`, DEPS);
    expect(lookup.gzip).toBeLessThan(1024);
    const es = await bundleOf(`export { es } from ${JSON.stringify(distIndex.replace(/index\.js$/, "es.js"))};`, DEPS);
    expect(es.text).toContain(spanish);
    expect(es.text).toContain("firmado por");
    expect(es.text).not.toMatch(/strictObject|classifyStage|"zod"/);
    // The official texts, 17 catalogs' labels and some descriptions, the vocabulary, 138 findings'
    // titles, actions, messages and bases, the words of reports, summaries and validation errors,
    // the planning questionnaire and the funding streams' notes: about 45 kB; the budget leaves room
    // for the official texts and descriptions still to add. Only apps that import it pay it.
    expect(es.gzip).toBeLessThan(56 * 1024);
  });
});
