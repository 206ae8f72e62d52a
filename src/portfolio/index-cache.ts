import { firstBy, groupBy, groupInto, keyedIndex, positionsBy } from "../core/internal.js";
import { planningQuestionnaire, type Questionnaire } from "../planning/index.js";
import type { Portfolio } from "./schema.js";

type Plan = Portfolio["fundingPlans"][number];
const plans = (portfolio: Portfolio) => portfolio.fundingPlans;
const ownedBy = (kind: Plan["owner"]["kind"]) => (plan: Plan) => (plan.owner.kind === kind ? [plan.owner.id] : []);

/**
 * What summaries and reports read beyond the compliance index (funding plans by owner and id,
 * approaches and alliances by organization), grouped once per portfolio value and updated by what an
 * edit changed. Responses and action plans are kept as positions in their collections, so a
 * program's records can be listed in document order. Complexity: O(the collections) once, then
 * O(1) per lookup.
 */
export const indexForPortfolio = /* @__PURE__ */ keyedIndex({
  plansByProgram: /* @__PURE__ */ groupBy(plans, /* @__PURE__ */ ownedBy("program")),
  plansByPartnership: /* @__PURE__ */ groupBy(plans, /* @__PURE__ */ ownedBy("partnership")),
  plansById: /* @__PURE__ */ firstBy(plans, (plan) => plan.id),
  responsesByPartnership: /* @__PURE__ */ positionsBy((portfolio: Portfolio) => portfolio.questionnaireResponses, (r) => (r.partnershipId === undefined ? [] : [r.partnershipId])),
  actionPlansByPartnership: /* @__PURE__ */ positionsBy((portfolio: Portfolio) => portfolio.actionPlans, (plan) => (plan.partnershipId === undefined ? [] : [plan.partnershipId])),
  approachesByOrg: /* @__PURE__ */ groupBy((portfolio: Portfolio) => portfolio.coordinatedServicesApproaches, (a) => [a.operatorId, ...a.partners.map((p) => p.organizationId)]),
  alliancesByOrg: /* @__PURE__ */ groupBy((portfolio: Portfolio) => portfolio.sharedServicesAlliances, (a) => [a.hubId, ...a.members.map((m) => m.organizationId)]),
  questionnairesById: /* @__PURE__ */ groupBy((portfolio: Portfolio) => portfolio.questionnaires, (q) => [q.id]),
  referralsByPartnership: /* @__PURE__ */ groupBy((portfolio: Portfolio) => portfolio.referrals, (r) => (r.partnershipId === undefined ? [] : [r.partnershipId])),
  unlinkedReferralsByProgram: /* @__PURE__ */ groupBy((portfolio: Portfolio) => portfolio.referrals, (r) => (r.partnershipId === undefined ? [r.programId] : [])),
});

type Referral = Portfolio["referrals"][number];

/** A program's referrals that name no partnership, by partner: built once per list the index holds. */
const byPartnerCache = new WeakMap<readonly Referral[], Map<string, Referral[]>>();
function unlinkedByPartner(unlinked: readonly Referral[]): Map<string, Referral[]> {
  let map = byPartnerCache.get(unlinked);
  if (!map) {
    map = new Map();
    for (const r of unlinked) groupInto(map, r.partnerId, r);
    byPartnerCache.set(unlinked, map);
  }
  return map;
}

const none: readonly Referral[] = /* @__PURE__ */ Object.freeze([]);

/**
 * The referrals that run through a partnership: those naming it, and those between two of its
 * parties that name no partnership when it is the only partnership of the program with that
 * partner (the rule of `analyzeReferrals`). O(parties² + its referrals); no key is built for a
 * party that made no such referral.
 */
export function referralsOfPartnership(partnership: { id: string; parties: readonly string[] }, index: ReturnType<typeof indexForPortfolio>, between: (program: string, partner: string) => readonly string[]): readonly Referral[] {
  let found: Referral[] | undefined;
  const own = index.referralsByPartnership.get(partnership.id);
  for (const program of partnership.parties) {
    const unlinked = index.unlinkedReferralsByProgram.get(program);
    if (!unlinked) continue;
    const byPartner = unlinkedByPartner(unlinked);
    for (const partner of partnership.parties) {
      if (program === partner) continue;
      const pair = byPartner.get(partner);
      if (pair && between(program, partner).length === 1) (found ??= [...(own ?? [])]).push(...pair);
    }
  }
  return found ?? own ?? none;
}

/** The questionnaire a response answers: the portfolio's own with that id (the last, if repeated), else the built-in planning questionnaire. */
export function questionnaireFor(index: ReturnType<typeof indexForPortfolio>, id: string): Questionnaire | undefined {
  const own = index.questionnairesById.get(id);
  return own ? own[own.length - 1] : id === planningQuestionnaire.id ? planningQuestionnaire : undefined;
}

/** The records of some partnerships, from an index of positions by partnership, in document order. */
export function recordsOf<T>(partnerships: readonly { id: string }[], byPartnership: Map<string, number[]>, all: readonly T[]): T[] {
  // Most portfolios have none of these records: no lookup per partnership then.
  if (byPartnership.size === 0) return [];
  return partnerships
    .flatMap((p) => byPartnership.get(p.id) ?? [])
    .sort((a, b) => a - b)
    .map((i) => all[i]!);
}
