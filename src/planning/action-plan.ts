import { z } from "../core/zod.js";
import { IdSchema, IsoDateSchema, entitySchema, parseWith, partSchema, report, type Finding, type ParseInput, type ParseResult } from "../core/index.js";
import { actionBlocked, actionHighPriorityOverdue, actionNoOwner, actionOverdue, goalNoAction, type PlanningFindingCode } from "./findings.js";
import { addDaysIso, crossField, issueText, enumSchema, optionalCount, requireIsoDate, roundShare } from "../core/internal.js";

/**
 * The statuses of an action.
 *
 * @example
 * ```ts
 * import { actionStatuses } from "ece-partnerships";
 * actionStatuses; //=> ["not-started", "in-progress", "done", "blocked", "cancelled"]
 * ```
 * @category Planning
 */
export const actionStatuses = /* @__PURE__ */ Object.freeze(["not-started", "in-progress", "done", "blocked", "cancelled"] as const);

/**
 * One action of a plan: what, who owns it, priority, dates, status, the goals it serves and how
 * progress is measured.
 *
 * @example
 * ```ts
 * import { PlannedActionSchema } from "ece-partnerships";
 * PlannedActionSchema.parse({ id: "a1", title: "Draft the MOU", ownerOrganizationId: "hs", priority: "high", status: "in-progress", dueDate: "2025-10-01" }).priority; //=> "high"
 * ```
 * @category Planning
 */
export const PlannedActionSchema = /* @__PURE__ */ partSchema({
  /** Id within the plan. */
  id: IdSchema,
  /** What will be done. */
  title: /* @__PURE__ */ z.string().min(1),
  /** The opportunity for action it takes up (an id of {@link actionOpportunities}'s actions). */
  opportunityId: /* @__PURE__ */ z.string().min(1).optional(),
  /** The organization responsible. */
  ownerOrganizationId: /* @__PURE__ */ IdSchema.optional(),
  /** high, medium or low. */
  priority: /* @__PURE__ */ enumSchema(["high", "medium", "low"]).default("medium"),
  /** When it starts. */
  startDate: /* @__PURE__ */ IsoDateSchema.optional(),
  /** When it is due. */
  dueDate: /* @__PURE__ */ IsoDateSchema.optional(),
  /** Where it stands. */
  status: /* @__PURE__ */ enumSchema(actionStatuses),
  /** When it was done. */
  completedOn: /* @__PURE__ */ IsoDateSchema.optional(),
  /** Why it is blocked. */
  blockedReason: /* @__PURE__ */ z.string().optional(),
  /** Goals it serves (ids of the plan's goals). */
  goalIds: /* @__PURE__ */ z.array(IdSchema).default([]),
  /** How progress is measured. */
  progressMeasures: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string().min(1)).default([]),
});

/**
 * The fields of {@link ActionPlanSchema} without its cross-field rules, for reuse: `.pick()`, `.omit()`
 * and `.partial()` work on it (they refuse a schema with refinements). Validate whole records with
 * {@link ActionPlanSchema}.
 *
 * @example
 * ```ts
 * import { ActionPlanBaseSchema } from "ece-partnerships";
 * Object.keys(ActionPlanBaseSchema.partial().shape).length > 1; //=> true
 * ```
 * @category Planning
 */
export const ActionPlanBaseSchema = /* @__PURE__ */ entitySchema({
  /** Unique id. */
  id: IdSchema,
  /** The partnership it plans for. */
  partnershipId: /* @__PURE__ */ IdSchema.optional(),
  /** The goals it pursues. */
  goalIds: /* @__PURE__ */ z.array(IdSchema).default([]),
  /** The actions. */
  actions: /* @__PURE__ */ z.array(PlannedActionSchema).default([]),
});

/**
 * A plan of action (Strategies for Partnering with Child Welfare Agencies (ECLKC), step 5) for a
 * partnership's goals.
 *
 * @example
 * ```ts
 * import { parseActionPlan } from "ece-partnerships";
 * const r = parseActionPlan({ id: "ap", goalIds: ["g1"], actions: [{ id: "a", title: "X", status: "done", startDate: "2025-05-01", dueDate: "2025-04-01", goalIds: ["g9"] }] });
 * if (!r.ok) r.error.issues.map((i) => i.pathText); //=> ["actions[0].dueDate", "actions[0].goalIds[0]"]
 * ```
 * @category Planning
 */
export const ActionPlanSchema = /* @__PURE__ */ ActionPlanBaseSchema.superRefine((plan, ctx) => {
  const goals = new Set(plan.goalIds);
  const ids = new Set<string>();
  plan.actions.forEach((a, i) => {
    if (ids.has(a.id)) ctx.addIssue({ code: "custom", path: ["actions", i, "id"], ...issueText("action id \"{id}\" is repeated", { id: a.id }) });
    ids.add(a.id);
    if (a.startDate && a.dueDate && a.dueDate < a.startDate) ctx.addIssue({ code: "custom", path: ["actions", i, "dueDate"], ...issueText("due {dueDate}, before its start {startDate}", { dueDate: a.dueDate, startDate: a.startDate }) });
    a.goalIds.forEach((g, j) => {
      if (!goals.has(g)) ctx.addIssue({ code: "custom", path: ["actions", i, "goalIds", j], ...issueText("goal \"{g}\" is not one of the plan's goals", { g }) });
    });
  });
}, /* @__PURE__ */ crossField("actions", "goalIds"));

/**
 * An action plan; see {@link ActionPlanSchema}.
 *
 * @example
 * ```ts
 * import type { ActionPlan } from "ece-partnerships";
 * const p: ActionPlan = { id: "ap", goalIds: [], actions: [] };
 * p.actions.length; //=> 0
 * ```
 * @category Planning
 * @useDeclaredType
 */
export type ActionPlan = z.infer<typeof ActionPlanSchema>;

/**
 * What {@link parseActionPlan} accepts for an action plan: the schema's input, where fields with
 * defaults are optional. Use it with `satisfies` for completion while writing data.
 *
 * @example
 * ```ts
 * import { parseActionPlan, type ActionPlanInput } from "ece-partnerships";
 * const input = { id: "ap", partnershipId: "hs-cw" } satisfies ActionPlanInput;
 * parseActionPlan(input).ok; //=> true
 * ```
 * @category Planning
 * @useDeclaredType
 */
export type ActionPlanInput = z.input<typeof ActionPlanSchema>;

/**
 * Validates an action plan; never throws.
 *
 * @example
 * ```ts
 * import { parseActionPlan } from "ece-partnerships";
 * parseActionPlan({ id: "ap" }).ok; //=> true
 * ```
 * @category Planning
 */
export function parseActionPlan<const T = ActionPlanInput>(input: ParseInput<T, ActionPlanInput>): ParseResult<ActionPlan> {
  return parseWith(ActionPlanSchema, input);
}

/**
 * Where an action plan stands on a date (see {@link actionPlanStatus}).
 *
 * @example
 * ```ts
 * import { actionPlanStatus, type ActionPlanStatus } from "ece-partnerships";
 * const s: ActionPlanStatus = actionPlanStatus({ id: "ap", goalIds: [], actions: [] }, { asOf: "2025-09-01" });
 * s.shareComplete; //=> null
 * ```
 * @category Planning
 */
export interface ActionPlanStatus {
  /** Action ids past due and not done or cancelled. */
  overdue: string[];
  /** Action ids due from `asOf` through `asOf + windowDays`, not done. */
  dueSoon: string[];
  /** Action ids done. */
  done: string[];
  /** Action ids blocked. */
  blocked: string[];
  /** Done / (all actions not cancelled); `null` with none. */
  shareComplete: number | null;
  /** Plan goals that no action serves. */
  goalsWithoutAction: string[];
  /** Actions with no owner organization. */
  actionsWithoutOwner: string[];
  /** What needs attention. */
  findings: Finding<PlanningFindingCode>[];
}

/**
 * Where an action plan stands on `asOf`: overdue actions, actions due within `windowDays`
 * (default 30; both ends inclusive), done, blocked, the share complete, goals with no action and
 * actions with no owner. Complexity: O(actions + goals).
 *
 * @throws {RangeError} When `asOf` is not a calendar date or `windowDays` is not a whole number of
 *   at least 0.
 * @example
 * ```ts
 * import { actionPlanStatus } from "ece-partnerships";
 * const s = actionPlanStatus(
 *   {
 *     id: "ap", goalIds: ["g1", "g2"],
 *     actions: [
 *       { id: "mou", title: "Sign MOU", ownerOrganizationId: "hs", priority: "high", status: "in-progress", dueDate: "2025-08-15", goalIds: ["g1"], progressMeasures: [] },
 *       { id: "train", title: "Joint training", priority: "medium", status: "not-started", dueDate: "2025-09-20", goalIds: ["g1"], progressMeasures: [] },
 *       { id: "point", title: "Name point persons", ownerOrganizationId: "cw", priority: "high", status: "done", goalIds: ["g1"], progressMeasures: [] },
 *     ],
 *   },
 *   { asOf: "2025-09-01" },
 * );
 * [s.overdue, s.dueSoon, s.done, s.goalsWithoutAction, s.actionsWithoutOwner]; //=> [["mou"], ["train"], ["point"], ["g2"], ["train"]]
 * s.shareComplete; //=> 0.333
 * ```
 * @category Planning
 */
export function actionPlanStatus(plan: ActionPlan, options: { asOf: string; windowDays?: number }): ActionPlanStatus {
  const asOf = requireIsoDate(options?.asOf);
  const until = addDaysIso(asOf, optionalCount(options.windowDays, "windowDays") ?? 30);
  const subject = { kind: "action-plan", id: plan.id };
  const status: ActionPlanStatus = { overdue: [], dueSoon: [], done: [], blocked: [], shareComplete: null, goalsWithoutAction: [], actionsWithoutOwner: [], findings: [] };
  const served = new Set<string>();
  let counted = 0;
  for (const a of plan.actions) {
    if (a.status === "cancelled") continue;
    counted += 1;
    a.goalIds.forEach((g) => served.add(g));
    if (!a.ownerOrganizationId) {
      status.actionsWithoutOwner.push(a.id);
      status.findings.push(report(actionNoOwner, { action: a.title }, { subject }));
    }
    if (a.status === "done") {
      status.done.push(a.id);
      continue;
    }
    if (a.status === "blocked") {
      status.blocked.push(a.id);
      status.findings.push(report(actionBlocked, { action: a.title, reason: a.blockedReason ?? "" }, { subject }));
    }
    if (a.dueDate !== undefined && a.dueDate < asOf) {
      status.overdue.push(a.id);
      status.findings.push(report(a.priority === "high" ? actionHighPriorityOverdue : actionOverdue, { action: a.title, due: a.dueDate }, { subject }));
    } else if (a.dueDate !== undefined && a.dueDate <= until) {
      status.dueSoon.push(a.id);
    }
  }
  status.shareComplete = counted ? roundShare(status.done.length / counted) : null;
  for (const g of plan.goalIds) {
    if (!served.has(g)) {
      status.goalsWithoutAction.push(g);
      status.findings.push(report(goalNoAction, { goal: g, plan: plan.id }, { subject }));
    }
  }
  return status;
}
