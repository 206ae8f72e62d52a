// The scaling pipeline (parsePortfolio, then assessCompliance for every program) on one file, in a
// fresh process (run by bench/run.mjs), so the full and the tenth-size runs start from the same
// state. JSON.parse is timed on its own: it is the engine's, and on its own it does not scale
// linearly (its 50 MB result outlives the young generation and is copied into the old one).
// Two warm-up runs, then medians of the given number of runs; prints { pipeline, jsonParse } in ms.
import { readFileSync } from "node:fs";
import { assessCompliance, parsePortfolio } from "../dist/index.js";

const [file, runsArg, asOf] = process.argv.slice(2);
const json = readFileSync(file, "utf8");
const input = JSON.parse(json);
const pipeline = () => {
  const parsed = parsePortfolio(input);
  if (!parsed.ok) throw new Error("pipeline parse failed");
  const doc = parsed.value;
  for (const o of doc.organizations) if (o.program) assessCompliance(doc, o.id, { asOf });
};
const median = (fn) => {
  for (let i = 0; i < 2; i++) fn();
  const times = [];
  for (let i = 0; i < Number(runsArg); i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
};
process.stdout.write(JSON.stringify({ pipeline: median(pipeline), jsonParse: median(() => JSON.parse(json)) }));
