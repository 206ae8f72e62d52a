import { report, type Finding } from "../core/index.js";
import { edgeBadWeight, edgeDuplicate, edgeSelfLoop, edgeUnknownNode, nodeDuplicate, type NetworkFindingCode } from "./findings.js";
import { optionalCount, requireCollections, requireIsoDate } from "../core/internal.js";
import { brandesFrom, hoeffdingBound, sampleSources, toCsr } from "./betweenness.js";
import { classifyStage } from "../continuum/index.js";
import type { Organization, Partnership } from "../partners/index.js";

/**
 * A plain graph: nodes (ids, or objects with an id and label) and undirected edges with an
 * optional positive weight.
 *
 * @example
 * ```ts
 * import type { GraphInput } from "ece-partnerships";
 * const g: GraphInput = { nodes: ["ehs", "ccrr", "center"], edges: [{ source: "ehs", target: "ccrr" }, { source: "ccrr", target: "center", weight: 2 }] };
 * g.edges.length; //=> 2
 * ```
 * @category Network
 */
export interface GraphInput {
  nodes: readonly (string | { id: string; label?: string })[];
  edges: readonly { source: string; target: string; weight?: number }[];
}

/**
 * What {@link measureNetwork} reads from a portfolio: organizations are nodes, partnerships are
 * edges between every pair of their parties.
 *
 * @example
 * ```ts
 * import type { PartnershipNetworkInput } from "ece-partnerships";
 * const input: PartnershipNetworkInput = { organizations: [], partnerships: [] };
 * input.partnerships.length; //=> 0
 * ```
 * @category Network
 */
export interface PartnershipNetworkInput {
  organizations: readonly Pick<Organization, "id" | "name">[];
  partnerships: readonly Pick<Partnership, "id" | "parties" | "status" | "practices" | "endDate">[];
}

/**
 * Options of {@link measureNetwork}.
 *
 * @example
 * ```ts
 * import type { MeasureNetworkOptions } from "ece-partnerships";
 * const o: MeasureNetworkOptions = { weightBy: "stage", asOf: "2025-09-01" };
 * o.weightBy; //=> "stage"
 * ```
 * @category Network
 */
export interface MeasureNetworkOptions {
  /** For partnerships: weight each edge by the partnership's stage rank (1-4, 1 without evidence). Default `none` (weight 1). */
  weightBy?: "none" | "stage";
  /** For partnerships: the date for stages and for leaving out ended partnerships (required with `weightBy: "stage"`). */
  asOf?: string;
  /** For partnerships: keep ended partnerships. Default false. */
  includeEnded?: boolean;
  /**
   * How to compute betweenness: `"auto"` (the default) is exact while the work, the sum over
   * connected components of nodes × edges, stays within {@link BETWEENNESS_EXACT_BUDGET}, and
   * sampled above it; `"exact"` (or `true`) always exact; `"sampled"` always estimated from
   * `samples` sources; `false` not at all.
   */
  betweenness?: boolean | "auto" | "exact" | "sampled";
  /** Sources a sampled estimate uses (a whole number of at least 1); default 256. */
  samples?: number;
  /** Seed of the sample, so the estimate is the same on every run; default 1. */
  seed?: number;
}

/**
 * How {@link measureNetwork} computed betweenness: exactly, or estimated from a uniform sample of
 * source nodes (Brandes & Pich 2007) with the Hoeffding bound on each node's error: with
 * probability at least `confidence`, a node's normalized betweenness is within `errorBound` of
 * its exact value.
 *
 * @example
 * ```ts
 * import type { BetweennessMethod } from "ece-partnerships";
 * const m: BetweennessMethod = { method: "sampled", samples: 256, seed: 1, errorBound: 0.085, confidence: 0.95 };
 * m.method; //=> "sampled"
 * ```
 * @category Network
 */
export type BetweennessMethod = { method: "exact" } | { method: "sampled"; samples: number; seed: number; errorBound: number; confidence: number };

/**
 * The work (the sum over connected components of nodes × edges) up to which `betweenness: "auto"`
 * computes exact betweenness: 200 million, a few seconds on a 2-core machine. A national network of
 * many local components stays exact; one connected network of tens of thousands of organizations
 * is sampled.
 *
 * @example
 * ```ts
 * import { BETWEENNESS_EXACT_BUDGET } from "ece-partnerships";
 * BETWEENNESS_EXACT_BUDGET; //=> 200_000_000
 * ```
 * @category Network
 */
export const BETWEENNESS_EXACT_BUDGET = 200_000_000;

/** The confidence the sampled error bound is stated at. */
const CONFIDENCE = 0.95;

/**
 * Per-organization network measures.
 *
 * @example
 * ```ts
 * import type { NodeMetrics } from "ece-partnerships";
 * const n: NodeMetrics = { id: "ccrr", degree: 2, strength: 3, degreeCentrality: 1, betweenness: 1, broker: true, component: 0 };
 * n.broker; //=> true
 * ```
 * @category Network
 */
export interface NodeMetrics {
  /** Node id. */
  id: string;
  /** Number of distinct neighbours. */
  degree: number;
  /** Sum of edge weights. */
  strength: number;
  /** degree / (n - 1), as graphology-metrics' `degreeCentrality`; 0 when n = 1. */
  degreeCentrality: number;
  /** Normalized betweenness, as graphology-metrics' `betweennessCentrality` on an undirected graph: the Brandes sum over ordered pairs / ((n - 1)(n - 2)), i.e. the share of shortest paths between other pairs through the node; 0 when n ≤ 2; `null` when not computed. */
  betweenness: number | null;
  /** An articulation point: removing it splits its component, so it bridges otherwise separate groups. */
  broker: boolean;
  /** Index into `components`. */
  component: number;
  /** Present (true) on the node that stands for a partnership of more than {@link PARTNERSHIP_HUB_PARTIES} parties. */
  hub?: true;
}

/**
 * The result of {@link measureNetwork}.
 *
 * @example
 * ```ts
 * import type { NetworkMetrics } from "ece-partnerships";
 * const keys: (keyof NetworkMetrics)[] = ["nodeCount", "edgeCount", "density", "degreeCentralization", "nodes", "brokers", "isolates", "components", "findings"];
 * keys.length; //=> 9
 * ```
 * @category Network
 */
export interface NetworkMetrics {
  /** Nodes. */
  nodeCount: number;
  /** Distinct undirected edges. */
  edgeCount: number;
  /** 2m / (n(n - 1)), as graphology-metrics' undirected density; `null` when n < 2. */
  density: number | null;
  /** Freeman degree centralization, Σ(max degree - degree) / ((n - 1)(n - 2)), 0..1 (1 for a star); `null` when n < 3. */
  degreeCentralization: number | null;
  /** Per node, in input order. */
  nodes: NodeMetrics[];
  /** Articulation points, highest betweenness first. */
  brokers: string[];
  /** Nodes with no edge. */
  isolates: string[];
  /** Connected components, largest first (ties by first member), members in input order. */
  components: string[][];
  /** How betweenness was computed (`null` when it was not). Brokers are ordered by it. */
  betweennessMethod: BetweennessMethod | null;
  /** Self-loops, duplicate edges, edges to unknown nodes, bad weights: each ignored or merged, and reported. */
  findings: Finding<NetworkFindingCode>[];
}

interface Built {
  ids: string[];
  adjacency: Map<number, number>[];
  findings: Finding<NetworkFindingCode>[];
  /** Nodes that stand for a many-party partnership. */
  hubs: ReadonlySet<number>;
}

/**
 * A partnership of more parties than this (12) is measured as a hub: one node, id
 * `partnership:<id>` and `hub: true`, linked to each party, instead of a clique of every pair of
 * parties (a partnership of 4,000 parties would be 8 million edges; as a hub it is 4,000). Paths
 * through the hub count two steps where the clique counted one, and hubs count in `nodeCount`,
 * density and components. Partnerships of up to 12 parties link every pair, as before.
 *
 * @example
 * ```ts
 * import { PARTNERSHIP_HUB_PARTIES } from "ece-partnerships";
 * PARTNERSHIP_HUB_PARTIES; //=> 12
 * ```
 * @category Network
 */
export const PARTNERSHIP_HUB_PARTIES = 12;

/** The id prefix of a many-party partnership's hub node. */
const PARTNERSHIP_HUB_PREFIX = "partnership:";

function isGraphInput(input: GraphInput | PartnershipNetworkInput): input is GraphInput {
  return typeof input === "object" && input !== null && "nodes" in input && "edges" in input;
}

function build(input: GraphInput | PartnershipNetworkInput, options: MeasureNetworkOptions): Built {
  const findings: Finding<NetworkFindingCode>[] = [];
  const hubs = new Set<number>();
  const subject = { kind: "network" };
  const ids: string[] = [];
  const indexOf = new Map<string, number>();
  const addNode = (id: string) => {
    if (indexOf.has(id)) {
      findings.push(report(nodeDuplicate, { node: id }, { subject }));
      return;
    }
    indexOf.set(id, ids.length);
    ids.push(id);
  };
  const adjacency: Map<number, number>[] = [];
  const addEdge = (source: string, target: string, weight: number, reportDuplicate: boolean, what: string) => {
    const a = indexOf.get(source);
    const b = indexOf.get(target);
    if (a === undefined || b === undefined) {
      findings.push(report(edgeUnknownNode, { edge: what, node: a === undefined ? source : target }, { subject }));
      return;
    }
    if (a === b) {
      findings.push(report(edgeSelfLoop, { edge: what, node: source }, { subject }));
      return;
    }
    if (!(weight > 0) || !Number.isFinite(weight)) {
      findings.push(report(edgeBadWeight, { edge: what, weight: String(weight) }, { subject }));
      return;
    }
    const existing = adjacency[a]!.get(b);
    if (existing !== undefined && reportDuplicate) {
      findings.push(report(edgeDuplicate, { source, target }, { subject }));
    }
    const w = Math.max(existing ?? 0, weight);
    adjacency[a]!.set(b, w);
    adjacency[b]!.set(a, w);
  };

  if (isGraphInput(input)) requireCollections(input, ["nodes", "edges"], "measureNetwork");
  else requireCollections(input, ["organizations", "partnerships"], "measureNetwork");
  if (isGraphInput(input)) {
    for (const node of input.nodes) addNode(typeof node === "string" ? node : node.id);
    for (let i = 0; i < ids.length; i++) adjacency.push(new Map());
    input.edges.forEach((e, i) => addEdge(e.source, e.target, e.weight ?? 1, true, `Edge ${i}`));
    return { ids, adjacency, findings, hubs };
  } else {
    const asOf = options.asOf === undefined ? undefined : requireIsoDate(options.asOf);
    if (options.weightBy === "stage" && asOf === undefined) throw new RangeError('measureNetwork: weightBy "stage" needs asOf');
    for (const org of input.organizations) addNode(org.id);
    for (let i = 0; i < ids.length; i++) adjacency.push(new Map());
    for (const p of input.partnerships) {
      const ended = p.status === "ended" || (asOf !== undefined && p.endDate !== undefined && p.endDate < asOf);
      if (ended && !options.includeEnded) continue;
      const weight = options.weightBy === "stage" ? Math.max(1, classifyStage(p.practices, { asOf: asOf! }).rank) : 1;
      const parties = [...new Set(p.parties)];
      if (parties.length > PARTNERSHIP_HUB_PARTIES) {
        // A hub node instead of a clique: linear in the parties, not quadratic.
        const hub = `${PARTNERSHIP_HUB_PREFIX}${p.id}`;
        if (!indexOf.has(hub)) {
          hubs.add(ids.length);
          addNode(hub);
          adjacency.push(new Map());
        }
        for (const party of parties) addEdge(hub, party, weight, false, `Partnership ${p.id}`);
        continue;
      }
      for (let i = 0; i < parties.length; i++) for (let j = i + 1; j < parties.length; j++) addEdge(parties[i]!, parties[j]!, weight, false, `Partnership ${p.id}`);
    }
  }
  return { ids, adjacency, findings, hubs };
}


/** Articulation points by an iterative Tarjan depth-first search. */
function articulationPoints(neighbours: number[][]): boolean[] {
  const n = neighbours.length;
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const cut = new Array<boolean>(n).fill(false);
  const next = new Int32Array(n);
  let time = 0;
  for (let root = 0; root < n; root++) {
    if (disc[root]! >= 0) continue;
    let children = 0;
    const stack = [root];
    disc[root] = low[root] = time++;
    while (stack.length > 0) {
      const v = stack[stack.length - 1]!;
      const list = neighbours[v]!;
      if (next[v]! < list.length) {
        const w = list[next[v]!]!;
        next[v]! += 1;
        if (disc[w]! < 0) {
          parent[w] = v;
          if (v === root) children += 1;
          disc[w] = low[w] = time++;
          stack.push(w);
        } else if (w !== parent[v]) {
          low[v] = Math.min(low[v]!, disc[w]!);
        }
      } else {
        stack.pop();
        const p = parent[v]!;
        if (p >= 0) {
          low[p] = Math.min(low[p]!, low[v]!);
          if (p !== root && low[v]! >= disc[p]!) cut[p] = true;
        }
      }
    }
    if (children > 1) cut[root] = true;
  }
  return cut;
}

/**
 * Measures a community partnership network: density, Freeman degree centralization, and per
 * organization degree, strength, normalized degree centrality and betweenness (Brandes: exact, or
 * for a very large connected network estimated from sampled sources, see `betweenness`),
 * with brokers (articulation points: organizations whose removal separates groups, such as a
 * CCR&R between Early Head Start and child care providers, as Use Relationships to Support Early
 * Head Start-Child Care Partnerships (Child Care Aware of America, 2021) describes), isolates and connected
 * components. Normalizations follow graphology-metrics so values can be compared with it:
 * degree centrality = degree / (n - 1); betweenness = Brandes sum over ordered pairs / ((n - 1)(n - 2));
 * density = 2m / (n(n - 1)). Betweenness uses unweighted (hop) shortest paths; weights (for
 * example by stage) only enter `strength`.
 *
 * Input is a plain `{ nodes, edges }` graph or a portfolio's `{ organizations, partnerships }`
 * (each partnership links every pair of its parties, or above {@link PARTNERSHIP_HUB_PARTIES}
 * parties joins them through a hub node; ended ones are left out by default).
 * Documented handling of bad input: self-loops, edges to unknown nodes and non-positive weights
 * are ignored, duplicate edges merged (largest weight), duplicate nodes counted once; each is a
 * finding.
 * Betweenness is exact while the work (nodes × edges summed over the connected components) stays
 * within {@link BETWEENNESS_EXACT_BUDGET}: a national graph of thousands of local networks costs
 * little more than one of them times their number. Above it, the default `"auto"` estimates it from
 * 256 sources drawn with a seeded generator (Brandes & Pich 2007), scaled to an unbiased estimate,
 * and `betweennessMethod` states the Hoeffding bound on each node's error (about 0.085 of the
 * normalized scale at 95% confidence with 256 sources); brokers are ordered by whichever was used.
 * Complexity: O(n + m) without betweenness; exact, O(nodes × edges) summed over the components;
 * sampled, O(samples × m).
 *
 * @throws {RangeError} For `weightBy: "stage"` without a valid `asOf`, a `betweenness` mode that
 *   does not exist, or `samples` or `seed` that are not whole numbers (`samples` at least 1).
 * @example
 * ```ts
 * import { measureNetwork } from "ece-partnerships";
 * const m = measureNetwork({
 *   nodes: ["ehs", "ccrr", "center-a", "center-b", "library"],
 *   edges: [{ source: "ehs", target: "ccrr" }, { source: "ccrr", target: "center-a" }, { source: "ccrr", target: "center-b" }],
 * });
 * m.brokers; //=> ["ccrr"]
 * m.isolates; //=> ["library"]
 * m.nodes[1]?.betweenness; //=> 0.5
 * m.density; //=> 0.3
 * m.components; //=> [["ehs", "ccrr", "center-a", "center-b"], ["library"]]
 * ```
 * @category Network
 */
export function measureNetwork(input: GraphInput | PartnershipNetworkInput, options: MeasureNetworkOptions = {}): NetworkMetrics {
  const { ids, adjacency, findings, hubs } = build(input, options);
  const n = ids.length;
  const neighbours = adjacency.map((m) => [...m.keys()]);
  const degrees = neighbours.map((list) => list.length);
  const edgeCount = degrees.reduce((a, b) => a + b, 0) / 2;
  const { componentOf, components } = componentsOf(neighbours);
  const { values: betweenness, method: betweennessMethod } = betweennessOf(neighbours, components, degrees, options);
  const scale = n <= 2 ? 0 : 1 / ((n - 1) * (n - 2));
  const cut = articulationPoints(neighbours);
  const order = components.map((_, i) => i).sort((a, b) => components[b]!.length - components[a]!.length || components[a]![0]! - components[b]![0]!);
  const rank = new Int32Array(components.length);
  order.forEach((c, i) => (rank[c] = i));

  const nodes: NodeMetrics[] = ids.map((id, i) => ({
    id,
    degree: degrees[i]!,
    strength: [...adjacency[i]!.values()].reduce((a, b) => a + b, 0),
    degreeCentrality: n > 1 ? degrees[i]! / (n - 1) : 0,
    betweenness: betweenness ? betweenness[i]! * scale : null,
    broker: cut[i]!,
    component: rank[componentOf[i]!]!,
    ...(hubs.has(i) ? { hub: true as const } : {}),
  }));
  // A loop, not Math.max(...degrees): spreading a national graph's degrees overflows the call stack.
  let maxDegree = 0;
  for (const d of degrees) if (d > maxDegree) maxDegree = d;
  return {
    nodeCount: n,
    edgeCount,
    density: n < 2 ? null : (2 * edgeCount) / (n * (n - 1)),
    degreeCentralization: n < 3 ? null : degrees.reduce((a, d) => a + (maxDegree - d), 0) / ((n - 1) * (n - 2)),
    nodes,
    brokers: nodes.filter((x) => x.broker).sort((a, b) => (b.betweenness ?? 0) - (a.betweenness ?? 0)).map((x) => x.id),
    isolates: nodes.filter((x) => x.degree === 0).map((x) => x.id),
    components: order.map((c) => components[c]!.map((i) => ids[i]!)),
    betweennessMethod,
    findings,
  };
}

/** Connected components by breadth-first search, members sorted. O(n + m). */
function componentsOf(neighbours: readonly (readonly number[])[]): { componentOf: Int32Array; components: number[][] } {
  const n = neighbours.length;
  const componentOf = new Int32Array(n).fill(-1);
  const components: number[][] = [];
  for (let s = 0; s < n; s++) {
    if (componentOf[s]! >= 0) continue;
    const members = [s];
    componentOf[s] = components.length;
    for (let i = 0; i < members.length; i++) {
      for (const w of neighbours[members[i]!]!) {
        if (componentOf[w]! < 0) {
          componentOf[w] = components.length;
          members.push(w);
        }
      }
    }
    components.push(members.sort((a, b) => a - b));
  }
  return { componentOf, components };
}

/**
 * Betweenness as the options ask: exact from every source, or estimated from a seeded uniform
 * sample of sources scaled by n / k (an unbiased estimate). `"auto"` chooses exact while the
 * work (Σ nodes × edges over components) is within {@link BETWEENNESS_EXACT_BUDGET}.
 */
function betweennessOf(neighbours: readonly (readonly number[])[], components: readonly number[][], degrees: readonly number[], options: MeasureNetworkOptions): { values: Float64Array | null; method: BetweennessMethod | null } {
  const mode = options.betweenness === undefined ? "auto" : options.betweenness === true ? "exact" : options.betweenness;
  if (mode === false) return { values: null, method: null };
  if (mode !== "auto" && mode !== "exact" && mode !== "sampled") throw new RangeError(`betweenness must be true, false, "auto", "exact" or "sampled", got ${String(mode)}`);
  const samples = optionalCount(options.samples, "samples") ?? 256;
  if (samples < 1) throw new RangeError("samples must be a whole number of at least 1, got 0");
  const seed = optionalCount(options.seed, "seed") ?? 1;
  const n = neighbours.length;
  let work = 0;
  for (const members of components) {
    let twiceEdges = 0;
    for (const v of members) twiceEdges += degrees[v]!;
    work += members.length * (twiceEdges / 2);
  }
  const graph = toCsr(neighbours);
  const exact = mode === "exact" || (mode === "auto" && work <= BETWEENNESS_EXACT_BUDGET) || samples >= n;
  if (exact) {
    const all = new Int32Array(n);
    for (let s = 0; s < n; s++) all[s] = s;
    return { values: brandesFrom(graph, all), method: { method: "exact" } };
  }
  const values = brandesFrom(graph, sampleSources(n, samples, seed));
  const factor = n / samples;
  for (let v = 0; v < n; v++) values[v]! *= factor;
  return { values, method: { method: "sampled", samples, seed, errorBound: hoeffdingBound(n, samples, CONFIDENCE), confidence: CONFIDENCE } };
}
