import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeFundingPlan, findingCatalog, findingMeta, fundingStreams, parseFundingPlan } from "../../src/index.js";

const root = join(import.meta.dirname, "..", "..");
const srcFiles = readdirSync(join(root, "src"), { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"));
const PREFIXES = ["agreement", "compliance", "funding", "partnership", "continuum", "action-plan", "questionnaire", "instrument", "network", "community"];
const CODE = new RegExp(`["'\`]((?:${PREFIXES.join("|")})\\.[a-z0-9-]+(?:\\.[a-z0-9-]+)*)["'\`]`, "g");

describe("findingCatalog", () => {
  it("declares each code once, dotted and kebab-case", () => {
    const codes = findingCatalog.map((m) => m.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of codes) expect(c).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
    expect(codes.length).toBeGreaterThan(90);
  });

  it("backs every must with binding words that say shall or must, verified or read on an official page", () => {
    const musts = findingCatalog.filter((m) => m.severity === "must");
    expect(musts.length).toBeGreaterThan(10);
    for (const m of musts) {
      expect(m.binding, m.code).toBeDefined();
      expect(m.binding!.quote, m.code).toMatch(/\b(shall|must)\b/i);
      expect(["verified", "excerpt"], m.code).toContain(m.binding!.verification);
      expect(m.binding!.citation.source.length, m.code).toBeGreaterThan(0);
    }
  });

  it("gives every code a title, a basis and an action, and a message that writes from params", () => {
    for (const m of findingCatalog) {
      expect(m.title.length, m.code).toBeGreaterThan(3);
      expect(m.basis.length, m.code).toBeGreaterThan(3);
      expect(m.action.length, m.code).toBeGreaterThan(3);
      expect(typeof m.message, m.code).toBe("function");
    }
  });

  it("is frozen: a declaration cannot be changed by an app", () => {
    expect(Object.isFrozen(findingCatalog)).toBe(true);
    const meta = findingMeta("compliance.b1.mou-missing")!;
    expect(Object.isFrozen(meta)).toBe(true);
    expect(Object.isFrozen(meta.binding!.citation)).toBe(true);
    expect(() => {
      (meta as { severity: string }).severity = "info";
    }).toThrow(TypeError);
  });

  it("knows every code that appears in src (a scan of the source, so a new code cannot go undeclared)", () => {
    const declared = new Set<string>(findingCatalog.map((m) => m.code));
    const unknown: string[] = [];
    for (const file of srcFiles) {
      const text = readFileSync(join(root, "src", file), "utf8");
      for (const m of text.matchAll(CODE)) {
        const code = m[1]!;
        if (code.includes("${")) continue;
        // codes with a wildcard part in prose (agreement.public-preschool.topic-missing is declared; "agreement." alone is not a code)
        if (!declared.has(code) && !/\.(ts|js|md)$/.test(code)) unknown.push(`${file}: ${code}`);
      }
    }
    expect(unknown).toEqual([]);
  });

  it("builds findings only from declarations: makeFinding is for apps, never called inside the library", () => {
    const calls = srcFiles.filter((f) => f !== "core/finding.ts").filter((f) => /\bmakeFinding\(/.test(readFileSync(join(root, "src", f), "utf8").replace(/\/\*\*[\s\S]*?\*\//g, "")));
    expect(calls).toEqual([]);
  });

  it("never lets a catalog stream's unverified fact back a must: only the Head Start match can", () => {
    for (const stream of fundingStreams) {
      const plan = parseFundingPlan({
        id: "p",
        owner: { kind: "program", id: "hs" },
        period: { start: "2025-07-01", end: "2026-06-30" },
        sources: [{ id: "s", streamId: stream.id, amount: 1_000_000_00 }],
        costItems: [{ id: "c", label: "Cost", category: "administration", amount: 2_000_000_00, funding: { method: "single", sourceId: "s" } }],
      });
      if (!plan.ok) throw new Error(plan.error.message);
      const musts = analyzeFundingPlan(plan.value, { asOf: "2025-09-01" }).findings.filter((f) => f.severity === "must");
      const matched = ["head-start-preschool", "early-head-start", "ehs-ccp", "arp-head-start"].includes(stream.id);
      expect(musts.map((f) => f.code), stream.id).toEqual(matched ? ["funding.match.short"] : []);
      if (stream.match && stream.match.verification !== "verified" && stream.match.verification !== "excerpt") expect(matched).toBe(false);
      for (const fact of stream.facts ?? []) if (fact.verification === "unverified") expect(fact.lastConfirmed, `${stream.id} ${fact.id}`).toBeDefined();
    }
  });
});
