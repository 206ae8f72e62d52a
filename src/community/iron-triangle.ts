import { z } from "../core/zod.js";
import { optionalNumber, roundShare } from "../core/internal.js";
import { CentsSchema, IdSchema, buildAssessment, formatCents, parseWith, partSchema, report, roundScore, type Assessment, type Finding, type ParseInput, type ParseResult } from "../core/index.js";
import { ironBadDebtAboveTarget, ironBreakEvenAboveCapacity, ironEnrollmentBelowTarget, ironInconsistentFigures, ironPerChildGap, type CommunityFindingCode } from "./findings.js";

/**
 * A site's figures for one period, validated: capacity and enrollment are finite numbers of at
 * least 0 (enrollment in full-time equivalents, so fractions are allowed), money is integer
 * cents. Figures that do not fit together (collected more than billed, enrolled above capacity)
 * are accepted and reported by {@link assessIronTriangle} as notes.
 *
 * @example
 * ```ts
 * import { IronTriangleSiteSchema } from "ece-partnerships";
 * IronTriangleSiteSchema.safeParse({ capacity: 40, enrolled: -5, billedRevenue: 0, collectedRevenue: 0, totalExpenses: 0 }).success; //=> false
 * ```
 * @category Community
 */
export const IronTriangleSiteSchema = /* @__PURE__ */ partSchema({
  /** An id, for findings. */
  id: /* @__PURE__ */ IdSchema.optional(),
  /** Staffed capacity (slots). */
  capacity: /* @__PURE__ */ z.number().min(0).max(1e9),
  /** Enrolled children, full-time equivalent. */
  enrolled: /* @__PURE__ */ z.number().min(0).max(1e9),
  /** Revenue billed, cents. */
  billedRevenue: CentsSchema,
  /** Revenue collected, cents. */
  collectedRevenue: CentsSchema,
  /** Total expenses, cents. */
  totalExpenses: CentsSchema,
  /** Revenue per full-time slot for the period, cents. */
  ratePerSlot: /* @__PURE__ */ CentsSchema.optional(),
});

/**
 * Validates a site's figures; never throws.
 *
 * @example
 * ```ts
 * import { parseIronTriangleSite } from "ece-partnerships";
 * parseIronTriangleSite({ capacity: 60, enrolled: 54, billedRevenue: 900_000_00, collectedRevenue: 873_000_00, totalExpenses: 880_000_00 }).ok; //=> true
 * ```
 * @category Community
 */
export function parseIronTriangleSite<const T = IronTriangleSiteInput>(input: ParseInput<T, IronTriangleSiteInput>): ParseResult<IronTriangleSite> {
  return parseWith(IronTriangleSiteSchema, input) as ParseResult<IronTriangleSite>;
}

/**
 * A site's figures for one period: capacity (budget on staffed, not licensed, capacity), enrolled
 * children in full-time equivalents, revenue billed and collected (tuition, fees and third-party
 * funding, in cents), total expenses, and optionally the rate per slot for the period.
 *
 * @example
 * ```ts
 * import type { IronTriangleSite } from "ece-partnerships";
 * const site: IronTriangleSite = { capacity: 60, enrolled: 54, billedRevenue: 900_000_00, collectedRevenue: 873_000_00, totalExpenses: 880_000_00, ratePerSlot: 16_000_00 };
 * site.capacity; //=> 60
 * ```
 * @category Community
 */
export interface IronTriangleSite {
  /** An id, for findings. */
  id?: string | undefined;
  /** Staffed capacity (slots). */
  capacity: number;
  /** Enrolled children, full-time equivalent. */
  enrolled: number;
  /** Revenue billed (tuition, fees, subsidy and other third-party funding), cents. */
  billedRevenue: number;
  /** Revenue collected, cents. */
  collectedRevenue: number;
  /** Total expenses, cents. */
  totalExpenses: number;
  /** Revenue per full-time slot for the period, cents. */
  ratePerSlot?: number | undefined;
}

/**
 * What {@link parseIronTriangleSite} accepts: the same fields as {@link IronTriangleSite} (no field
 * has a default).
 *
 * @example
 * ```ts
 * import { parseIronTriangleSite, type IronTriangleSiteInput } from "ece-partnerships";
 * const input = { capacity: 60, enrolled: 54, billedRevenue: 900_000_00, collectedRevenue: 873_000_00, totalExpenses: 880_000_00 } satisfies IronTriangleSiteInput;
 * parseIronTriangleSite(input).ok; //=> true
 * ```
 * @category Community
 */
export type IronTriangleSiteInput = IronTriangleSite;

/**
 * The Iron Triangle's figures: rates as shares (0..1), money in cents; `null` where a denominator is zero.
 *
 * @example
 * ```ts
 * import type { IronTriangleFigures } from "ece-partnerships";
 * const keys: (keyof IronTriangleFigures)[] = ["enrollmentRate", "collectionRate", "badDebtRate", "costPerChild", "revenuePerChild", "netPerChild", "breakEvenEnrollment", "breakEvenRate"];
 * keys.length; //=> 8
 * ```
 * @category Community
 */
export interface IronTriangleFigures {
  /** enrolled / capacity. */
  enrollmentRate: number | null;
  /** collected / billed. */
  collectionRate: number | null;
  /** 1 - collection rate. */
  badDebtRate: number | null;
  /** expenses / enrolled, cents. */
  costPerChild: number | null;
  /** collected revenue / enrolled, cents. */
  revenuePerChild: number | null;
  /** revenue per child - cost per child (negative: the per-child gap), cents. */
  netPerChild: number | null;
  /** expenses / (rate per slot × collection rate): children needed to break even. */
  breakEvenEnrollment: number | null;
  /** Break-even enrollment / capacity. */
  breakEvenRate: number | null;
}

/**
 * The result of {@link assessIronTriangle}.
 *
 * @example
 * ```ts
 * import type { IronTriangleAssessment } from "ece-partnerships";
 * const keys: (keyof IronTriangleAssessment)[] = ["figures"];
 * keys.length; //=> 1
 * ```
 * @category Community
 */
export interface IronTriangleAssessment extends Assessment<CommunityFindingCode> {
  /** The numbers behind the score. */
  figures: IronTriangleFigures;
}

/** A ratio that is only reported when it is a finite number (tiny denominators overflow). */
const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);

/**
 * Assesses a site against the Iron Triangle of early-care finance (Opportunities Exchange): full
 * enrollment, full fee collection, and revenue that covers the per-child cost. The defaults are
 * the Iron Triangle approach's "95% enrollment, 2% uncollectible debts" ([excerpt]); both are
 * options (some budget at 85%). Each point is a component scored against its target (capped at
 * 100); findings name the shortfalls, the per-child gap and the break-even enrollment. Every
 * finding is a `should` or a note: the targets are a finance heuristic, not a rule. Figures that do
 * not fit together (collected more than billed, enrolled above capacity) are reported as notes.
 * Zero denominators give `null` figures, never `NaN`. Complexity: O(1).
 *
 * @throws {TypeError} When the figures fail {@link IronTriangleSiteSchema} (negative or non-finite
 *   numbers, fractional cents).
 * @throws {RangeError} For targets outside 0..1.
 * @example
 * ```ts
 * import { assessIronTriangle } from "ece-partnerships";
 * const a = assessIronTriangle({ id: "little-acorns", capacity: 60, enrolled: 51, billedRevenue: 816_000_00, collectedRevenue: 783_360_00, totalExpenses: 850_000_00, ratePerSlot: 16_000_00 });
 * a.figures.enrollmentRate; //=> 0.85
 * a.figures.badDebtRate; //=> 0.04
 * a.figures.netPerChild; //=> -1_306_67
 * a.figures.breakEvenEnrollment; //=> 55.3
 * a.findings.map((f) => f.code); //=> ["community.iron-triangle.enrollment-below-target", "community.iron-triangle.bad-debt-above-target", "community.iron-triangle.per-child-gap"]
 * ```
 * @category Community
 */
export function assessIronTriangle(site: IronTriangleSite, options: { targetEnrollment?: number; maxBadDebt?: number } = {}): IronTriangleAssessment {
  const checked = parseIronTriangleSite(site);
  if (!checked.ok) throw new TypeError(`assessIronTriangle: the site's figures are not valid (${checked.error.issues.map((i) => `${i.pathText}: ${i.message}`).join("; ")}); check them with parseIronTriangleSite first`);
  const targetEnrollment = optionalNumber(options.targetEnrollment, "targetEnrollment", 0.01, 1) ?? 0.95;
  const maxBadDebt = optionalNumber(options.maxBadDebt, "maxBadDebt", 0, 0.99) ?? 0.02;
  const subject = site.id ? { kind: "site", id: site.id } : { kind: "site" };
  // The English name, and the id on its own so another language can name the site in its words.
  const named = { site: site.id ? `Site ${site.id}` : "The site", siteId: site.id ?? "" };
  const findings: Finding<CommunityFindingCode>[] = [];
  if (site.collectedRevenue > site.billedRevenue) findings.push(report(ironInconsistentFigures, { ...named, what: `collected ${formatCents(site.collectedRevenue)}, more than the ${formatCents(site.billedRevenue)} billed`, collected: formatCents(site.collectedRevenue), billed: formatCents(site.billedRevenue) }, { subject }));
  if (site.enrolled > site.capacity) findings.push(report(ironInconsistentFigures, { ...named, what: `${site.enrolled} children enrolled, more than the capacity of ${site.capacity}`, enrolled: site.enrolled, capacity: site.capacity }, { subject }));
  const enrollmentRate = site.capacity > 0 ? finite(roundShare(site.enrolled / site.capacity)) : null;
  const collectionRate = site.billedRevenue > 0 ? finite(roundShare(site.collectedRevenue / site.billedRevenue)) : null;
  const badDebtRate = collectionRate === null ? null : roundShare(Math.max(0, 1 - collectionRate));
  const costPerChild = site.enrolled > 0 ? finite(Math.round(site.totalExpenses / site.enrolled)) : null;
  const revenuePerChild = site.enrolled > 0 ? finite(Math.round(site.collectedRevenue / site.enrolled)) : null;
  const netPerChild = costPerChild === null || revenuePerChild === null ? null : revenuePerChild - costPerChild;
  const effectiveCollection = collectionRate ?? 1 - maxBadDebt;
  const breakEvenEnrollment = site.ratePerSlot && site.ratePerSlot > 0 && effectiveCollection > 0 ? finite(Math.round((site.totalExpenses / (site.ratePerSlot * effectiveCollection)) * 10) / 10) : null;
  const breakEvenRate = breakEvenEnrollment !== null && site.capacity > 0 ? roundShare(breakEvenEnrollment / site.capacity) : null;

  if (enrollmentRate !== null && enrollmentRate < targetEnrollment) {
    findings.push(report(ironEnrollmentBelowTarget, { ...named, percent: Math.round(enrollmentRate * 1000) / 10, target: Math.round(targetEnrollment * 1000) / 10 }, { subject }));
  }
  if (badDebtRate !== null && badDebtRate > maxBadDebt) {
    findings.push(report(ironBadDebtAboveTarget, { ...named, percent: Math.round(badDebtRate * 1000) / 10, max: Math.round(maxBadDebt * 1000) / 10 }, { subject }));
  }
  if (netPerChild !== null && netPerChild < 0) {
    findings.push(report(ironPerChildGap, { ...named, revenue: formatCents(revenuePerChild!), cost: formatCents(costPerChild!), gap: formatCents(-netPerChild) }, { subject }));
  }
  if (breakEvenEnrollment !== null && breakEvenEnrollment > site.capacity) {
    findings.push(report(ironBreakEvenAboveCapacity, { ...named, breakEven: breakEvenEnrollment, capacity: site.capacity }, { subject }));
  }

  const assessment = buildAssessment({
    subject,
    findings,
    components: [
      { id: "full-enrollment", label: "Full enrollment", score: enrollmentRate === null ? null : roundScore(Math.min(1, enrollmentRate / targetEnrollment) * 100), weight: 1, evidence: enrollmentRate === null ? [] : [`${site.enrolled} of ${site.capacity} slots`] },
      { id: "full-fee-collection", label: "Full fee collection", score: collectionRate === null ? null : roundScore(Math.min(1, collectionRate / (1 - maxBadDebt)) * 100), weight: 1, evidence: collectionRate === null ? [] : [`${formatCents(site.collectedRevenue)} of ${formatCents(site.billedRevenue)} collected`] },
      { id: "revenue-covers-cost", label: "Revenue covers per-child cost", score: costPerChild === null || revenuePerChild === null ? null : costPerChild === 0 ? 100 : roundScore(Math.min(1, revenuePerChild / costPerChild) * 100), weight: 1, evidence: costPerChild === null ? [] : [`${formatCents(revenuePerChild!)} revenue and ${formatCents(costPerChild)} cost per child`] },
    ],
  });
  return { ...assessment, figures: { enrollmentRate, collectionRate, badDebtRate, costPerChild, revenuePerChild, netPerChild, breakEvenEnrollment, breakEvenRate } };
}
