// Peak heap of JSON.parse + parsePortfolio relative to the JSON size (run by bench/run.mjs with --expose-gc).
import { parsePortfolio } from "../dist/index.js";
import { generatePortfolio } from "./generate.mjs";

let json = JSON.stringify(generatePortfolio(1));
globalThis.gc();
const baseline = process.memoryUsage().heapUsed;
let input = JSON.parse(json);
const afterJsonParse = process.memoryUsage().heapUsed - baseline;
const result = parsePortfolio(input);
const afterParse = process.memoryUsage().heapUsed - baseline;
if (!result.ok) throw new Error("parse failed");
input = null;
globalThis.gc();
const retained = process.memoryUsage().heapUsed - baseline;
const jsonBytes = json.length;
json = null;
process.stdout.write(JSON.stringify({ jsonBytes, baselineBytes: baseline, afterJsonParse, afterParse, retained, peakBytes: Math.max(afterJsonParse, afterParse) }));
