// npm run bench: national-scale benchmark, ratios measured side by side in one run; writes bench/RESULTS.md.
// Not part of npm test. Needs the build (npm run bench builds first).
import { spawnSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { cpus, totalmem, platform, release, tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import Graph from "graphology";
import betweennessCentrality from "graphology-metrics/centrality/betweenness.js";
import { degreeCentrality } from "graphology-metrics/centrality/degree.js";
import { density } from "graphology-metrics/graph/density.js";
import { PortfolioSchema, assessCompliance, measureNetwork, parsePortfolio, parsePortfolioJson, renderReport } from "../dist/index.js";
import { generatePortfolio } from "./generate.mjs";
import { measureConnected } from "./network-scaling.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const asOf = "2025-09-01";
const runs = Number(process.env.BENCH_RUNS ?? 5);

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
function time(fn, n = runs) {
  const times = [];
  let result;
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    result = fn();
    times.push(performance.now() - t);
  }
  return { ms: median(times), result };
}
const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);
// Two decimals, or two significant digits for a ratio under 0.1 (so 0.0043 does not print as 0).
const ratio = (a, b) => (a / b < 0.1 ? Number((a / b).toPrecision(2)) : Math.round((a / b) * 100) / 100);

console.log("generating data...");
// Only the texts are kept: the generated objects would stay alive through every later measurement
// and make each of the collector's full marks walk them (an app holds one portfolio, not three).
const { fullJson, counts } = (() => {
  const full = generatePortfolio(1);
  const counts = { organizations: full.organizations.length, partnerships: full.partnerships.length, agreements: full.agreements.length, fundingPlans: full.fundingPlans.length, programs: full.organizations.filter((o) => o.program).length };
  return { fullJson: JSON.stringify(full), counts };
})();
const tenthJson = JSON.stringify(generatePortfolio(0.1));

// 1. parsePortfolio against a bare zod parse of the same data (fresh JSON.parse outside the timing).
console.log("parse...");
// The two are timed in turns on the same inputs, so both meet the same collector state.
const inputs = Array.from({ length: runs }, () => JSON.parse(fullJson));
const bareTimes = [];
const ourTimes = [];
const bare = {};
const ours = {};
for (let k = 0; k < runs; k++) {
  let t = performance.now();
  bare.result = PortfolioSchema.safeParse(inputs[k]);
  bareTimes.push(performance.now() - t);
  t = performance.now();
  ours.result = parsePortfolio(inputs[k]);
  ourTimes.push(performance.now() - t);
}
bare.ms = median(bareTimes);
ours.ms = median(ourTimes);
if (!bare.result.success) throw new Error("the generated portfolio does not pass the bare zod parse");
if (!ours.result.ok) throw new Error(ours.result.error.message.slice(0, 2000));
const portfolio = ours.result.value;
// The parsed inputs and zod's copy are no longer needed: let them go before anything else is measured.
inputs.length = 0;
bare.result = undefined;

// 2. assessCompliance for every program against that parse.
console.log("compliance...");
const programIds = portfolio.organizations.filter((o) => o.program).map((o) => o.id);
const compliance = time(() => {
  // A fresh shallow copy: the per-portfolio index cache is rebuilt, so its cost is measured too.
  const doc = { ...portfolio };
  let must = 0;
  for (const id of programIds) must += assessCompliance(doc, id, { asOf }).findings.filter((f) => f.severity === "must").length;
  return must;
});

// Edits and summaries: summarizePortfolio against assessing every program, the first call after an
// edit against a repeat call, a checked edit against a whole parse (in a fresh process that holds
// one portfolio, as an analyst's script does, not this run's texts and earlier garbage); and the
// CPU share of dates (in a fresh process with inlining off, so date functions keep their own time).
console.log("edits and summaries...");
// The young generation's sizing differs from process to process, and with it the summary's time by
// a fifth: each figure is the median over several fresh processes (each reporting its own medians).
const editsProcesses = 3;
const editsRuns = Array.from({ length: editsProcesses }, () => {
  const run = spawnSync(process.execPath, [fileURLToPath(new URL("./edits.mjs", import.meta.url)), String(runs), asOf], { encoding: "utf8", maxBuffer: 1 << 20 });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout);
});
const edits = Object.fromEntries(Object.keys(editsRuns[0]).map((key) => [key, median(editsRuns.map((e) => e[key]))]));
const dateRun = spawnSync(process.execPath, ["--max-inlined-bytecode-size=0", fileURLToPath(new URL("./date-share.mjs", import.meta.url)), asOf], { encoding: "utf8" });
if (dateRun.status !== 0) throw new Error(dateRun.stderr);
const dateShare = JSON.parse(dateRun.stdout);

// 3. measureNetwork against graphology-metrics on the same graph: one state's network (medians), and
// the whole national graph (one run each: graphology takes tens of seconds there).
console.log("network...");
const stateOrgs = new Set();
const statePrograms = portfolio.organizations.filter((o) => o.program && o.serviceArea?.state === "WI").map((o) => o.id);
for (const id of statePrograms) stateOrgs.add(id);
const stateLinks = portfolio.partnerships.filter((p) => p.parties.some((x) => statePrograms.includes(x)) || p.id.startsWith("pt-") && statePrograms.includes(`hs-${p.id.split("-")[1]}`));
for (const p of stateLinks) for (const x of p.parties) stateOrgs.add(x);
const stateNetwork = { organizations: portfolio.organizations.filter((o) => stateOrgs.has(o.id)), partnerships: stateLinks };
const graphologyMetrics = (network) => {
  const g = new Graph({ type: "undirected", multi: false });
  for (const o of network.organizations) g.addNode(o.id);
  for (const p of network.partnerships) {
    if (p.status === "ended" || (p.endDate && p.endDate < asOf)) continue;
    const [a, b] = p.parties;
    if (a !== b && !g.hasEdge(a, b)) g.addEdge(a, b);
  }
  return { bc: betweennessCentrality(g, { getEdgeWeight: null }), dc: degreeCentrality(g), d: density(g), edges: g.size };
};
const netOurs = time(() => measureNetwork(stateNetwork, { asOf }));
const netGraphology = time(() => graphologyMetrics(stateNetwork));
const nationalOurs = time(() => measureNetwork(portfolio, { asOf }), 1);
const nationalGraphology = time(() => graphologyMetrics(portfolio), 1);
// Same betweenness as graphology-metrics on every node of the national graph.
const betweennessGap = Math.max(...nationalOurs.result.nodes.map((node) => Math.abs((node.betweenness ?? 0) - nationalGraphology.result.bc[node.id])));
if (!(betweennessGap < 1e-9)) throw new Error(`betweenness differs from graphology-metrics by ${betweennessGap}`);
const national = time(() => measureNetwork(portfolio, { asOf, betweenness: false }), 1);
// A report for every program, as a state office would print them (per-portfolio indexes are reused).
const reports = time(() => {
  for (const id of programIds) renderReport(portfolio, id, { asOf });
}, 1);

// renderReport on one program with 5,000, 10,000 and 20,000 partners whose ids differ only in
// non-ASCII letters: time and output must grow linearly.
console.log("report scaling...");
// In a fresh process: the national portfolio this process holds would make every major collection
// of the larger runs walk it too, and the ratio would measure the bench's heap, not renderReport.
const scalingRun = spawnSync(process.execPath, [fileURLToPath(new URL("./report-scaling.mjs", import.meta.url)), "--json", String(runs), asOf], { encoding: "utf8", maxBuffer: 1 << 20 });
if (scalingRun.status !== 0) throw new Error(scalingRun.stderr);
const reportScaling = JSON.parse(scalingRun.stdout);
const [report5k, report10k, report20k] = reportScaling;

// Connected networks (hubs shared across programs): exact and sampled betweenness, the typed-array floor.
console.log("connected networks...");
const connected = measureConnected([5000, 20000, 60000], 20000);

// 4. Linear scaling: the same pipeline on one tenth of the data, each size in a fresh process
// (bench/pipeline.mjs) so neither inherits the other's heap or compiled code. JSON.parse is the
// engine's and is reported beside it.
console.log("scaling...");
// The tenth-size run is short and noisier: more runs for a steady median.
const tenthRuns = Math.max(runs, 11);
const pipelineMs = (json, n) => {
  const file = join(tmpdir(), "ece-partnerships-bench-pipeline.json");
  writeFileSync(file, json);
  const run = spawnSync(process.execPath, [fileURLToPath(new URL("./pipeline.mjs", import.meta.url)), file, String(n), asOf], { encoding: "utf8" });
  rmSync(file);
  if (run.status !== 0) throw new Error(run.stderr);
  const { pipeline, jsonParse } = JSON.parse(run.stdout);
  return { ms: pipeline, jsonParseMs: jsonParse };
};
const pipeFull = pipelineMs(fullJson, runs);
const pipeTenth = pipelineMs(tenthJson, tenthRuns);

// The price of reading from text: parsePortfolioJson against JSON.parse then parsePortfolio, in turns.
console.log("reading from text...");
const fromTextTimes = [];
const fromObjectTimes = [];
for (let k = 0; k < runs; k++) {
  let t = performance.now();
  if (!parsePortfolioJson(fullJson).ok) throw new Error("parsePortfolioJson failed");
  fromTextTimes.push(performance.now() - t);
  t = performance.now();
  if (!parsePortfolio(JSON.parse(fullJson)).ok) throw new Error("parsePortfolio failed");
  fromObjectTimes.push(performance.now() - t);
}
const fromText = median(fromTextTimes);
const fromObject = median(fromObjectTimes);

// 5. Peak memory against the JSON size, in a fresh process.
console.log("memory...");
const jsonFile = join(tmpdir(), "ece-partnerships-bench.json");
writeFileSync(jsonFile, fullJson);
// Peak RSS varies from process to process with the collector's timing: the median of 3 fresh processes.
const memoryRuns = 3;
const measureMemory = (mode) => {
  const results = Array.from({ length: memoryRuns }, () => {
    const mem = spawnSync(process.execPath, ["--expose-gc", fileURLToPath(new URL("./memory.mjs", import.meta.url)), mode, jsonFile], { encoding: "utf8", maxBuffer: 1e7 });
    if (mem.status !== 0) throw new Error(mem.stderr);
    return JSON.parse(mem.stdout);
  });
  return results.sort((a, b) => a.peakBytes - b.peakBytes)[Math.floor(memoryRuns / 2)];
};
const memObject = measureMemory("object");
const memText = measureMemory("text");
rmSync(jsonFile);

// 6. Bundle sizes (esbuild, browser, minified, gzip -9).
console.log("bundle sizes...");
async function size(entry, external) {
  const r = await esbuild.build({ stdin: { contents: entry, resolveDir: root, loader: "js" }, bundle: true, write: false, format: "esm", platform: "browser", minify: true, external, logLevel: "silent" });
  const code = r.outputFiles[0].contents;
  return { min: code.length, gz: gzipSync(code, { level: 9 }).length };
}
const deps = ["zod", "date-fns", "immer"];
const sizes = {
  "whole library with zod, date-fns and immer": await size(`export * from "./dist/index.js";`, []),
  "whole library, dependencies excluded": await size(`export * from "./dist/index.js";`, deps),
  "classifyStage only, dependencies excluded": await size(`export { classifyStage } from "./dist/index.js";`, deps),
  "allocateCost only, dependencies excluded": await size(`export { allocateCost } from "./dist/index.js";`, deps),
  "scorePartnership only, dependencies excluded": await size(`export { scorePartnership } from "./dist/index.js";`, deps),
};

const rows = [
  ["parsePortfolio / bare zod parse of the same data", fmt(ours.ms), fmt(bare.ms), ratio(ours.ms, bare.ms), "≤ 1.5"],
  [`assessCompliance for all ${programIds.length} programs / that bare parse`, fmt(compliance.ms), fmt(bare.ms), ratio(compliance.ms, bare.ms), "≤ 1"],
  [`summarizePortfolio / assessCompliance for all ${programIds.length} programs (each on a fresh copy, indexes built inside the timing)`, fmt(edits.summaryMs), fmt(edits.assessAllMs), ratio(edits.summaryMs, edits.assessAllMs), "≤ 3"],
  ["(for comparison) summarizePortfolio / the analyses it runs, each called alone (every program's compliance, referrals, CCR&R functions, staff policies and slots; every partnership scored, and every agreement, plan, approach, alliance and action plan)", fmt(edits.summaryMs), fmt(edits.analysesAloneMs), ratio(edits.summaryMs, edits.analysesAloneMs), "-"],
  ["first assessCompliance of a program after editing one of its partnerships / a repeat call", fmt(edits.firstAfterEditMs), fmt(edits.warmMs), ratio(edits.firstAfterEditMs, edits.warmMs), "≤ 10"],
  ["editPortfolio of one partnership (shape and references checked) / parsePortfolio of the whole portfolio", fmt(edits.editPortfolioMs), fmt(edits.parseMs), ratio(edits.editPortfolioMs, edits.parseMs), "≤ 0.01"],
  ["edit of one partnership with PortfolioSchema / parsePortfolio of the whole portfolio", fmt(edits.editSchemaMs), fmt(edits.parseMs), ratio(edits.editSchemaMs, edits.parseMs), "≤ 0.01"],
  ["CPU time on calendar dates / all CPU time, summarizePortfolio + 200 reports + classifyStage of every partnership (sampled, inlining off)", fmt(dateShare.sampledMs * dateShare.share), fmt(dateShare.sampledMs), ratio(dateShare.share, 1), "≤ 0.1"],
  [`measureNetwork / graphology-metrics, one state (${stateNetwork.organizations.length} nodes, ${stateNetwork.partnerships.length} partnerships)`, fmt(netOurs.ms), fmt(netGraphology.ms), ratio(netOurs.ms, netGraphology.ms), "≤ 1"],
  [`measureNetwork / graphology-metrics, the national graph (${nationalOurs.result.nodeCount} nodes, ${nationalOurs.result.edgeCount} edges, ${nationalOurs.result.components.length} components; one run each)`, fmt(nationalOurs.ms), fmt(nationalGraphology.ms), ratio(nationalOurs.ms, nationalGraphology.ms), "≤ 1"],
  ["pipeline (parsePortfolio, assessCompliance for every program): full / one tenth", fmt(pipeFull.ms), fmt(pipeTenth.ms), ratio(pipeFull.ms, pipeTenth.ms), "≤ 11"],
  ["(for comparison) JSON.parse of the same texts: full / one tenth", fmt(pipeFull.jsonParseMs), fmt(pipeTenth.jsonParseMs), ratio(pipeFull.jsonParseMs, pipeTenth.jsonParseMs), "-"],
  ["renderReport, one program with 20,000 / 10,000 partners with non-ASCII ids", fmt(report20k.ms), fmt(report10k.ms), ratio(report20k.ms, report10k.ms), "≤ 2.5"],
  // Over a fourfold size step: linear is 4, quadratic 16 (a twofold step at these sizes is noisy).
  ["renderReport, one program with 20,000 / 5,000 partners with non-ASCII ids", fmt(report20k.ms), fmt(report5k.ms), ratio(report20k.ms, report5k.ms), "≤ 5"],
  ["renderReport output, 20,000 / 10,000 partners (characters)", `${(report20k.chars / 1e6).toFixed(1)} M`, `${(report10k.chars / 1e6).toFixed(1)} M`, ratio(report20k.chars, report10k.chars), "≤ 2.1"],
  ...connected.filter((c) => c.exactMs !== null).map((c) => [`measureNetwork exact / a plain typed-array Brandes, one connected network (${c.nodes} nodes, ${c.edges} edges)`, fmt(c.exactMs), fmt(c.floorMs), ratio(c.exactMs, c.floorMs), "≤ 1.2"]),
  ["peak memory reading the JSON text with parsePortfolioJson / JSON size", `${(memText.peakBytes / 1e6).toFixed(0)} MB`, `${(memText.jsonBytes / 1e6).toFixed(0)} MB`, ratio(memText.peakBytes, memText.jsonBytes), "≤ 3"],
  ["(for comparison) peak memory of JSON.parse then parsePortfolio / JSON size", `${(memObject.peakBytes / 1e6).toFixed(0)} MB`, `${(memObject.jsonBytes / 1e6).toFixed(0)} MB`, ratio(memObject.peakBytes, memObject.jsonBytes), "-"],
];
const within = (r) => r[4] === "-" || Number(r[3]) <= Number(String(r[4]).replace(/[≤ ()]/g, ""));
const cpu = cpus()[0]?.model ?? "unknown";
const md = `# Benchmark results

Written by \`npm run bench\` (bench/run.mjs); do not edit by hand. Ratios are measured side by side in
one run on one machine, so they compare like with like; absolute times are for orientation only.
Medians of ${runs} runs (${tenthRuns} for the tenth-size pipeline, which runs, like the full one,
in a fresh process after two warm-up runs). The summary and edit figures are the medians over
${editsProcesses} fresh processes of each process's median.

## Machine

- ${cpu}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB memory
- ${platform()} ${release()}, Node ${process.version}

## Data

Deterministic generator (bench/generate.mjs, seeded): ${counts.programs} programs, ${counts.organizations - counts.programs} partner
organizations, ${counts.partnerships} partnerships, ${counts.agreements} agreements, ${counts.fundingPlans} funding plans; JSON ${(fullJson.length / 1e6).toFixed(1)} MB.
One tenth: ${(tenthJson.length / 1e6).toFixed(1)} MB.

## Ratios

| Measure | Ours | Baseline | Ratio | Target | Within |
| --- | --- | --- | --- | --- | --- |
${rows.map((r) => `| ${r.join(" | ")} | ${r[4] === "-" ? "-" : within(r) ? "yes" : "**no**"} |`).join("\n")}

Both compute exact betweenness by Brandes' algorithm, one breadth-first search per node; the values
agree on every node of the national graph. Ours resets only what each search reached, so its cost
is nodes × edges summed over the connected components rather than nodes squared. Without
betweenness (degree, density, centralization, brokers, components) the national graph takes
${fmt(national.ms)}.

A Markdown report (\`renderReport\`) for each of the ${programIds.length} programs: ${fmt(reports.ms)} in all.

Connected networks (bench/network-scaling.mjs: counties of about 60 organizations tied to their
county's CCR&R, child-welfare agency, school district and housing agency, CCR&Rs chained and tied
to state offices; one component). \`measureNetwork\` with its defaults (target: under 2 s at 60,000
nodes, the error bound stated):

| Nodes | Edges | Default | Method | Exact | Typed-array floor | graphology-metrics |
| --- | --- | --- | --- | --- | --- | --- |
${connected.map((c) => `| ${c.nodes} | ${c.edges} | ${fmt(c.autoMs)} | ${c.method.method === "exact" ? "exact" : `sampled, ${c.method.samples} sources, ±${c.method.errorBound.toFixed(3)} at ${c.method.confidence * 100}%`} | ${c.exactMs === null ? "-" : fmt(c.exactMs)} | ${c.floorMs === null ? "-" : fmt(c.floorMs)} | ${c.graphologyMs === null ? "-" : fmt(c.graphologyMs)} |`).join("\n")}

Report scaling (bench/report-scaling.mjs, in a fresh process, so the national portfolio this run
holds does not slow the larger reports' collections): one program whose partners' ids share one
ASCII skeleton and differ only in non-ASCII letters (\`socio-ñá…\`), one partnership each; from
10,000 to 20,000 partners a ratio of 2 is linear, 4 would be quadratic (from 5,000, 4 is linear). ${reportScaling.map((r) => `${r.partners.toLocaleString("en-US")} partners: ${fmt(r.ms)}, ${(r.chars / 1e6).toFixed(1)} M characters`).join("; ")}. The diagram draws at most
40 organizations; its node keys are \`n0\`, \`n1\`… whatever the ids, and every table grows by one row per partner.

Reading the national file from its text: \`parsePortfolioJson\` takes ${fmt(fromText)}, \`JSON.parse\` then
\`parsePortfolio\` ${fmt(fromObject)} (${ratio(fromText, fromObject)} times as long, for the lower peak memory below).

Memory is the process's peak resident set size during the work, less its size before it (with the JSON
text already loaded); the median of ${memoryRuns} fresh processes for each way of reading. \`JSON.parse\`
alone builds objects several times the size of their text, and a whole-document zod parse then
builds a validated copy while the input is alive. \`parsePortfolioJson\` parses and validates one
record at a time, keeps the compact \`JSON.parse\` objects wherever zod's copy has the same keys,
stores each enum value and catalog id once, and checks references against sorted id lists rather
than sets. The validated portfolio retains ${(memText.retained / 1e6).toFixed(0)} MB of heap (${ratio(memText.retained, memText.jsonBytes)} times the JSON).

## Bundle sizes

esbuild, browser, minified, gzip -9.

| Entry | Minified | Gzipped |
| --- | --- | --- |
${Object.entries(sizes).map(([k, v]) => `| ${k} | ${(v.min / 1024).toFixed(1)} kB | ${(v.gz / 1024).toFixed(1)} kB |`).join("\n")}
`;
writeFileSync(new URL("./RESULTS.md", import.meta.url), md);
console.log(md);
