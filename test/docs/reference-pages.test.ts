import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as lib from "../../src/index.js";
// @ts-expect-error: a plain ES module script without types
import { referencePages } from "../../scripts/reference-pages.mjs";
import { root } from "./extract.js";

describe("generated reference pages", () => {
  const pages = referencePages(lib) as Record<string, string>;
  it.each(Object.keys(pages))("docs/%s matches the catalogs (regenerate with node scripts/reference-pages.mjs)", (path) => {
    expect(readFileSync(join(root, "docs", path), "utf8")).toBe(pages[path]);
  });
  it("lists every finding code, with the binding words of every must", () => {
    const page = pages["reference/findings.md"]!;
    for (const m of lib.findingCatalog) expect(page).toContain(`### \`${m.code}\``);
    expect(page.match(/^Binding words \(/gm)?.length).toBe(lib.findingCatalog.filter((m) => m.severity === "must").length);
  });
});
