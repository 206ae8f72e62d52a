import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import {
  classifyStage,
  collaborationModels,
  compareStages,
  continuumStages,
  partnershipPractices,
  practiceIds,
  stageFromModel,
  stageIds,
  stageRank,
  type PracticeEvidence,
} from "../../src/index.js";
import { fold, seedText } from "../fixtures/seeds.js";

const seed001 = seedText("001");

describe("continuumStages", () => {
  it("quotes the child welfare strategies' four definitions verbatim, in its order", () => {
    expect(continuumStages.map((s) => s.id)).toEqual(["networking", "coordination", "cooperation", "collaboration"]);
    for (const stage of continuumStages) expect(seed001).toContain(fold(stage.description));
  });
  it("every indicator names known practices", () => {
    for (const stage of continuumStages) for (const ind of stage.indicators) for (const p of ind.anyOf) expect(practiceIds).toContain(p);
  });
  it("lists each indicator's practices in catalog order (classifyStage reads an indicator's evidence in that order)", () => {
    for (const stage of continuumStages) {
      for (const ind of stage.indicators) {
        const positions = ind.anyOf.map((p) => practiceIds.indexOf(p));
        expect(positions, ind.id).toEqual([...positions].sort((a, b) => a - b));
      }
    }
  });
  it("is deeply frozen", () => {
    expect(Object.isFrozen(continuumStages[2]!.indicators[0]!.anyOf)).toBe(true);
    expect(Object.isFrozen(partnershipPractices[0]!.citation)).toBe(true);
  });
});

describe("collaborationModels", () => {
  it("maps every level to a continuum stage or null, never lowering the order", () => {
    for (const model of collaborationModels) {
      const ranks = model.levels.map((l) => stageRank(l.continuumStage));
      expect(ranks, model.id).toEqual([...ranks].sort((a, b) => a - b));
      for (const level of model.levels) expect(level.continuumStage === null || stageIds.includes(level.continuumStage)).toBe(true);
    }
  });
  it("keeps Frey's 0-5 scale with coalition, and orders cooperation before coordination", () => {
    const frey = collaborationModels.find((m) => m.id === "frey-2006")!;
    expect(frey.levels.map((l) => l.value)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(frey.levels.map((l) => l.id)).toEqual(["no-interaction", "networking", "cooperation", "coordination", "coalition", "collaboration"]);
    expect(stageFromModel("frey-2006", "cooperation")).toBe("coordination");
    expect(stageFromModel("himmelman", "cooperating")).toBe("cooperation");
  });
});

describe("compareStages", () => {
  it("orders by the continuum with null lowest", () => {
    expect([null, "collaboration", "networking", "cooperation"].sort((a, b) => compareStages(a as never, b as never))).toEqual([
      null,
      "networking",
      "cooperation",
      "collaboration",
    ]);
    expect(compareStages("cooperation", "cooperation")).toBe(0);
  });
});

const e = (practice: PracticeEvidence["practice"], date: string): PracticeEvidence => ({ practice, date });

describe("classifyStage", () => {
  it("gives null, not networking, when there is no evidence", () => {
    const c = classifyStage([], { asOf: "2025-09-01" });
    expect(c.stage).toBeNull();
    expect(c.next?.stage).toBe("networking");
  });

  it("takes the highest stage whose indicators are all evidenced, and lists what the next lacks", () => {
    const c = classifyStage([e("information-exchange", "2025-01-01"), e("short-term-joint-project", "2025-02-01"), e("shared-resources", "2025-03-01")], { asOf: "2025-09-01" });
    expect(c.stage).toBe("coordination");
    expect(c.evidence).toEqual([e("short-term-joint-project", "2025-02-01")]);
    expect(c.next?.missing.map((i) => i.id)).toEqual(["formal-information-sharing", "common-goal"]);
  });

  it("counts evidence dated on asOf but not after it", () => {
    const on = classifyStage([e("information-exchange", "2025-09-01")], { asOf: "2025-09-01" });
    const after = classifyStage([e("information-exchange", "2025-09-02")], { asOf: "2025-09-01" });
    expect(on.stage).toBe("networking");
    expect(after.stage).toBeNull();
    expect(after.notCounted).toHaveLength(1);
  });

  it("reports stale evidence, which still counts", () => {
    const c = classifyStage([e("information-exchange", "2022-01-01")], { asOf: "2025-09-01" });
    expect(c.stage).toBe("networking");
    expect(c.stale).toHaveLength(1);
    expect(c.findings.map((f) => f.code)).toContain("continuum.evidence.stale");
    expect(classifyStage([e("information-exchange", "2022-01-01")], { asOf: "2025-09-01", staleAfterMonths: 60 }).stale).toHaveLength(0);
  });

  it("uses the latest evidence of a practice", () => {
    const c = classifyStage([e("regular-meetings", "2020-01-01"), e("regular-meetings", "2025-05-01")], { asOf: "2025-09-01" });
    expect(c.evidence[0]!.date).toBe("2025-05-01");
    expect(c.stale).toEqual([]);
  });

  it("reports an unknown practice or a bad date without crashing", () => {
    const c = classifyStage([{ practice: "lunch", date: "2025-01-01" } as never, { practice: "common-goal", date: "2025-02-30" }], { asOf: "2025-09-01" });
    expect(c.stage).toBeNull();
    expect(c.findings.map((f) => f.code)).toEqual(["continuum.practice.unknown", "continuum.evidence.invalid-date"]);
  });

  it("says when a party's view, in any model, disagrees with the evidence or with another party", () => {
    const c = classifyStage([e("information-exchange", "2025-01-01")], {
      asOf: "2025-09-01",
      views: [
        { party: "hs", stage: "networking" },
        { party: "cw", model: "frey-2006", level: "coalition" },
      ],
    });
    expect(c.views).toEqual([{ party: "hs", stage: "networking" }, { party: "cw", stage: "collaboration" }]);
    expect(c.findings.map((f) => f.code)).toEqual(["continuum.view.disagrees", "continuum.view.parties-disagree"]);
    expect(c.findings[0]!.severity).toBe("info");
  });

  it("ignores a view that names a model without a level, or a level without a model", () => {
    const c = classifyStage([e("information-exchange", "2025-01-01")], {
      asOf: "2025-09-01",
      views: [
        { party: "hs", model: "frey-2006" },
        { party: "cw", level: "coalition" },
        { party: "lea", model: "", level: "" },
      ],
    });
    expect(c.views).toEqual([]);
    expect(c.findings.map((f) => f.code)).toEqual(["continuum.view.unknown-level", "continuum.view.unknown-level", "continuum.view.unknown-level"]);
  });

  it("throws a RangeError for an invalid asOf", () => {
    expect(() => classifyStage([], { asOf: "2025-02-30" })).toThrow(RangeError);
  });

  const date = fc.oneof(fc.constantFrom("2024-02-29", "2025-09-01", "2025-09-02", "2020-01-31", "2023-12-31"), fc.date({ min: new Date("2015-01-01T00:00:00Z"), max: new Date("2030-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)));
  const evidence = fc.record({ practice: fc.constantFrom(...practiceIds), date });
  /** The definition, written plainly: the latest counted evidence of each practice, the highest stage all of whose indicators have some, its evidence in indicator order, what the next stage lacks. */
  function reference(practices: readonly { practice: string; date: string }[], asOf: string) {
    const latest = new Map<string, { practice: string; date: string }>();
    for (const item of practices) {
      if (!practiceIds.includes(item.practice as never) || item.date > asOf) continue;
      const previous = latest.get(item.practice);
      if (!previous || previous.date < item.date) latest.set(item.practice, item);
    }
    const evidenced = (ind: { anyOf: readonly string[] }) => ind.anyOf.some((p) => latest.has(p));
    let rank = 0;
    continuumStages.forEach((stage, i) => {
      if (stage.indicators.every(evidenced)) rank = i + 1;
    });
    const evidence = rank ? continuumStages[rank - 1]!.indicators.flatMap((ind) => ind.anyOf.filter((p) => latest.has(p)).map((p) => latest.get(p)!)) : [];
    const next = continuumStages[rank] ? { stage: continuumStages[rank]!.id, missing: continuumStages[rank]!.indicators.filter((ind) => !evidenced(ind)) } : null;
    return { rank, stage: rank ? continuumStages[rank - 1]!.id : null, evidence, next };
  }
  const anyPractice = fc.oneof({ weight: 9, arbitrary: evidence }, { weight: 1, arbitrary: fc.record({ practice: fc.constantFrom("lunch", "constructor", "__proto__"), date }) });
  test.prop([fc.array(anyPractice, { maxLength: 16 }), fc.constantFrom("2024-02-29", "2025-09-01", "2030-12-31")])("gives the stage, evidence and next step of the definition", (practices, asOf) => {
    const c = classifyStage(practices as PracticeEvidence[], { asOf });
    const r = reference(practices, asOf);
    expect({ rank: c.rank, stage: c.stage, evidence: c.evidence, next: c.next }).toEqual(r);
  });

  test.prop([fc.array(evidence, { maxLength: 12 }), fc.array(evidence, { maxLength: 6 })])("is monotonic: adding evidence never lowers the stage", (base, extra) => {
    const before = classifyStage(base, { asOf: "2025-09-01" });
    const after = classifyStage([...base, ...extra], { asOf: "2025-09-01" });
    expect(after.rank).toBeGreaterThanOrEqual(before.rank);
  });

  // The definition written out plainly, as a second opinion on the allocation-free version.
  const byDefinition = (items: PracticeEvidence[], asOf: string) => {
    const latest = new Map<string, PracticeEvidence>();
    for (const e of items) {
      const previous = latest.get(e.practice);
      if (e.date <= asOf && (!previous || previous.date < e.date)) latest.set(e.practice, e);
    }
    const stages = continuumStages.map((s) => ({ id: s.id, rank: s.rank, missing: s.indicators.filter((i) => !i.anyOf.some((p) => latest.has(p))), support: s.indicators.flatMap((i) => i.anyOf.flatMap((p) => latest.get(p) ?? [])) }));
    const reached = stages.filter((s) => s.missing.length === 0).at(-1);
    const next = stages[reached?.rank ?? 0];
    return { stage: reached?.id ?? null, rank: reached?.rank ?? 0, evidence: reached?.support ?? [], next: next ? { stage: next.id, missing: next.missing.map((i) => i.id) } : null };
  };
  test.prop([fc.array(evidence, { maxLength: 14 }), fc.constantFrom("2025-09-01", "2024-02-29", "2019-06-30")])("agrees with the definition: stage, rank, evidence used and the next stage's missing indicators", (items, asOf) => {
    const c = classifyStage(items, { asOf });
    expect({ stage: c.stage, rank: c.rank, evidence: c.evidence, next: c.next && { stage: c.next.stage, missing: c.next.missing.map((i) => i.id) } }).toEqual(byDefinition(items, asOf));
    expect(c.rank).toBe(stageRank(c.stage));
  });

  it("reports a hole in a sparse list as an item it could not count, and counts the rest", () => {
    const sparse = [, { practice: "information-exchange", date: "2025-01-01" }] as unknown as PracticeEvidence[];
    const c = classifyStage(sparse, { asOf: "2025-09-01" });
    expect(c.stage).toBe("networking");
    expect(c.findings.map((f) => [f.code, f.path])).toEqual([["continuum.practice.unknown", ["practices", 0]]]);
    expect(c.notCounted).toEqual([undefined]);
  });

  it("names the next stage's missing indicators with the catalog's own (frozen) objects, so changing a result changes nothing else", () => {
    const c = classifyStage([{ practice: "information-exchange", date: "2025-01-01" }], { asOf: "2025-09-01" });
    const coordination = continuumStages.find((s) => s.id === "coordination")!;
    expect(c.next?.missing[0]).toBe(coordination.indicators[0]);
    expect(Object.isFrozen(c.next?.missing[0])).toBe(true);
    c.next!.missing.length = 0;
    expect(classifyStage([{ practice: "information-exchange", date: "2025-01-01" }], { asOf: "2025-09-01" }).next?.missing).toHaveLength(1);
  });
});
