import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { root } from "../docs/extract.js";
import { distIndex, requireBuild } from "./dist.js";

beforeAll(requireBuild);

// The same analyses, run in child processes under time zones with skipped days (Apia skipped
// 2011-12-30), half-hour and quarter-hour offsets, and the date line: every output must be the same
// byte for byte, because the library's date arithmetic never touches a Date or a time zone.
const script = `
import { readFileSync } from "node:fs";
const lib = await import(${JSON.stringify(pathToFileURL(distIndex).href)});
const p = lib.parsePortfolioJson(readFileSync(${JSON.stringify(join(root, "docs", "examples", "community.json"))}, "utf8"));
if (!p.ok) throw new Error(p.error.message);
const mou = { id: "m", kind: "mou", templateId: "public-preschool-mou", parties: ["hs", "lea"], signatures: [{ party: "hs", signer: "A", date: "2011-12-30" }, { party: "lea", signer: "B", date: "2011-12-30" }], submissions: [], clauses: [], amendments: [] };
const out = {
  apia: lib.assessAgreement(mou, { asOf: "2012-01-29" }),
  schedule: lib.renewalSchedule({ ...mou, signatures: [{ party: "hs", signer: "A", date: "2024-02-29" }, { party: "lea", signer: "B", date: "2024-02-29" }] }, { from: "2024-01-01", to: "2034-12-31" }),
  next: ["2011-12-29", "2011-12-30", "2011-12-31", "2024-02-29", "2016-03-13", "2016-11-06"].map((d) => [lib.nextReviewDate(d, "annual"), lib.nextReviewDate(d, "biennial-school-year")]),
  compliance: lib.assessCompliance(p.value, "sunrise-hs", { asOf: "2025-09-01" }),
  summary: lib.summarizePortfolio(p.value, { asOf: "2026-03-08" }),
  report: lib.renderReport(p.value, "sunrise-hs", { asOf: "2025-11-02", since: "2025-03-09" }),
};
process.stdout.write(JSON.stringify(out));
`;

function runIn(tz: string): string {
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: root, encoding: "utf8", env: { ...process.env, TZ: tz } });
  if (r.status !== 0) throw new Error(`TZ=${tz}: ${r.stderr}`);
  return r.stdout;
}

describe("the same outputs in every time zone", () => {
  const reference = runIn("UTC");
  it.each(["Pacific/Apia", "Pacific/Kiritimati", "America/St_Johns", "Asia/Kathmandu", "America/New_York", "Australia/Lord_Howe"])("%s", (tz) => {
    expect(runIn(tz)).toBe(reference);
  });
  it("includes an MOU signed on a day Apia skipped", () => {
    const out = JSON.parse(reference) as { apia: { status: string; reviewDue: string } };
    expect(out.apia).toMatchObject({ status: "in-force", reviewDue: "2013-12-30" });
  });
});
