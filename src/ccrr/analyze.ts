import { buildAssessment, report, roundScore, type Assessment, type Finding, type Subject } from "../core/index.js";
import { distinct, forLoops, keyedIndex, partnershipOfParties, positionsBy, requireCollections, requireIsoDate, type SeverityCounts } from "../core/internal.js";
import { indexForCompliance } from "../compliance/index-cache.js";
import type { Agreement } from "../agreements/agreement.js";
import type { Organization } from "../partners/organization.js";
import type { Partnership } from "../partners/partnership.js";
import { ccrrFunctionsLacking, type CcrrFindingCode } from "./findings.js";
import { ccrrFunctionLabel, ccrrFunctions, partnershipFunctionIds, type CcrrFunctionId } from "./functions.js";
import type { CcrrService } from "./service.js";


/**
 * What {@link analyzeCcrrFunctions} reads: a parsed portfolio has all of it.
 *
 * @example
 * ```ts
 * import type { CcrrInput } from "ece-partnerships";
 * const input: CcrrInput = { organizations: [], partnerships: [], agreements: [], ccrrServices: [] };
 * input.ccrrServices.length; //=> 0
 * ```
 * @category CCR&R
 */
export interface CcrrInput {
  organizations: readonly Organization[];
  partnerships: readonly Partnership[];
  agreements: readonly Agreement[];
  ccrrServices: readonly CcrrService[];
}

/**
 * One Early Head Start-Child Care Partnership and the CCR&R functions performed for it on the
 * date: who performs each, and which of the eight partnership functions no one does.
 *
 * @example
 * ```ts
 * import type { EhsCcpFunctionCoverage } from "ece-partnerships";
 * const c: EhsCcpFunctionCoverage = { partnershipId: "p", name: "Sunrise and Little Acorns", covered: [], lacking: ["quality-coaching"] };
 * c.lacking; //=> ["quality-coaching"]
 * ```
 * @category CCR&R
 */
export interface EhsCcpFunctionCoverage {
  partnershipId: string;
  name: string;
  /** The functions performed for it, each with the names of the organizations that perform it. */
  covered: { functionId: CcrrFunctionId; providers: string[] }[];
  /** The partnership functions (group `partnership`) no one performs for it. */
  lacking: CcrrFunctionId[];
}

/**
 * The result of {@link analyzeCcrrFunctions}.
 *
 * @example
 * ```ts
 * import type { CcrrFunctionAnalysis } from "ece-partnerships";
 * const keys: (keyof CcrrFunctionAnalysis)[] = ["partnerships", "services"];
 * keys.length; //=> 2
 * ```
 * @category CCR&R
 */
export interface CcrrFunctionAnalysis extends Assessment<CcrrFindingCode> {
  /** Each EHS-CCP partnership in scope, with the functions performed for it and those lacking. */
  partnerships: EhsCcpFunctionCoverage[];
  /** The service records in force on the date that concern the scope, with names. */
  services: { id: string; functionId: CcrrFunctionId; provider: string; for: string[]; since: string | null; fundedBy: string | null }[];
}


/** Positions of service records by what they name: their partnership, else each organization they serve, else `*` (community-wide). */
const indexForServices = /* @__PURE__ */ keyedIndex({
  byKey: /* @__PURE__ */ positionsBy((input: CcrrInput) => input.ccrrServices, (s) => (s.partnershipId !== undefined ? [s.partnershipId] : s.forIds.length ? s.forIds : ["*"])),
});
const COMMUNITY_WIDE = "*";

/** The records under some keys, each once, in document order. */
function recordsUnder(keys: readonly string[], byKey: Map<string, number[]>, all: readonly CcrrService[]): CcrrService[] {
  let positions: number[] | undefined;
  let lists = 0;
  for (const key of keys) {
    const under = byKey.get(key);
    if (!under) continue;
    lists += 1;
    if (positions) for (const i of under) positions.push(i);
    else positions = [...under];
  }
  if (!positions) return [];
  // Each key's positions are ascending and distinct: only records under several keys need sorting and merging.
  if (lists > 1) positions = [...new Set(positions)].sort((a, b) => a - b);
  return positions.map((i) => all[i]!);
}

const CHILD_CARE = new Set(["child-care-center", "family-child-care-home"]);
const EHS_TYPES = new Set(["early-head-start", "ehs-child-care-partnership"]);

/**
 * Whether a partnership is an Early Head Start-Child Care Partnership: it has an EHS-CCP
 * partnership agreement, or joins an Early Head Start (or EHS-CCP) program with a child care
 * center or family child care home.
 */
export function isEhsCcpPartnership(p: Partnership, orgOf: (id: string) => Organization | undefined, agreementOf: (id: string) => Agreement | undefined): boolean {
  // Loops, not maps and filters: this runs for every partnership of every program in a summary.
  // The parties first: they are read anyway, and a partnership they settle needs no agreement read.
  let ehs = false;
  let care = false;
  for (const id of p.parties) {
    const o = orgOf(id);
    if (o === undefined) continue;
    if (CHILD_CARE.has(o.kind)) care = true;
    if (o.kind === "ehs-child-care-partnership" || o.kind === "early-head-start" || o.program?.types?.some((t) => EHS_TYPES.has(t))) ehs = true;
  }
  if (ehs && care) return true;
  for (const id of p.agreementIds) if (agreementOf(id)?.kind === "ehs-ccp-partnership-agreement") return true;
  return false;
}

/** Whether a service record is in force on `asOf` (between its `since` and `until`, both inclusive). */
const inForce = (s: CcrrService, asOf: string) => !(s.since !== undefined && s.since > asOf) && !(s.until !== undefined && s.until < asOf);

/** Whether a service record is in force on `asOf` and serves the partnership. */
function serves(s: CcrrService, p: Partnership, asOf: string): boolean {
  if (!inForce(s, asOf)) return false;
  if (s.partnershipId !== undefined) return s.partnershipId === p.id;
  return s.forIds.length === 0 || s.forIds.some((id) => p.parties.includes(id));
}

/** The functions performed for a partnership by the service records that serve it on `asOf`, each with its providers' ids, in the records' order. */
function servedFor(p: Partnership, services: readonly CcrrService[], asOf: string): Map<CcrrFunctionId, string[]> {
  const byFunction = new Map<CcrrFunctionId, string[]>();
  for (const s of services) {
    if (!serves(s, p, asOf)) continue;
    const providers = byFunction.get(s.functionId);
    if (providers) providers.push(s.providerId);
    else byFunction.set(s.functionId, [s.providerId]);
  }
  return byFunction;
}

/** The partnership functions (group `partnership`) no one performs, in catalog order. */
const lackingOf = (served: ReadonlyMap<CcrrFunctionId, unknown>) => forLoops(partnershipFunctionIds).filter((id) => !served.has(id));

/** One partnership's coverage: the functions performed for it (in catalog order, each provider named once) and those lacking. */
function coverage(p: Partnership, services: readonly CcrrService[], asOf: string, nameOf: (id: string) => string): EhsCcpFunctionCoverage {
  const served = servedFor(p, services, asOf);
  return {
    partnershipId: p.id,
    name: p.name ?? partnershipOfParties(p.parties.map(nameOf)),
    covered: forLoops(ccrrFunctions)
      .filter((f) => served.has(f.id as CcrrFunctionId))
      .map((f) => ({ functionId: f.id as CcrrFunctionId, providers: distinct(served.get(f.id as CcrrFunctionId)!.map(nameOf)) as string[] })),
    lacking: lackingOf(served),
  };
}

/**
 * What analyzing CCR&R functions reads, with its options checked: the date, the compliance index,
 * the scope's EHS-CCP partnerships that have not ended, and the service records concerning one
 * (those naming it, one of its parties, or no one). Shared by {@link analyzeCcrrFunctions} and a
 * summary's outline of it.
 */
export function ccrrScope(input: CcrrInput, options: { asOf: string; programId?: string }) {
  const asOf = requireIsoDate(options?.asOf);
  requireCollections(input, ["organizations", "partnerships", "agreements", "ccrrServices"], "analyzeCcrrFunctions");
  // The compliance index (organizations, agreements, partnerships by organization) serves here too: one per portfolio.
  const index = indexForCompliance(input);
  const pool = options.programId === undefined ? input.partnerships : (index.partnershipsByOrg.get(options.programId) ?? []);
  // The program is a party to each of its partnerships: read once.
  const program = options.programId === undefined ? undefined : index.orgs.get(options.programId);
  const orgOf = (id: string) => (id === options.programId ? program : index.orgs.get(id));
  const agreementOf = (id: string) => index.agreements.get(id);
  const ehsCcp = pool.filter((p) => p.status !== "ended" && !(p.endDate !== undefined && p.endDate < asOf) && isEhsCcpPartnership(p, orgOf, agreementOf));
  // Records are looked up by what they name (a national file has thousands): each partnership reads only those naming it, a party or no one.
  const { byKey } = indexForServices(input);
  const recordsFor = (p: Partnership) => recordsUnder(keysOf(p), byKey, input.ccrrServices);
  return { asOf, index, ehsCcp, byKey, recordsFor };
}

const keysOf = (p: Partnership) => [p.id, ...p.parties, COMMUNITY_WIDE];

/**
 * What a portfolio summary reads of {@link analyzeCcrrFunctions} for one program: the functions
 * its EHS-CCP partnerships lack, added up, and its findings counted (one `info` per partnership
 * that lacks some), with no name, message, service list or score made. Internal.
 */
export function outlineCcrrFunctions(input: CcrrInput, options: { asOf: string; programId: string }): { lackingFunctions: number; counts: SeverityCounts } {
  const { asOf, ehsCcp, recordsFor } = ccrrScope(input, options);
  const counts = { must: 0, should: 0, info: 0 };
  let lackingFunctions = 0;
  for (const p of ehsCcp) {
    const lacking = lackingOf(servedFor(p, recordsFor(p), asOf)).length;
    lackingFunctions += lacking;
    if (lacking > 0) counts[ccrrFunctionsLacking.severity] += 1;
  }
  return { lackingFunctions, counts };
}

/**
 * Shows which CCR&R functions ({@link ccrrFunctions}) a community's Early Head Start-Child Care
 * Partnerships have someone performing on a date, and which they lack. An EHS-CCP partnership
 * is one with an EHS-CCP partnership agreement, or one joining an Early Head Start program with a
 * child care center or family child care home; ended partnerships are left out. A service record
 * serves a partnership when it names it, or names one of its parties in `forIds`, or names no one
 * (community-wide), and is in force on `asOf`.
 *
 * Scored by one component, `coverage`: the mean share of the eight partnership functions performed
 * for each partnership × 100 (no score without EHS-CCP partnerships). One `ccrr.functions-lacking`
 * note per partnership that lacks some. With `programId`, only that program's partnerships (and
 * the services concerning them). Complexity: O(partnerships in scope × the service records naming
 * them, one of their parties or no one), the records being indexed once per portfolio.
 *
 * @throws {RangeError} When `asOf` is not a calendar date.
 * @throws {TypeError} When the input is not a parsed portfolio.
 * @example
 * ```ts
 * import { analyzeCcrrFunctions, parsePortfolio } from "ece-partnerships";
 * const parsed = parsePortfolio({
 *   schemaVersion: 2,
 *   organizations: [
 *     { id: "ehs", name: "Sunrise Early Head Start", kind: "early-head-start", level: "local", program: { types: ["early-head-start"], americanIndianAlaskaNative: false, fundedEnrollment: 72 } },
 *     { id: "acorns", name: "Little Acorns", kind: "child-care-center", level: "local" },
 *     { id: "ccrr", name: "Dane County CCR&R", kind: "ccrr-agency", level: "county" },
 *   ],
 *   partnerships: [{ id: "ehs-acorns", name: "EHS-CCP with Little Acorns", parties: ["ehs", "acorns"], status: "active" }],
 *   ccrrServices: [
 *     { id: "s1", providerId: "ccrr", functionId: "quality-coaching", partnershipId: "ehs-acorns", since: "2024-09-01" },
 *     { id: "s2", providerId: "ccrr", functionId: "higher-education-access", forIds: ["acorns"] },
 *   ],
 * });
 * if (!parsed.ok) throw parsed.error;
 * const a = analyzeCcrrFunctions(parsed.value, { asOf: "2025-09-01" });
 * a.partnerships[0]?.covered; //=> [{ functionId: "quality-coaching", providers: ["Dane County CCR&R"] }, { functionId: "higher-education-access", providers: ["Dane County CCR&R"] }]
 * a.partnerships[0]?.lacking.length; //=> 6
 * a.score; //=> 25
 * ```
 * @category CCR&R
 */
export function analyzeCcrrFunctions(input: CcrrInput, options: { asOf: string; programId?: string }): CcrrFunctionAnalysis {
  const { asOf, index, ehsCcp, byKey, recordsFor } = ccrrScope(input, options);
  const nameOf = (id: string) => index.orgs.get(id)?.name ?? id;
  const partnerships = ehsCcp.map((p) => coverage(p, recordsFor(p), asOf, nameOf));
  const concerned =
    options.programId === undefined
      ? input.ccrrServices
      : recordsUnder(distinct([...ehsCcp.flatMap(keysOf), options.programId]), byKey, input.ccrrServices).filter((s) => s.forIds.includes(options.programId!) || ehsCcp.some((p) => serves(s, p, asOf)));
  const services = concerned
    .filter((s) => inForce(s, asOf))
    .map((s) => ({ id: s.id, functionId: s.functionId, provider: nameOf(s.providerId), for: s.forIds.map(nameOf), since: s.since ?? null, fundedBy: s.fundedBy ?? null }));
  const subject: Subject = options.programId === undefined ? { kind: "portfolio", id: "portfolio" } : { kind: "program", id: options.programId, name: nameOf(options.programId) };
  // The parties' names too: another language names an untitled partnership by them in its own words.
  const findings: Finding<CcrrFindingCode>[] = partnerships.flatMap((p, i) =>
    p.lacking.length === 0 ? [] : [report(ccrrFunctionsLacking, { partnership: p.name, lacking: p.lacking.map(ccrrFunctionLabel), parties: ehsCcp[i]!.parties.map(nameOf) }, { subject: { kind: "partnership", id: p.partnershipId, name: p.name } })],
  );
  const shares = partnerships.map((p) => (partnershipFunctionIds.length - p.lacking.length) / partnershipFunctionIds.length);
  const assessment = buildAssessment({
    subject,
    findings,
    components: [
      {
        id: "coverage",
        label: "CCR&R functions performed for EHS-CCP partnerships",
        score: shares.length === 0 ? null : roundScore((shares.reduce((a, b) => a + b, 0) / shares.length) * 100),
        weight: 1,
        evidence: partnerships.map((p) => `${p.name}: ${partnershipFunctionIds.length - p.lacking.length} of ${partnershipFunctionIds.length} functions`),
      },
    ],
  });
  return Object.assign(assessment, { partnerships, services });
}
