import type { Rule } from "../../core/index.js";
import { blendedCategorical } from "./blended-categorical.js";
import { categoryNotAllowed } from "./category-not-allowed.js";
import { categoryUnfunded } from "./category-unfunded.js";
import { concentrationHigh } from "./concentration-high.js";
import type { FundingContext } from "./context.js";
import { coordinationNotBudgeted } from "./coordination-not-budgeted.js";
import { coordinationUnfunded } from "./coordination-unfunded.js";
import { costPerChildImplausible } from "./cost-per-child-implausible.js";
import { fundingGap } from "./gap.js";
import { layersExceedCost } from "./layers-exceed-cost.js";
import { layersShort } from "./layers-short.js";
import { matchFederalCounted } from "./match-federal-counted.js";
import { matchOriginUnknown } from "./match-origin-unknown.js";
import { matchOther } from "./match-other.js";
import { matchShareShort } from "./match-share-short.js";
import { matchShort } from "./match-short.js";
import { planEmpty } from "./plan-empty.js";
import { sourceEnded } from "./source-ended.js";
import { sourceEndsBeforePeriod } from "./source-ends-before-period.js";
import { sourceExpiring } from "./source-expiring.js";
import { sourceOvercommitted } from "./source-overcommitted.js";
import { sourceUnavailableInPeriod } from "./source-unavailable-in-period.js";
import { streamDeprecatedId } from "./stream-deprecated-id.js";
import { streamFactChanges } from "./stream-fact-changes.js";

/**
 * The rules {@link analyzeFundingPlan} runs, in order. Only `funding.match.short` can be a
 * `must`, and only on a Head Start grant's budget for a budget period.
 *
 * @example
 * ```ts
 * import { fundingRules } from "ece-partnerships";
 * fundingRules.filter((r) => r.meta.severity === "must").map((r) => r.meta.code); //=> ["funding.match.short"]
 * ```
 * @category Funding
 */
export const fundingRules = /* @__PURE__ */ Object.freeze([
  blendedCategorical,
  layersShort,
  layersExceedCost,
  categoryNotAllowed,
  sourceOvercommitted,
  sourceUnavailableInPeriod,
  sourceEnded,
  sourceExpiring,
  sourceEndsBeforePeriod,
  streamFactChanges,
  streamDeprecatedId,
  planEmpty,
  fundingGap,
  costPerChildImplausible,
  coordinationUnfunded,
  categoryUnfunded,
  coordinationNotBudgeted,
  concentrationHigh,
  matchShort,
  matchShareShort,
  matchOriginUnknown,
  matchFederalCounted,
  matchOther,
] as const) satisfies readonly Rule<FundingContext, string>[];

/**
 * Every finding code of {@link fundingRules}.
 *
 * @example
 * ```ts
 * import type { FundingFindingCode } from "ece-partnerships";
 * const c: FundingFindingCode = "funding.match.short";
 * c; //=> "funding.match.short"
 * ```
 * @category Funding
 */
export type FundingFindingCode = (typeof fundingRules)[number]["meta"]["code"];
