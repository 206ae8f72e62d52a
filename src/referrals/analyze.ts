import { buildAssessment, report, roundScore, type Assessment, type Finding, type Severity, type Subject } from "../core/index.js";
import { distinct, groupBy, groupInto, keyedIndex, optionalCount, requireCollections, requireIsoDate, type SeverityCounts } from "../core/internal.js";
import { indexForCompliance, type ComplianceInput } from "../compliance/index-cache.js";
import { partnerCategories, type PartnerCategoryId } from "../partners/categories.js";
import type { Organization } from "../partners/organization.js";
import type { Partnership } from "../partners/partnership.js";
import { bundleVisitsSaved, type ServiceBundle } from "./bundle.js";
import { completionEvidence, defaultReferralWindows, referralFigures, type ReferralFigures, type ReferralWindows } from "./figures.js";
import { incomingReferralsUnanswered, referralsStale, referralsUnanswered, type ReferralFindingCode } from "./findings.js";
import type { Referral } from "./referral.js";

/**
 * What {@link analyzeReferrals} reads: a parsed portfolio has all of it.
 *
 * @example
 * ```ts
 * import type { ReferralsInput } from "ece-partnerships";
 * const input: ReferralsInput = { organizations: [], partnerships: [], referrals: [] };
 * input.referrals.length; //=> 0
 * ```
 * @category Referrals
 */
export interface ReferralsInput {
  organizations: readonly Organization[];
  partnerships: readonly Partnership[];
  referrals: readonly Referral[];
  serviceBundles?: readonly ServiceBundle[] | undefined;
}

/**
 * Options of {@link analyzeReferrals}.
 *
 * @example
 * ```ts
 * import type { AnalyzeReferralsOptions } from "ece-partnerships";
 * const o: AnalyzeReferralsOptions = { asOf: "2025-09-01", programId: "sunrise-hs", answerWithinDays: 10 };
 * o.answerWithinDays; //=> 10
 * ```
 * @category Referrals
 */
export interface AnalyzeReferralsOptions {
  /** The date of the judgment. */
  asOf: string;
  /** Only this program's referrals. */
  programId?: string;
  /** Only the referrals of this partnership (its own id on the referral, or the program and partner among its parties). */
  partnershipId?: string;
  /** Days a partner has to answer a referral (default 14). */
  answerWithinDays?: number;
  /** Days after which an open referral is stale (default 45). */
  staleAfterDays?: number;
}

/**
 * The result of {@link analyzeReferrals}: the figures of every selected referral, by partner and
 * by kind of need, the service bundles with the visits they save, and a score with its findings.
 *
 * @example
 * ```ts
 * import type { ReferralAnalysis } from "ece-partnerships";
 * const keys: (keyof ReferralAnalysis)[] = ["figures", "byPartner", "byNeed", "bundles", "visitsSaved", "windows"];
 * keys.length; //=> 6
 * ```
 * @category Referrals
 */
export interface ReferralAnalysis extends Assessment<ReferralFindingCode> {
  /** Figures of every selected referral. */
  figures: ReferralFigures;
  /** Figures by partner organization, most referrals first (then by name). */
  byPartner: { organizationId: string; name: string; figures: ReferralFigures }[];
  /** Figures by kind of need, in the order of the partner categories. */
  byNeed: { need: PartnerCategoryId; label: string; figures: ReferralFigures }[];
  /** The program's service bundles (all bundles without `programId`), with the visits they save in a year. */
  bundles: { bundleId: string; label: string; delivery: ServiceBundle["delivery"]; services: number; perFamily: number; families: number; visits: number }[];
  /** Visits saved by every bundle in a year. */
  visitsSaved: number;
  /** The windows the figures used, in days. */
  windows: { answerWithinDays: number; staleAfterDays: number };
}

const indexForReferralRecords = /* @__PURE__ */ keyedIndex({
  referralsByProgram: /* @__PURE__ */ groupBy((input: ReferralsInput) => input.referrals, (r) => [r.programId]),
  bundlesByProgram: /* @__PURE__ */ groupBy((input: ReferralsInput) => input.serviceBundles, (b) => [b.programId]),
});

/** Up to this many partnerships, an organization's are scanned (for an id, or another party) instead of mapped. */
const SCAN_PARTNERSHIPS = 64;

/** What the analysis looks up: organizations and partnerships by organization (the compliance index, one per portfolio), and its own records by program. */
function indexForReferrals(input: ReferralsInput) {
  const { orgs, partnershipsByOrg } = indexForCompliance(input as ReferralsInput & ComplianceInput);
  // A partnership by id: among the partnerships of an organization it includes (the last with the
  // id, as a map built from them keeps; scanned when they are few, else read once into a map per
  // organization, within this call), else by a scan (a call about one partnership).
  const byOrg = new Map<string, Map<string, Partnership>>();
  const partnershipById = (id: string, ofOrg?: string) => {
    if (ofOrg === undefined) return input.partnerships.find((p) => p.id === id);
    const all = partnershipsByOrg.get(ofOrg) ?? [];
    if (all.length <= SCAN_PARTNERSHIPS) {
      for (let i = all.length - 1; i >= 0; i--) if (all[i]!.id === id) return all[i];
      return undefined;
    }
    let mine = byOrg.get(ofOrg);
    if (!mine) byOrg.set(ofOrg, (mine = new Map(all.map((p) => [p.id, p]))));
    return mine.get(id);
  };
  return { orgs, partnershipsByOrg, partnershipById, ...indexForReferralRecords(input) };
}

/**
 * The ids of the partnerships two organizations share. An organization with few partnerships has
 * them scanned; one with more has them read once into a map from the other parties (within one
 * call of the caller), so attributing n referrals of a program with m partnerships costs
 * O(n × min(m, 64) + m), not O(n × m). Shared with the portfolio's reports, which give each
 * partnership its referrals by the same rule.
 */
export function partnershipsBetween(partnershipsOf: (orgId: string) => readonly { id: string; parties: readonly string[] }[] | undefined): (org: string, other: string) => readonly string[] {
  const byOrg = new Map<string, Map<string, string[]>>();
  return (org, other) => {
    const all = partnershipsOf(org) ?? [];
    if (all.length <= SCAN_PARTNERSHIPS) {
      // Most programs: a national summary asks about each of 1,600 programs, and a map of each one's partnerships cost more than the scans.
      const ids: string[] = [];
      for (const p of all) if (p.parties.includes(other)) ids.push(p.id);
      return ids;
    }
    let mine = byOrg.get(org);
    if (!mine) {
      mine = new Map();
      // distinct, not a Set: most partnerships have two parties.
      for (const p of all) for (const party of distinct(p.parties)) groupInto(mine, party, p.id);
      byOrg.set(org, mine);
    }
    return mine.get(other) ?? [];
  };
}

/**
 * The partnership a referral runs through: its own `partnershipId`, else the one partnership
 * whose parties include both the program and the partner (none when there are several or none).
 */
function partnershipResolver(partnershipsOf: (orgId: string) => readonly Partnership[] | undefined): (referral: Referral) => string | undefined {
  const between = partnershipsBetween(partnershipsOf);
  return (referral) => {
    if (referral.partnershipId !== undefined) return referral.partnershipId;
    const both = between(referral.programId, referral.partnerId);
    return both.length === 1 ? both[0] : undefined;
  };
}

/** The referrals the options select, in document order. */
function selected(input: ReferralsInput, index: ReturnType<typeof indexForReferrals>, options: AnalyzeReferralsOptions): readonly Referral[] {
  const pool = options.programId === undefined ? input.referrals : (index.referralsByProgram.get(options.programId) ?? []);
  if (options.partnershipId === undefined) return pool;
  const id = options.partnershipId;
  const resolve = partnershipResolver((org) => index.partnershipsByOrg.get(org));
  return pool.filter((r) => resolve(r) === id);
}

/** Referrals grouped by a key, groups in first-seen order. */
function groupReferrals<K>(referrals: readonly Referral[], keyOf: (r: Referral) => K): Map<K, Referral[]> {
  const groups = new Map<K, Referral[]>();
  for (const r of referrals) groupInto(groups, keyOf(r), r);
  return groups;
}

/** The subject of the options' selection: a partnership, a program, or the whole portfolio. */
function subjectOf(index: ReturnType<typeof indexForReferrals>, options: AnalyzeReferralsOptions): Subject {
  if (options.partnershipId !== undefined) {
    const p = index.partnershipById(options.partnershipId);
    return { kind: "partnership", id: options.partnershipId, ...(p?.name ? { name: p.name } : {}) };
  }
  if (options.programId !== undefined) {
    const name = index.orgs.get(options.programId)?.name;
    return { kind: "program", id: options.programId, ...(name ? { name } : {}) };
  }
  return { kind: "portfolio", id: "portfolio" };
}

/** The partnership a partner's referrals run through when they all run through the same one; else the partner itself. */
function subjectOfPartner(index: ReturnType<typeof indexForReferrals>, resolve: (referral: Referral) => string | undefined, organizationId: string, name: string, referrals: readonly Referral[]): Subject {
  const ids = new Set(referrals.map(resolve));
  const [only] = ids;
  const partnership = ids.size === 1 && only !== undefined ? (index.partnershipById(only, referrals[0]!.programId) ?? index.partnershipById(only)) : undefined;
  return partnership ? { kind: "partnership", id: partnership.id, ...(partnership.name ? { name: partnership.name } : {}) } : { kind: "organization", id: organizationId, name };
}

/** Where the partners' findings go: made and listed (an analysis), or only counted (a summary's outline). `make` makes the finding. */
type PartnerFindingSink = (meta: { severity: Severity }, make: () => Finding<ReferralFindingCode>) => void;

/**
 * The findings for the partners whose referrals go unanswered or stay open, partner by partner in
 * the order given. Who answers depends on the direction: the partner for referrals the program
 * made, the program for referrals the partner made; each direction is judged on its own
 * referrals. A finding's subject (the partnership the partner's referrals run through, else the
 * partner) is found only when a finding is made.
 */
function partnerFindings(index: ReturnType<typeof indexForReferrals>, partnerIds: Iterable<string>, byPartnerId: ReadonlyMap<string, Referral[]>, asOf: string, windows: ReferralWindows, sink: PartnerFindingSink): void {
  const resolve = partnershipResolver((org) => index.partnershipsByOrg.get(org));
  const nameOf = (id: string) => index.orgs.get(id)?.name ?? id;
  for (const organizationId of partnerIds) {
    const own = byPartnerId.get(organizationId) ?? [];
    let subject: Subject | undefined;
    const about = () => ({ subject: (subject ??= subjectOfPartner(index, resolve, organizationId, nameOf(organizationId), own)) });
    const outgoing = referralFigures(own.filter((r) => r.direction !== "incoming"), asOf, windows);
    if (outgoing.unanswered > 0) sink(referralsUnanswered, () => report(referralsUnanswered, { partner: nameOf(organizationId), unanswered: outgoing.unanswered, made: outgoing.made, days: windows.answerWithinDays }, about()));
    if (outgoing.stale > 0) sink(referralsStale, () => report(referralsStale, { partner: nameOf(organizationId), stale: outgoing.stale, days: windows.staleAfterDays }, about()));
    const incomingReferrals = own.filter((r) => r.direction === "incoming");
    const incoming = referralFigures(incomingReferrals, asOf, windows);
    if (incoming.unanswered > 0) {
      sink(incomingReferralsUnanswered, () => {
        const programs = [...new Set(incomingReferrals.map((r) => index.orgs.get(r.programId)?.name ?? r.programId))].join(" and ");
        return report(incomingReferralsUnanswered, { program: programs, partner: nameOf(organizationId), unanswered: incoming.unanswered, made: incoming.made, days: windows.answerWithinDays }, about());
      });
    }
  }
}

/** The bundles of the selection's program (every bundle when no program is selected), with the visits each saves. */
function bundlesOf(input: ReferralsInput, index: ReturnType<typeof indexForReferrals>, options: AnalyzeReferralsOptions, referrals: readonly Referral[]): ReferralAnalysis["bundles"] {
  const bundles = options.programId === undefined ? (input.serviceBundles ?? []) : (index.bundlesByProgram.get(options.programId) ?? []);
  if (bundles.length === 0) return [];
  // Families counted from referrals carrying the bundle's id when the bundle records no yearly count.
  const families = new Map<string, Set<string>>();
  for (const r of referrals) {
    if (r.bundleId === undefined) continue;
    let keys = families.get(r.bundleId);
    if (!keys) families.set(r.bundleId, (keys = new Set()));
    keys.add(r.familyKey ?? r.id);
  }
  return bundles.map((b) => {
    const keys = families.get(b.id) ?? new Set();
    const saved = bundleVisitsSaved(b, b.familiesPerYear ?? keys.size);
    return { bundleId: b.id, label: b.label, delivery: b.delivery, services: b.services.length, ...saved };
  });
}

/** The windows the options set, each checked. */
function windowsOf(options: AnalyzeReferralsOptions): ReferralWindows {
  return {
    answerWithinDays: optionalCount(options.answerWithinDays, "answerWithinDays") ?? defaultReferralWindows.answerWithinDays,
    staleAfterDays: optionalCount(options.staleAfterDays, "staleAfterDays") ?? defaultReferralWindows.staleAfterDays,
  };
}

/** What analyzing referrals reads, with its options checked: the date, the windows, the index and the selected referrals. */
function referralScope(input: ReferralsInput, options: AnalyzeReferralsOptions) {
  const asOf = requireIsoDate(options?.asOf);
  requireCollections(input, ["organizations", "partnerships", "referrals"], "analyzeReferrals");
  const windows = windowsOf(options);
  const index = indexForReferrals(input);
  return { asOf, windows, index, referrals: selected(input, index, options) };
}

/**
 * What a portfolio summary reads of {@link analyzeReferrals} for one program: the figures, and the
 * findings counted by severity, with no subject, name or message found, and no breakdown by
 * partner or need and no bundles made. Internal.
 */
export function outlineReferrals(input: ReferralsInput, options: { asOf: string; programId: string }): { figures: ReferralFigures; counts: SeverityCounts } {
  const { asOf, windows, index, referrals } = referralScope(input, options);
  const byPartnerId = groupReferrals(referrals, (r) => r.partnerId);
  const counts = { must: 0, should: 0, info: 0 };
  // Every partner, in any order: one with no referral made by `asOf` has no finding either.
  partnerFindings(index, byPartnerId.keys(), byPartnerId, asOf, windows, (meta) => (counts[meta.severity] += 1));
  return { figures: referralFigures(referrals, asOf, windows), counts };
}

/**
 * Analyzes referrals between programs and their partners on a date: how many were made, answered,
 * served, closed without a service, still open and stale; the completion rate and the median days
 * from referral to service (see {@link ReferralFigures} for each definition); the same figures by
 * partner and by kind of need; the service bundles and the visits they save. Scored from two
 * components:
 *
 * - `completion` (0.6): the completion rate × 100;
 * - `response` (0.4): the share answered within `answerWithinDays` (default 14) × 100.
 *
 * Findings: `referral.unanswered` (should) for each partner with referrals the program made that
 * are past the answer window with no contact; `referral.stale` (info) for each partner with such
 * referrals open past `staleAfterDays` (default 45); `referral.incoming-unanswered` (should) for
 * referrals a partner made to the program that the program has not answered. Each finding is
 * about the partnership the partner's referrals run through when they all run through one, else
 * about the partner. Select with `programId`, `partnershipId`, both or neither (every referral).
 * Complexity: O(selected referrals × log) after the portfolio is indexed once.
 *
 * @throws {RangeError} When `asOf` is not a calendar date or a window is not a whole number.
 * @throws {TypeError} When the input is not a parsed portfolio.
 * @example
 * ```ts
 * import { analyzeReferrals, parsePortfolio } from "ece-partnerships";
 * const parsed = parsePortfolio({
 *   schemaVersion: 2,
 *   organizations: [
 *     { id: "hs", name: "Sunrise Head Start", kind: "head-start-preschool", level: "local", program: { types: ["head-start-preschool"], americanIndianAlaskaNative: false, fundedEnrollment: 120 } },
 *     { id: "dental", name: "Dane Dental Clinic", kind: "dental-provider", level: "local" },
 *   ],
 *   referrals: [
 *     { id: "r1", programId: "hs", partnerId: "dental", need: "health", madeOn: "2025-06-02", contactedOn: "2025-06-04", serviceStartedOn: "2025-06-16" },
 *     { id: "r2", programId: "hs", partnerId: "dental", need: "health", madeOn: "2025-06-09", serviceStartedOn: "2025-06-17" },
 *     { id: "r3", programId: "hs", partnerId: "dental", need: "health", madeOn: "2025-06-20" },
 *   ],
 * });
 * if (!parsed.ok) throw parsed.error;
 * const a = analyzeReferrals(parsed.value, { asOf: "2025-09-01", programId: "hs" });
 * [a.figures.completed, a.figures.stale, a.figures.completionRate, a.figures.medianDaysToService]; //=> [2, 1, 0.667, 11]
 * a.findings.map((f) => f.message);
 * //=> ["Dane Dental Clinic has not contacted the family within 14 days on 1 of 3 referrals.", "One referral to Dane Dental Clinic has been open for more than 45 days without a service starting."]
 * a.score; //=> 66.7
 * ```
 * @category Referrals
 */
export function analyzeReferrals(input: ReferralsInput, options: AnalyzeReferralsOptions): ReferralAnalysis {
  const { asOf, windows, index, referrals } = referralScope(input, options);
  const figures = referralFigures(referrals, asOf, windows);
  const nameOf = (id: string) => index.orgs.get(id)?.name ?? id;
  const byPartnerId = groupReferrals(referrals, (r) => r.partnerId);
  const byPartner = [...byPartnerId]
    .map(([organizationId, list]) => ({ organizationId, name: nameOf(organizationId), figures: referralFigures(list, asOf, windows) }))
    .filter((p) => p.figures.made > 0)
    .sort((a, b) => b.figures.made - a.figures.made || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const needs = groupReferrals(referrals, (r) => r.need);
  const byNeed = partnerCategories
    .filter((c) => needs.has(c.id))
    .map((c) => ({ need: c.id, label: c.label, figures: referralFigures(needs.get(c.id)!, asOf, windows) }))
    .filter((n) => n.figures.made > 0);
  const bundles = bundlesOf(input, index, options, referrals);
  const made: Finding<ReferralFindingCode>[] = [];
  partnerFindings(index, byPartner.map((p) => p.organizationId), byPartnerId, asOf, windows, (_, make) => made.push(make()));
  const assessment = buildAssessment({
    subject: subjectOf(index, options),
    findings: made,
    components: [
      {
        id: "completion",
        label: "Referrals that led to a service",
        score: figures.completionRate === null ? null : roundScore(figures.completionRate * 100),
        weight: 0.6,
        evidence: completionEvidence(figures),
      },
      {
        id: "response",
        label: `Referrals answered within ${windows.answerWithinDays} days`,
        score: figures.answeredInTime === null ? null : roundScore(figures.answeredInTime * 100),
        weight: 0.4,
        evidence: figures.answeredInTime === null ? [] : [`${roundScore(figures.answeredInTime * 100)}% of the referrals old enough to judge were answered within ${windows.answerWithinDays} days`],
      },
    ],
  });
  return Object.assign(assessment, { figures, byPartner, byNeed, bundles, visitsSaved: bundles.reduce((sum, b) => sum + b.visits, 0), windows });
}
