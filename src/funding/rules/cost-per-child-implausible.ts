import { defineFinding, defineRule, formatCents } from "../../core/index.js";
import { daysBetween } from "../../core/internal.js";
import type { FundingContext } from "./context.js";

/**
 * The bounds of the cost-per-child typo guard, in cents per child per year. Early care and
 * education costs per child run in the thousands to tens of thousands of dollars a year; a plan
 * below $1,000 or above $100,000 per funded child more likely holds dollars typed where cents are
 * expected, or a slipped digit. A guard, not a rule.
 */
export const COST_PER_CHILD_BOUNDS = /* @__PURE__ */ Object.freeze({ minCents: 1_000_00, maxCents: 100_000_00 });

/** The plan's cost per funded child per year is outside {@link COST_PER_CHILD_BOUNDS}. */
export const costPerChildImplausible = /* @__PURE__ */ (() =>
  defineRule(
    defineFinding({
      code: "funding.plan.cost-per-child-implausible",
      severity: "info",
      title: "Cost per child looks like a typo",
      basis: "A typo guard: a cost per child outside $1,000 to $100,000 a year is more likely a unit slip than a real budget.",
      action: "Check the amounts: money is integer cents ($2,150,000 is 215000000; dollarsToCents converts).",
      message: (p: { plan: string; perChild: string; children: number }) =>
        `${p.plan} costs ${p.perChild} per funded child per year for ${p.children} children; check that its amounts are in cents.`,
    }),
    (ctx: FundingContext, emit) => {
      const children = ctx.fundedEnrollment;
      if (children === undefined || children === 0 || ctx.totalCost === 0) return;
      const days = daysBetween(ctx.plan.period.start, ctx.plan.period.end) + 1;
      const perChildYear = (ctx.totalCost / children) * (365 / days);
      if (perChildYear >= COST_PER_CHILD_BOUNDS.minCents && perChildYear <= COST_PER_CHILD_BOUNDS.maxCents) return;
      emit({ plan: ctx.label, perChild: formatCents(Math.round(perChildYear)), children }, { subject: ctx.subject });
    },
  ))();
