// What a reader sees outside the code: sources named by title, and links that work wherever the
// README is read (the repository, or the package's own files on a registry: docs/ ships in it).
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { root } from "./extract.js";

const markdown = [
  "README.md",
  "CHANGELOG.md",
  ...readdirSync(join(root, "docs"), { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".md") && !f.startsWith("api"))
    .map((f) => join("docs", f)),
];
const sources = readdirSync(join(root, "src"), { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith(".ts"))
  .map((f) => join("src", f));

describe("public docs", () => {
  it("name the source documents by title, never by an internal label", () => {
    const label = /\bseeds?[ -]?0\d\d\b|\bseed (?:document|file)s?\b/i;
    const hits = [...markdown, ...sources].flatMap((file) =>
      readFileSync(join(root, file), "utf8")
        .split("\n")
        .flatMap((line, i) => (label.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(hits).toEqual([]);
  });

  it("link only to files the package ships (every relative link of the README and the guides)", () => {
    const packed = JSON.parse(execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: root, encoding: "utf8" })) as { files: { path: string }[] }[];
    const shipped = new Set(packed[0]!.files.map((f) => f.path));
    const broken: string[] = [];
    let links = 0;
    for (const file of ["README.md", ...markdown.filter((f) => f.startsWith("docs"))]) {
      const text = readFileSync(join(root, file), "utf8").replace(/```[\s\S]*?```/g, "");
      for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        const href = m[1]!;
        if (/^[a-z]+:/i.test(href) || href.startsWith("#")) continue;
        links += 1;
        const target = relative(root, normalize(join(root, dirname(file), href.split("#")[0]!)));
        if (!shipped.has(target)) broken.push(`${file}: ${href}`);
      }
    }
    expect(broken).toEqual([]);
    expect(links).toBeGreaterThan(10);
  });
});
