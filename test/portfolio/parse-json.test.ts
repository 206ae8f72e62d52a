import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { parsePortfolio, parsePortfolioJson } from "../../src/index.js";
import { portfolioArb } from "../properties/arbitraries.js";

const text = readFileSync(join(import.meta.dirname, "..", "..", "docs", "examples", "community.json"), "utf8");
const utf8 = (s: string) => new TextEncoder().encode(s);
const sameIssues = (a: ReturnType<typeof parsePortfolio>, b: ReturnType<typeof parsePortfolio>) => {
  const key = (r: typeof a) => (r.ok ? [] : r.error.issues.map((i) => `${i.pathText} ${i.code}`).sort());
  expect(key(a)).toEqual(key(b));
};

describe("parsePortfolioJson", () => {
  it("gives exactly what parsePortfolio(JSON.parse(text)) gives on the example community, byte for byte", () => {
    const a = parsePortfolioJson(text);
    const b = parsePortfolio(JSON.parse(text));
    expect(a).toEqual(b);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it("writes keys in the schema's order and fills defaults, whatever the file's order", () => {
    const json = '{"partnerships":[{"status":"active","parties":["b","a"],"id":"p","practices":[{"date":"2024-02-29","practice":"common-goal"}]}],"organizations":[{"level":"local","kind":"library","name":"A","id":"a"},{"id":"b","name":"B","kind":"business","level":"local","contacts":[]}],"schemaVersion":2}';
    const r = parsePortfolioJson(json);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Object.keys(r.value.organizations[0]!)).toEqual(["id", "name", "kind", "level", "contacts"]);
    expect(Object.keys(r.value.partnerships[0]!.practices[0]!)).toEqual(["practice", "date"]);
    expect(r.value.partnerships[0]).toMatchObject({ views: [], goalIds: [], agreementIds: [], meetings: [] });
    expect(JSON.stringify(r)).toBe(JSON.stringify(parsePortfolio(JSON.parse(json))));
  });

  it("gives every record its own default lists, so changing one record changes no other", () => {
    const json = JSON.stringify({
      schemaVersion: 2,
      organizations: [{ id: "a", name: "A", kind: "library", level: "local" }, { id: "b", name: "B", kind: "business", level: "local" }],
      partnerships: [{ id: "p1", parties: ["a", "b"], status: "active" }, { id: "p2", parties: ["a", "b"], status: "active" }],
      coordinatedServicesApproaches: [{ id: "c1", name: "One", level: "local", operatorId: "a" }, { id: "c2", name: "Two", level: "local", operatorId: "a" }],
    });
    for (const r of [parsePortfolioJson(json), parsePortfolio(JSON.parse(json))]) {
      if (!r.ok) throw new Error(r.error.message);
      const [p1, p2] = r.value.partnerships;
      p1!.goalIds.push("g");
      expect(p2!.goalIds).toEqual([]);
      const [c1, c2] = r.value.coordinatedServicesApproaches;
      expect(c1!.communication.agreementIds).not.toBe(c2!.communication.agreementIds);
      expect(r.value.organizations[0]!.contacts).not.toBe(r.value.organizations[1]!.contacts);
    }
  });

  it.each([
    ["a missing schemaVersion", "{}"],
    ["an unknown top-level key", '{"schemaVersion":2,"colour":"red"}'],
    ["a __proto__ key", '{"schemaVersion":2,"__proto__":{"polluted":true}}'],
    ["__proto__ and constructor keys in extensions", '{"schemaVersion":2,"organizations":[{"id":"a","name":"A","kind":"library","level":"local","extensions":{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"x":[1]}}]}'],
    ["a collection that is not a list", '{"schemaVersion":2,"organizations":{"id":"x"}}'],
    ["a bad record and a broken reference", '{"schemaVersion":2,"organizations":[{"id":"a","name":"A","kind":"library","level":"moon"}],"partnerships":[{"id":"p","parties":["a","ghost"],"status":"active"}]}'],
    ["a repeated key (the last wins, as in JSON.parse)", '{"schemaVersion":1,"schemaVersion":2,"goals":[{"id":"g","text":"t"}],"goals":[]}'],
    ["strings ending in runs of backslashes, escaped quotes among them", String.raw`{"schemaVersion":2,"title":"ends in a backslash \\","organizations":[{"id":"a\"b\\","name":"\\\"]}","kind":"business","level":"local"},{"id":"x\\\\","name":"X","kind":"library","level":"local"}],"partnerships":[{"id":"p\\","parties":["a\"b\\","x\\\\"],"status":"active"}]}`],
    ["strings with escapes and brackets", '{"schemaVersion":2,"title":"A \\"quoted\\" [title] {x}","organizations":[{"id":"o\\u00e9","name":"Caf\\u00e9 ]}","kind":"business","level":"local"}]}'],
  ])("reports the same as parsePortfolio for %s", (_label, json) => {
    const fromText = parsePortfolioJson(json);
    const fromObject = parsePortfolio(JSON.parse(json));
    sameIssues(fromText, fromObject);
    if (fromObject.ok) expect(JSON.stringify(fromText)).toBe(JSON.stringify(fromObject));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("reports 200,000 broken references (more than a call takes arguments) without throwing", () => {
    const partnerships = Array.from({ length: 200_000 }, (_, i) => `{"id":"p${i}","parties":["a","ghost-${i}"],"status":"active"}`);
    const r = parsePortfolioJson(`{"schemaVersion":2,"organizations":[{"id":"a","name":"A","kind":"library","level":"local"}],"partnerships":[${partnerships.join(",")}]}`);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.issues).toHaveLength(200_000);
      expect(r.error.issues.at(-1)?.pathText).toBe("partnerships[199999].parties[1]");
    }
  });

  it.each(["{oops", "", "[1,2]", '{"schemaVersion":2,}', '{"a":1} trailing', "null"])("reports text that is not a JSON object (%s) as one issue", (bad) => {
    const r = parsePortfolioJson(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues).toHaveLength(1);
  });

  test.prop([portfolioArb, fc.constantFrom(0, 2)], { numRuns: 100 })("agrees with parsePortfolio on generated portfolios, compact or indented", (doc, indent) => {
    const json = JSON.stringify(doc, null, indent);
    const fromText = parsePortfolioJson(json);
    const fromObject = parsePortfolio(JSON.parse(json));
    expect(fromText).toEqual(fromObject);
    // Same keys in the same order, down to every record's parts.
    expect(JSON.stringify(fromText)).toBe(JSON.stringify(fromObject));
    // The same from the file's UTF-8 bytes.
    expect(JSON.stringify(parsePortfolioJson(utf8(json)))).toBe(JSON.stringify(fromText));
  });

  test.prop([fc.string({ maxLength: 40 }), fc.jsonValue()], { numRuns: 300 })("never throws on any text", (junk, value) => {
    expect(typeof parsePortfolioJson(junk).ok).toBe("boolean");
    expect(typeof parsePortfolioJson(JSON.stringify({ schemaVersion: 2, organizations: [value], partnerships: value })).ok).toBe("boolean");
  });
});

describe("parsePortfolioJson from UTF-8 bytes", () => {
  it("reads the example community from its bytes exactly as from its text", () => {
    expect(JSON.stringify(parsePortfolioJson(utf8(text)))).toBe(JSON.stringify(parsePortfolioJson(text)));
  });
  it("reads ids and names outside ASCII, emoji included, and skips a byte-order mark", () => {
    const doc = JSON.stringify({ schemaVersion: 2, title: "Niños ✓", organizations: [{ id: "ñandú-\u{1F600}", name: "Centro \u{1F476} Ärzte", kind: "library", level: "local" }, { id: "x", name: "X", kind: "museum", level: "local" }], partnerships: [{ id: "p", parties: ["ñandú-\u{1F600}", "x"], status: "active" }] });
    const bytes = utf8(doc);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    for (const input of [bytes, withBom]) {
      const r = parsePortfolioJson(input);
      expect(r.ok).toBe(true);
      if (r.ok) expect(r.value.organizations[0]?.name).toBe("Centro \u{1F476} Ärzte");
    }
  });
  it("reports bytes that are not UTF-8, and anything that is neither text nor bytes, as errors", () => {
    const bad = parsePortfolioJson(new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x3a, 0x31, 0x7d]));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.issues[0]?.code).toBe("invalid_json");
    const wrong = parsePortfolioJson(42 as unknown as string);
    expect(wrong.ok).toBe(false);
  });
  test.prop([portfolioArb, fc.array(fc.constantFrom("é", "\u{1F600}", "中", "\\", '"'), { maxLength: 3 })], { numRuns: 100 })("agrees with the text form on generated portfolios with non-ASCII titles", (doc, bits) => {
    const json = JSON.stringify({ ...doc, title: `T${bits.join("")}` });
    expect(JSON.stringify(parsePortfolioJson(utf8(json)))).toBe(JSON.stringify(parsePortfolioJson(json)));
  });
});

describe("issue order", () => {
  const breakIt = fc.constantFrom<(d: Record<string, unknown>) => void>(
    (d) => { d.title = 5; },
    (d) => { d.surprise = 1; },
    (d) => { (d.organizations as Record<string, unknown>[]).push({ id: "o0", name: " ", kind: "moon" }); },
    (d) => { (d.partnerships as Record<string, unknown>[]).push({ id: "px", parties: ["ghost"], status: "active" }); },
    (d) => { (d.agreements as Record<string, unknown>[]).unshift({ id: "ax", kind: "mou", parties: ["a", "a"], endDate: "2025-02-30" }); },
    (d) => { d.schemaVersion = 2; },
  );
  test.prop([portfolioArb, fc.array(breakIt, { minLength: 1, maxLength: 4 })], { numRuns: 150 })("parsePortfolioJson gives parsePortfolio's issues in the same order", (input, breaks) => {
    const doc = JSON.parse(JSON.stringify(input)) as Record<string, unknown>;
    for (const b of breaks) b(doc);
    const text = JSON.stringify(doc);
    const a = parsePortfolio(JSON.parse(text));
    const b = parsePortfolioJson(text);
    expect(b.ok).toBe(a.ok);
    if (!a.ok && !b.ok) expect(b.error.issues).toEqual(a.error.issues);
  });
});
