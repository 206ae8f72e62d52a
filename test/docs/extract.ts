/**
 * Turns documentation code blocks into runnable modules: imports of "ece-partnerships" point at
 * the source, and every `expr; //=> expected` becomes an assertion that must run.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import ts from "typescript";

export interface CodeBlock {
  /** file:line of the block's first line. */
  origin: string;
  code: string;
}

export const root = join(import.meta.dirname, "..", "..");

/** Every `@example` ```ts block in the doc comments of src/. */
export function sourceExamples(): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const files = readdirSync(join(root, "src"), { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts"))
    .sort();
  for (const file of files) {
    const text = readFileSync(join(root, "src", file), "utf8");
    const comment = /\/\*\*([\s\S]*?)\*\//g;
    for (let m = comment.exec(text); m; m = comment.exec(text)) {
      const body = m[1]!.split("\n").map((line) => line.replace(/^\s*\* ?/, ""));
      const startLine = text.slice(0, m.index).split("\n").length;
      for (let i = 0; i < body.length; i++) {
        if (!body[i]!.startsWith("@example")) continue;
        const open = body.findIndex((line, j) => j > i && /^```ts\s*$/.test(line));
        const close = body.findIndex((line, j) => j > open && /^```\s*$/.test(line));
        if (open < 0 || close < 0) throw new Error(`src/${file}:${startLine + i}: @example without a \`\`\`ts block`);
        blocks.push({ origin: `src/${file}:${startLine + open + 1}`, code: body.slice(open + 1, close).join("\n") });
      }
    }
  }
  return blocks;
}

/** Every ```ts block in a Markdown file. */
export function markdownBlocks(path: string): CodeBlock[] {
  const text = readFileSync(path, "utf8");
  const lines = text.split("\n");
  const blocks: CodeBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^```ts\s*$/.test(lines[i]!)) continue;
    const end = lines.findIndex((line, j) => j > i && /^```\s*$/.test(line));
    blocks.push({ origin: `${relative(root, path)}:${i + 2}`, code: lines.slice(i + 1, end).join("\n") });
    i = end;
  }
  return blocks;
}

export interface Runnable {
  source: string;
  checks: string[];
}

/** Rewrites a block into a module; returns the ids of the checks that must run. */
export function toRunnable(block: CodeBlock, indexPath: string, checkPath: string): Runnable {
  // The Spanish entry point sits beside the main one: src/es/index.ts, or the package's ./es export.
  const esPath = indexPath === "ece-partnerships" ? "ece-partnerships/es" : join(dirname(indexPath), "es", "index.ts");
  const code = block.code.replace(/from "ece-partnerships"/g, `from ${JSON.stringify(indexPath)}`).replace(/from "ece-partnerships\/es"/g, `from ${JSON.stringify(esPath)}`);
  const sf = ts.createSourceFile("block.ts", code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const lineOf = (pos: number) => sf.getLineAndCharacterOfPosition(pos).line;
  const lines = code.split("\n");
  const edits: { start: number; end: number; text: string }[] = [];
  const checks: string[] = [];
  const consumed = new Set<number>();
  const visit = (node: ts.Node) => {
    if (ts.isExpressionStatement(node)) {
      const endLine = lineOf(node.getEnd());
      const rest = lines[endLine]!.slice(sf.getLineAndCharacterOfPosition(node.getEnd()).character);
      let expected: string | undefined;
      let expectedLine = endLine;
      const same = /^\s*\/\/=>\s*(.+)$/.exec(rest);
      if (same) expected = same[1];
      else {
        const next = /^\s*\/\/=>\s*(.+)$/.exec(lines[endLine + 1] ?? "");
        if (next) {
          expected = next[1];
          expectedLine = endLine + 1;
        }
      }
      if (expected !== undefined) {
        const id = `${block.origin}+${expectedLine}`;
        checks.push(id);
        consumed.add(expectedLine);
        edits.push({
          start: node.getStart(),
          end: node.getEnd(),
          text: `__check((${node.expression.getText()}), (${expected}), ${JSON.stringify(id)});`,
        });
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  lines.forEach((line, i) => {
    if (/\/\/=>/.test(line) && !consumed.has(i)) throw new Error(`${block.origin}: line ${i + 1} has a //=> that follows no expression statement`);
  });
  let out = code;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return { source: `import { __check } from ${JSON.stringify(checkPath)};\n${out}\n`, checks };
}
