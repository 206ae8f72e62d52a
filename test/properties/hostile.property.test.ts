// Hostile and extreme input (issue 14): every analysis on valid but extreme documents stays finite
// and never throws; nothing an accepted document holds is lost; migratePortfolio accepts nothing
// parsePortfolio rejects; results share no mutable object with inputs or later results;
// allocateCost equals an exact BigInt reference; schema.json and parsePortfolio agree on the rules
// of a single field.
import { describe, expect } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import * as lib from "../../src/index.js";
import { asOfDate, portfolioArb } from "./arbitraries.js";

const MAX = Number.MAX_SAFE_INTEGER;

/** Extreme but valid additions to a generated document: an app's own stream with a match rate near 1, amounts near the cents limit, dates at the ends of the calendar, huge indicator values. */
const extremes = fc.record({
  rate: fc.constantFrom(0, 1e-12, 0.5, 0.99, 0.9999999999, 0.999999999999999),
  amount: fc.constantFrom(0, 1, 99, 9_007_199_254_740_99, MAX - 1, Math.floor(MAX / 3)),
  date: fc.constantFrom("0000-01-01", "0000-02-29", "9999-12-31", "9999-02-28", "2024-02-29", "1900-03-01"),
  big: fc.constantFrom(0, -1e308, 1e308, 5e-324, -5e-324, 1.7976931348623157e308),
});

function withExtremes(input: lib.PortfolioInput, x: { rate: number; amount: number; date: string; big: number }): lib.PortfolioInput {
  const doc = structuredClone(input) as Record<string, unknown> & { organizations: { id: string; program?: unknown }[]; goals?: unknown[]; fundingPlans?: unknown[] };
  const programs = doc.organizations.filter((o) => o.program).map((o) => o.id);
  const owner = programs[0] ?? doc.organizations[0]!.id;
  const stream = {
    id: "app-stream", label: "An app's stream", level: "federal", awardMechanism: "competitive", appropriation: "discretionary", administeringAgency: "X",
    allowableCategories: ["administration"], reportingBurden: "low", categorical: false, citation: { source: "App" }, verification: "unverified",
    match: { rate: x.rate, basis: "total-cost", citation: { source: "App" }, verification: "unverified" },
    timeLimit: { endsOn: x.date, note: "ends" },
  };
  const plan = {
    id: "extreme-plan", owner: { kind: "program", id: owner }, period: { start: x.date < "5000" ? x.date : "2025-07-01", end: "9999-12-31" }, streams: [stream],
    sources: [{ id: "s1", streamId: "app-stream", amount: x.amount }, { id: "s2", streamId: "head-start-preschool", amount: Math.min(x.amount, MAX - x.amount) }],
    costItems: [
      { id: "c1", label: "Braided", category: "administration", amount: x.amount, funding: { method: "braided", basis: "x", shares: [{ sourceId: "s1", share: 0.58 }, { sourceId: "s2", share: 0.42 }] } },
    ],
  };
  doc.fundingPlans = [...(doc.fundingPlans ?? []), plan];
  doc.goals = [...(doc.goals ?? []), { id: "g-extreme", text: "Extreme", indicators: [{ id: "i", label: "x", unit: "children", dueDate: "2026-06-30", baseline: -x.big, target: x.big === 0 ? 1 : x.big, current: { value: x.big, date: "2025-01-01" } }] }];
  return doc as unknown as lib.PortfolioInput;
}

function finiteEverywhere(value: unknown, what: string): void {
  const text = JSON.stringify(value);
  expect(text, what).not.toMatch(/NaN|Infinity|null,null,null/);
}

describe("analyses on valid but extreme documents", () => {
  test.prop([portfolioArb, extremes, asOfDate], { numRuns: 60 })("return finite numbers and never throw", (input, x, asOf) => {
    const parsed = lib.parsePortfolio(withExtremes(input, x));
    if (!parsed.ok) throw new Error(parsed.error.message);
    const p = parsed.value;
    for (const f of p.fundingPlans) {
      const a = lib.analyzeFundingPlan(f, { asOf });
      finiteEverywhere(a, `analyzeFundingPlan ${f.id}`);
      for (const s of a.figures.bySource) expect(Number.isSafeInteger(s.charged), f.id).toBe(true);
    }
    for (const g of p.goals) for (const i of g.indicators) {
      const progress = lib.indicatorProgress(i);
      if (progress !== null) expect(progress >= 0 && progress <= 1).toBe(true);
    }
    for (const a of p.agreements) finiteEverywhere(lib.assessAgreement(a, { asOf: "9999-12-31" }), "assessAgreement at the calendar's end");
    finiteEverywhere(lib.summarizePortfolio(p, { asOf }), "summarizePortfolio");
    for (const o of p.organizations) {
      const report = lib.buildReport(p, o.id, { asOf, since: "0000-01-01" });
      finiteEverywhere(report, "buildReport");
      expect(lib.renderReportMarkdown(report).length).toBeGreaterThan(0);
    }
  });

  test.prop([fc.constantFrom("0000-01-01", "0000-02-29", "9999-12-31", "9999-01-01", "2024-02-29"), fc.constantFrom("annual", "biennial", "biennial-school-year" as const), fc.integer({ min: 1, max: 12 })], { numRuns: 60 })(
    "review dates stay four-digit ISO dates at the ends of the calendar",
    (base, cadence, month) => {
      const due = lib.nextReviewDate(base, cadence as "annual", month);
      expect(due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(due >= base).toBe(true);
    },
  );

  test.prop([fc.oneof(fc.constantFrom(0, 13, 1.5, -1, Number.NaN, Number.POSITIVE_INFINITY), fc.double())], { numRuns: 40 })("a school-year month outside 1-12 is a RangeError, never a wrong date", (month) => {
    if (Number.isInteger(month) && month >= 1 && month <= 12) return;
    expect(() => lib.nextReviewDate("2024-06-10", "biennial-school-year", month)).toThrow(RangeError);
  });
});

describe("nothing an accepted document holds is lost", () => {
  const key = fc.constantFrom("__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "a", "ünï", "😀", "");
  const json = fc.jsonValue({ maxDepth: 2 });
  const keysOf = (v: unknown, path = "", out = new Set<string>()): Set<string> => {
    if (v && typeof v === "object") for (const k of Object.keys(v)) {
      const p = `${path}/${k}`;
      out.add(p);
      keysOf((v as Record<string, unknown>)[k], p, out);
    }
    return out;
  };
  // Keys go into extensions (any key), record fields (answers, stepNotes, elements), and the document itself (as JSON text would give them).
  const doc = fc.record({ ext: fc.array(fc.tuple(key, json), { maxLength: 4 }), answers: fc.array(fc.tuple(key, fc.constantFrom({ status: "answered", text: "Yes" }, { status: "draft" })), { maxLength: 3 }), top: fc.option(key, { nil: undefined }) }).map(({ ext, answers, top }) => {
    const obj = (entries: [string, unknown][]) => JSON.parse(`{${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(",")}}`) as Record<string, unknown>;
    const base: Record<string, unknown> = {
      schemaVersion: 2,
      organizations: [{ id: "hs", name: "HS", kind: "early-head-start", level: "local", program: { types: ["early-head-start"], americanIndianAlaskaNative: false, fundedEnrollment: 1 }, extensions: obj(ext) }, { id: "lib", name: "Lib", kind: "library", level: "local" }],
      partnerships: [{ id: "p", parties: ["hs", "lib"], status: "active" }],
      questionnaireResponses: [{ id: "r", questionnaireId: "eclkc-child-welfare-planning", partnershipId: "p", answers: obj(answers.map(([k, v]) => [k === "" ? "step-1.q1" : k, v])) }],
    };
    return top === undefined ? base : JSON.parse(JSON.stringify(base).replace(/^\{/, `{${JSON.stringify(top)}:1,`)) as unknown;
  });
  test.prop([doc], { numRuns: 400 })("every key of an accepted document is in the parsed value, __proto__ included; a key that cannot be kept is reported", (input) => {
    const r = lib.parsePortfolio(input);
    if (!r.ok) {
      // refused: then say where
      expect(r.error.issues.every((i) => Array.isArray(i.path))).toBe(true);
      return;
    }
    const before = keysOf(input);
    const after = keysOf(r.value);
    for (const k of before) expect(after.has(k), k).toBe(true);
    expect(Object.getPrototypeOf(r.value.organizations[0]!.extensions ?? {})).toBe(Object.prototype);
  });
  test.prop([fc.constantFrom("answers", "stepNotes")], { numRuns: 2 })("a __proto__ key of a record field is reported with its path, not dropped", (field) => {
    const value = field === "answers" ? { status: "answered", text: "x" } : "note";
    const response = JSON.parse(`{"id":"r","questionnaireId":"eclkc-child-welfare-planning","${field}":{"__proto__":${JSON.stringify(value)}}}`);
    const r = lib.parseQuestionnaireResponse(response);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues.map((i) => i.pathText)).toContain(`${field}.__proto__`);
  });
});

describe("migratePortfolio", () => {
  const mutation = fc.constantFrom<(d: Record<string, unknown>) => unknown>(
    (d) => JSON.parse(JSON.stringify(d).replace('"schemaVersion":2', '"schemaVersion":2,"__proto__":{"organizations":[]}')),
    (d) => ({ ...d, schemaVersion: 0, changes: [] }),
    (d) => ({ ...d, schemaVersion: 0, organizations: [{ id: "x" }] }),
    (d) => JSON.parse(JSON.stringify({ ...d, schemaVersion: undefined }).replace(/^\{/, '{"__proto__":{"schemaVersion":2},')),
    (d) => new Proxy(d, { ownKeys: () => { throw new Error("trap"); } }),
    (d) => {
      const { proxy, revoke } = Proxy.revocable(d, {});
      revoke();
      return proxy;
    },
    (d) => ({ ...d, extensions: JSON.parse('{"__proto__":{"polluted":true}}') }),
  );
  test.prop([portfolioArb, mutation], { numRuns: 150 })("accepts nothing parsePortfolio rejects, and never throws", (input, mutate) => {
    const mutant = mutate(input as unknown as Record<string, unknown>);
    const migrated = lib.migratePortfolio(mutant);
    if (migrated.ok) expect(lib.parsePortfolio(migrated.value).ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("results share no mutable object with inputs or with later results", () => {
  /** Changes every mutable object reachable from a value; frozen ones (shared texts) are left as they are. */
  function scribble(v: unknown, seen = new Set<unknown>()): void {
    if (!v || typeof v !== "object" || seen.has(v)) return;
    seen.add(v);
    if (Object.isFrozen(v)) return;
    for (const k of Object.keys(v)) scribble((v as Record<string, unknown>)[k], seen);
    if (Array.isArray(v)) v.push("scribbled");
    else (v as Record<string, unknown>).scribbled = true;
  }
  test.prop([portfolioArb, asOfDate], { numRuns: 40 })("mutating a result changes neither the input nor the next result", (input, asOf) => {
    const parsed = lib.parsePortfolio(input);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const p = parsed.value;
    const snapshot = JSON.stringify(p);
    const calls: [string, () => unknown][] = [
      ...p.partnerships.flatMap((x): [string, () => unknown][] => [
        [`scorePartnership ${x.id}`, () => lib.scorePartnership(x, { asOf })],
        [`classifyStage ${x.id}`, () => lib.classifyStage(x.practices, { asOf })],
      ]),
      ...p.agreements.map((a): [string, () => unknown] => [`assessAgreement ${a.id}`, () => lib.assessAgreement(a, { asOf })]),
      ...p.fundingPlans.map((f): [string, () => unknown] => [`analyzeFundingPlan ${f.id}`, () => lib.analyzeFundingPlan(f, { asOf })]),
      ...p.organizations.flatMap((o): [string, () => unknown][] => [
        [`assessCompliance ${o.id}`, () => lib.assessCompliance(p, o.id, { asOf })],
        [`buildReport ${o.id}`, () => lib.buildReport(p, o.id, { asOf })],
        [`pointPersonOf ${o.id}`, () => lib.pointPersonOf(o)],
      ]),
      ["summarizePortfolio", () => lib.summarizePortfolio(p, { asOf })],
      ["measureNetwork", () => lib.measureNetwork(p, { asOf })],
      ["findingCatalog", () => lib.findingCatalog],
    ];
    for (const [what, call] of calls) {
      const first = call();
      const expected = JSON.stringify(first);
      try {
        scribble(first);
      } catch {
        // a frozen object reached through an unfrozen one: nothing of it changed
      }
      expect(JSON.stringify(p), `${what} changed the input`).toBe(snapshot);
      expect(JSON.stringify(call()), `${what} changed a later result`).toBe(expected);
    }
  });
});

describe("allocateCost", () => {
  /** The exact reference: shares of the decimals as written, floor, then the cents left by largest remainder, ties to the earlier. */
  function reference(total: bigint, weights: number[]): bigint[] {
    const frac = weights.map((w) => {
      const [m, e] = String(w).split("e");
      const [i, f = ""] = m!.split(".");
      const scale = f.length - Number(e ?? 0);
      return scale <= 0 ? [BigInt(i + f) * 10n ** BigInt(-scale), 1n] : [BigInt(i + f), 10n ** BigInt(scale)];
    });
    const den = frac.reduce((a, [, d]) => (d! > a ? d! : a), 1n);
    const ints = frac.map(([n, d]) => n! * (den / d!));
    const sum = ints.reduce((a, b) => a + b, 0n);
    const base = ints.map((w) => (total * w) / sum);
    const rem = ints.map((w) => (total * w) % sum);
    let left = total - base.reduce((a, b) => a + b, 0n);
    const order = ints.map((_, i) => i).sort((a, b) => (rem[b]! > rem[a]! ? 1 : rem[b]! < rem[a]! ? -1 : a - b));
    for (let k = 0; left > 0n; k++, left--) base[order[k]!]! += 1n;
    return base;
  }
  const weight = fc.oneof(fc.constantFrom(0, 0.58, 0.42, 1 / 3, 0.1, 1e-7, 5e-324, 1e300), fc.double({ min: 0, max: 1e12, noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 0, max: 1000 }));
  test.prop([fc.oneof(fc.constantFrom(0, 1, 25, MAX, MAX - 1), fc.integer({ min: 0, max: MAX })), fc.array(weight, { minLength: 1, maxLength: 8 })], { numRuns: 2000 })(
    "equals the exact BigInt reference on any total up to Number.MAX_SAFE_INTEGER",
    (total, weights) => {
      if (weights.every((w) => w === 0)) {
        expect(() => lib.allocateCost(total, weights)).toThrow(RangeError);
        return;
      }
      expect(lib.allocateCost(total, weights).map(BigInt)).toEqual(reference(BigInt(total), weights));
    },
  );
  test.prop([fc.integer({ min: 0, max: 100 })], { numRuns: 5 })("refuses a list with holes instead of returning one", (total) => {
    const sparse = [1, , 1] as number[]; // eslint-disable-line no-sparse-arrays
    expect(() => lib.allocateCost(total, sparse)).toThrow(/weight 1 is undefined/);
  });
});

describe("schema.json and parsePortfolio agree on the rules of a single field", () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  const validate = ajv.compile(lib.portfolioJsonSchema());
  // Fields whose change could break a rule across fields or collections (ids, references, dates in
  // order, shares, plan totals) are left alone: those rules are listed in the schema's description.
  const SKIP = /(^|\/)(id|ids|.*Id|.*Ids|parties|party|signatures|.*[dD]ate|.*On|start|end|share|shares|schemaVersion|amount|period|layers|pool|grantPeriod|changeLog|types|questionnaireId|answers|program|responsibleParties)(\/|$)/;
  const bad = fc.constantFrom<unknown>("", " ", "\u00a0\t", -1, 1.5, 1e20, "2025-02-30", null, [], {}, true, "x".repeat(300), "not-an-enum-value", "a@b");
  function leaves(v: unknown, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
    if (v && typeof v === "object") {
      for (const [k, x] of Object.entries(v)) leaves(x, [...path, Array.isArray(v) ? Number(k) : k], out);
    } else out.push(path);
    return out;
  }
  test.prop([portfolioArb, fc.nat(), bad, fc.constantFrom("replace", "delete", "unknown-key")], { numRuns: 600 })("a mutant of one field is accepted by both or refused by both", (input, pick, value, how) => {
    const parsed = lib.parsePortfolio(input);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const doc = JSON.parse(JSON.stringify(parsed.value)) as Record<string, unknown>;
    const candidates = leaves(doc).filter((p) => !SKIP.test(p.join("/")));
    if (candidates.length === 0) return;
    const path = candidates[pick % candidates.length]!;
    let parent: Record<string | number, unknown> = doc;
    for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
    const last = path.at(-1)!;
    if (how === "replace") parent[last] = value;
    else if (how === "delete" && !Array.isArray(parent)) delete parent[last];
    else if (!Array.isArray(parent)) parent.surprise = value;
    else return;
    const byParse = lib.parsePortfolio(doc).ok;
    const bySchema = validate(doc);
    expect(bySchema, `${path.join("/")} ${how} ${JSON.stringify(value)}: parse ${byParse}, schema ${bySchema} ${JSON.stringify(validate.errors?.slice(0, 2))}`).toBe(byParse);
  });
});

describe("named cases of issue 14", () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  const validate = ajv.compile(lib.portfolioJsonSchema());
  const base = () => ({
    schemaVersion: 2,
    organizations: [
      { id: "hs", name: "Sunrise", kind: "head-start-preschool", level: "local", program: { types: ["head-start-preschool"], americanIndianAlaskaNative: false, fundedEnrollment: 1 }, contacts: [{ name: "A", email: "a@example.org" }] },
      { id: "lib", name: "Library", kind: "library", level: "local" },
    ],
    partnerships: [{ id: "p", parties: ["hs", "lib"], status: "active" }],
  });
  const cases: [string, (d: ReturnType<typeof base>) => void][] = [
    ["a whitespace-only name", (d) => { d.organizations[1]!.name = " \t\u00a0"; }],
    ["a partnership with one party", (d) => { d.partnerships[0]!.parties = ["hs"]; }],
    ["a program-kind organization without program details", (d) => { delete (d.organizations[0] as { program?: unknown }).program; }],
    ["program details on a library", (d) => { (d.organizations[1] as Record<string, unknown>).program = d.organizations[0]!.program; }],
    ["an email without a domain", (d) => { (d.organizations[0]!.contacts![0] as { email: string }).email = "a@b"; }],
    ["an email with a plus", (d) => { (d.organizations[0]!.contacts![0] as { email: string }).email = "a+b@example.org"; }],
    ["unchanged", () => {}],
  ];
  for (const [name, mutate] of cases) {
    test.prop([fc.constant(0)], { numRuns: 1 })(`schema.json and parsePortfolio agree on ${name}`, () => {
      const d = base();
      mutate(d);
      expect(validate(d), JSON.stringify(validate.errors)).toBe(lib.parsePortfolio(d as unknown).ok);
    });
  }

  test.prop([fc.constantFrom("getter", "revoked", "getPrototypeOf")], { numRuns: 3 })("every parse function returns an error value when reading the input throws a hostile Proxy", (how) => {
    const hostileThrown = new Proxy({}, { getPrototypeOf: () => { throw new Error("trap"); }, get: () => { throw new Error("trap"); } });
    const input = how === "getter"
      ? Object.defineProperty({ schemaVersion: 2 }, "organizations", { enumerable: true, get: () => { throw hostileThrown; } })
      : how === "revoked"
        ? (() => { const r = Proxy.revocable({}, {}); r.revoke(); return r.proxy; })()
        : new Proxy({ schemaVersion: 2 }, { getPrototypeOf: () => { throw hostileThrown; } });
    const parsers = Object.entries(lib).filter(([name, f]) => /^parse[A-Z]/.test(name) && typeof f === "function" && name !== "parsePortfolioJson") as [string, (x: unknown) => { ok: boolean }][];
    expect(parsers.length).toBeGreaterThan(15);
    for (const [name, parse] of parsers) expect(parse(input).ok, name).toBe(false);
    expect(lib.migratePortfolio(input).ok).toBe(false);
  });
});
