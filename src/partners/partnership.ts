import { z } from "../core/zod.js";
import { partialRecordSchema, crossField, issueText, enumSchema } from "../core/internal.js";
import { IdSchema, IsoDateSchema, entitySchema, parseWith, partSchema, type ParseInput, type ParseResult } from "../core/index.js";
import { PracticeEvidenceSchema, stageIds } from "../continuum/index.js";
import { elementIds } from "./elements.js";

/**
 * How often the parties agreed to meet, and how many meetings that means in 12 months.
 *
 * @example
 * ```ts
 * import { meetingFrequencies } from "ece-partnerships";
 * meetingFrequencies.monthly; //=> 12
 * ```
 * @category Partners
 */
export const meetingFrequencies = /* @__PURE__ */ Object.freeze({
  weekly: 52,
  biweekly: 26,
  monthly: 12,
  "every-other-month": 6,
  quarterly: 4,
  "twice-a-year": 2,
  annually: 1,
} as const);

/**
 * An agreed meeting frequency; see {@link meetingFrequencies}.
 *
 * @example
 * ```ts
 * import type { MeetingFrequency } from "ece-partnerships";
 * const f: MeetingFrequency = "quarterly";
 * f; //=> "quarterly"
 * ```
 * @category Partners
 */
export type MeetingFrequency = keyof typeof meetingFrequencies;

/**
 * The agreed meeting frequencies, most frequent first.
 *
 * @example
 * ```ts
 * import { meetingFrequencyIds } from "ece-partnerships";
 * meetingFrequencyIds[0]; //=> "weekly"
 * ```
 * @category Partners
 */
export const meetingFrequencyIds = /* @__PURE__ */ Object.freeze(["weekly", "biweekly", "monthly", "every-other-month", "quarterly", "twice-a-year", "annually"] as const);

/**
 * A meeting held: when, who came, whether families took part, what was discussed.
 *
 * @example
 * ```ts
 * import { MeetingSchema } from "ece-partnerships";
 * MeetingSchema.parse({ date: "2025-03-04", attendees: ["hs", "cw"], familiesPresent: true }).familiesPresent; //=> true
 * ```
 * @category Partners
 */
export const MeetingSchema = /* @__PURE__ */ partSchema({
  /** The day of the meeting. */
  date: IsoDateSchema,
  /** Organization ids present. */
  attendees: /* @__PURE__ */ z.array(IdSchema).optional(),
  /** Whether family members took part. */
  familiesPresent: /* @__PURE__ */ z.boolean().optional(),
  /** What was discussed or decided. */
  notes: /* @__PURE__ */ z.string().optional(),
});

/**
 * A rating of one of the four elements (0 not in place ... 3 fully in place) with the evidence
 * behind it. A rating without evidence is recorded but not scored.
 *
 * @example
 * ```ts
 * import { ElementRatingSchema } from "ece-partnerships";
 * ElementRatingSchema.parse({ rating: 2, evidence: ["Joint vision statement adopted 2025-01"], ratedOn: "2025-02-01" }).rating; //=> 2
 * ```
 * @category Partners
 */
export const ElementRatingSchema = /* @__PURE__ */ partSchema({
  /** 0 not in place, 1 emerging, 2 mostly in place, 3 fully in place. */
  rating: /* @__PURE__ */ z.number().int().min(0).max(3),
  /** What shows it: documents, events, observations. */
  evidence: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string().min(1)).default([]),
  /** When it was rated. */
  ratedOn: /* @__PURE__ */ IsoDateSchema.optional(),
  /** Who rated it (organization id). */
  ratedBy: /* @__PURE__ */ IdSchema.optional(),
});

/**
 * The fields of {@link StageViewSchema} without its cross-field rules, for reuse: `.pick()`, `.omit()`
 * and `.partial()` work on it (they refuse a schema with refinements). Validate whole records with
 * {@link StageViewSchema}.
 *
 * @example
 * ```ts
 * import { StageViewBaseSchema } from "ece-partnerships";
 * Object.keys(StageViewBaseSchema.partial().shape).length > 1; //=> true
 * ```
 * @category Partners
 */
export const StageViewBaseSchema = /* @__PURE__ */ partSchema({
  /** The organization whose view it is. */
  party: IdSchema,
  /** A continuum stage... */
  stage: /* @__PURE__ */ enumSchema(stageIds).optional(),
  /** ...or a model id of {@link collaborationModels}... */
  model: /* @__PURE__ */ z.string().min(1).optional(),
  /** ...and one of its level ids. */
  level: /* @__PURE__ */ z.string().min(1).optional(),
  /** When the view was given. */
  date: /* @__PURE__ */ IsoDateSchema.optional(),
});

/**
 * A party's own view of the stage: a continuum stage, or a model level (such as a Frey scale rating).
 *
 * @example
 * ```ts
 * import { StageViewSchema } from "ece-partnerships";
 * StageViewSchema.safeParse({ party: "cw", model: "frey-2006", level: "coordination" }).success; //=> true
 * StageViewSchema.safeParse({ party: "cw" }).success; //=> false
 * ```
 * @category Partners
 */
export const StageViewSchema = /* @__PURE__ */ StageViewBaseSchema.refine((v) => v.stage !== undefined || (v.model !== undefined && v.level !== undefined), {
  error: "a view names a stage, or a model and a level",
});

/**
 * Who does what in the partnership (Strategies for Partnering with Child Welfare Agencies (ECLKC),
 * step 2: the roles of the program, the partner,
 * families and staff who work directly with families).
 *
 * @example
 * ```ts
 * import { PartnershipRolesSchema } from "ece-partnerships";
 * PartnershipRolesSchema.parse({ families: "Two parents sit on the joint planning team" }).families; //=> "Two parents sit on the joint planning team"
 * ```
 * @category Partners
 */
export const PartnershipRolesSchema = /* @__PURE__ */ partSchema({
  /** The Head Start or Early Head Start program's role. */
  program: /* @__PURE__ */ z.string().min(1).optional(),
  /** The partner's role. */
  partner: /* @__PURE__ */ z.string().min(1).optional(),
  /** Families' role. */
  families: /* @__PURE__ */ z.string().min(1).optional(),
  /** The role of staff who work directly with families. */
  directServiceStaff: /* @__PURE__ */ z.string().min(1).optional(),
});

/**
 * The status of a partnership.
 *
 * @example
 * ```ts
 * import { partnershipStatuses } from "ece-partnerships";
 * partnershipStatuses; //=> ["exploring", "active", "paused", "ended"]
 * ```
 * @category Partners
 */
export const partnershipStatuses = /* @__PURE__ */ Object.freeze(["exploring", "active", "paused", "ended"] as const);

/**
 * The fields of {@link PartnershipSchema} without its cross-field rules, for reuse: `.pick()`, `.omit()`
 * and `.partial()` work on it (they refuse a schema with refinements). Validate whole records with
 * {@link PartnershipSchema}.
 *
 * @example
 * ```ts
 * import { PartnershipBaseSchema } from "ece-partnerships";
 * Object.keys(PartnershipBaseSchema.partial().shape).length > 1; //=> true
 * ```
 * @category Partners
 */
export const PartnershipBaseSchema = /* @__PURE__ */ entitySchema({
  /** Unique id. */
  id: IdSchema,
  /** A short name. */
  name: /* @__PURE__ */ z.string().min(1).optional(),
  /** Organization ids of the parties: two or more, distinct. */
  parties: /* @__PURE__ */ z.array(IdSchema).min(2, { error: (issue) => `a partnership needs at least two parties; it has ${Array.isArray(issue.input) ? issue.input.length : 0}` }),
  /** The shared mission in the parties' words (Strategies for Partnering with Child Welfare Agencies (ECLKC), step 1). */
  sharedMission: /* @__PURE__ */ z.string().min(1).optional(),
  /** Roles of the program, the partner, families and direct-service staff. */
  roles: /* @__PURE__ */ PartnershipRolesSchema.optional(),
  /** Dated evidence of practices, from which the stage is read. */
  practices: /* @__PURE__ */ z.array(PracticeEvidenceSchema).default([]),
  /** The agreed meeting frequency. */
  meetingFrequency: /* @__PURE__ */ enumSchema(meetingFrequencyIds).optional(),
  /** Meetings held. */
  meetings: /* @__PURE__ */ z.array(MeetingSchema).default([]),
  /** Ratings of the four elements of Strategies for Partnering with Child Welfare Agencies (ECLKC), by element id. */
  elements: /* @__PURE__ */ partialRecordSchema(/* @__PURE__ */ enumSchema(elementIds), ElementRatingSchema).optional(),
  /** Each party's own view of the stage. */
  views: /* @__PURE__ */ z.array(StageViewSchema).default([]),
  /** Ids of agreements (MOUs, contracts...) that make the partnership formal. */
  agreementIds: /* @__PURE__ */ z.array(IdSchema).default([]),
  /** Ids of goals the partnership works toward. */
  goalIds: /* @__PURE__ */ z.array(IdSchema).default([]),
  /** Exploring, active, paused or ended. */
  status: /* @__PURE__ */ enumSchema(partnershipStatuses),
  /** When it began. */
  startDate: /* @__PURE__ */ IsoDateSchema.optional(),
  /** When it ended or will end. */
  endDate: /* @__PURE__ */ IsoDateSchema.optional(),
});

/**
 * A partnership between two or more distinct organizations. When a Head Start program is a
 * party, the partnership counts toward that program; partnerships with no program (a CCR&R and
 * its child care providers, state agencies in a coordinated-services approach) are partnerships
 * too. Rejected: fewer than two parties, a party listed twice, an end before the start, an
 * unknown practice, a view or rating by an organization that is not a party.
 *
 * @example
 * ```ts
 * import { parsePartnership } from "ece-partnerships";
 * const r = parsePartnership({ id: "p1", parties: ["hs", "hs"], status: "active", startDate: "2025-09-01", endDate: "2025-01-01" });
 * if (!r.ok) r.error.issues.map((i) => i.pathText); //=> ["parties[1]", "endDate"]
 * ```
 * @category Partners
 */
export const PartnershipSchema = /* @__PURE__ */ PartnershipBaseSchema.superRefine((p, ctx) => {
  const seen = new Map<string, number>();
  p.parties.forEach((party, index) => {
    const first = seen.get(party);
    if (first !== undefined) ctx.addIssue({ code: "custom", path: ["parties", index], ...issueText("party \"{party}\" is listed twice (also at parties[{first}])", { party, first }) });
    else seen.set(party, index);
  });
  if (p.startDate && p.endDate && p.endDate < p.startDate) {
    ctx.addIssue({ code: "custom", path: ["endDate"], ...issueText("the end date {endDate} is before the start date {startDate}", { endDate: p.endDate, startDate: p.startDate }) });
  }
  p.views.forEach((view, index) => {
    if (!seen.has(view.party)) ctx.addIssue({ code: "custom", path: ["views", index, "party"], ...issueText("\"{party}\" is not a party to this partnership", { party: view.party }) });
  });
}, /* @__PURE__ */ crossField("parties", "startDate", "endDate", "views"));

/**
 * A partnership; see {@link PartnershipSchema}.
 *
 * @example
 * ```ts
 * import type { Partnership } from "ece-partnerships";
 * const p: Partnership = { id: "p", parties: ["a", "b"], status: "exploring", practices: [], meetings: [], views: [], agreementIds: [], goalIds: [] };
 * p.status; //=> "exploring"
 * ```
 * @category Partners
 * @useDeclaredType
 */
export type Partnership = z.infer<typeof PartnershipSchema>;

/**
 * What {@link PartnershipSchema} accepts (list fields may be left out).
 *
 * @example
 * ```ts
 * import type { PartnershipInput } from "ece-partnerships";
 * const p: PartnershipInput = { id: "p", parties: ["a", "b"], status: "exploring" };
 * p.parties.length; //=> 2
 * ```
 * @category Partners
 * @useDeclaredType
 */
export type PartnershipInput = z.input<typeof PartnershipSchema>;

/**
 * True when a partnership is active on a date: status `active`, started (when a start date is
 * recorded) on or before it, and not ended before it (the end date itself still counts).
 *
 * @example
 * ```ts
 * import { isPartnershipActive } from "ece-partnerships";
 * isPartnershipActive({ status: "active", endDate: "2025-09-01" }, "2025-09-01"); //=> true
 * isPartnershipActive({ status: "active", startDate: "2025-10-01" }, "2025-09-01"); //=> false
 * isPartnershipActive({ status: "paused" }, "2025-09-01"); //=> false
 * ```
 * @category Partners
 */
export function isPartnershipActive(partnership: Pick<Partnership, "status" | "startDate" | "endDate">, asOf: string): boolean {
  return partnership.status === "active" && (!partnership.startDate || partnership.startDate <= asOf) && (!partnership.endDate || partnership.endDate >= asOf);
}

/**
 * Validates a partnership; never throws.
 *
 * @example
 * ```ts
 * import { parsePartnership } from "ece-partnerships";
 * parsePartnership({ id: "p", parties: ["hs"], status: "active" }).ok; //=> false
 * ```
 * @category Partners
 */
export function parsePartnership<const T = PartnershipInput>(input: ParseInput<T, PartnershipInput>): ParseResult<Partnership> {
  return parseWith(PartnershipSchema, input);
}
