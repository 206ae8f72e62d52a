import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { markdownBlocks, root, sourceExamples, toRunnable, type CodeBlock } from "./extract.js";
import { takeHits } from "./check.js";

const outDir = join(root, "test", ".generated", "examples");
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const indexPath = join(root, "src", "index.ts");
const checkPath = join(root, "test", "docs", "check.ts");

function runBlocks(title: string, blocks: CodeBlock[]) {
  describe(title, () => {
    blocks.forEach((block, n) => {
      it(`runs ${block.origin}`, async () => {
        const { source, checks } = toRunnable(block, indexPath, checkPath);
        const file = join(outDir, `${title.replace(/\W+/g, "-")}-${n}.ts`);
        writeFileSync(file, source);
        takeHits();
        await import(pathToFileURL(file).href);
        const hits = takeHits();
        expect(checks.filter((id) => !hits.has(id)), "every //=> line must run").toEqual([]);
      });
    });
  });
}

const docs = readdirSync(join(root, "docs"))
  .filter((f) => f.endsWith(".md"))
  .map((f) => join(root, "docs", f));

runBlocks("README", markdownBlocks(join(root, "README.md")));
for (const doc of docs) {
  const blocks = markdownBlocks(doc);
  if (blocks.length > 0) runBlocks(doc.slice(root.length + 1), blocks);
}

const examples = sourceExamples();
runBlocks("doc comments", examples);

it("finds the doc-comment examples (a broken extractor must not pass silently)", () => {
  expect(examples.length).toBeGreaterThan(50);
});
