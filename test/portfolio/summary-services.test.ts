import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parsePortfolioJson, renderSummary, summarizePortfolio } from "../../src/index.js";

const parsed = parsePortfolioJson(readFileSync(join(import.meta.dirname, "..", "..", "docs", "examples", "community.json"), "utf8"));
if (!parsed.ok) throw parsed.error;
const summary = summarizePortfolio(parsed.value, { asOf: "2025-09-01" });

describe("summarizePortfolio: services to families", () => {
  it("gives each program its referrals, funded slots, missing staff policies and lacking CCR&R functions", () => {
    const sunrise = summary.programs.find((p) => p.programId === "sunrise-hs")!;
    expect(sunrise.services).toEqual({ referralsMade: 10, referralsCompleted: 6, referralsJudged: 8, referralsUnanswered: 1, completionRate: 0.75, fundedSlots: 64, layeredSlots: 64, staffPoliciesMissing: 1, ccrrFunctionsLacking: 3 });
    const lakeshore = summary.programs.find((p) => p.programId === "lakeshore-ths")!;
    expect(lakeshore.services).toEqual({ referralsMade: 0, referralsCompleted: 0, referralsJudged: 0, referralsUnanswered: 0, completionRate: null, fundedSlots: 0, layeredSlots: 0, staffPoliciesMissing: 0, ccrrFunctionsLacking: 0 });
  });
  it("rolls referrals up as served of judged across programs, and writes them in the summary", () => {
    expect(summary.rollup.referrals).toEqual({ made: 10, completed: 6, judged: 8, completionRate: 0.75 });
    expect(summary.rollup.fundedSlots).toEqual({ total: 64, layered: 64 });
    const text = renderSummary(summary);
    expect(text).toContain("Referrals: 10 made, 6 led to a service of 8 that could be judged (75%); funded slots: 64, 64 layered.");
    // The program's cell has the same denominator as its rate: 6 of the 8 judged is 75%, never "6 of 10 (75%)".
    expect(text.split("\n").find((l) => l.startsWith("| Sunrise Head Start"))).toMatch(/\| 6 of 8 \(75%\) \|$/);
    expect(text).toContain("| Referrals served (of those judged) |");
  });
});
