import { describe, expect, it } from "vitest";
import { BETWEENNESS_EXACT_BUDGET, measureNetwork, type GraphInput } from "../../src/index.js";

/** A seeded random connected graph: a random tree plus extra random edges, with a few hubs. */
function randomGraph(n: number, extra: number, seed: number): GraphInput {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const nodes = Array.from({ length: n }, (_, i) => `n${i}`);
  const edges: GraphInput["edges"][number][] = [];
  const seen = new Set<string>();
  const add = (x: number, y: number) => {
    if (x === y) return;
    const key = x < y ? `${x}-${y}` : `${y}-${x}`;
    if (seen.has(key)) return;
    seen.add(key);
    edges.push({ source: nodes[x]!, target: nodes[y]! });
  };
  for (let i = 1; i < n; i++) add(i, next() < 0.3 ? Math.floor(next() * Math.min(i, 5)) : Math.floor(next() * i));
  for (let k = 0; k < extra; k++) add(Math.floor(next() * n), Math.floor(next() * n));
  return { nodes, edges };
}
const cycle = (n: number): GraphInput => ({ nodes: Array.from({ length: n }, (_, i) => `c${i}`), edges: Array.from({ length: n }, (_, i) => ({ source: `c${i}`, target: `c${(i + 1) % n}` })) });

describe("betweenness: exact, sampled, auto", () => {
  it("is exact by default while the work is within the budget, and says so", () => {
    const m = measureNetwork(randomGraph(300, 200, 7));
    expect(m.betweennessMethod).toEqual({ method: "exact" });
    expect(measureNetwork(randomGraph(300, 200, 7), { betweenness: "exact" }).nodes.map((x) => x.betweenness)).toEqual(m.nodes.map((x) => x.betweenness));
  });
  it("samples a connected graph whose work is over the budget (a 20,000-node cycle: 400 million)", () => {
    expect(20_000 * 20_000).toBeGreaterThan(BETWEENNESS_EXACT_BUDGET);
    const m = measureNetwork(cycle(20_000));
    expect(m.betweennessMethod).toEqual({ method: "sampled", samples: 256, seed: 1, errorBound: expect.closeTo(0.0849, 3), confidence: 0.95 });
    // On a cycle every node has the same exact betweenness; the estimate is close to it.
    // Σ over ordered pairs of (distance - 1) spread over n equal nodes: (n/2 - 1)² / ((n - 1)(n - 2)).
    const exact = ((20_000 / 2 - 1) * (20_000 / 2 - 1)) / (19_999 * 19_998);
    const worst = Math.max(...m.nodes.map((x) => Math.abs(x.betweenness! - exact)));
    expect(worst).toBeLessThan((m.betweennessMethod as { errorBound: number }).errorBound);
  });
  it("is deterministic for a seed, and another seed draws another sample", () => {
    const g = randomGraph(500, 300, 11);
    const a = measureNetwork(g, { betweenness: "sampled", samples: 40, seed: 3 });
    const b = measureNetwork(g, { betweenness: "sampled", samples: 40, seed: 3 });
    const c = measureNetwork(g, { betweenness: "sampled", samples: 40, seed: 4 });
    expect(b.nodes.map((x) => x.betweenness)).toEqual(a.nodes.map((x) => x.betweenness));
    expect(c.nodes.map((x) => x.betweenness)).not.toEqual(a.nodes.map((x) => x.betweenness));
  });
  it.each([[1], [2], [3], [4], [5]])("keeps every node within the stated bound on generated graph %i (at least the stated share)", (seed) => {
    const g = randomGraph(800, 600, seed * 101);
    const exact = measureNetwork(g, { betweenness: "exact" }).nodes.map((x) => x.betweenness!);
    const sampled = measureNetwork(g, { betweenness: "sampled", samples: 32, seed });
    const method = sampled.betweennessMethod as { errorBound: number; confidence: number };
    const within = sampled.nodes.filter((x, i) => Math.abs(x.betweenness! - exact[i]!) <= method.errorBound).length / exact.length;
    expect(within).toBeGreaterThanOrEqual(method.confidence);
  });
  it("is unbiased: the mean over many seeds approaches the exact value", () => {
    const g = randomGraph(200, 120, 5);
    const exact = measureNetwork(g, { betweenness: "exact" }).nodes.map((x) => x.betweenness!);
    const runs = 60;
    const mean = new Array<number>(exact.length).fill(0);
    for (let seed = 1; seed <= runs; seed++) measureNetwork(g, { betweenness: "sampled", samples: 20, seed }).nodes.forEach((x, i) => (mean[i]! += x.betweenness! / runs));
    const top = exact.indexOf(Math.max(...exact));
    expect(Math.abs(mean[top]! - exact[top]!) / exact[top]!).toBeLessThan(0.15);
  });
  it("is exact when the sample would cover every node", () => {
    const g = randomGraph(50, 30, 2);
    expect(measureNetwork(g, { betweenness: "sampled", samples: 50 }).betweennessMethod).toEqual({ method: "exact" });
  });
  it("refuses a mode or a sample size that does not exist", () => {
    const g = randomGraph(10, 5, 1);
    expect(() => measureNetwork(g, { betweenness: "fast" as never })).toThrow(RangeError);
    expect(() => measureNetwork(g, { betweenness: "sampled", samples: 0 })).toThrow(/samples/);
    expect(() => measureNetwork(g, { betweenness: "sampled", samples: 1.5 })).toThrow(/samples/);
    expect(() => measureNetwork(g, { seed: -1 })).toThrow(/seed/);
  });
  it("orders brokers by the sampled values when it samples", () => {
    const m = measureNetwork(cycle(20_000));
    expect(m.brokers).toEqual([]);
    const star: GraphInput = { nodes: ["hub", ...Array.from({ length: 30 }, (_, i) => `s${i}`)], edges: Array.from({ length: 30 }, (_, i) => ({ source: "hub", target: `s${i}` })) };
    const s = measureNetwork(star, { betweenness: "sampled", samples: 10 });
    expect(s.brokers).toEqual(["hub"]);
    expect(s.betweennessMethod?.method).toBe("sampled");
  });
});

describe("many-party partnerships", () => {
  const party = (i: number) => ({ id: `o${i}`, name: `Org ${i}` });
  const network = (parties: number) => ({
    organizations: Array.from({ length: parties + 1 }, (_, i) => party(i)),
    partnerships: [
      { id: "alliance", parties: Array.from({ length: parties }, (_, i) => `o${i}`), status: "active" as const, practices: [] },
      { id: "pair", parties: ["o0", `o${parties}`], status: "active" as const, practices: [] },
    ],
  });
  it("measures a 4,000-party partnership through one hub node: edges linear in the parties", () => {
    const m = measureNetwork(network(4000));
    expect(m.nodeCount).toBe(4002);
    expect(m.edgeCount).toBe(4001);
    const hub = m.nodes.find((x) => x.hub);
    expect(hub).toMatchObject({ id: "partnership:alliance", degree: 4000, hub: true });
    expect(m.brokers.slice(0, 2)).toEqual(["partnership:alliance", "o0"]);
  });
  it("links every pair of a partnership of up to 12 parties, as before", () => {
    const m = measureNetwork(network(12));
    expect(m.nodes.some((x) => x.hub)).toBe(false);
    expect(m.edgeCount).toBe((12 * 11) / 2 + 1);
  });
});
