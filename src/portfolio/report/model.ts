import type { Severity } from "../../core/index.js";

/**
 * A finding as a report shows it: code, severity, the sentence, the citation written out, what it
 * is about, and what to do about it (from the code's declaration in `findingCatalog`).
 *
 * @example
 * ```ts
 * import type { ReportFinding } from "ece-partnerships";
 * const f: ReportFinding = { code: "funding.gap", severity: "should", message: "Sunrise 2025-26 is $1,000.00 short of its $9,000.00 cost.", action: "Find money for the gap or lower the costs." };
 * f.severity; //=> "should"
 * ```
 * @category Portfolio
 */
export interface ReportFinding {
  code: string;
  severity: Severity;
  message: string;
  /** The citation written out ("45 CFR 1302.53(b)(1)"). */
  citation?: string;
  /** What to do about it. */
  action?: string;
  /** What the finding is about, by name where one is recorded. */
  subject?: { kind: string; id?: string; name?: string };
}

/**
 * A paragraph of the regulation as a report quotes it: in the report's language where an official
 * translation is held (verbatim, with the page and the day it was read), otherwise the English
 * original (`language: "en"`).
 *
 * @example
 * ```ts
 * import type { ReportRule } from "ece-partnerships";
 * const r: ReportRule = { paragraph: "45 CFR 1302.53(b)(1)", text: "To support coordination ...", language: "en", source: { title: "Electronic Code of Federal Regulations", url: "https://www.ecfr.gov/current/title-45/subtitle-B/chapter-XIII/subchapter-B/part-1302/subpart-E/section-1302.53" } };
 * r.language; //=> "en"
 * ```
 * @category Portfolio
 */
export interface ReportRule {
  /** The citation: "45 CFR 1302.53(a)(1)". */
  paragraph: string;
  /** The words, verbatim. */
  text: string;
  /** The language of the words: the report's where an official translation is held, else `"en"`. */
  language: string;
  /** Where the words were read (an official translation also says the day). */
  source: { title: string; url: string; retrieved?: string };
  /** Where the official translation does not say what the current English says (in English). */
  differs?: string;
}

/**
 * A group of findings under its own heading: compliance, agreements, funding, funded slots, partnerships,
 * referrals, CCR&R functions, staff policies, coordinated services, alliances, planning.
 *
 * @example
 * ```ts
 * import type { ReportFindingGroup } from "ece-partnerships";
 * const g: ReportFindingGroup = { source: "funding", heading: "Funding plans", counts: { must: 0, should: 0, info: 0 }, findings: [] };
 * g.heading; //=> "Funding plans"
 * ```
 * @category Portfolio
 */
export interface ReportFindingGroup {
  source: "compliance" | "agreements" | "funding" | "partnerships" | "referrals" | "ccrr" | "staff" | "slots" | "coordinated-services" | "alliances" | "planning";
  heading: string;
  counts: { must: number; should: number; info: number };
  findings: ReportFinding[];
}

/**
 * One dated thing to do: a renewal, a submission, a review, an action, money that ends, or a
 * `must` finding to act on now. `overdue` when its date is before the report's date.
 *
 * @example
 * ```ts
 * import type { NextStep } from "ece-partnerships";
 * const s: NextStep = { date: "2025-11-20", overdue: false, severity: "must", what: "Renew the MOU with Madison School District", source: { kind: "agreement", id: "mou-msd" } };
 * s.overdue; //=> false
 * ```
 * @category Portfolio
 */
export interface NextStep {
  date: string;
  overdue: boolean;
  severity: Severity;
  what: string;
  /** The point person or owner, where recorded. */
  who?: string;
  /** The record or finding it comes from. */
  source: { kind: "finding" | "agreement" | "submission" | "action" | "funding-source" | "community-assessment"; id?: string; code?: string };
}

/**
 * A partnership row: name, partners and their categories by name and label, status, stage read
 * from evidence, score, band and the number of `must` findings.
 *
 * @example
 * ```ts
 * import type { PartnershipRow } from "ece-partnerships";
 * const r: PartnershipRow = { id: "p", name: "Health screenings", partners: ["Valley Clinic"], categories: ["(i) Health care"], status: "active", stage: "coordination", score: 62.5, band: "established", must: 0 };
 * r.stage; //=> "coordination"
 * ```
 * @category Portfolio
 */
export interface PartnershipRow {
  id: string;
  name: string;
  partners: string[];
  categories: string[];
  status: string;
  stage: string | null;
  score: number | null;
  band: string;
  must: number;
}

/**
 * An agreement row.
 *
 * @example
 * ```ts
 * import type { AgreementRow } from "ece-partnerships";
 * const r: AgreementRow = { id: "mou", title: "4K MOU", kind: "MOU", parties: ["Sunrise Head Start", "Madison School District"], status: "in-force", covers: ["45 CFR 1302.53(b)(1): 9 of 9"], score: 100, band: "strong", must: 0 };
 * r.status; //=> "in-force"
 * ```
 * @category Portfolio
 */
export interface AgreementRow {
  id: string;
  title: string;
  kind: string;
  parties: string[];
  status: string;
  reviewDue?: string;
  /** Per template it follows: the law or source and how many of its required clauses it covers ("Head Start Act 642(e)(5)(A): 9 of 9"). */
  covers: string[];
  score: number | null;
  band: string;
  must: number;
}

/**
 * A funding plan row, money in cents.
 *
 * @example
 * ```ts
 * import type { FundingPlanRow } from "ece-partnerships";
 * const r: FundingPlanRow = { id: "fp", label: "2025-26", owner: "program", period: "2025-07-01 to 2026-06-30", costCents: 100, fundingCents: 100, gapCents: 0, federalCents: 80, match: null, score: 90, band: "strong", must: 0 };
 * r.gapCents; //=> 0
 * ```
 * @category Portfolio
 */
export interface FundingPlanRow {
  id: string;
  label: string;
  owner: "program" | "partnership";
  period: string;
  costCents: number;
  fundingCents: number;
  gapCents: number;
  federalCents: number;
  /** The Head Start match of the plan: required, counted (non-federal plus waiver), short; `null` without Head Start money. */
  match: { requiredCents: number; countedCents: number; shortCents: number; judged: boolean } | null;
  score: number | null;
  band: string;
  must: number;
}

/**
 * Money at a glance: per plan, totals by stream and by level, the Head Start match, gaps and
 * over-committed sources, and the flows from sources to cost categories (for a Sankey diagram).
 *
 * @example
 * ```ts
 * import type { ReportFunding } from "ece-partnerships";
 * const f: ReportFunding = { plans: [], byStream: [], byLevel: { federal: 0, state: 0, local: 0, private: 0 }, totals: { costCents: 0, fundingCents: 0, gapCents: 0 }, match: null, overcommitted: [], flows: [] };
 * f.flows.length; //=> 0
 * ```
 * @category Portfolio
 */
export interface ReportFunding {
  plans: FundingPlanRow[];
  byStream: { streamId: string; label: string; cents: number }[];
  byLevel: { federal: number; state: number; local: number; private: number };
  totals: { costCents: number; fundingCents: number; gapCents: number };
  /** The Head Start match over the program's own plans (the grant's budget), `null` without one. */
  match: { requiredCents: number; countedCents: number; shortCents: number } | null;
  overcommitted: { plan: string; source: string; chargedCents: number; amountCents: number }[];
  /** Source (stream label) to cost category, cents, over braided, blended, layered and single arrangements. */
  flows: { plan: string; from: string; to: string; cents: number }[];
}

/**
 * The network diagram as data: nodes with short generated keys (safe for any id), the program,
 * its partners and the partnerships among those partners that the portfolio records, edges with
 * the stage read from evidence, brokers marked, and what was left out past the size cap.
 *
 * @example
 * ```ts
 * import type { ReportNetwork } from "ece-partnerships";
 * const n: ReportNetwork = { nodes: [{ key: "n0", id: "hs", label: "Sunrise", role: "program", broker: true }], edges: [], omittedNodes: 0, maxNodes: 40 };
 * n.nodes[0]?.key; //=> "n0"
 * ```
 * @category Portfolio
 */
export interface ReportNetwork {
  nodes: { key: string; id: string; label: string; role: "program" | "partner" | "partner-of-partner"; broker: boolean }[];
  edges: { from: string; to: string; stage: string | null; partnership: string }[];
  omittedNodes: number;
  maxNodes: number;
}

/**
 * One line of referral figures: how many were made, led to a service, are open and went
 * unanswered, the completion rate (0..1) and the median days to service (see `ReferralFigures`).
 *
 * @example
 * ```ts
 * import type { ReferralRow } from "ece-partnerships";
 * const r: ReferralRow = { label: "Dane Dental Clinic", made: 3, completed: 2, open: 1, unanswered: 0, completionRate: 1, medianDaysToService: 15 };
 * r.completionRate; //=> 1
 * ```
 * @category Portfolio
 */
export interface ReferralRow {
  /** The partner's name or the need's label. */
  label: string;
  made: number;
  completed: number;
  open: number;
  unanswered: number;
  completionRate: number | null;
  medianDaysToService: number | null;
}

/**
 * The program's referrals: totals, completion by partner and by kind of need, and its service
 * bundles with the visits they save.
 *
 * @example
 * ```ts
 * import type { ReportReferrals } from "ece-partnerships";
 * const r: ReportReferrals = { total: { label: "All referrals", made: 0, completed: 0, open: 0, unanswered: 0, completionRate: null, medianDaysToService: null }, answerWithinDays: 14, byPartner: [], byNeed: [], bundles: [], visitsSaved: 0 };
 * r.visitsSaved; //=> 0
 * ```
 * @category Portfolio
 */
export interface ReportReferrals {
  total: ReferralRow;
  /** The answer window the `unanswered` counts use. */
  answerWithinDays: number;
  byPartner: ReferralRow[];
  byNeed: ReferralRow[];
  bundles: { label: string; delivery: string; services: number; families: number; visitsSaved: number }[];
  visitsSaved: number;
}

/**
 * The CCR&R functions performed for the program's Early Head Start-Child Care Partnerships: each
 * service with names, and per partnership the functions no one performs.
 *
 * @example
 * ```ts
 * import type { ReportCcrr } from "ece-partnerships";
 * const c: ReportCcrr = { services: [{ function: "Coaching and professional development on quality", provider: "Dane County CCR&R", for: ["Little Acorns"], since: "2024-09-01", fundedBy: null }], partnerships: [] };
 * c.services.length; //=> 1
 * ```
 * @category Portfolio
 */
export interface ReportCcrr {
  services: { function: string; provider: string; for: string[]; since: string | null; fundedBy: string | null }[];
  partnerships: { name: string; performed: number; total: number; lacking: string[] }[];
}

/**
 * The program's staff policies for child-welfare partnerships: its child-welfare partners, each
 * policy topic with its record (or `null`), and the staff roles the training does not cover yet.
 *
 * @example
 * ```ts
 * import type { ReportStaffPolicies } from "ece-partnerships";
 * const s: ReportStaffPolicies = { childWelfarePartners: ["Dane County CPS"], topics: [{ label: "Interacting with the child welfare system", title: null, adoptedOn: "2024-08-15", reviewedOn: null, nextReviewOn: null }], rolesNotCovered: [] };
 * s.topics[0]?.adoptedOn; //=> "2024-08-15"
 * ```
 * @category Portfolio
 */
export interface ReportStaffPolicies {
  childWelfarePartners: string[];
  topics: { label: string; title: string | null; adoptedOn: string | null; reviewedOn: string | null; nextReviewOn: string | null }[];
  rolesNotCovered: string[];
}

/**
 * The program's funded slots: each group with its layered streams (hours a year per slot and
 * share), hours uncovered or paid twice, and dual enrollment with other programs.
 *
 * @example
 * ```ts
 * import type { ReportSlots } from "ece-partnerships";
 * const s: ReportSlots = { totalSlots: 0, layeredSlots: 0, groups: [], coEnrollment: [] };
 * s.totalSlots; //=> 0
 * ```
 * @category Portfolio
 */
export interface ReportSlots {
  totalSlots: number;
  layeredSlots: number;
  groups: { label: string; where: string | null; slots: number; serviceHours: number; layers: string[]; uncoveredHours: number; paidTwiceHours: number }[];
  coEnrollment: { organization: string; program: string; families: number }[];
}

/**
 * A shared-services alliance the program belongs to: savings, shared positions with each member's
 * FTE and part of the cost, and outcomes beyond cost.
 *
 * @example
 * ```ts
 * import type { ReportAlliance } from "ece-partnerships";
 * const a: ReportAlliance = { name: "Southside", hub: "Dane County CCR&R", savingsCents: 0, savingsShare: null, positions: [], outcomes: [] };
 * a.hub; //=> "Dane County CCR&R"
 * ```
 * @category Portfolio
 */
export interface ReportAlliance {
  name: string;
  hub: string;
  savingsCents: number;
  savingsShare: number | null;
  positions: { title: string; fte: number; annualCostCents: number | null; shares: string[] }[];
  outcomes: { aim: string; description: string; date: string | null }[];
}

/**
 * A coordinated-services approach the program takes part in: its score, the domains it links,
 * its outcome measures with their progress, access tools, quality supports, whether it outlived
 * its funding, and the partners that declined.
 *
 * @example
 * ```ts
 * import type { ReportApproach } from "ece-partnerships";
 * const a: ReportApproach = { name: "Dane Connect", score: 70, band: "established", domains: ["Housing"], outcomes: [], accessTools: [], qualitySupports: [], sustained: null, declined: [] };
 * a.domains; //=> ["Housing"]
 * ```
 * @category Portfolio
 */
export interface ReportApproach {
  name: string;
  score: number | null;
  band: string;
  domains: string[];
  outcomes: { label: string; baseline: number; target: number; current: number | null; unit: string; progress: number | null }[];
  accessTools: string[];
  qualitySupports: string[];
  /** Whether coordination continued after its funding ended; `null` when not recorded. */
  sustained: boolean | null;
  declined: string[];
}

/**
 * One change between `since` and `asOf`.
 *
 * @example
 * ```ts
 * import type { ReportChange } from "ece-partnerships";
 * const c: ReportChange = { kind: "stage", text: "Health screenings moved from networking to coordination." };
 * c.kind; //=> "stage"
 * ```
 * @category Portfolio
 */
export interface ReportChange {
  kind: "stage" | "partnership-new" | "partnership-ended" | "agreement-in-force" | "agreement-ended" | "finding-new" | "finding-resolved" | "score";
  text: string;
}

/**
 * A program's partnership report as plain, JSON-serializable data (see `buildReport`): every
 * person-facing text already written with names, not ids. `renderReport` turns it into Markdown;
 * apps render the same model in their own UI.
 *
 * @example
 * ```ts
 * import type { ProgramReport } from "ece-partnerships";
 * const keys: (keyof ProgramReport)[] = ["title", "asOf", "program", "summary", "nextSteps", "compliance", "findings", "partnerships", "referrals", "ccrr", "staffPolicies", "agreements", "funding", "slots", "alliances", "approaches", "planning", "network", "changes"];
 * keys.length; //=> 19
 * ```
 * @category Portfolio
 */
export interface ProgramReport {
  kind: "program-report";
  /**
   * The language its words are written in (`"en"`, or the id of the locale it was built with);
   * render it with the same locale. Absent in a model stored before languages were added (English).
   */
  language?: string;
  title: string;
  asOf: string;
  since: string | null;
  /** Next steps look this many days ahead. */
  horizonDays: number;
  program: { id: string; name: string; types: string[]; fundedEnrollment: number; americanIndianAlaskaNative: boolean } | null;
  /** Why the program could not be reported on (an unknown id); the other sections are then empty. */
  notAssessed: string | null;
  summary: {
    partnerships: { active: number; total: number };
    categories: { covered: number; total: number };
    compliance: { score: number | null; band: string; bandLabel: string };
    mou: string;
    findings: { must: number; should: number; info: number };
    fundingGapCents: number | null;
    matchShortfallCents: number | null;
  };
  nextSteps: NextStep[];
  compliance: {
    score: number | null;
    band: string;
    bandLabel: string;
    components: { label: string; score: number | null; evidence: string[] }[];
    /** What the regulation says for each part not fully met, quoted (absent in a model stored before it was added). */
    rules?: ReportRule[];
  };
  findings: ReportFindingGroup[];
  partnerships: PartnershipRow[];
  referrals: ReportReferrals;
  ccrr: ReportCcrr;
  staffPolicies: ReportStaffPolicies;
  agreements: AgreementRow[];
  funding: ReportFunding;
  slots: ReportSlots;
  alliances: ReportAlliance[];
  approaches: ReportApproach[];
  planning: {
    responses: { id: string; partnership: string; answered: number; total: number; readyToAct: boolean; nextQuestion: string | null }[];
    actionPlans: { id: string; title: string; done: number | null; overdue: string[]; dueSoon: string[]; blocked: string[] }[];
  };
  network: ReportNetwork;
  changes: ReportChange[] | null;
}
