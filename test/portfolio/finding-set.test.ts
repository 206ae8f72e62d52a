import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { findingsOnce } from "../../src/portfolio/finding-set.js";
import { buildReport, parsePortfolio, summarizePortfolio, type Finding } from "../../src/index.js";

const finding = (code: string, id: string, message: string, kind = "agreement"): Finding => ({ code, severity: "should", message, subject: { kind, id } });

/** The definition: a finding is kept unless a finding of an earlier list has its code, subject and message. */
function reference(lists: readonly (readonly Finding[])[]): Finding[][] {
  const earlier: Finding[] = [];
  return lists.map((list) => {
    const kept = list.filter((f) => !earlier.some((g) => g.code === f.code && g.message === f.message && g.subject?.kind === f.subject?.kind && g.subject?.id === f.subject?.id));
    earlier.push(...kept);
    return kept;
  });
}

const ids = fc.constantFrom("a", "b", "constructor", "__proto__", "ñandú", "");
const arbitraryFinding = fc.record({
  code: fc.constantFrom("x", "y", "toString"),
  severity: fc.constantFrom("must" as const, "should" as const, "info" as const),
  message: fc.constantFrom("m", "n", "", "ü"),
  subject: fc.option(fc.record({ kind: fc.constantFrom("agreement", "program"), id: ids }), { nil: undefined }),
}).map((f): Finding => (f.subject === undefined ? { code: f.code, severity: f.severity, message: f.message } : { ...f, subject: f.subject }));
describe("findingsOnce", () => {
  it("drops a finding an earlier list holds (the MOU's findings under compliance, then under agreements)", () => {
    const once = findingsOnce().keep;
    const mou = finding("agreement.unsigned", "mou", "Agreement MOU is not signed.");
    expect(once([finding("compliance.b1.mou-not-in-force", "hs", "No MOU in force.", "program"), mou])).toHaveLength(2);
    const later = [{ ...mou }, finding("agreement.review-overdue", "mou", "Review overdue.")];
    expect(once(later).map((f) => f.code)).toEqual(["agreement.review-overdue"]);
  });

  it("keeps two alike findings of one list: two meetings on the same future date are two findings", () => {
    const once = findingsOnce().keep;
    const twice = [finding("partnership.meeting.after-as-of", "p", "A meeting is dated 2025-10-10."), finding("partnership.meeting.after-as-of", "p", "A meeting is dated 2025-10-10.")];
    expect(once(twice)).toBe(twice);
    expect(once(twice)).toEqual([]);
  });

  it("tells findings apart by subject kind, subject id, code and message", () => {
    const once = findingsOnce().keep;
    once([finding("c", "x", "m")]);
    expect(once([finding("c", "x", "m", "partnership"), finding("c", "y", "m"), finding("d", "x", "m"), finding("c", "x", "n")])).toHaveLength(4);
    expect(once([{ code: "c", severity: "info", message: "m" }])).toHaveLength(1);
    expect(once([{ code: "c", severity: "info", message: "m" }])).toEqual([]);
  });

  it("returns a list with nothing dropped as it is, and never changes a list", () => {
    const once = findingsOnce().keep;
    const first = Object.freeze([finding("c", "x", "m")]);
    expect(once(first)).toBe(first);
    const second = Object.freeze([finding("c", "y", "m"), finding("c", "x", "m"), finding("c", "z", "m")]);
    expect(once(second).map((f) => f.subject?.id)).toEqual(["y", "z"]);
    expect(second).toHaveLength(3);
  });

  it("stays linear when one subject has thousands of findings", () => {
    const once = findingsOnce().keep;
    const many = Array.from({ length: 5000 }, (_, i) => finding("c", "program", `Partner ${i} did not answer.`, "program"));
    expect(once(many)).toBe(many);
    const again = [...many.slice(0, 2500).map((f) => ({ ...f })), finding("c", "program", "Another.", "program")];
    expect(once(again).map((f) => f.message)).toEqual(["Another."]);
  });

  test.prop([fc.array(fc.array(arbitraryFinding, { maxLength: 40 }), { maxLength: 8 })])("keeps what the definition keeps, in order", (lists) => {
    const once = findingsOnce().keep;
    expect(lists.map((list) => [...once(list)])).toEqual(reference(lists));
  });
});

describe("findingsOnce: lists counted, not written", () => {
  const counts = (list: readonly Finding[]) => ({ must: list.filter((f) => f.severity === "must").length, should: list.filter((f) => f.severity === "should").length, info: list.filter((f) => f.severity === "info").length });
  /** A list about one subject as a summary passes it: the codes it can give, its counts, and a way to write it that records each call. */
  const counted = (subjectId: string, list: readonly Finding[], writes: string[] = [], codes: Iterable<string> = list.map((f) => f.code)) => ({ subjectId, codes: new Set(codes), counts: counts(list), findings: () => (writes.push(subjectId), list) });

  it("gives a counted list's counts without writing it while no other list is about its subject", () => {
    const once = findingsOnce();
    const writes: string[] = [];
    once.keep([finding("compliance.b1.mou-not-in-force", "hs", "No MOU in force.", "program")]);
    expect(once.count(counted("ag-1", [finding("c", "ag-1", "m"), { ...finding("d", "ag-1", "n"), severity: "info" }], writes))).toEqual({ must: 0, should: 1, info: 1 });
    expect(writes).toEqual([]);
  });

  it("writes a counted list and drops what an earlier list holds (the MOU's findings under compliance)", () => {
    const once = findingsOnce();
    const writes: string[] = [];
    const mou = finding("agreement.unsigned", "mou", "Agreement MOU is not signed.");
    once.keep([mou]);
    expect(once.count(counted("mou", [{ ...mou }, finding("agreement.review-overdue", "mou", "Review overdue.")], writes))).toEqual({ must: 0, should: 1, info: 0 });
    expect(writes).toEqual(["mou"]);
  });

  it("writes a counted list when a later finding about its subject has one of its codes, so the later list drops what it holds", () => {
    const once = findingsOnce();
    const writes: string[] = [];
    once.count(counted("p", [finding("c", "p", "m", "partnership")], writes, ["c", "d"]));
    expect(writes).toEqual([]);
    expect(once.keep([finding("referral.unanswered", "p", "m", "partnership")])).toHaveLength(1);
    expect(writes).toEqual([]);
    expect(once.keep([finding("c", "p", "m", "partnership"), finding("c", "p", "other", "partnership")]).map((f) => f.message)).toEqual(["other"]);
    expect(writes).toEqual(["p"]);
    once.keep([finding("c", "p", "m", "partnership")]);
    expect(writes).toEqual(["p"]);
  });

  it("counts a list about a subject earlier lists reported under other codes without writing it", () => {
    const once = findingsOnce();
    const writes: string[] = [];
    once.keep([finding("compliance.informal-partnership", "p", "Story time is informal.", "partnership")]);
    expect(once.count(counted("p", [finding("partnership.ended", "p", "Story time ended.", "partnership")], writes, ["partnership.ended", "partnership.meetings.below-agreed"]))).toEqual({ must: 0, should: 1, info: 0 });
    expect(writes).toEqual([]);
    // A second counted list about the subject that can give the first one's codes writes both to compare them.
    const again = counted("p", [finding("partnership.ended", "p", "Story time ended.", "partnership")], writes, ["partnership.ended"]);
    expect(once.count(again)).toEqual({ must: 0, should: 0, info: 0 });
    expect(writes).toEqual(["p", "p"]);
  });

  it("does not remember an empty counted list", () => {
    const once = findingsOnce();
    const writes: string[] = [];
    expect(once.count(counted("x", [], writes))).toEqual({ must: 0, should: 0, info: 0 });
    once.keep([finding("c", "x", "m")]);
    expect(writes).toEqual([]);
  });

  const codes = fc.subarray(["x", "y", "toString"]);
  test.prop([fc.array(fc.tuple(fc.array(arbitraryFinding, { maxLength: 12 }), fc.boolean(), ids, codes), { maxLength: 8 })])("counts what the definition keeps, whichever lists are counted", (entries) => {
    // A counted list is about one subject: its findings are moved to that subject (kind and id); it declares its own codes and maybe others.
    const lists = entries.map(([list, isCounted, id, extra]) => ({ isCounted, id, extra, list: isCounted ? list.map((f) => ({ ...f, subject: { kind: "agreement", id } })) : list }));
    const once = findingsOnce();
    const total = { must: 0, should: 0, info: 0 };
    for (const { isCounted, id, extra, list } of lists) {
      const c = isCounted ? once.count(counted(id, list, [], [...list.map((f) => f.code), ...extra])) : counts(once.keep(list));
      for (const k of ["must", "should", "info"] as const) total[k] += c[k];
    }
    expect(total).toEqual(counts(reference(lists.map((x) => x.list)).flat()));
  });
});

describe("findings counted once across analyses", () => {
  const portfolio = parsePortfolio({
    schemaVersion: 2,
    organizations: [
      { id: "hs", name: "Sunrise", kind: "head-start-preschool", level: "local", program: { types: ["head-start-preschool"], americanIndianAlaskaNative: false, fundedEnrollment: 40 } },
      { id: "lib", name: "Library", kind: "library", level: "local" },
    ],
    partnerships: [
      {
        id: "p",
        name: "Story time",
        parties: ["hs", "lib"],
        status: "active",
        practices: [{ practice: "information-exchange", date: "2025-03-01" }],
        meetings: [
          { date: "2025-10-10", familiesPresent: false },
          { date: "2025-10-10", familiesPresent: false },
        ],
      },
    ],
  });
  if (!portfolio.ok) throw new Error(portfolio.error.message);

  it("lists and counts both meetings dated after the date of the report", () => {
    const asOf = "2025-09-01";
    const all = buildReport(portfolio.value, "hs", { asOf }).findings.flatMap((g) => g.findings);
    expect(all.filter((f) => f.code === "partnership.meeting.after-as-of")).toHaveLength(2);
    const counted = summarizePortfolio(portfolio.value, { asOf }).programs[0]!.findings;
    expect(counted).toEqual({ must: all.filter((f) => f.severity === "must").length, should: all.filter((f) => f.severity === "should").length, info: all.filter((f) => f.severity === "info").length });
  });
});
