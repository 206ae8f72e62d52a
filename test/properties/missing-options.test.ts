import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as lib from "../../src/index.js";

const parsed = lib.parsePortfolioJson(readFileSync(join(import.meta.dirname, "..", "..", "docs", "examples", "community.json"), "utf8"));
if (!parsed.ok) throw new Error(parsed.error.message);
const doc = parsed.value;
const programId = doc.organizations.find((o) => o.program)!.id;

// Plain JavaScript callers get no type check: a forgotten options object must still fail with a
// message that says what to pass, never "Cannot read properties of undefined".
type Call = [name: string, call: (options: unknown) => unknown, message: RegExp];
const calls: Call[] = [
  ["scorePartnership", (o) => lib.scorePartnership(doc.partnerships[0]!, o as never), /asOf must be a calendar date/],
  ["classifyStage", (o) => lib.classifyStage(doc.partnerships[0]!.practices, o as never), /asOf must be a calendar date/],
  ["assessAgreement", (o) => lib.assessAgreement(doc.agreements[0]!, o as never), /asOf must be a calendar date/],
  ["renewalSchedule", (o) => lib.renewalSchedule(doc.agreements[0]!, o as never), /from must be a calendar date/],
  ["analyzeFundingPlan", (o) => lib.analyzeFundingPlan(doc.fundingPlans[0]!, o as never), /asOf must be a calendar date/],
  ["actionPlanStatus", (o) => lib.actionPlanStatus(doc.actionPlans[0]!, o as never), /asOf must be a calendar date/],
  ["assessCompliance", (o) => lib.assessCompliance(doc, programId, o as never), /asOf must be a calendar date/],
  ["analyzeCoordinatedServices", (o) => lib.analyzeCoordinatedServices(doc.coordinatedServicesApproaches[0]!, o as never), /asOf must be a calendar date/],
  ["summarizePortfolio", (o) => lib.summarizePortfolio(doc, o as never), /asOf must be a calendar date/],
  ["renderReport", (o) => lib.renderReport(doc, programId, o as never), /asOf must be a calendar date/],
  ["buildReport", (o) => lib.buildReport(doc, programId, o as never), /asOf must be a calendar date/],
  ["toHsds", (o) => lib.toHsds(doc, o as never), /toHsds needs options\.idFor/],
  ["fromHsds", (o) => lib.fromHsds([], o as never), /asOf must be a calendar date/],
  ["suggestPartners", (o) => lib.suggestPartners(doc, programId, [], o as never), /asOf must be a calendar date/],
  ["analyzeReferrals", (o) => lib.analyzeReferrals(doc, o as never), /asOf must be a calendar date/],
  ["analyzeCcrrFunctions", (o) => lib.analyzeCcrrFunctions(doc, o as never), /asOf must be a calendar date/],
  ["assessStaffPolicies", (o) => lib.assessStaffPolicies(doc, programId, o as never), /asOf must be a calendar date/],
  ["analyzeFundedSlots", (o) => lib.analyzeFundedSlots(doc, programId, o as never), /asOf must be a calendar date/],
];

describe("analyses called without their options", () => {
  it.each(calls)("%s says what is missing", (_name, call, message) => {
    for (const options of [undefined, null, {}]) expect(() => call(options)).toThrow(message);
  });
  it("covers every export that reads a date from its options", () => {
    const covered = new Set(calls.map(([name]) => name));
    const src = join(import.meta.dirname, "..", "..", "src");
    const readers = readdirSync(src, { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".ts"))
      .flatMap((file) => {
        const text = readFileSync(join(src, file), "utf8");
        // Each options date check belongs to the exported function declared last before it.
        return [...text.matchAll(/requireIsoDate\(options\?\./g)].map((m) => [...text.slice(0, m.index).matchAll(/export function (\w+)/g)].at(-1)?.[1] ?? file);
      });
    // internal context builders (agreementContext, fundingContext) are reached through the public functions above
    const publicReaders = [...new Set(readers)].filter((name) => name in lib);
    expect(publicReaders.length).toBeGreaterThanOrEqual(8);
    for (const name of publicReaders) expect(covered, name).toContain(name);
  });
});
