// Iterating a frozen array against an ordinary one with the same elements, on this machine's Node:
// time per call for the loops the library runs over its (frozen) catalogs.
// Run: node bench/frozen-iteration.mjs
// Why it matters: V8 does not inline these loops over frozen arrays, and catalogs are deep-frozen,
// so the library's per-record loops over catalogs are index loops (see deepFreeze in src/core/catalog.ts).

const items = () => [{ id: "a" }, { id: "b" }, { id: "c" }, { id: "d" }, { id: "e" }, { id: "f" }];
const loops = {
  "for…of": (list) => {
    let n = 0;
    for (const x of list) if (x.id !== "z") n++;
    return n;
  },
  "index loop": (list) => {
    let n = 0;
    for (let i = 0; i < list.length; i++) if (list[i].id !== "z") n++;
    return n;
  },
  some: (list) => (list.some((x) => x.id === "z") ? 1 : 0),
  every: (list) => (list.every((x) => x.id !== "z") ? 1 : 0),
  filter: (list) => list.filter((x) => x.id !== "b").length,
  find: (list) => (list.find((x) => x.id === "f") ? 1 : 0),
  map: (list) => list.map((x) => x.id).length,
};

/** Time (ns) per call, the median of 5 runs of n calls, after a warm-up. */
function measure(fn, list, n = 1_000_000) {
  let sink = 0;
  for (let i = 0; i < 100_000; i++) sink += fn(list);
  const times = [];
  for (let r = 0; r < 5; r++) {
    const t = process.hrtime.bigint();
    for (let i = 0; i < n; i++) sink += fn(list);
    times.push(Number(process.hrtime.bigint() - t) / n);
  }
  if (sink === -1) console.log(sink);
  return times.sort((a, b) => a - b)[2];
}

console.log(`Node ${process.version}, V8 ${process.versions.v8}: ns per call over 6 elements (median of 5 × 1,000,000)\n`);
console.log("| Loop | Ordinary array | Frozen array | Frozen / ordinary |");
console.log("| --- | --- | --- | --- |");
for (const [name, fn] of Object.entries(loops)) {
  // A fresh copy of the function per kind of array, so each is optimized for its own input.
  const plain = measure(new Function("return " + fn.toString())(), items());
  const frozen = measure(new Function("return " + fn.toString())(), Object.freeze(items()));
  console.log(`| ${name} | ${plain.toFixed(1)} | ${frozen.toFixed(1)} | ${(frozen / plain).toFixed(1)} |`);
}
