import { buildAssessment, report, roundScore, type Assessment, type Finding } from "../core/index.js";
import { roundShare, groupBy, keyedIndex, requireCollections, requireIsoDate } from "../core/internal.js";
import { indexForCompliance, type ComplianceInput } from "../compliance/index-cache.js";
import { canonicalStreamId, streamLabel } from "../funding/streams.js";
import type { FundingPlan } from "../funding/plan.js";
import type { Organization } from "../partners/organization.js";
import type { Partnership } from "../partners/partnership.js";
import { slotHoursCountedTwice, slotHoursUncovered, slotStreamNotInPlan, type SlotFindingCode } from "./findings.js";
import type { FundedSlots } from "./slots.js";

/**
 * What {@link analyzeFundedSlots} reads: a parsed portfolio has all of it.
 *
 * @example
 * ```ts
 * import type { SlotsAnalysisInput } from "ece-partnerships";
 * const input: SlotsAnalysisInput = { organizations: [], partnerships: [], fundingPlans: [], fundedSlots: [] };
 * input.fundedSlots.length; //=> 0
 * ```
 * @category Enrollment
 */
export interface SlotsAnalysisInput {
  organizations: readonly Organization[];
  partnerships: readonly Partnership[];
  fundingPlans: readonly FundingPlan[];
  fundedSlots: readonly FundedSlots[];
}

/**
 * One group of funded slots as {@link analyzeFundedSlots} reads it: the hours a year each slot
 * provides, each layered stream's hours and share, and the hours uncovered or paid twice.
 *
 * @example
 * ```ts
 * import type { SlotLayering } from "ece-partnerships";
 * const s: SlotLayering = { id: "s", label: "Full-day toddlers", provider: null, site: null, slots: 8, serviceHours: 2500, layers: [{ streamId: "ehs-ccp", stream: "Early Head Start-Child Care Partnerships", pays: "hours", hours: 2500, share: 1, inPlan: true }], uncoveredHours: 0, paidTwiceHours: 0 };
 * s.layers[0]?.share; //=> 1
 * ```
 * @category Enrollment
 */
export interface SlotLayering {
  id: string;
  label: string;
  /** The organization where the children are served, by name, when not the program. */
  provider: string | null;
  /** The site, when recorded. */
  site: string | null;
  slots: number;
  /** Hours a year each slot provides. */
  serviceHours: number;
  /** Each layer's hours a year per slot, its share of the service hours, what it pays for, and whether a funding plan of the program lists its stream. */
  layers: { streamId: string; stream: string; pays: "hours" | "enhancements"; hours: number; share: number; inPlan: boolean }[];
  /** Hours a year per slot no stream pays for. */
  uncoveredHours: number;
  /** Hours a year per slot beyond the service hours the layers pay for. */
  paidTwiceHours: number;
}

/**
 * The result of {@link analyzeFundedSlots}.
 *
 * @example
 * ```ts
 * import type { FundedSlotsAnalysis } from "ece-partnerships";
 * const keys: (keyof FundedSlotsAnalysis)[] = ["groups", "totalSlots", "layeredSlots", "byStream", "coEnrollment"];
 * keys.length; //=> 5
 * ```
 * @category Enrollment
 */
export interface FundedSlotsAnalysis extends Assessment<SlotFindingCode> {
  groups: SlotLayering[];
  /** Funded slots of the program. */
  totalSlots: number;
  /** Slots paid by more than one stream. */
  layeredSlots: number;
  /** Hours a year across all slots each stream pays for (its enhancement layers included), most first. */
  byStream: { streamId: string; stream: string; hours: number }[];
  /** Families enrolled in another program too, by that program. */
  coEnrollment: { organization: string; program: string; families: number }[];
}

const indexForSlotRecords = /* @__PURE__ */ keyedIndex({
  plansByOwner: /* @__PURE__ */ groupBy((input: SlotsAnalysisInput) => input.fundingPlans, (plan) => [plan.owner.id]),
  slotsByProgram: /* @__PURE__ */ groupBy((input: SlotsAnalysisInput) => input.fundedSlots, (s) => [s.programId]),
});

/** Organizations and partnerships by organization from the compliance index (one per portfolio), and the slots' own lookups. */
function indexForSlots(input: SlotsAnalysisInput) {
  const { orgs, partnershipsByOrg } = indexForCompliance(input as SlotsAnalysisInput & ComplianceInput);
  return { orgs, partnershipsByOrg, ...indexForSlotRecords(input) };
}

/** The streams the program's plans (its own and its partnerships') list as sources, by current id, with their labels. */
function plannedStreams(index: ReturnType<typeof indexForSlots>, programId: string): Map<string, string> {
  // A loop, not flatMap: no list is made for each of the program's partnerships without a plan.
  const plans = [...(index.plansByOwner.get(programId) ?? [])];
  for (const p of index.partnershipsByOrg.get(programId) ?? []) {
    const own = index.plansByOwner.get(p.id);
    if (own) plans.push(...own);
  }
  const streams = new Map<string, string>();
  for (const plan of plans) {
    for (const source of plan.sources) {
      const id = canonicalStreamId(source.streamId);
      if (!streams.has(id)) streams.set(id, streamLabel(source.streamId, plan.streams));
    }
  }
  return streams;
}

/** The number of different streams a group's layers come from (a stream may pay for the school year and the summer). */
const streamCount = (g: SlotLayering) => new Set(g.layers.map((l) => canonicalStreamId(l.streamId))).size;

/** One group's layering, with its findings. */
function layering(s: FundedSlots, planned: Map<string, string>, provider: string | null, findings: Finding<SlotFindingCode>[]): SlotLayering {
  const serviceHours = roundShare(s.hoursPerDay * s.daysPerYear);
  const subject = { kind: "funded-slots", id: s.id, name: s.label };
  const noted = new Set<string>();
  const layers = s.layers.map((l) => {
    const hours = roundShare(l.hoursPerDay * l.daysPerYear);
    const planLabel = planned.get(canonicalStreamId(l.streamId));
    const inPlan = planLabel !== undefined;
    const stream = planLabel ?? streamLabel(l.streamId);
    if (!inPlan && !noted.has(l.streamId)) findings.push(report(slotStreamNotInPlan, { slots: s.label, stream }, { subject }));
    noted.add(l.streamId);
    return { streamId: l.streamId, stream, pays: l.pays, hours, share: roundShare(hours / serviceHours), inPlan };
  });
  // Enhancement layers pay for costs on top of hours another stream pays for: not counted against the hours.
  const paid = roundShare(layers.reduce((sum, l) => sum + (l.pays === "hours" ? l.hours : 0), 0));
  const uncoveredHours = Math.max(0, roundShare(serviceHours - paid));
  const paidTwiceHours = Math.max(0, roundShare(paid - serviceHours));
  if (uncoveredHours > 0) findings.push(report(slotHoursUncovered, { slots: s.label, uncovered: uncoveredHours, service: serviceHours, count: s.slots }, { subject }));
  if (paidTwiceHours > 0) findings.push(report(slotHoursCountedTwice, { slots: s.label, paid, service: serviceHours }, { subject }));
  return { id: s.id, label: s.label, provider, site: s.site ?? null, slots: s.slots, serviceHours, layers, uncoveredHours, paidTwiceHours };
}

/**
 * Reads a program's funded slots and how each group's cost is layered: the hours a year each slot
 * provides (hours a day × days a year), the hours each stream pays for and its share (layers that
 * pay for enhancements on top of other streams' hours are listed but not counted), hours no
 * stream pays for (`slots.hours-uncovered`, should) and hours paid by two streams
 * (`slots.hours-counted-twice`, should: layered streams each pay for a distinct part of the day
 * or year, after Layering Funding (Office of Child Care, 2016)), and streams no funding plan of the
 * program or its partnerships lists (`slots.stream-not-in-plan`, info). Also: slots layered from
 * more than one stream, hours by stream across all slots, and dual enrollment by partner program.
 * Scored by one component, `layering`: the share of slots whose layers add up exactly × 100.
 * Complexity: O(the program's slots × layers + its plans' sources).
 *
 * @throws {RangeError} When `asOf` is not a calendar date.
 * @throws {TypeError} When the input is not a parsed portfolio.
 * @example
 * ```ts
 * import { analyzeFundedSlots, parsePortfolio } from "ece-partnerships";
 * const parsed = parsePortfolio({
 *   schemaVersion: 2,
 *   organizations: [
 *     { id: "hs", name: "Sunrise Head Start", kind: "head-start-preschool", level: "local", program: { types: ["head-start-preschool"], americanIndianAlaskaNative: false, fundedEnrollment: 120 } },
 *     { id: "wdb", name: "South Central Workforce Board", kind: "workforce-development", level: "regional" },
 *   ],
 *   fundedSlots: [{
 *     id: "fdfy", programId: "hs", label: "Full-day, full-year preschool", slots: 20, hoursPerDay: 10, daysPerYear: 250,
 *     layers: [{ streamId: "head-start-preschool", hoursPerDay: 6, daysPerYear: 180 }, { streamId: "ccdf-discretionary", hoursPerDay: 10, daysPerYear: 140 }],
 *     coEnrollment: [{ organizationId: "wdb", program: "WIOA career training", families: 6 }],
 *   }],
 * });
 * if (!parsed.ok) throw parsed.error;
 * const a = analyzeFundedSlots(parsed.value, "hs", { asOf: "2025-09-01" });
 * a.groups[0]?.layers.map((l) => [l.streamId, l.hours, l.share]); //=> [["head-start-preschool", 1080, 0.432], ["ccdf-discretionary", 1400, 0.56]]
 * a.groups[0]?.uncoveredHours; //=> 20
 * a.findings.map((f) => f.code); //=> ["slots.hours-uncovered", "slots.stream-not-in-plan", "slots.stream-not-in-plan"]
 * a.coEnrollment; //=> [{ organization: "South Central Workforce Board", program: "WIOA career training", families: 6 }]
 * ```
 * @category Enrollment
 */
export function analyzeFundedSlots(input: SlotsAnalysisInput, programId: string, options: { asOf: string }): FundedSlotsAnalysis {
  requireIsoDate(options?.asOf);
  requireCollections(input, ["organizations", "partnerships", "fundingPlans", "fundedSlots"], "analyzeFundedSlots");
  const index = indexForSlots(input);
  const nameOf = (id: string) => index.orgs.get(id)?.name ?? id;
  const findings: Finding<SlotFindingCode>[] = [];
  const slots = index.slotsByProgram.get(programId) ?? [];
  // The plans' streams are read only for a program with slots (a national summary calls this for every program).
  const planned = slots.length ? plannedStreams(index, programId) : new Map<string, string>();
  const groups = slots.map((s) => layering(s, planned, s.providerId === undefined ? null : nameOf(s.providerId), findings));
  const byStream = new Map<string, { streamId: string; stream: string; hours: number }>();
  for (const g of groups) {
    for (const l of g.layers) {
      const id = canonicalStreamId(l.streamId);
      const row = byStream.get(id) ?? { streamId: id, stream: l.stream, hours: 0 };
      row.hours = roundShare(row.hours + l.hours * g.slots);
      byStream.set(id, row);
    }
  }
  const totalSlots = groups.reduce((n, g) => n + g.slots, 0);
  const exact = groups.filter((g) => g.uncoveredHours === 0 && g.paidTwiceHours === 0).reduce((n, g) => n + g.slots, 0);
  const assessment = buildAssessment({
    subject: { kind: "program", id: programId, name: nameOf(programId) },
    findings,
    components: [{ id: "layering", label: "Slots whose layered streams add up to the hours provided", score: totalSlots === 0 ? null : roundScore((exact / totalSlots) * 100), weight: 1, evidence: groups.map((g) => `${g.label}: ${g.slots} slots, ${g.serviceHours} hours a year each, paid by ${roundShare(g.serviceHours - g.uncoveredHours + g.paidTwiceHours)} hours from ${streamCount(g)} stream(s)`) }],
  });
  return Object.assign(assessment, {
    groups,
    totalSlots,
    layeredSlots: groups.filter((g) => streamCount(g) > 1).reduce((n, g) => n + g.slots, 0),
    byStream: [...byStream.values()].sort((a, b) => b.hours - a.hours),
    coEnrollment: slots.flatMap((s) => s.coEnrollment.map((c) => ({ organization: nameOf(c.organizationId), program: c.program, families: c.families }))),
  });
}
