import { optionalCount, requireCollections, requireIsoDate } from "../core/internal.js";
import { assessCompliance } from "../compliance/index.js";
import { categoriesOf, isPartnershipActive, partnerCategories, type Organization, type PartnerCategoryId } from "../partners/index.js";
import type { Portfolio } from "../portfolio/schema.js";
import type { HsdsImport } from "./import.js";

/**
 * Where a candidate works compared with the program's service area: it serves or sits in one of
 * the program's ZIP codes, its counties, its state, outside them, or nothing recorded to compare.
 *
 * @example
 * ```ts
 * import type { AreaMatch } from "ece-partnerships";
 * const a: AreaMatch = "county";
 * a; //=> "county"
 * ```
 * @category Directory
 */
export type AreaMatch = "zip" | "county" | "state" | "outside" | "unknown";

/**
 * One organization {@link suggestPartners} proposes, with why: the category gaps it would close,
 * the unmet needs of the community assessment it answers, the services it lists, and where it
 * works compared with the program.
 *
 * @example
 * ```ts
 * import type { PartnerSuggestion } from "ece-partnerships";
 * const keys: (keyof PartnerSuggestion)[] = ["organization", "score", "closes", "needs", "services", "area", "reasons"];
 * keys.length; //=> 7
 * ```
 * @category Directory
 */
export interface PartnerSuggestion {
  organization: Organization;
  /** 0-100: 30 per unmet need answered, 10 more per need whose own words (beyond its categories') its services or terms use, 20 per category gap closed, and 20 (same ZIP code), 15 (county), 5 (state) or -10 (outside the state); at most 100. */
  score: number;
  closes: PartnerCategoryId[];
  needs: { id: string; label: string }[];
  /** The names of its services, when it came from a directory. */
  services: string[];
  area: AreaMatch;
  /** The reasons in words, strongest first. */
  reasons: string[];
}

/**
 * The result of {@link suggestPartners}: what the program lacks, and the organizations that would
 * fill it, best first.
 *
 * @example
 * ```ts
 * import type { PartnerSuggestions } from "ece-partnerships";
 * const keys: (keyof PartnerSuggestions)[] = ["programId", "asOf", "gaps", "unmetNeeds", "suggestions", "alreadyPartners"];
 * keys.length; //=> 6
 * ```
 * @category Directory
 */
export interface PartnerSuggestions {
  programId: string;
  asOf: string;
  /** Partner categories of 45 CFR 1302.53(a)(2) with no active partner. */
  gaps: { category: PartnerCategoryId; label: string }[];
  /** Needs of the latest community assessment whose categories have no active partner. */
  unmetNeeds: { id: string; label: string; categories: PartnerCategoryId[] }[];
  suggestions: PartnerSuggestion[];
  /** Directory organizations left out because they already partner with the program. */
  alreadyPartners: string[];
}

const norm = (s: string) => s.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();

/** Where `candidate` works compared with the program's service area. */
function areaMatch(program: Organization, candidate: Organization): AreaMatch {
  const area = program.serviceArea;
  const zips = new Set(area?.zipCodes ?? []);
  const theirZips = [...(candidate.serviceArea?.zipCodes ?? []), ...(candidate.address ? [candidate.address.postalCode.slice(0, 5)] : [])];
  if (theirZips.some((z) => zips.has(z))) return "zip";
  const counties = new Set((area?.counties ?? []).map(norm));
  if ((candidate.serviceArea?.counties ?? []).some((c) => counties.has(norm(c)))) return "county";
  const state = area?.state ?? program.address?.state;
  const theirState = candidate.serviceArea?.state ?? candidate.address?.state;
  if (!state || !theirState) return "unknown";
  return state === theirState ? "state" : "outside";
}

const AREA_POINTS: Record<AreaMatch, number> = { zip: 20, county: 15, state: 5, unknown: 0, outside: -10 };
const AREA_WORDS: Record<AreaMatch, string> = {
  zip: "works in one of the program's ZIP codes",
  county: "serves the program's county",
  state: "works in the program's state",
  outside: "works outside the program's state",
  unknown: "no service area recorded to compare",
};

/** The organizations that already partner with the program (active partnerships), by id, HSDS id and name. */
function partnersOf(portfolio: Pick<Portfolio, "organizations" | "partnerships">, programId: string, asOf: string) {
  const ids = new Set<string>([programId]);
  for (const p of portfolio.partnerships) if (p.parties.includes(programId) && isPartnershipActive(p, asOf)) for (const x of p.parties) ids.add(x);
  const names = new Set<string>();
  const hsdsIds = new Set<string>();
  for (const o of portfolio.organizations) {
    if (!ids.has(o.id)) continue;
    names.add(norm(o.name));
    const hsds = (o.extensions?.hsds as { organizationId?: unknown } | undefined)?.organizationId;
    if (typeof hsds === "string") hsdsIds.add(hsds);
  }
  return (o: Organization) => {
    const hsds = (o.extensions?.hsds as { organizationId?: unknown } | undefined)?.organizationId;
    return ids.has(o.id) || names.has(norm(o.name)) || (typeof hsds === "string" && hsdsIds.has(hsds));
  };
}

/** The program's latest community assessment's needs on `asOf` with no active partner in any of their categories. */
function unmetNeedsOf(portfolio: Pick<Portfolio, "communityAssessments">, programId: string, asOf: string, gaps: ReadonlySet<PartnerCategoryId>) {
  const latest = (portfolio.communityAssessments ?? []).filter((c) => c.programId === programId && c.conductedOn <= asOf).sort((a, b) => (a.conductedOn < b.conductedOn ? 1 : a.conductedOn > b.conductedOn ? -1 : 0))[0];
  return (latest?.needs ?? []).filter((n) => n.categories.length > 0 && n.categories.every((c) => gaps.has(c))).map((n) => ({ id: n.id, label: n.label, categories: [...n.categories] }));
}

// Words too common in needs to say anything about a service.
const COMMON = new Set(["care", "services", "service", "support", "supports", "families", "family", "children", "child", "with", "for", "and", "the", "in", "of", "to"]);

/**
 * The words of a need's label that can set a candidate apart: four letters or more, not common,
 * and not its categories' own words (every domestic-violence provider says "domestic violence";
 * "Spanish" sets one apart). Computed once per need, not per candidate.
 */
function distinctiveWords(need: { label: string; categories: readonly PartnerCategoryId[] }): string[] {
  const categoryWords = norm(need.categories.map((c) => partnerCategories.find((x) => x.id === c)!).map((c) => `${c.label} ${c.description}`).join(" "));
  return [...new Set(norm(need.label).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4 && !COMMON.has(w) && !categoryWords.includes(w)))];
}

type Need = PartnerSuggestions["unmetNeeds"][number] & { words: string[] };

function suggestionFor(candidate: Organization, program: Organization, gaps: ReadonlySet<PartnerCategoryId>, unmet: readonly Need[], services: string[], terms: string[]): PartnerSuggestion | undefined {
  const categories = categoriesOf(candidate);
  const closes = categories.filter((c) => gaps.has(c));
  const said = norm([...services, ...terms].join(" "));
  const needs = unmet.filter((n) => n.categories.some((c) => categories.includes(c))).map((n) => ({ id: n.id, label: n.label, words: n.words.filter((w) => said.includes(w)) }));
  if (closes.length === 0 && needs.length === 0) return undefined;
  const area = areaMatch(program, candidate);
  const score = Math.max(0, Math.min(100, needs.length * 30 + needs.filter((n) => n.words.length).length * 10 + closes.length * 20 + AREA_POINTS[area]));
  const label = (c: PartnerCategoryId) => partnerCategories.find((x) => x.id === c)!.label.toLowerCase();
  const reasons = [
    ...needs.map((n) => `answers a need of the community assessment: ${n.label}${n.words.length ? ` (its services say ${n.words.map((w) => `"${w}"`).join(", ")})` : ""}`),
    ...closes.map((c) => `closes the category gap "${label(c)}" (45 CFR 1302.53(a)(2))`),
    ...(services.length ? [`lists ${services.length === 1 ? "the service" : "the services"} ${services.map((s) => `"${s}"`).join(", ")}`] : []),
    AREA_WORDS[area],
  ];
  return { organization: candidate, score, closes, needs: needs.map(({ id, label }) => ({ id, label })), services, area, reasons };
}

/**
 * Suggests organizations from a community directory (a list of organizations, or what
 * {@link fromHsds} read) that would close a program's partner-category gaps (45 CFR 1302.53(a)(2):
 * categories with no active partner on `asOf`) and answer the unmet needs of its latest community
 * assessment (needs whose categories all lack an active partner). Each suggestion says why: the
 * needs it answers, the gaps it closes, the services it lists, and where it works compared with
 * the program's service area (ZIP code, county, state). Organizations already partnering with the
 * program (matched by id, HSDS id or name) are left out and listed. Best first (score, then name);
 * `limit` (default 10) caps the list. Complexity: O(directory × categories + the program's
 * partnerships).
 *
 * @throws {RangeError} When `asOf` is not a calendar date, `limit` is not a whole number of at
 *   least 0, or `programId` is not a program of the portfolio.
 * @example
 * ```ts
 * import { parsePortfolio, suggestPartners, type Organization } from "ece-partnerships";
 * const p = parsePortfolio({
 *   schemaVersion: 2,
 *   organizations: [{ id: "hs", name: "Sunrise", kind: "early-head-start", level: "local", serviceArea: { state: "WI", counties: ["Dane"] }, program: { types: ["early-head-start"], americanIndianAlaskaNative: false, fundedEnrollment: 72 } }],
 *   communityAssessments: [{ id: "ca", programId: "hs", conductedOn: "2025-01-10", needs: [{ id: "dv", label: "Domestic violence supports", categories: ["domestic-violence"] }] }],
 * });
 * if (!p.ok) throw new Error(p.error.message);
 * const directory: Organization[] = [
 *   { id: "harbor", name: "Safe Harbor", kind: "domestic-violence-provider", level: "local", contacts: [], serviceArea: { state: "WI", counties: ["Dane"] } },
 *   { id: "museum", name: "Art Museum", kind: "museum", level: "local", contacts: [] },
 * ];
 * const s = suggestPartners(p.value, "hs", directory, { asOf: "2025-09-01" });
 * s.suggestions[0]?.organization.name; //=> "Safe Harbor"
 * s.suggestions[0]?.reasons[0]; //=> "answers a need of the community assessment: Domestic violence supports"
 * s.suggestions[0]?.area; //=> "county"
 * ```
 * @category Directory
 */
export function suggestPartners(
  portfolio: Pick<Portfolio, "organizations" | "partnerships" | "agreements" | "communityAssessments" | "mouExemptions">,
  programId: string,
  directory: readonly Organization[] | HsdsImport,
  options: { asOf: string; limit?: number },
): PartnerSuggestions {
  const asOf = requireIsoDate(options?.asOf);
  const limit = optionalCount(options.limit, "limit") ?? 10;
  requireCollections(portfolio, ["organizations", "partnerships", "agreements"], "suggestPartners");
  const program = portfolio.organizations.find((o) => o.id === programId);
  const compliance = assessCompliance(portfolio, programId, { asOf });
  if (!program || compliance.inputError) throw new RangeError(`suggestPartners: "${programId}" is not a program of the portfolio`);
  const gapSet = new Set(compliance.categoryGaps);
  const unmetNeeds = unmetNeedsOf(portfolio, programId, asOf, gapSet);
  const organizations = Array.isArray(directory) ? directory : (directory as HsdsImport).organizations;
  const readOf = new Map(Array.isArray(directory) ? [] : (directory as HsdsImport).inferences.map((i) => [i.organizationId, i]));
  const isPartner = partnersOf(portfolio, programId, asOf);
  const needs: Need[] = unmetNeeds.map((n) => ({ ...n, words: distinctiveWords(n) }));
  const alreadyPartners: string[] = [];
  const suggestions: PartnerSuggestion[] = [];
  for (const candidate of organizations) {
    if (isPartner(candidate)) {
      alreadyPartners.push(candidate.id);
      continue;
    }
    const read = readOf.get(candidate.id);
    const s = suggestionFor(candidate, program, gapSet, needs, read?.services ?? [], read?.terms ?? []);
    if (s) suggestions.push(s);
  }
  suggestions.sort((a, b) => b.score - a.score || (a.organization.name < b.organization.name ? -1 : a.organization.name > b.organization.name ? 1 : 0));
  return {
    programId,
    asOf,
    gaps: compliance.categoryGaps.map((c) => ({ category: c, label: partnerCategories.find((x) => x.id === c)!.label })),
    unmetNeeds,
    suggestions: suggestions.slice(0, limit),
    alreadyPartners,
  };
}
