// Every public function that can throw says so in a @throws tag (the API docs list it under
// "Throws"), and no doc comment hides a throw in its running text.
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { root } from "./extract.js";

const program = ts.createProgram([join(root, "src", "index.ts")], { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, strict: true });
const checker = program.getTypeChecker();
const index = program.getSourceFile(join(root, "src", "index.ts"))!;
const exported = checker.getExportsOfModule(checker.getSymbolAtLocation(index)!).map((s) => (s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s));
const functions = exported.flatMap((s) => (s.declarations ?? []).filter(ts.isFunctionDeclaration));

/** Calls that throw on bad input (the library's own argument checks). */
const THROWING = /\bthrow\b|\brequire[A-Z]\w*\(|\boptional(?:Count|Number)\(|\brequireIsoDate\(/;

describe("@throws", () => {
  it("finds the public functions", () => {
    expect(functions.length).toBeGreaterThan(80);
  });
  it("every public function that throws (or calls an argument check) has a @throws tag", () => {
    const missing = functions.filter((f) => THROWING.test(f.body?.getText() ?? "") && !ts.getJSDocTags(f).some((t) => t.tagName.text === "throws")).map((f) => f.name!.text);
    expect(missing).toEqual([]);
  });
  it("no public function's summary mentions throwing outside a @throws tag", () => {
    const hidden = functions
      .filter((f) => ts.getJSDocCommentsAndTags(f).some((d) => ts.isJSDoc(d) && /\bthrows? (?:an? )?`?\w*Error\b/i.test(ts.getTextOfJSDocComment(d.comment) ?? "")))
      .map((f) => f.name!.text);
    expect(hidden).toEqual([]);
  });
});
