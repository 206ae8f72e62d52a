import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import {
  BandTableSchema,
  bandFor,
  buildAssessment,
  deepFreeze,
  defineBandTable,
  defineCatalog,
  indexById,
  defineFinding,
  defineRule,
  makeFinding,
  runRules,
  scoreBands,
  sortFindings,
  type Finding,
  type Rule,
} from "../../src/index.js";

const likert = defineBandTable({
  id: "likert",
  min: 1,
  max: 5,
  bands: [
    { id: "low", label: "Low", min: 1, max: 2.95 },
    { id: "mid", label: "Mid", min: 2.95, max: 4 },
    { id: "high", label: "High", min: 4, max: 5 },
  ],
});

describe("bandFor", () => {
  it("uses half-open intervals and closes the last band", () => {
    expect(bandFor(2.9499, likert).id).toBe("low");
    expect(bandFor(2.95, likert).id).toBe("mid");
    expect(bandFor(5, likert).id).toBe("high");
    expect(bandFor(1, likert).id).toBe("low");
  });
  it("gives insufficient-evidence for null", () => {
    expect(bandFor(null, likert)).toEqual({ id: "insufficient-evidence", label: "Insufficient evidence" });
  });
  it("throws a RangeError for scores off the scale or NaN", () => {
    expect(() => bandFor(5.01, likert)).toThrow(RangeError);
    expect(() => bandFor(Number.NaN, likert)).toThrow(RangeError);
  });
  test.prop([fc.oneof(fc.constantFrom(0, 40, 60, 80, 100, 39.999999, 59.99), fc.double({ min: 0, max: 100, noNaN: true }))])(
    "puts every score of the scale in exactly one band",
    (score) => {
      const band = bandFor(score, scoreBands);
      const containing = scoreBands.bands.filter((b, i) => score >= b.min && (score < b.max || (i === scoreBands.bands.length - 1 && score <= b.max)));
      expect(containing.map((b) => b.id)).toEqual([band.id]);
    },
  );
});

describe("band tables", () => {
  it("reject gaps, overlaps and scales that do not end where the bands do", () => {
    const base = { id: "t", min: 0, max: 10 };
    const gap = BandTableSchema.safeParse({ ...base, bands: [{ id: "a", label: "A", min: 0, max: 4 }, { id: "b", label: "B", min: 5, max: 10 }] });
    expect(gap.error?.issues[0]?.path).toEqual(["bands", 1, "min"]);
    const overlap = BandTableSchema.safeParse({ ...base, bands: [{ id: "a", label: "A", min: 0, max: 6 }, { id: "b", label: "B", min: 5, max: 10 }] });
    expect(overlap.success).toBe(false);
    const short = BandTableSchema.safeParse({ ...base, bands: [{ id: "a", label: "A", min: 0, max: 9 }] });
    expect(short.error?.issues[0]?.message).toMatch(/ends at 9/);
    expect(() => defineBandTable({ ...base, bands: [{ id: "a", label: "A", min: 1, max: 10 }] })).toThrow(TypeError);
  });
  it("are frozen once defined", () => {
    expect(Object.isFrozen(scoreBands.bands[0])).toBe(true);
  });
});

describe("buildAssessment", () => {
  const c = (id: string, score: number | null, weight = 1) => ({ id, label: id, score, weight, evidence: score === null ? [] : [`${id} evidence`] });

  it("is the weighted mean of the components with evidence", () => {
    const a = buildAssessment({ subject: { kind: "x" }, components: [c("a", 40, 1), c("b", 100, 2), c("c", null, 5)], findings: [] });
    expect(a.score).toBe(80);
    expect(a.band).toBe("strong");
  });
  it("is null with insufficient-evidence below the minimum evidenced components", () => {
    const a = buildAssessment({ subject: { kind: "x" }, components: [c("a", 90), c("b", null)], findings: [], minEvidenced: 2 });
    expect(a.score).toBeNull();
    expect(a.band).toBe("insufficient-evidence");
  });
  it("ignores zero-weight components and never divides by zero", () => {
    const a = buildAssessment({ subject: { kind: "x" }, components: [c("a", 90, 0)], findings: [] });
    expect(a.score).toBeNull();
  });
  it("sorts findings strongest first", () => {
    const a = buildAssessment({
      subject: { kind: "x" },
      components: [],
      findings: [makeFinding("i", "info", "I."), makeFinding("m", "must", "M."), makeFinding("s", "should", "S.")],
    });
    expect(a.findings.map((f) => f.severity)).toEqual(["must", "should", "info"]);
  });
  test.prop([fc.array(fc.record({ score: fc.oneof(fc.constant(null), fc.constantFrom(0, 100), fc.double({ min: 0, max: 100, noNaN: true })), weight: fc.oneof(fc.constantFrom(0, 1), fc.double({ min: 0, max: 1e6, noNaN: true })) }), { maxLength: 8 })])(
    "always gives a score in 0..100 or null",
    (parts) => {
      const a = buildAssessment({ subject: { kind: "x" }, components: parts.map((p, i) => c(`c${i}`, p.score, p.weight)), findings: [] });
      if (a.score !== null) {
        expect(a.score).toBeGreaterThanOrEqual(0);
        expect(a.score).toBeLessThanOrEqual(100);
      }
    },
  );
});

describe("catalog helpers", () => {
  it("defineCatalog rejects repeated and non-kebab ids", () => {
    const cite = { source: "x" };
    expect(() => defineCatalog([{ id: "a", label: "A", citation: cite }, { id: "a", label: "B", citation: cite }])).toThrow(/repeated/);
    expect(() => defineCatalog([{ id: "Not Kebab", label: "A", citation: cite }])).toThrow(/kebab/);
  });
  it("deepFreeze freezes nested values", () => {
    const v = deepFreeze({ a: { b: [{ c: 1 }] } });
    expect(Object.isFrozen(v.a.b[0])).toBe(true);
  });
  it("indexById keeps the first of repeated ids", () => {
    expect(indexById([{ id: "a", n: 1 }, { id: "a", n: 2 }]).get("a")?.n).toBe(1);
  });
  it("sortFindings keeps order within a severity", () => {
    expect(sortFindings([makeFinding("a", "should", "A."), makeFinding("b", "should", "B.")]).map((f) => f.code)).toEqual(["a", "b"]);
  });
  it("sortFindings keeps a finding with another severity, last, in its order", () => {
    const odd = { code: "x", severity: "urgent", message: "X." } as unknown as Finding;
    const sorted = sortFindings([odd, makeFinding("a", "info", "A."), makeFinding("b", "must", "B."), { ...odd, code: "y" }]);
    expect(sorted.map((f) => f.code)).toEqual(["b", "a", "x", "y"]);
  });
  test.prop([fc.array(fc.record({ code: fc.string(), severity: fc.constantFrom("must", "should", "info") }), { maxLength: 40 })])(
    "sortFindings equals a stable sort by severity, and leaves its input alone",
    (items) => {
      const findings = items.map((f) => makeFinding(f.code, f.severity, "M."));
      const before = [...findings];
      const rank = { must: 0, should: 1, info: 2 };
      const expected = [...findings].sort((a, b) => rank[a.severity] - rank[b.severity]);
      const sorted = sortFindings(findings);
      expect(sorted).toHaveLength(findings.length);
      sorted.forEach((f, i) => expect(f).toBe(expected[i]));
      expect(findings).toEqual(before);
    },
  );
});

describe("runRules", () => {
  const empty = defineFinding({ code: "app.empty", severity: "info", title: "Empty", basis: "A note.", action: "Add one.", message: (p: { n: number }) => `Empty ${p.n}.` });
  const twice = defineRule<number[], "app.empty", { n: number }>(empty, (input, emit) => {
    if (input.length === 0) {
      emit({ n: 1 });
      emit({ n: 2 }, { path: ["items"] });
    }
  });
  it("keeps rules in order and each rule's findings in order, the same as each rule's own check", () => {
    const handMade: Rule<number[], "app.empty"> = { meta: twice.meta, check: () => [makeFinding("app.empty", "info", "By hand.") as Finding<"app.empty">] };
    const all = runRules([twice, handMade, twice], []);
    expect(all.map((f) => f.message)).toEqual(["Empty 1.", "Empty 2.", "By hand.", "Empty 1.", "Empty 2."]);
    expect(all[1]).toEqual(twice.check([])[1]);
    expect(all[1]?.path).toEqual(["items"]);
    expect(runRules([twice], [1])).toEqual([]);
  });
  it("a rule that throws stops the run with its error", () => {
    const broken = defineRule<number[], "app.empty", { n: number }>(empty, (_input, emit) => {
      emit({ n: 1 });
      throw new Error("rule failed");
    });
    expect(() => runRules([twice, broken], [])).toThrow("rule failed");
  });
});
