import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { compareWaves, parseInstrument, partnershipElementsInstrument, scoreInstrument, type InstrumentInput, type Instrument, InstrumentSchema } from "../../src/index.js";
import { fold, seedText } from "../fixtures/seeds.js";

const licensed: InstrumentInput = {
  id: "licensed-collab",
  version: "2",
  title: "A licensed instrument loaded as data",
  license: "Used under the app's license",
  scale: { min: 1, max: 4 },
  factors: [{ id: "trust", label: "Trust" }, { id: "roles", label: "Roles" }],
  items: [
    { id: "t1", factorId: "trust", text: "Item text supplied by the licensee." },
    { id: "t2", factorId: "trust", text: "Item text supplied by the licensee.", reverse: true },
    { id: "r1", factorId: "roles", text: "Item text supplied by the licensee." },
  ],
  bands: { id: "b", min: 1, max: 4, bands: [{ id: "low", label: "Low", min: 1, max: 2.5 }, { id: "high", label: "High", min: 2.5, max: 4 }] },
  minRespondents: 2,
};
const inst: Instrument = InstrumentSchema.parse(licensed);

describe("InstrumentSchema", () => {
  it("rejects a band table that does not cover the scale, bad labels and repeated ids", () => {
    const r = parseInstrument({ ...licensed, scale: { min: 1, max: 5, labels: ["a"] }, items: [...licensed.items, { id: "t1", factorId: "trust", text: "again" }] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues.map((i) => i.pathText)).toEqual(["scale.labels", "bands", "items[3].id"]);
  });
  it("ships a built-in instrument whose child-welfare-strategies factors are the four elements verbatim", () => {
    const seed = seedText("001");
    for (const f of partnershipElementsInstrument.factors.slice(0, 3)) expect(seed).toContain(fold(f.label));
    expect(partnershipElementsInstrument.items.every((i) => i.citation !== undefined)).toBe(true);
  });
});

describe("scoreInstrument", () => {
  it("reverse-scores, averages per respondent then across respondents, and reports sd and agreement", () => {
    const a = scoreInstrument(inst, [
      { respondentId: "a", answers: { t1: 4, t2: 1, r1: 2 } },
      { respondentId: "b", answers: { t1: 2, t2: 3, r1: null } },
    ]);
    expect(a.factors[0]).toEqual({ factorId: "trust", label: "Trust", n: 2, missing: 0, mean: 3, sd: 1.414, agreement: 0, band: "high" });
    expect(a.factors[1]).toMatchObject({ n: 1, missing: 1, mean: null, band: "insufficient-evidence" });
    expect(a.components.map((c) => c.score)).toEqual([66.7, null]);
    expect(a.overallMean).toBe(3);
    expect(a.band).toBe("high");
  });
  it("counts a duplicate respondent once and values off the scale as missing, with findings", () => {
    const a = scoreInstrument(inst, [
      { respondentId: "a", answers: { t1: 4, t2: 1, r1: 7, zz: 2 } },
      { respondentId: "a", answers: { t1: 1, t2: 4, r1: 1 } },
      { respondentId: "b", answers: { t1: 4, t2: 1, r1: 0.5 } },
    ]);
    expect(a.respondents).toBe(2);
    expect(a.factors[0]?.mean).toBe(4);
    expect(a.factors[1]?.missing).toBe(2);
    expect(a.findings.map((f) => f.code)).toEqual(["instrument.value.out-of-scale", "instrument.respondent.duplicate", "instrument.value.out-of-scale", "instrument.item.unknown", "instrument.factor.insufficient"]);
  });
  it("is insufficient-evidence below the configurable minimum n", () => {
    const one = [{ respondentId: "a", answers: { t1: 4, t2: 1, r1: 4 } }];
    expect(scoreInstrument(inst, one).score).toBeNull();
    expect(scoreInstrument(inst, one, { minRespondents: 1 }).factors[0]?.sd).toBeNull();
    expect(scoreInstrument(inst, []).band).toBe("insufficient-evidence");
  });
  test.prop([fc.array(fc.record({ t1: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 6 })), t2: fc.option(fc.integer({ min: 1, max: 4 })), r1: fc.oneof(fc.constant(null), fc.constantFrom(1, 4), fc.double({ noNaN: false })) }), { maxLength: 8 })])(
    "never throws; means stay on the scale, agreement in 0..1, scores in 0..100 or null",
    (rows) => {
      const a = scoreInstrument(inst, rows.map((answers, i) => ({ respondentId: `r${i}`, answers })));
      for (const f of a.factors) {
        if (f.mean !== null) expect(f.mean >= 1 && f.mean <= 4).toBe(true);
        if (f.agreement !== null) expect(f.agreement >= 0 && f.agreement <= 1).toBe(true);
      }
      if (a.score !== null) expect(a.score >= 0 && a.score <= 100).toBe(true);
    },
  );
});

describe("compareWaves", () => {
  it("gives the change and band transition per factor, and flags drops", () => {
    const w = (t: number, r: number) => ["a", "b"].map((id) => ({ respondentId: id, answers: { t1: t, t2: 5 - t, r1: r } }));
    const c = compareWaves(inst, w(4, 2), w(2, 4));
    expect(c.factors).toEqual([
      { factorId: "trust", before: 4, after: 2, change: -2, bandBefore: "high", bandAfter: "low", transition: "down" },
      { factorId: "roles", before: 2, after: 4, change: 2, bandBefore: "low", bandAfter: "high", transition: "up" },
    ]);
    expect(c.findings.map((f) => [f.code, f.severity])).toEqual([["instrument.wave.band-down", "should"], ["instrument.wave.band-up", "info"]]);
    expect(compareWaves(inst, [], w(3, 3)).factors[0]?.transition).toBe("not-comparable");
  });
});
