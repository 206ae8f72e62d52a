import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { assessCompliance, buildReport, edit, parsePortfolio, summarizePortfolio, undo, type Portfolio } from "../../src/index.js";

const raw = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "docs", "examples", "community.json"), "utf8"));
const parsed = parsePortfolio(raw);
if (!parsed.ok) throw new Error(parsed.error.message);
const community: Portfolio = parsed.value;
const asOf = "2025-09-01";
const programs = ["sunrise-hs", "lakeshore-ths"];
const orgIds = community.organizations.map((o) => o.id);

type Recipe = (d: Portfolio) => void;
const at = (n: number, length: number) => n % Math.max(1, length);

// Edits an app makes: a field of one record, a record's parties, a record added or removed.
const recipe: fc.Arbitrary<Recipe> = fc.oneof(
  fc.tuple(fc.nat(), fc.constantFrom("active", "ended", "exploring")).map(([i, status]): Recipe => (d) => {
    if (d.partnerships.length) d.partnerships[at(i, d.partnerships.length)]!.status = status as Portfolio["partnerships"][number]["status"];
  }),
  fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...orgIds)).map(([i, j, org]): Recipe => (d) => {
    const p = d.partnerships[at(i, d.partnerships.length)];
    if (p) p.parties[at(j, p.parties.length)] = org;
  }),
  fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...orgIds)).map(([i, j, org]): Recipe => (d) => {
    const a = d.agreements[at(i, d.agreements.length)];
    if (a) a.parties[at(j, a.parties.length)] = org;
  }),
  fc.tuple(fc.nat(), fc.string({ maxLength: 3 })).map(([i, suffix]): Recipe => (d) => {
    const p = d.partnerships[at(i, d.partnerships.length)];
    if (p) d.partnerships.push({ ...(JSON.parse(JSON.stringify(p)) as typeof p), id: `${p.id}-copy-${suffix}-${d.partnerships.length}` });
  }),
  fc.nat().map((i): Recipe => (d) => {
    if (d.agreements.length) d.agreements.splice(at(i, d.agreements.length), 1);
  }),
  fc.tuple(fc.nat(), fc.constantFrom(...programs)).map(([i, program]): Recipe => (d) => {
    const plan = d.fundingPlans[at(i, d.fundingPlans.length)];
    if (plan) plan.owner = { kind: "program", id: program };
  }),
  fc.tuple(fc.nat(), fc.constantFrom("2020-01-15", "2025-08-01")).map(([i, date]): Recipe => (d) => {
    const c = d.communityAssessments[at(i, d.communityAssessments.length)];
    if (c) c.conductedOn = date;
  }),
);

/** The analyses of a portfolio as plain data. */
const analyses = (p: Portfolio) => ({
  summary: summarizePortfolio(p, { asOf }),
  compliance: programs.map((id) => assessCompliance(p, id, { asOf })),
  reports: programs.map((id) => buildReport(p, id, { asOf })),
});

/**
 * Analyses `after` right after `before`, so the index of `before` is brought up to date (the path
 * under test), then compares with a copy of `after` (new objects throughout: the index is rebuilt).
 */
function expectSameAsFresh(before: Portfolio, after: Portfolio) {
  analyses(before);
  const updated = analyses(after);
  expect(updated).toEqual(analyses(structuredClone(after)));
}

describe("analyses after edits (indexes updated by what changed)", () => {
  test.prop([fc.array(fc.tuple(recipe, fc.boolean()), { minLength: 1, maxLength: 6 })], { numRuns: 25 })(
    "equal the analyses of a fresh copy after every edit and every undo",
    (steps) => {
      let current = community;
      const changes = [];
      for (const [step, goBack] of steps) {
        const r = edit(current, step, { at: asOf });
        if (!r.ok) throw new Error(r.error.message);
        expectSameAsFresh(current, r.value);
        changes.push(r.change);
        current = r.value;
        if (goBack) {
          const back = undo(current, changes.pop()!);
          expectSameAsFresh(current, back);
          current = back;
        }
      }
      // The first version, used again after all the edits, still reads right.
      expectSameAsFresh(current, community);
    },
  );
});
