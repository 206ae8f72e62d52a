import { defineFinding } from "../core/index.js";

// The finding codes of measureNetwork (declared once; gathered in findingCatalog). All are notes
// on the input graph, never on a program.

/** A node listed twice. */
export const nodeDuplicate = /* @__PURE__ */ (() =>
  defineFinding({
  code: "network.node.duplicate",
  severity: "info",
  title: "Node listed twice",
  basis: "A note on the input: it counts once.",
  action: "Remove the duplicate.",
  message: (p: { node: string }) => `Node ${p.node} is listed more than once; it counts once.`,
}))();

/** An edge to a node the graph does not have. */
export const edgeUnknownNode = /* @__PURE__ */ (() =>
  defineFinding({
  code: "network.edge.unknown-node",
  severity: "should",
  title: "Edge to an unknown node",
  basis: "A gap in the input: the edge is ignored.",
  action: "Add the node or correct the edge.",
  message: (p: { edge: string; node: string }) => `${p.edge} connects ${p.node}, which is not a node; it was ignored.`,
}))();

/** An edge from a node to itself. */
export const edgeSelfLoop = /* @__PURE__ */ (() =>
  defineFinding({
  code: "network.edge.self-loop",
  severity: "info",
  title: "Edge from a node to itself",
  basis: "A note on the input: it is ignored.",
  action: "Remove it.",
  message: (p: { edge: string; node: string }) => `${p.edge} connects ${p.node} to itself; it was ignored.`,
}))();

/** An edge with a weight that is not a positive number. */
export const edgeBadWeight = /* @__PURE__ */ (() =>
  defineFinding({
  code: "network.edge.bad-weight",
  severity: "should",
  title: "Edge weight not positive",
  basis: "A gap in the input: the edge is ignored.",
  action: "Give the edge a positive weight.",
  message: (p: { edge: string; weight: string }) => `${p.edge} has weight ${p.weight}; weights are positive numbers, so it was ignored.`,
}))();

/** The same edge twice. */
export const edgeDuplicate = /* @__PURE__ */ (() =>
  defineFinding({
  code: "network.edge.duplicate",
  severity: "info",
  title: "Edge listed twice",
  basis: "A note on the input: it counts once with the largest weight.",
  action: "Remove the duplicate.",
  message: (p: { source: string; target: string }) => `The edge ${p.source}-${p.target} appears more than once; it counts once with the largest weight.`,
}))();

/** Every code of the network. */
export const networkFindings = /* @__PURE__ */ Object.freeze([nodeDuplicate, edgeUnknownNode, edgeSelfLoop, edgeBadWeight, edgeDuplicate] as const);

/**
 * Every finding code of {@link measureNetwork}.
 *
 * @example
 * ```ts
 * import type { NetworkFindingCode } from "ece-partnerships";
 * const c: NetworkFindingCode = "network.edge.self-loop";
 * c; //=> "network.edge.self-loop"
 * ```
 * @category Network
 */
export type NetworkFindingCode = (typeof networkFindings)[number]["code"];
