// measureNetwork on connected networks (bench only): partnerships through shared hubs (each
// county's CCR&R, child-welfare agency, school district, housing agency; state offices linked to
// every CCR&R), so the network is one component, unlike the national generator's thousands of
// local ones. Exact and sampled betweenness against a plain typed-array Brandes (the floor) and,
// at the smallest size, graphology-metrics. Runnable alone: node bench/network-scaling.mjs.
import { fileURLToPath } from "node:url";
import Graph from "graphology";
import betweennessCentrality from "graphology-metrics/centrality/betweenness.js";
import { measureNetwork } from "../dist/index.js";

function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** About `nodes` organizations in counties of ~60, every program and provider tied to its county's hubs. */
export function connectedNetwork(nodes, seed = 7) {
  const rand = prng(seed);
  const organizations = [];
  const partnerships = [];
  const counties = Math.max(1, Math.round(nodes / 60));
  const state = ["state-ccdf", "state-collab", "state-dcf"];
  for (const id of state) organizations.push({ id, name: id });
  let k = 0;
  const link = (a, b) => partnerships.push({ id: `p${k++}`, parties: [a, b], status: "active", practices: [] });
  for (let c = 0; c < counties; c++) {
    const hubs = ["ccrr", "cw", "lea", "housing"].map((h) => `${h}-${c}`);
    for (const h of hubs) organizations.push({ id: h, name: h });
    link(`ccrr-${c}`, "state-ccdf");
    link(`ccrr-${c}`, "state-collab");
    link(`cw-${c}`, "state-dcf");
    if (c > 0) link(`ccrr-${c}`, `ccrr-${c - 1}`);
    const members = 56;
    for (let m = 0; m < members; m++) {
      const id = `org-${c}-${m}`;
      organizations.push({ id, name: id });
      link(id, hubs[Math.floor(rand() * hubs.length)]);
      if (rand() < 0.4) link(id, hubs[Math.floor(rand() * hubs.length)]);
      if (rand() < 0.15 && m > 0) link(id, `org-${c}-${Math.floor(rand() * m)}`);
    }
  }
  return { organizations, partnerships };
}

/** A plain Brandes over typed arrays, every source: the floor the library's exact betweenness is held to. */
export function typedArrayBrandes(offsets, targets) {
  const n = offsets.length - 1;
  const C = new Float64Array(n), sigma = new Float64Array(n), dist = new Int32Array(n).fill(-1), delta = new Float64Array(n), order = new Int32Array(n);
  for (let s = 0; s < n; s++) {
    sigma[s] = 1;
    dist[s] = 0;
    let head = 0, tail = 0;
    order[tail++] = s;
    while (head < tail) {
      const v = order[head++], dv = dist[v], sv = sigma[v];
      for (let e = offsets[v], end = offsets[v + 1]; e < end; e++) {
        const w = targets[e];
        let dw = dist[w];
        if (dw < 0) { dw = dv + 1; dist[w] = dw; order[tail++] = w; }
        if (dw === dv + 1) sigma[w] += sv;
      }
    }
    for (let k = tail - 1; k > 0; k--) {
      const w = order[k], dw = dist[w], c = (1 + delta[w]) / sigma[w];
      for (let e = offsets[w], end = offsets[w + 1]; e < end; e++) { const v = targets[e]; if (dist[v] === dw - 1) delta[v] += sigma[v] * c; }
      C[w] += delta[w];
    }
    for (let k = 0; k < tail; k++) { const v = order[k]; sigma[v] = 0; dist[v] = -1; delta[v] = 0; }
  }
  return C;
}

function csrOf(network) {
  const index = new Map(network.organizations.map((o, i) => [o.id, i]));
  const adj = network.organizations.map(() => new Set());
  for (const p of network.partnerships) { const a = index.get(p.parties[0]), b = index.get(p.parties[1]); if (a !== b) { adj[a].add(b); adj[b].add(a); } }
  const n = adj.length;
  const offsets = new Int32Array(n + 1);
  for (let v = 0; v < n; v++) offsets[v + 1] = offsets[v] + adj[v].size;
  const targets = new Int32Array(offsets[n]);
  for (let v = 0; v < n; v++) targets.set([...adj[v]], offsets[v]);
  return { offsets, targets, edges: offsets[n] / 2 };
}

const ms = (f) => { const t = performance.now(); const r = f(); return { ms: performance.now() - t, r }; };

/** Per size: nodes, edges, default (auto) time and method, exact time, the typed-array floor, graphology (smallest only). */
export function measureConnected(sizes = [5000, 20000, 60000], exactUpTo = 20000) {
  return sizes.map((size, i) => {
    const network = connectedNetwork(size);
    const { offsets, targets, edges } = csrOf(network);
    const auto = ms(() => measureNetwork(network));
    const exact = size <= exactUpTo ? ms(() => measureNetwork(network, { betweenness: "exact" })).ms : null;
    const floor = size <= exactUpTo ? ms(() => typedArrayBrandes(offsets, targets)).ms : null;
    let graphology = null;
    if (i === 0) {
      const g = new Graph({ type: "undirected" });
      for (const o of network.organizations) g.addNode(o.id);
      for (const p of network.partnerships) if (!g.hasEdge(p.parties[0], p.parties[1])) g.addEdge(p.parties[0], p.parties[1]);
      graphology = ms(() => betweennessCentrality(g, { getEdgeWeight: null })).ms;
    }
    return { nodes: network.organizations.length, edges, components: auto.r.components.length, autoMs: auto.ms, method: auto.r.betweennessMethod, exactMs: exact, floorMs: floor, graphologyMs: graphology };
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const row of measureConnected([5000, 20000], 5000)) console.log(JSON.stringify(row));
}
