import { report, type Finding } from "../core/index.js";
import { edgeBadWeight, edgeDuplicate, edgeSelfLoop, edgeUnknownNode, nodeDuplicate, type NetworkFindingCode } from "./findings.js";
import { requireCollections, requireIsoDate } from "../core/internal.js";
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
  /** Compute betweenness (O(nodes × edges) within each connected component); default true. Turn off for a very large connected graph. */
  betweenness?: boolean;
}

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
  /** Self-loops, duplicate edges, edges to unknown nodes, bad weights: each ignored or merged, and reported. */
  findings: Finding<NetworkFindingCode>[];
}

interface Built {
  ids: string[];
  adjacency: Map<number, number>[];
  findings: Finding<NetworkFindingCode>[];
}

function isGraphInput(input: GraphInput | PartnershipNetworkInput): input is GraphInput {
  return typeof input === "object" && input !== null && "nodes" in input && "edges" in input;
}

function build(input: GraphInput | PartnershipNetworkInput, options: MeasureNetworkOptions): Built {
  const findings: Finding<NetworkFindingCode>[] = [];
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
      for (let i = 0; i < parties.length; i++) for (let j = i + 1; j < parties.length; j++) addEdge(parties[i]!, parties[j]!, weight, false, `Partnership ${p.id}`);
    }
  }
  return { ids, adjacency, findings };
}

/** Above this many shortest paths a breadth-first level is rescaled, so path counts never overflow a double. */
const SIGMA_LIMIT = 1e200;

/**
 * Exact betweenness by Brandes (2001), unweighted (hop) shortest paths, sum over ordered pairs.
 * One breadth-first search per node, confined to its component: O(sum over components of nodes × edges).
 * Path counts can exceed a double (a graph of 1,100 layers doubles them 1,100 times): a level whose
 * counts pass `SIGMA_LIMIT` is divided by its largest count, and the factor is kept per level, so
 * every ratio the accumulation uses stays exact to float precision and nothing becomes Infinity or NaN.
 */
function brandes(neighbours: number[][]): Float64Array {
  const n = neighbours.length;
  const centrality = new Float64Array(n);
  const sigma = new Float64Array(n);
  const dist = new Int32Array(n);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);
  const queue = new Int32Array(n);
  const levelScale = new Float64Array(n + 1).fill(1);
  dist.fill(-1);
  for (let s = 0; s < n; s++) {
    sigma[s] = 1;
    dist[s] = 0;
    let head = 0;
    let tail = 0;
    let count = 0;
    queue[tail++] = s;
    let level = 0;
    let levelMax = 0;
    while (head < tail) {
      const v = queue[head]!;
      if (dist[v] !== level) {
        // v starts the next level, which is all of queue[head..tail) and has all its counts:
        // rescale it if they grew too large
        level = dist[v]!;
        if (levelMax > SIGMA_LIMIT) {
          for (let k = head; k < tail; k++) sigma[queue[k]!]! /= levelMax;
          levelScale[level] = levelMax;
        }
        levelMax = 0;
      }
      head++;
      order[count++] = v;
      for (const w of neighbours[v]!) {
        if (dist[w]! < 0) {
          dist[w] = dist[v]! + 1;
          queue[tail++] = w;
        }
        if (dist[w] === dist[v]! + 1) {
          sigma[w]! += sigma[v]!;
          if (sigma[w]! > levelMax) levelMax = sigma[w]!;
        }
      }
    }
    for (let k = count - 1; k > 0; k--) {
      const w = order[k]!;
      const coefficient = (1 + delta[w]!) / (sigma[w]! * levelScale[dist[w]!]!);
      for (const v of neighbours[w]!) if (dist[v] === dist[w]! - 1) delta[v]! += sigma[v]! * coefficient;
      centrality[w]! += delta[w]!;
    }
    // Reset only what this search reached, so a graph of many small components costs the sum of
    // their sizes times their edges, not nodes squared.
    for (let k = 0; k < count; k++) {
      const v = order[k]!;
      levelScale[dist[v]!] = 1;
      sigma[v] = 0;
      dist[v] = -1;
      delta[v] = 0;
    }
  }
  return centrality;
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
 * organization degree, strength, normalized degree centrality and exact betweenness (Brandes),
 * with brokers (articulation points: organizations whose removal separates groups, such as a
 * CCR&R between Early Head Start and child care providers, as Use Relationships to Support Early
 * Head Start-Child Care Partnerships (Child Care Aware of America, 2021) describes), isolates and connected
 * components. Normalizations follow graphology-metrics so values can be compared with it:
 * degree centrality = degree / (n - 1); betweenness = Brandes sum over ordered pairs / ((n - 1)(n - 2));
 * density = 2m / (n(n - 1)). Betweenness uses unweighted (hop) shortest paths; weights (for
 * example by stage) only enter `strength`.
 *
 * Input is a plain `{ nodes, edges }` graph or a portfolio's `{ organizations, partnerships }`
 * (each partnership links every pair of its parties; ended ones are left out by default).
 * Documented handling of bad input: self-loops, edges to unknown nodes and non-positive weights
 * are ignored, duplicate edges merged (largest weight), duplicate nodes counted once; each is a
 * finding.
 * Complexity: O(n + m) without betweenness; with it, O(nodes × edges) summed over the connected
 * components, at most O(n × m): a national graph of thousands of local networks costs little more
 * than one of them times their number.
 *
 * @throws {RangeError} For `weightBy: "stage"` without a valid `asOf`.
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
  const { ids, adjacency, findings } = build(input, options);
  const n = ids.length;
  const neighbours = adjacency.map((m) => [...m.keys()]);
  const degrees = neighbours.map((list) => list.length);
  const edgeCount = degrees.reduce((a, b) => a + b, 0) / 2;
  const betweenness = options.betweenness === false ? null : brandes(neighbours);
  const scale = n <= 2 ? 0 : 1 / ((n - 1) * (n - 2));
  const cut = articulationPoints(neighbours);

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
    findings,
  };
}
