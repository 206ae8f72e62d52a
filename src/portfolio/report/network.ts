import { classifyStage } from "../../continuum/index.js";
import { measureNetwork } from "../../network/index.js";
import { isPartnershipActive, type Partnership } from "../../partners/index.js";
import type { ReportNetwork } from "./model.js";

/**
 * The most organizations a report's network diagram draws (40); past it, the rest are counted in
 * `omittedNodes` and the report says "and N more", so the diagram stays readable.
 *
 * @example
 * ```ts
 * import { REPORT_NETWORK_MAX_NODES } from "ece-partnerships";
 * REPORT_NETWORK_MAX_NODES; //=> 40
 * ```
 * @category Portfolio
 */
export const REPORT_NETWORK_MAX_NODES = 40;

/**
 * The program's network one hop out: the program, the partners of its active partnerships, and the
 * active partnerships those partners have with each other or with others (whose other parties are
 * drawn as partners of partners). Node keys are `n0`, `n1`... in order of appearance: linear to
 * make, and safe for any id. Multi-party partnerships are drawn as edges from each party to the
 * others. Brokers are the diagram's articulation points. O(partnerships touched × their parties + drawn pairs), the drawn pairs at most the cap squared.
 */
export function networkSection(
  programId: string,
  own: readonly Partnership[],
  partnershipsByOrg: ReadonlyMap<string, readonly Partnership[]>,
  name: (id: string) => string,
  asOf: string,
  stageOf: (p: Partnership) => string | null,
  maxNodes = REPORT_NETWORK_MAX_NODES,
): ReportNetwork {
  const keys = new Map<string, number>();
  const nodes: ReportNetwork["nodes"] = [];
  let omitted = 0;
  const omittedIds = new Set<string>();
  const add = (id: string, role: ReportNetwork["nodes"][number]["role"]): string | undefined => {
    const known = keys.get(id);
    if (known !== undefined) return nodes[known]!.key;
    if (nodes.length >= maxNodes) {
      if (!omittedIds.has(id)) {
        omittedIds.add(id);
        omitted += 1;
      }
      return undefined;
    }
    keys.set(id, nodes.length);
    nodes.push({ key: `n${nodes.length}`, id, label: name(id), role, broker: false });
    return nodes[nodes.length - 1]!.key;
  };
  add(programId, "program");
  const active = own.filter((p) => isPartnershipActive(p, asOf));
  const partnerSet = new Set<string>();
  for (const p of active) for (const party of p.parties) if (party !== programId) partnerSet.add(party);
  const partners = [...partnerSet];
  for (const id of partners) add(id, "partner");
  const edges: ReportNetwork["edges"] = [];
  const drawn = new Set<string>();
  const draw = (p: Partnership, pairs: [string, string][]) => {
    if (drawn.has(p.id)) return;
    drawn.add(p.id);
    const stage = stageOf(p);
    for (const [x, y] of pairs) {
      const a = keys.get(x);
      const b = keys.get(y);
      if (a !== undefined && b !== undefined) edges.push({ from: nodes[a]!.key, to: nodes[b]!.key, stage, partnership: p.name ?? p.id });
    }
  };
  for (const p of active) draw(p, p.parties.filter((x) => x !== programId).map((x) => [programId, x] as [string, string]));
  for (const partner of partners) {
    for (const p of partnershipsByOrg.get(partner) ?? []) {
      if (drawn.has(p.id) || p.parties.includes(programId) || !isPartnershipActive(p, asOf)) continue;
      for (const party of p.parties) if (!partnerSet.has(party)) add(party, "partner-of-partner");
      // Only parties the diagram draws (at most maxNodes), so a many-party partnership costs no more.
      const shown = p.parties.filter((x) => keys.has(x));
      const pairs: [string, string][] = [];
      for (let i = 0; i < shown.length; i++) for (let j = i + 1; j < shown.length; j++) pairs.push([shown[i]!, shown[j]!]);
      draw(p, pairs);
    }
  }
  const metrics = measureNetwork({ nodes: nodes.map((n) => n.key), edges: edges.map((e) => ({ source: e.from, target: e.to })) }, { betweenness: false });
  const brokers = new Set(metrics.brokers);
  for (const n of nodes) n.broker = brokers.has(n.key);
  return { nodes, edges, omittedNodes: omitted, maxNodes };
}

/** The stage of a partnership on a date, from its evidence. */
export const stageOn = (asOf: string) => (p: Partnership) => classifyStage(p.practices ?? [], { asOf }).stage;
