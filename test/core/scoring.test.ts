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
  makeFinding,
  scoreBands,
  sortFindings,
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
});
