import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import Graph from "graphology";
import betweennessCentrality from "graphology-metrics/centrality/betweenness";
import { degreeCentrality } from "graphology-metrics/centrality/degree";
import { density } from "graphology-metrics/graph/density";
import { measureNetwork, type GraphInput } from "../../src/index.js";

function toGraphology(g: GraphInput) {
  const graph = new Graph({ type: "undirected", multi: false });
  for (const n of g.nodes) graph.addNode(typeof n === "string" ? n : n.id);
  for (const e of g.edges) if (e.source !== e.target && !graph.hasEdge(e.source, e.target)) graph.addEdge(e.source, e.target);
  return graph;
}

const graphArb = fc
  .integer({ min: 1, max: 24 })
  .chain((n) =>
    fc.record({
      n: fc.constant(n),
      edges: fc.array(fc.tuple(fc.nat({ max: n - 1 }), fc.nat({ max: n - 1 })), { maxLength: n * 3 }),
    }),
  )
  .map(({ n, edges }) => ({
    nodes: Array.from({ length: n }, (_, i) => `o${i}`),
    edges: edges.filter(([a, b]) => a !== b).map(([a, b]) => ({ source: `o${a}`, target: `o${b}` })),
  }));

describe("measureNetwork against graphology-metrics", () => {
  test.prop([graphArb], { numRuns: 200 })("matches degree centrality, betweenness and density on generated graphs", (g) => {
    const ours = measureNetwork(g);
    const graph = toGraphology(g);
    const bc = betweennessCentrality(graph, { getEdgeWeight: null });
    const dc = degreeCentrality(graph);
    for (const node of ours.nodes) {
      expect(node.betweenness).toBeCloseTo(g.nodes.length <= 2 ? 0 : bc[node.id]!, 10);
      if (g.nodes.length > 1) expect(node.degreeCentrality).toBeCloseTo(dc[node.id]!, 12);
      expect(node.degree).toBe(graph.degree(node.id));
    }
    if (g.nodes.length > 1) expect(ours.density).toBeCloseTo(density(graph), 12);
    expect(ours.edgeCount).toBe(graph.size);
  });

  it("agrees on a star, a path and a complete graph", () => {
    const star = { nodes: ["hub", "a", "b", "c", "d"], edges: ["a", "b", "c", "d"].map((x) => ({ source: "hub", target: x })) };
    const s = measureNetwork(star);
    expect(s.nodes[0]).toMatchObject({ degree: 4, degreeCentrality: 1, betweenness: 1, broker: true });
    expect(s.degreeCentralization).toBe(1);
    const complete = measureNetwork({ nodes: ["a", "b", "c"], edges: [{ source: "a", target: "b" }, { source: "b", target: "c" }, { source: "a", target: "c" }] });
    expect(complete.degreeCentralization).toBe(0);
    expect(complete.brokers).toEqual([]);
    expect(complete.density).toBe(1);
  });
});

describe("measureNetwork bad input and edges", () => {
  it("ignores self-loops, edges to unknown nodes and bad weights, merges duplicates, and reports each", () => {
    const m = measureNetwork({
      nodes: ["a", "b", "a"],
      edges: [{ source: "a", target: "a" }, { source: "a", target: "zoo" }, { source: "a", target: "b", weight: 1 }, { source: "b", target: "a", weight: 3 }, { source: "a", target: "b", weight: -1 }],
    });
    expect(m.edgeCount).toBe(1);
    expect(m.nodes.map((n) => n.strength)).toEqual([3, 3]);
    expect(m.findings.map((f) => f.code)).toEqual(["network.node.duplicate", "network.edge.self-loop", "network.edge.unknown-node", "network.edge.duplicate", "network.edge.bad-weight"]);
  });
  it("handles empty and one-organization networks without NaN", () => {
    expect(measureNetwork({ nodes: [], edges: [] })).toMatchObject({ nodeCount: 0, density: null, degreeCentralization: null, components: [] });
    const one = measureNetwork({ nodes: ["solo"], edges: [] });
    expect(one.nodes[0]).toEqual({ id: "solo", degree: 0, strength: 0, degreeCentrality: 0, betweenness: 0, broker: false, component: 0 });
    expect(one.isolates).toEqual(["solo"]);
  });
  it("reads a portfolio: partnerships link every pair of parties, ended ones are left out, stage can weight edges", () => {
    const organizations = ["ehs", "ccrr", "center", "cps"].map((id) => ({ id, name: id }));
    const partnerships = [
      { id: "p1", parties: ["ehs", "ccrr", "center"], status: "active" as const, practices: [{ practice: "pooled-resources" as const, date: "2025-01-01" }, { practice: "shared-products" as const, date: "2025-01-01" }, { practice: "jointly-created-program" as const, date: "2025-01-01" }] },
      { id: "p2", parties: ["ehs", "cps"], status: "ended" as const, practices: [] },
    ];
    const m = measureNetwork({ organizations, partnerships }, { weightBy: "stage", asOf: "2025-09-01" });
    expect(m.edgeCount).toBe(3);
    expect(m.nodes[0]?.strength).toBe(8);
    expect(m.isolates).toEqual(["cps"]);
    expect(measureNetwork({ organizations, partnerships }, { includeEnded: true }).brokers).toEqual(["ehs"]);
    expect(() => measureNetwork({ organizations, partnerships }, { weightBy: "stage" })).toThrow(RangeError);
  });
  it("can skip betweenness for very large graphs", () => {
    expect(measureNetwork({ nodes: ["a", "b"], edges: [{ source: "a", target: "b" }] }, { betweenness: false }).nodes[0]?.betweenness).toBeNull();
  });
  it("measures 200,000 organizations (more than a call takes arguments), betweenness included", () => {
    const nodes = Array.from({ length: 200_000 }, (_, i) => `org-${i}`);
    const m = measureNetwork({ nodes, edges: [{ source: "org-0", target: "org-1" }, { source: "org-1", target: "org-2" }] });
    expect(m.nodeCount).toBe(200_000);
    expect(m.brokers).toEqual(["org-1"]);
    expect(m.isolates).toHaveLength(199_997);
    // Freeman: the sum of (max degree 2 - degree) over nodes = 2 × 199,997 isolates + 1 + 1.
    expect(m.degreeCentralization).toBeCloseTo((2 * 199_997 + 2) / (199_999 * 199_998), 15);
  });
});

describe("betweenness on path counts past a double", () => {
  it("stays exact on a 1,100-layer graph whose shortest-path counts reach 2^1100", () => {
    const L = 1100;
    const nodes: string[] = [];
    const edges: { source: string; target: string }[] = [];
    for (let i = 0; i < L; i++) {
      nodes.push(`a${i}`, `b${i}`);
      if (i > 0) for (const x of ["a", "b"]) for (const y of ["a", "b"]) edges.push({ source: `${x}${i - 1}`, target: `${y}${i}` });
    }
    const m = measureNetwork({ nodes, edges });
    const scale = (2 * L - 1) * (2 * L - 2);
    expect(m.nodes.every((x) => Number.isFinite(x.betweenness))).toBe(true);
    // layer 0: half of the four paths between the two nodes of layer 1, both orders
    expect(m.nodes[0]!.betweenness).toBeCloseTo(0.5 / scale, 15);
    // layer 1: half of every path from layer 0 to the layers beyond, plus the pairs of layers 0 and 2
    expect(m.nodes[2]!.betweenness).toBeCloseTo((0.5 * 2 * (2 * (L - 2)) * 2 + 1 + 0.5) / scale, 12);
  });
});
