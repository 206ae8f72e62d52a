// Heap a portfolio read from JSON text holds, against the bare JSON.parse value of the same text.
// Run by memory.test.ts in a fresh process with --expose-gc --single-threaded (with background
// compilation and collection the figure moved by up to 8% from read to read; without, it does not);
// prints one JSON line.
import { generatePortfolio } from "../../bench/generate.mjs";
import { parsePortfolioJson } from "../../dist/index.js";

const json = JSON.stringify(generatePortfolio(Number(process.argv[2] ?? 0.05)));
const fullGc = () => {
  globalThis.gc();
  globalThis.gc();
};
/**
 * Heap held by what `read` returns: the heap with the value alive less the heap once it is dropped,
 * each after full collections, the least of three reads. Measuring the drop rather than the growth
 * leaves out what reading itself adds for good (optimized code, schema caches), which the compiler
 * produces at its own pace and which is not the value's.
 */
const retained = (read) => {
  const samples = [];
  for (let i = 0; i < 3; i++) {
    let value = read();
    fullGc();
    const alive = process.memoryUsage().heapUsed;
    if (value === undefined) throw new Error("nothing read");
    value = undefined;
    fullGc();
    samples.push(alive - process.memoryUsage().heapUsed);
  }
  return Math.min(...samples);
};
// Once first, so compiled code and schema caches are not counted as the document's.
if (!parsePortfolioJson(json).ok) throw new Error("the generated portfolio does not parse");
const jsonParse = retained(() => JSON.parse(json));
const fromText = retained(() => parsePortfolioJson(json));
process.stdout.write(JSON.stringify({ jsonBytes: json.length, jsonParse, fromText }));
