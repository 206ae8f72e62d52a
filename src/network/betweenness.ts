// Betweenness centrality on a graph in compressed sparse rows (CSR): exact (Brandes 2001) or
// estimated from sampled sources (Brandes & Pich 2007), with a Hoeffding error bound.

/** An undirected graph as compressed sparse rows: the neighbours of v are targets[offsets[v]..offsets[v + 1]). */
export interface Csr {
  offsets: Int32Array;
  targets: Int32Array;
}

/** Builds the CSR of neighbour lists. O(n + m). */
export function toCsr(neighbours: readonly (readonly number[])[]): Csr {
  const n = neighbours.length;
  const offsets = new Int32Array(n + 1);
  for (let v = 0; v < n; v++) offsets[v + 1] = offsets[v]! + neighbours[v]!.length;
  const targets = new Int32Array(offsets[n]!);
  for (let v = 0; v < n; v++) targets.set(neighbours[v]!, offsets[v]!);
  return { offsets, targets };
}

/** Above this many shortest paths a breadth-first level is rescaled, so path counts never overflow a double. */
const SIGMA_LIMIT = 1e200;

/**
 * Brandes' accumulation from the given sources: the sum over those sources s of the dependency
 * δ_s(v) of every node v, unweighted (hop) shortest paths. One breadth-first search per source,
 * confined to its component, resetting only what it reached: O(sources × edges of their
 * components). Path counts can exceed a double (a graph of 1,100 layers doubles them 1,100 times):
 * a level whose counts pass `SIGMA_LIMIT` is divided by its largest count, and the factor is kept
 * per level, so every ratio the accumulation uses stays exact to float precision.
 */
export function brandesFrom(graph: Csr, sources: Iterable<number>): Float64Array {
  const { offsets, targets } = graph;
  const n = offsets.length - 1;
  const centrality = new Float64Array(n);
  const sigma = new Float64Array(n);
  const dist = new Int32Array(n).fill(-1);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);
  const levelScale = new Float64Array(n + 1).fill(1);
  for (const s of sources) {
    sigma[s] = 1;
    dist[s] = 0;
    // order doubles as the BFS queue: nodes are dequeued in the order they were reached.
    let head = 0;
    let tail = 0;
    order[tail++] = s;
    let level = 0;
    let levelMax = 0;
    while (head < tail) {
      const v = order[head]!;
      const dv = dist[v]!;
      if (dv !== level) {
        // v starts the next level, which is all of order[head..tail) and has all its counts.
        level = dv;
        if (levelMax > SIGMA_LIMIT) {
          for (let k = head; k < tail; k++) sigma[order[k]!]! /= levelMax;
          levelScale[level] = levelMax;
        }
        levelMax = 0;
      }
      head++;
      const sv = sigma[v]!;
      for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e++) {
        const w = targets[e]!;
        let dw = dist[w]!;
        if (dw < 0) {
          dw = dv + 1;
          dist[w] = dw;
          order[tail++] = w;
        }
        if (dw === dv + 1) {
          const sw = sigma[w]! + sv;
          sigma[w] = sw;
          if (sw > levelMax) levelMax = sw;
        }
      }
    }
    for (let k = tail - 1; k > 0; k--) {
      const w = order[k]!;
      const dw = dist[w]!;
      const coefficient = (1 + delta[w]!) / (sigma[w]! * levelScale[dw]!);
      for (let e = offsets[w]!, end = offsets[w + 1]!; e < end; e++) {
        const v = targets[e]!;
        if (dist[v] === dw - 1) delta[v]! += sigma[v]! * coefficient;
      }
      centrality[w]! += delta[w]!;
    }
    for (let k = 0; k < tail; k++) {
      const v = order[k]!;
      levelScale[dist[v]!] = 1;
      sigma[v] = 0;
      dist[v] = -1;
      delta[v] = 0;
    }
  }
  return centrality;
}

/** mulberry32: a small seeded generator, so a sample is the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `k` distinct nodes of `0..n-1`, drawn uniformly without replacement (partial Fisher–Yates). O(n). */
export function sampleSources(n: number, k: number, seed: number): Int32Array {
  const pool = new Int32Array(n);
  for (let i = 0; i < n; i++) pool[i] = i;
  const next = random(seed);
  const take = Math.min(k, n);
  for (let i = 0; i < take; i++) {
    const j = i + Math.floor(next() * (n - i));
    const t = pool[i]!;
    pool[i] = pool[j]!;
    pool[j] = t;
  }
  return pool.slice(0, take).sort();
}

/**
 * The half-width of the interval that holds a sampled node's normalized betweenness with
 * probability at least `confidence`, by Hoeffding's inequality (which also holds when sampling
 * without replacement): each sampled source contributes δ_s(v) / (n - 2), a value in [0, 1], so
 * with k sources the estimate is within (n / (n - 1)) · √(ln(2 / (1 - confidence)) / (2k)) of the
 * true value, node by node. Exact (0) when every node is a source.
 */
export function hoeffdingBound(n: number, k: number, confidence: number): number {
  if (k >= n || n <= 2) return 0;
  return (n / (n - 1)) * Math.sqrt(Math.log(2 / (1 - confidence)) / (2 * k));
}
