import { cachedIndex, groupInto } from "../core/internal.js";
import { questionnairesOf, type Portfolio } from "./schema.js";

/**
 * What summaries and reports read beyond the compliance index (organizations, and partnerships
 * and agreements by organization), grouped once per portfolio value. Responses and action plans
 * are kept as positions in their collections, so a program's records can be listed in document
 * order. Complexity: O(the collections) once, then O(1) per lookup.
 */
export const indexForPortfolio = /* @__PURE__ */ cachedIndex(
  (portfolio: Portfolio) => [
    portfolio.fundingPlans,
    portfolio.questionnaires,
    portfolio.questionnaireResponses,
    portfolio.actionPlans,
    portfolio.coordinatedServicesApproaches,
    portfolio.sharedServicesAlliances,
  ],
  (portfolio) => {
    const plansByProgram = new Map<string, Portfolio["fundingPlans"][number][]>();
    const plansByPartnership = new Map<string, Portfolio["fundingPlans"][number][]>();
    const plansById = new Map<string, Portfolio["fundingPlans"][number]>();
    const responsesByPartnership = new Map<string, number[]>();
    const actionPlansByPartnership = new Map<string, number[]>();
    const approachesByOrg = new Map<string, Portfolio["coordinatedServicesApproaches"][number][]>();
    const alliancesByOrg = new Map<string, Portfolio["sharedServicesAlliances"][number][]>();
    for (const plan of portfolio.fundingPlans) {
      if (!plansById.has(plan.id)) plansById.set(plan.id, plan);
      if (plan.owner.kind === "program") groupInto(plansByProgram, plan.owner.id, plan);
      else if (plan.owner.kind === "partnership") groupInto(plansByPartnership, plan.owner.id, plan);
    }
    for (const a of portfolio.coordinatedServicesApproaches ?? []) for (const org of new Set([a.operatorId, ...a.partners.map((p) => p.organizationId)])) groupInto(approachesByOrg, org, a);
    for (const a of portfolio.sharedServicesAlliances ?? []) for (const org of new Set([a.hubId, ...a.members.map((m) => m.organizationId)])) groupInto(alliancesByOrg, org, a);
    portfolio.questionnaireResponses.forEach((r, i) => {
      if (r.partnershipId !== undefined) groupInto(responsesByPartnership, r.partnershipId, i);
    });
    portfolio.actionPlans.forEach((plan, i) => {
      if (plan.partnershipId !== undefined) groupInto(actionPlansByPartnership, plan.partnershipId, i);
    });
    return { plansByProgram, plansByPartnership, plansById, responsesByPartnership, actionPlansByPartnership, approachesByOrg, alliancesByOrg, questionnaires: questionnairesOf(portfolio) };
  },
);

/** The records of some partnerships, from an index of positions by partnership, in document order. */
export function recordsOf<T>(partnerships: readonly { id: string }[], byPartnership: Map<string, number[]>, all: readonly T[]): T[] {
  return partnerships
    .flatMap((p) => byPartnership.get(p.id) ?? [])
    .sort((a, b) => a - b)
    .map((i) => all[i]!);
}
