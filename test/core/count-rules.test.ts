import { describe, expect, it } from "vitest";
import { defineFinding, defineRule, runRules, type Rule } from "../../src/index.js";
import { countRules, withCounter } from "../../src/core/internal.js";

const meta = (code: string, severity: "must" | "should" | "info") =>
  defineFinding({ code, severity, title: code, basis: "A test.", action: "None.", message: (p: { n: number }) => `Item ${p.n}.`, ...(severity === "must" ? { binding: { quote: "The program must do it.", citation: { source: "Test" }, verification: "verified" as const } } : {}) });

/** A rule emitting one finding per odd number. */
const odd = defineRule(meta("test.odd", "should"), (list: readonly number[], emit) => {
  for (const n of list) if (n % 2) emit({ n });
});
/** A rule emitting one finding per negative number, counted by its own counter. */
const negative = withCounter(
  defineRule(meta("test.negative", "must"), (list: readonly number[], emit) => {
    for (const n of list) if (n < 0) emit({ n });
  }),
  (list) => list.filter((n) => n < 0).length,
);
/** A rule written by hand, not by defineRule. */
const zero: Rule<readonly number[]> = { meta: meta("test.zero", "info") as never, check: (list) => list.filter((n) => n === 0).map((n) => ({ code: "test.zero", severity: "info" as const, message: `Item ${n}.` })) };

describe("countRules", () => {
  it("counts by severity what runRules returns, without writing a finding", () => {
    const list = [1, -3, 0, 4, -2, 0, 7];
    const rules = [odd, negative, zero];
    const written = runRules(rules, list);
    expect(countRules(rules, list)).toEqual({ must: 2, should: 3, info: 2 });
    expect(written.map((f) => f.severity).sort()).toEqual(["info", "info", "must", "must", "should", "should", "should"]);
  });

  it("reads a frozen list's rules once, and a list that can change on each call", () => {
    const list = [1, -3, 0];
    const frozen = Object.freeze([odd, negative, zero]);
    expect(countRules(frozen, list)).toEqual({ must: 1, should: 2, info: 1 });
    expect(countRules(frozen, list)).toEqual({ must: 1, should: 2, info: 1 });
    const growing: Rule<readonly number[]>[] = [odd];
    expect(countRules(growing, list)).toEqual({ must: 0, should: 2, info: 0 });
    growing.push(negative, zero);
    expect(countRules(growing, list)).toEqual({ must: 1, should: 2, info: 1 });
  });

  it("counts nothing for no rules or no findings", () => {
    expect(countRules([], [1])).toEqual({ must: 0, should: 0, info: 0 });
    expect(countRules([odd, negative, zero], [2, 4])).toEqual({ must: 0, should: 0, info: 0 });
  });
});
