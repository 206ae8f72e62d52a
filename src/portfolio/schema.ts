import { z } from "../core/zod.js";
import { ChangeSchema, entitySchema } from "../core/index.js";
import { AgreementSchema, MouExemptionSchema } from "../agreements/index.js";
import { CoordinatedServicesApproachSchema, SharedServicesAllianceSchema } from "../community/index.js";
import { CommunityAssessmentSchema } from "../compliance/index.js";
import { FundingPlanSchema } from "../funding/index.js";
import { InstrumentAdministrationSchema, InstrumentSchema } from "../instruments/index.js";
import { OrganizationSchema, PartnershipSchema } from "../partners/index.js";
import { ReferralSchema, ServiceBundleSchema } from "../referrals/index.js";
import { CcrrServiceSchema } from "../ccrr/index.js";
import { StaffPolicySchema } from "../staff/index.js";
import { FundedSlotsSchema } from "../slots/index.js";
import { ActionPlanSchema, GoalSchema, QuestionnaireResponseSchema, QuestionnaireSchema, planningQuestionnaire, type Questionnaire } from "../planning/index.js";

/**
 * The portfolio format version this release reads and writes. See {@link migratePortfolio} for
 * older versions and the versioning policy.
 *
 * @example
 * ```ts
 * import { PORTFOLIO_SCHEMA_VERSION } from "ece-partnerships";
 * PORTFOLIO_SCHEMA_VERSION; //=> 2
 * ```
 * @category Portfolio
 */
export const PORTFOLIO_SCHEMA_VERSION = 2;

/**
 * The portfolio: one JSON document with everything for one program or a whole state: organizations,
 * partnerships, agreements and MOU exemptions, funding plans, questionnaires and responses, goals
 * and action plans, community assessments, instruments and their administrations, shared-services
 * alliances, coordinated-services approaches, referrals and service bundles, CCR&R services, staff policies, funded slots, and the change log of {@link edit}. Every collection
 * may be left out (it defaults to empty). Validate it with {@link parsePortfolio}, which also checks
 * references between collections.
 *
 * @example
 * ```ts
 * import { PortfolioSchema } from "ece-partnerships";
 * PortfolioSchema.parse({ schemaVersion: 2 }).organizations; //=> []
 * ```
 * @category Portfolio
 */
export const PortfolioSchema = /* @__PURE__ */ entitySchema({
  /** The format version; must be {@link PORTFOLIO_SCHEMA_VERSION}. */
  schemaVersion: /* @__PURE__ */ z.literal(PORTFOLIO_SCHEMA_VERSION, {
    error: (issue) =>
      typeof issue.input === "number" && issue.input > PORTFOLIO_SCHEMA_VERSION
        ? `schemaVersion ${issue.input} is newer than this version of ece-partnerships reads (${PORTFOLIO_SCHEMA_VERSION}): update the library to read this document`
        : `schemaVersion must be ${PORTFOLIO_SCHEMA_VERSION}${typeof issue.input === "number" && issue.input < PORTFOLIO_SCHEMA_VERSION ? `; this document is version ${issue.input}: run migratePortfolio on it` : ""}`,
  }),
  /** A title. */
  title: /* @__PURE__ */ z.string().optional(),
  /** Organizations: programs, partners, agencies, hubs. */
  organizations: /* @__PURE__ */ z.array(OrganizationSchema).default([]),
  /** Partnerships. */
  partnerships: /* @__PURE__ */ z.array(PartnershipSchema).default([]),
  /** Agreements. */
  agreements: /* @__PURE__ */ z.array(AgreementSchema).default([]),
  /** Recorded exemptions from the public-preschool MOU. */
  mouExemptions: /* @__PURE__ */ z.array(MouExemptionSchema).default([]),
  /** Funding plans. */
  fundingPlans: /* @__PURE__ */ z.array(FundingPlanSchema).default([]),
  /** Apps' own questionnaires (the built-in planning questionnaire need not be stored). */
  questionnaires: /* @__PURE__ */ z.array(QuestionnaireSchema).default([]),
  /** Questionnaire responses. */
  questionnaireResponses: /* @__PURE__ */ z.array(QuestionnaireResponseSchema).default([]),
  /** Goals. */
  goals: /* @__PURE__ */ z.array(GoalSchema).default([]),
  /** Action plans. */
  actionPlans: /* @__PURE__ */ z.array(ActionPlanSchema).default([]),
  /** Community assessments. */
  communityAssessments: /* @__PURE__ */ z.array(CommunityAssessmentSchema).default([]),
  /** Apps' own instruments (the built-in instrument need not be stored). */
  instruments: /* @__PURE__ */ z.array(InstrumentSchema).default([]),
  /** Administrations of instruments, with their responses. */
  instrumentAdministrations: /* @__PURE__ */ z.array(InstrumentAdministrationSchema).default([]),
  /** Shared-services alliances. */
  sharedServicesAlliances: /* @__PURE__ */ z.array(SharedServicesAllianceSchema).default([]),
  /** Coordinated-services approaches. */
  coordinatedServicesApproaches: /* @__PURE__ */ z.array(CoordinatedServicesApproachSchema).default([]),
  /** Referrals between programs and partners (no family data; see {@link ReferralSchema}). */
  referrals: /* @__PURE__ */ z.array(ReferralSchema).default([]),
  /** Services delivered together so families make fewer visits. */
  serviceBundles: /* @__PURE__ */ z.array(ServiceBundleSchema).default([]),
  /** Who performs which CCR&R function for whom (see {@link ccrrFunctions}). */
  ccrrServices: /* @__PURE__ */ z.array(CcrrServiceSchema).default([]),
  /** Programs' staff policies for child-welfare partnerships (records of them, with review dates). */
  staffPolicies: /* @__PURE__ */ z.array(StaffPolicySchema).default([]),
  /** Funded slots by program or site, with the streams layered on them and dual enrollment. */
  fundedSlots: /* @__PURE__ */ z.array(FundedSlotsSchema).default([]),
  /** The audit trail: changes made with `edit`, oldest first. */
  changeLog: /* @__PURE__ */ z.array(ChangeSchema).default([]),
});

/**
 * A portfolio; see {@link PortfolioSchema}.
 *
 * @example
 * ```ts
 * import { PortfolioSchema, type Portfolio } from "ece-partnerships";
 * const p: Portfolio = PortfolioSchema.parse({ schemaVersion: 2, title: "Dane County" });
 * p.title; //=> "Dane County"
 * ```
 * @category Portfolio
 * @useDeclaredType
 */
export type Portfolio = z.infer<typeof PortfolioSchema>;

/**
 * What {@link PortfolioSchema} accepts: every collection optional.
 *
 * @example
 * ```ts
 * import type { PortfolioInput } from "ece-partnerships";
 * const doc: PortfolioInput = { schemaVersion: 2 };
 * doc.schemaVersion; //=> 2
 * ```
 * @category Portfolio
 * @useDeclaredType
 */
export type PortfolioInput = z.input<typeof PortfolioSchema>;


/**
 * The names of the portfolio's collections, in document order.
 *
 * @example
 * ```ts
 * import { portfolioCollections } from "ece-partnerships";
 * portfolioCollections[0]; //=> "organizations"
 * ```
 * @category Portfolio
 */
export const portfolioCollections = /* @__PURE__ */ Object.freeze([
  "organizations",
  "partnerships",
  "agreements",
  "mouExemptions",
  "fundingPlans",
  "questionnaires",
  "questionnaireResponses",
  "goals",
  "actionPlans",
  "communityAssessments",
  "instruments",
  "instrumentAdministrations",
  "sharedServicesAlliances",
  "coordinatedServicesApproaches",
  "referrals",
  "serviceBundles",
  "ccrrServices",
  "staffPolicies",
  "fundedSlots",
] as const);
