// Peak memory of reading a portfolio relative to its JSON size (run by bench/run.mjs with --expose-gc).
// Mode "object": JSON.parse, then parsePortfolio. Mode "text": parsePortfolioJson on the text.
// Peak = the process's maximum resident set size during the work, less its size before (text loaded).
import { readFileSync } from "node:fs";
import { parsePortfolio, parsePortfolioJson } from "../dist/index.js";

const [mode, file] = process.argv.slice(2);
let json = readFileSync(file, "utf8");
globalThis.gc();
const before = process.memoryUsage().rss;
const heapBefore = process.memoryUsage().heapUsed;
let result;
if (mode === "object") {
  let input = JSON.parse(json);
  result = parsePortfolio(input);
  input = null;
} else {
  result = parsePortfolioJson(json);
}
const peak = process.resourceUsage().maxRSS * 1024 - before;
if (!result.ok) throw new Error("parse failed");
globalThis.gc();
const retained = process.memoryUsage().heapUsed - heapBefore;
process.stdout.write(JSON.stringify({ mode, jsonBytes: Buffer.byteLength(json), peakBytes: peak, retained }));
json = null;
