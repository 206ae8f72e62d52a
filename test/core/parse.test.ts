import * as z from "zod";
import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import {
  CentsSchema,
  ExtensionsSchema,
  IdSchema,
  IsoDateSchema,
  MAX_JSON_DEPTH,
  entitySchema,
  formatPath,
  parseWith,
  partSchema,
} from "../../src/index.js";

const Contact = partSchema({ name: z.string().min(1), email: z.string().optional() });
const Org = entitySchema({
  id: IdSchema,
  name: z.string().min(1),
  since: IsoDateSchema,
  budget: CentsSchema,
  contacts: z.array(Contact),
});
const valid = { id: "org-1", name: "Dane County CCR&R", since: "2019-07-01", budget: 125_000_00, contacts: [{ name: "Ana" }] };

describe("parseWith", () => {
  it("returns the value of valid input unchanged", () => {
    expect(parseWith(Org, valid)).toEqual({ ok: true, value: valid });
  });

  it("reports every issue with a path, a path text, a code and a message", () => {
    const r = parseWith(Org, { ...valid, since: "2025-02-30", budget: -1, contacts: [{ name: "" }] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.issues.map((i) => [i.pathText, i.code])).toEqual([
      ["since", "invalid_format"],
      ["budget", "too_small"],
      ["contacts[0].name", "too_small"],
    ]);
    expect(r.error.issues[2]!.path).toEqual(["contacts", 0, "name"]);
    expect(r.error.name).toBe("ValidationError");
    expect(r.error.message).toContain("3 problems:");
    expect(r.error.message).toContain("- at contacts[0].name:");
  });

  it("names each unknown key and points to extensions, even inside nested parts", () => {
    const r = parseWith(Org, { ...valid, colour: "red", contacts: [{ name: "Ana", phone: "555" }] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const unknown = r.error.issues.filter((i) => i.code === "unrecognized_key");
    expect(unknown.map((i) => i.pathText).sort()).toEqual(["colour", "contacts[0].phone"]);
    expect(unknown[0]!.message).toMatch(/"extensions"/);
  });

  it("keeps extensions verbatim and round-trips through JSON", () => {
    const input = { ...valid, extensions: { "crm-id": "A-17", nested: { list: [1, null, "x", { ok: true }] } } };
    const first = parseWith(Org, input);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const second = parseWith(Org, JSON.parse(JSON.stringify(first.value)));
    expect(second).toEqual(first);
  });

  it("does not throw on a getter that throws", () => {
    const hostile = { ...valid };
    Object.defineProperty(hostile, "name", { enumerable: true, get: () => { throw new Error("boom"); } });
    const r = parseWith(Org, hostile);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues[0]!.code).toBe("unparseable");
  });

  it("does not throw on a proxy whose traps throw", () => {
    const proxy = new Proxy({}, { ownKeys: () => { throw new Error("trap"); }, get: () => { throw new Error("trap"); } });
    expect(parseWith(Org, proxy).ok).toBe(false);
  });

  it("rejects a cyclic extensions value with a path, instead of overflowing the stack", () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    const r = parseWith(Org, { ...valid, extensions: { loop: cyclic } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues[0]).toMatchObject({ pathText: "extensions.loop.self", message: expect.stringMatching(/cyclic/) });
  });

  it("rejects 10,000-deep nesting in extensions with an issue", () => {
    let deep: unknown = "bottom";
    for (let i = 0; i < 10_000; i++) deep = { d: deep };
    const r = parseWith(Org, { ...valid, extensions: { deep } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues[0]!.message).toContain(`${MAX_JSON_DEPTH} levels`);
  });

  it("rejects 10,000-deep arrays given where an object is expected", () => {
    let deep: unknown = [];
    for (let i = 0; i < 10_000; i++) deep = [deep];
    expect(parseWith(Org, deep).ok).toBe(false);
    expect(parseWith(Org, { ...valid, contacts: deep }).ok).toBe(false);
  });

  it("rejects __proto__ keys and never pollutes Object.prototype", () => {
    const input = JSON.parse('{"id":"o","name":"n","since":"2020-01-01","budget":0,"contacts":[],"__proto__":{"polluted":true}}');
    expect(parseWith(Org, input).ok).toBe(false);
    const ext = JSON.parse('{"__proto__":{"polluted":true}}');
    const r = parseWith(Org, { ...valid, extensions: ext });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues[0]!.pathText).toBe("extensions.__proto__");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test.prop([fc.anything({ withDate: true, withMap: true, withSet: true, withNullPrototype: true, withBigInt: true, withTypedArray: true, withSparseArray: true })], { numRuns: 500 })(
    "never throws, whatever the input",
    (input) => {
      const r = parseWith(Org, input);
      expect(typeof r.ok).toBe("boolean");
      const r2 = parseWith(Org, { ...valid, extensions: input });
      if (!r2.ok) for (const issue of r2.error.issues) expect(issue.message.length).toBeGreaterThan(0);
    },
  );

  test.prop([fc.constantFrom("id", "name", "since", "budget", "contacts", "extensions", "other"), fc.jsonValue()], { numRuns: 300 })(
    "never throws on a valid object with one field replaced by junk",
    (key, junk) => {
      expect(() => parseWith(Org, { ...valid, [key]: junk })).not.toThrow();
    },
  );
});

describe("ExtensionsSchema", () => {
  it.each([
    ["a function", { f: () => 1 }],
    ["undefined", { u: undefined }],
    ["NaN", { n: Number.NaN }],
    ["Infinity", { n: Number.POSITIVE_INFINITY }],
    ["a Date", { d: new Date(0) }],
    ["a bigint", { b: 1n }],
    ["a symbol", { s: Symbol("x") }],
    ["a Map", { m: new Map() }],
  ])("rejects %s", (_label, value) => {
    expect(ExtensionsSchema.safeParse(value).success).toBe(false);
  });

  it("accepts nested JSON, empty objects and the null-prototype objects some parsers make", () => {
    const bare = Object.create(null) as Record<string, unknown>;
    bare.k = [1, { x: "y" }];
    expect(ExtensionsSchema.safeParse({}).success).toBe(true);
    expect(ExtensionsSchema.safeParse(bare).success).toBe(true);
  });

  it("rejects a non-object with a clear message", () => {
    const r = parseWith(ExtensionsSchema, "note");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues[0]!.message).toBe("extensions must be an object of JSON values");
  });
});

describe("formatPath", () => {
  it("writes indexes in brackets, identifiers with dots and other keys quoted", () => {
    expect(formatPath(["a", 0, "b-c", "d"])).toBe('a[0]["b-c"].d');
    expect(formatPath([0])).toBe("[0]");
  });
});
