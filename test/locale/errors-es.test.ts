import { execSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import * as lib from "../../src/index.js";
import { localizeValidationError, parsePortfolio, parsePortfolioJson, type ValidationError } from "../../src/index.js";
import { es } from "../../src/es/index.js";

const root = join(import.meta.dirname, "..", "..");
const words = es.words!;
const slots = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** The English templates of every validation message the library writes, read from its source. */
function sourceTemplates(): Map<string, string> {
  const files = execSync("git ls-files 'src/*.ts'", { cwd: root }).toString().split("\n")
    .filter((f) => f && !f.startsWith("src/es/") && !f.includes("/report/") && !f.endsWith("findings.ts") && !f.includes("/rules/") && !f.includes("clause-findings") && !f.startsWith("src/locale/"));
  const lit = String.raw`("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')`;
  const patterns = [
    new RegExp(String.raw`issueText\(\s*` + lit, "g"),
    new RegExp(String.raw`written\(\s*` + lit, "g"),
    new RegExp(String.raw`problemAt\([^,]+,\s*` + lit, "g"),
    new RegExp(String.raw`addIssue\(\{[^}]*?message: ` + lit, "g"),
    new RegExp(String.raw`return \{ path[^}]*?message: ` + lit, "g"),
    new RegExp(String.raw`\{ error: ` + lit, "g"),
    new RegExp(String.raw`makeIssue\([^;]*?, "[a-z_]+", ` + lit + String.raw`\)`, "g"),
  ];
  const out = new Map<string, string>();
  for (const file of files) {
    const src = readFileSync(join(root, file), "utf8");
    for (const re of patterns) {
      for (const m of src.matchAll(re)) {
        const raw = m[1]!;
        out.set(raw.startsWith("'") ? raw.slice(1, -1).replace(/\\'/g, "'").replace(/\\\\/g, "\\") : (JSON.parse(raw) as string), file);
      }
    }
  }
  // Written from parts: the PATTERNED list of result.ts, and the suggestion variants of "got {got}".
  const result = readFileSync(join(root, "src/core/result.ts"), "utf8");
  const patterned = result.slice(result.indexOf("const PATTERNED = ["), result.indexOf("];", result.indexOf("const PATTERNED = [")));
  for (const m of patterned.matchAll(/"((?:[^"\\]|\\.)*)"/g)) out.set(JSON.parse(`"${m[1]}"`) as string, "src/core/result.ts");
  // withSuggestion's templates, each also with the suggestion (result.ts writes them from a ternary).
  const choices = result.slice(result.indexOf("function choiceMessage"), result.indexOf("function withSuggestion"));
  for (const m of choices.matchAll(/"((?:[^"\\]|\\.)*got \{got\})"/g)) {
    out.set(m[1]!, "src/core/result.ts");
    out.set(`${m[1]!}; did you mean "{suggestion}"?`, "src/core/result.ts");
  }
  return out;
}

describe("validation errors in Spanish (localizeValidationError)", () => {
  it("has Spanish for every message template of the library, with the same {slots}", () => {
    const templates = sourceTemplates();
    expect(templates.size).toBeGreaterThan(120);
    expect([...templates.keys()].filter((t) => !Object.hasOwn(words, t))).toEqual([]);
    for (const t of templates.keys()) expect(slots(words[t]!), t).toEqual(slots(t));
  });

  it("leaves no message written with values outside a template (every dynamic message goes through issueText)", () => {
    const files = execSync("git ls-files 'src/*.ts'", { cwd: root }).toString().split("\n").filter((f) => f && !f.startsWith("src/es/") && !f.includes("/report/"));
    const raw: string[] = [];
    for (const file of files) {
      readFileSync(join(root, file), "utf8").split("\n").forEach((line, i) => {
        if (/addIssue\(.*message: `/.test(line) || /makeIssue\([^;]*?, "[a-z_]+", `/.test(line) || /return \{ path[^}]*message: `/.test(line)) raw.push(`${file}:${i + 1}`);
      });
    }
    expect(raw).toEqual([]);
  });

  const bad: [string, () => lib.ParseResult<unknown>][] = [
    ["portfolio", () => parsePortfolio({ schemaVersion: 2, organizations: [{ id: "hs", name: " ", kind: "head-startt", level: "local", colour: "x" }], partnerships: [{ id: "p", parties: ["hs", "ghost"], status: "actve", startDate: "2025-02-30", endDate: "2024-13-01" }], fundingPlans: [{ id: "f", label: "F", owner: { kind: "program", id: "hs" }, period: { start: "2025-01-01", end: "2024-01-01" }, sources: [{ id: "s", streamId: "ccdff", amount: 1.5 }, { id: "s", streamId: "tanf", amount: -1 }], costItems: [] }] } as unknown)],
    ["old version", () => parsePortfolio({ schemaVersion: 1, organizations: [] } as unknown)],
    ["newer version", () => parsePortfolio({ schemaVersion: 9, organizations: [] } as unknown)],
    ["one party", () => parsePortfolio({ schemaVersion: 2, organizations: [], partnerships: [{ id: "p", parties: ["a"], status: "active" }] } as unknown)],
    ["not JSON", () => parsePortfolioJson("{ nope")],
    ["wrong types", () => parsePortfolio({ schemaVersion: 2, organizations: "none", partnerships: [7], title: 5 } as unknown)],
    ["agreement", () => lib.parseAgreement({ id: "a", kind: "mou", parties: ["x", "x"], templateId: "public-preschool-mou", effectiveDate: "2025-09-01", endDate: "2025-01-01", signatures: [{ party: "z", signer: "S", date: "2025-01-01" }], clauses: [{ id: "made-up", text: "t" }] } as unknown)],
    ["referral", () => lib.parseReferral({ id: "r", programId: "hs", partnerId: "p", need: "health", madeOn: "2025-05-01", contactedOn: "2025-04-01", closedOn: "2025-06-01" } as unknown)],
    ["extensions", () => lib.parseGoal({ id: "g", text: "t", extensions: { bad: Number.NaN } } as unknown)],
  ];

  for (const [name, parse] of bad) {
    it(`writes every issue of a bad ${name} in Spanish, paths and codes unchanged`, () => {
      const r = parse();
      expect(r.ok).toBe(false);
      if (r.ok) return;
      const spanish = localizeValidationError(r.error, es);
      expect(spanish.issues.map((i) => [i.path, i.code])).toEqual(r.error.issues.map((i) => [i.path, i.code]));
      for (const [i, issue] of spanish.issues.entries()) {
        const english = r.error.issues[i]!;
        const template = english.template?.text ?? english.message;
        expect(Object.hasOwn(words, template), `${name}: ${english.message}`).toBe(true);
        // What is left once the values are taken out has no English words.
        let rest = issue.message;
        for (const v of Object.values(english.template?.values ?? {})) rest = rest.split(String(v)).join(" ");
        expect(rest, `${name}: ${issue.message}`).not.toMatch(/\b(the|is|are|not|must|expected|got|of|with|was|before|repeated|unknown)\b/);
      }
      expect(spanish.message.split("\n")[0]).toMatch(/^\d+ problemas?:$/);
    });
  }

  it("keeps ids, keys and suggested ids as given, and writes the library's words in Spanish", () => {
    const r = parsePortfolio({ schemaVersion: 2, organizations: [], partnerships: [{ id: "p", parties: ["a", "b"], status: "actve" }] } as unknown);
    if (r.ok) throw new Error("expected an error");
    const status = localizeValidationError(r.error, es).issues.find((i) => i.pathText === "partnerships[0].status")!;
    expect(status.message).toBe('se esperaba uno de estos valores: "exploring", "active", "paused", "ended"; se recibió "actve"; ¿quiso decir "active"?');
    const date = parsePortfolio({ schemaVersion: 2, organizations: [], partnerships: [{ id: "p", parties: ["a", "b"], status: "active", startDate: "2025-02-30" }] } as unknown);
    if (date.ok) throw new Error("expected an error");
    expect(localizeValidationError(date.error, es).issues.map((i) => i.message)).toContain("2025-02-30 no es una fecha: febrero de 2025 tiene 28 días");
  });

  it("returns the error as it is for a locale without words, and says which import to add for the string \"es\"", () => {
    const r = parsePortfolio({} as unknown) as { ok: false; error: ValidationError };
    expect(localizeValidationError(r.error, { id: "xx", name: "X", texts: {}, labels: {}, missingOfficial: [] })).toBe(r.error);
    expect(() => localizeValidationError(r.error, "es" as never)).toThrow(/import \{ es \} from "ece-partnerships\/es"/);
  });

  test.prop([fc.anything({ withObjectString: true, withNullPrototype: true, maxDepth: 3 })], { numRuns: 200 })("has a Spanish template for every issue of any input, and never throws", (input) => {
    const r = parsePortfolio(input as never);
    if (r.ok) return;
    const spanish = localizeValidationError(r.error, es);
    expect(spanish.issues).toHaveLength(r.error.issues.length);
    for (const issue of r.error.issues) expect(Object.hasOwn(words, issue.template?.text ?? issue.message), issue.message).toBe(true);
  });
});
