// Heap a portfolio read from JSON text holds, against the bare JSON.parse value of the same text.
// Run by memory.test.ts in a fresh process with --expose-gc; prints one JSON line.
import { generatePortfolio } from "../../bench/generate.mjs";
import { parsePortfolioJson } from "../../dist/index.js";

const json = JSON.stringify(generatePortfolio(Number(process.argv[2] ?? 0.05)));
const fullGc = () => {
  globalThis.gc();
  globalThis.gc();
};
/**
 * Heap held by what `read` returns: the least of five reads, each measured after full collections.
 * For parsePortfolioJson the figure varies by up to 20% from read to read of the same text (for
 * JSON.parse it does not), so the least is the steadiest.
 */
const retained = (read) => {
  const samples = [];
  for (let i = 0; i < 5; i++) {
    fullGc();
    const before = process.memoryUsage().heapUsed;
    let value = read();
    fullGc();
    samples.push(process.memoryUsage().heapUsed - before);
    if (value === undefined) throw new Error("nothing read");
    value = undefined;
  }
  return Math.min(...samples);
};
// Once first, so compiled code and schema caches are not counted as the document's.
if (!parsePortfolioJson(json).ok) throw new Error("the generated portfolio does not parse");
const jsonParse = retained(() => JSON.parse(json));
const fromText = retained(() => parsePortfolioJson(json));
process.stdout.write(JSON.stringify({ jsonBytes: json.length, jsonParse, fromText }));
