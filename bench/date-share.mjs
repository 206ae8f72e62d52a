// The share of CPU time spent on calendar dates in summarizePortfolio, renderReport and
// classifyStage on the national portfolio, from a sampling profile (node:inspector). Run by
// bench/run.mjs in a fresh process with inlining off, so a date function's time is counted as its
// own rather than folded into its callers. Prints { share, sampledMs } as JSON.
import { Session } from "node:inspector/promises";
import { classifyStage, parsePortfolio, renderReport, summarizePortfolio } from "../dist/index.js";
import { generatePortfolio } from "./generate.mjs";

const asOf = process.argv[2] ?? "2025-09-01";
const parsed = parsePortfolio(generatePortfolio(1));
if (!parsed.ok) throw new Error(parsed.error.message);
const portfolio = parsed.value;
const programIds = portfolio.organizations.filter((o) => o.program).map((o) => o.id);

// The library's calendar arithmetic (src/core/date-math.ts), its date regular expression, and date-fns.
const DATE_FUNCTIONS = new Set(["isoParts", "isIsoDate", "dayNumber", "isoFromDay", "partsOrThrow", "isoToDay", "addDaysIso", "addMonthsIso", "addYearsIso", "daysBetween", "requireIsoDate", "daysInMonth", "isLeap"]);
const isDate = (frame) => DATE_FUNCTIONS.has(frame.functionName) || frame.url.includes("date-fns") || frame.functionName.startsWith("RegExp: ^(\\d{4})");

const work = () => {
  summarizePortfolio(portfolio, { asOf });
  for (const id of programIds.slice(0, 200)) renderReport(portfolio, id, { asOf });
  for (const p of portfolio.partnerships) classifyStage(p.practices, { asOf });
};
work(); // warm up

const session = new Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.setSamplingInterval", { interval: 200 });
await session.post("Profiler.start");
work();
const { profile } = await session.post("Profiler.stop");
session.disconnect();

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
let total = 0;
let dates = 0;
profile.samples.forEach((id, i) => {
  const frame = byId.get(id).callFrame;
  const dt = profile.timeDeltas[i] ?? 0;
  // Idle time is no one's work; the collector's time counts in the total.
  if (frame.functionName === "(idle)" || frame.functionName === "(program)") return;
  total += dt;
  if (isDate(frame)) dates += dt;
});
process.stdout.write(JSON.stringify({ share: dates / total, sampledMs: total / 1000 }));
