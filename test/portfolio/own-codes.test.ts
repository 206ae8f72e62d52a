import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ccrrFindings } from "../../src/ccrr/findings.js";
import { referralFindings } from "../../src/referrals/findings.js";

// A summary counts the findings of its referral and CCR&R outlines as they are, without comparing
// them with other analyses' findings: none can be the same, because no other analysis gives their
// codes. These tests hold that. A finding is made by report(meta, ...) from its declaration; the
// code's own words (translations, the catalog) make none.
const root = join(__dirname, "../../src");
const files = readdirSync(root, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"));

function reportersOf(declarations: readonly { code: string }[], names: readonly string[]): string[] {
  return files.filter((f) => {
    const text = readFileSync(join(root, f), "utf8");
    const reports = names.some((name) => new RegExp(`report\\(\\s*${name}\\b`).test(text));
    const namesCode = declarations.some((d) => text.includes(`"${d.code}"`)) && !/^(es|locale|findings)[/\\]/.test(f);
    return reports || (namesCode && !/findings\.ts$/.test(f));
  });
}

describe("the codes a summary counts without comparing", () => {
  it("referral findings are reported by the referral analysis only", () => {
    expect(reportersOf(referralFindings, ["referralsUnanswered", "referralsStale", "incomingReferralsUnanswered"])).toEqual(["referrals/analyze.ts"]);
  });

  it("CCR&R findings are reported by the CCR&R analysis only", () => {
    expect(reportersOf(ccrrFindings, ["ccrrFunctionsLacking"])).toEqual(["ccrr/analyze.ts"]);
  });
});
