import type { Finding } from "../../core/index.js";
import { optionalCount, requireCollections, requireIsoDate } from "../../core/internal.js";
import { portfolioCollections } from "../schema.js";
import { indexForCompliance } from "../../compliance/index-cache.js";
import { categoriesOf, partnerCategories } from "../../partners/index.js";
import { groupedFindings, programAnalyses, type FindingSource, type ProgramAnalyses } from "../analyses.js";
import { countBySeverity } from "../finding-set.js";
import { localizeFinding, requireLocale, translatedText, type Locale } from "../../locale/locale.js";
import { planningQuestionnaire } from "../../planning/index.js";
import { sayIn, type Say } from "../../locale/say.js";
import type { Portfolio } from "../schema.js";
import { evidenceIn } from "./evidence.js";
import { rulesSection } from "./rules.js";
import { changesBetween } from "./changes.js";
import { fundingSection } from "./funding.js";
import { agreementKindLabel, bandLabel, categoryLabel, mouStatusLabel, programTypeLabel, reportFinding, truncate } from "./labels.js";
import type { AgreementRow, PartnershipRow, ProgramReport, ReportFindingGroup } from "./model.js";
import { networkSection, stageOn } from "./network.js";
import { nextSteps } from "./next-steps.js";
import { alliancesSection, approachesSection } from "./community.js";
import { ccrrSection, noReferrals, referralsSection, slotsSection, staffSection } from "./services.js";

/**
 * Options of {@link buildReport} and {@link renderReport}.
 *
 * @example
 * ```ts
 * import type { ReportOptions } from "ece-partnerships";
 * const o: ReportOptions = { asOf: "2025-09-01", since: "2025-03-01", horizonDays: 120 };
 * o.horizonDays; //=> 120
 * ```
 * @category Portfolio
 */
export interface ReportOptions {
  /** The date of the report. */
  asOf: string;
  /** An earlier date: each section then notes what changed between it and `asOf`. */
  since?: string;
  /** How many days ahead next steps look; default 90. */
  horizonDays?: number;
  /**
   * The language to write in, as a locale object (`import { es } from "ece-partnerships/es"`);
   * English without one. Codes, ids and data never change with the language.
   */
  locale?: Locale;
}

const HEADINGS: Record<FindingSource, string> = {
  compliance: "Compliance (45 CFR 1302.53, 1302.11)",
  agreements: "Agreements",
  funding: "Funding plans",
  slots: "Funded slots",
  partnerships: "Partnerships",
  referrals: "Referrals",
  ccrr: "CCR&R functions",
  staff: "Staff policies",
  "coordinated-services": "Coordinated services",
  alliances: "Shared-services alliances",
  planning: "Planning",
};

/** The language a report is written in: its locale (if any) and its words. */
interface Language {
  locale: Locale | undefined;
  say: Say;
}

function findingGroups(a: ProgramAnalyses, lang: Language): ReportFindingGroup[] {
  return groupedFindings(a)
    .filter((g) => g.findings.length > 0)
    .map((g) => ({ source: g.source, heading: lang.say(HEADINGS[g.source]), counts: countBySeverity(g.findings), findings: g.findings.map((f) => reportFinding(f, lang.locale)) }));
}

function partnershipRows(a: ProgramAnalyses, name: (id: string) => string, orgs: ReturnType<typeof indexForCompliance>["orgs"], lang: Language): PartnershipRow[] {
  return a.partnerships.map(({ partnership: p, assessment }) => {
    const partners = p.parties.filter((x) => x !== a.org.id);
    const categories = [...new Set(partners.flatMap((x) => (orgs.get(x) ? categoriesOf(orgs.get(x)!) : [])))];
    return {
      id: p.id,
      name: p.name ?? p.id,
      partners: partners.map(name),
      categories: categories.map((id) => categoryLabel(id, lang.locale)),
      status: p.status,
      stage: assessment.classification.stage,
      score: assessment.score,
      band: assessment.band,
      must: assessment.findings.filter((f) => f.severity === "must").length,
    };
  });
}

function agreementRows(a: ProgramAnalyses, name: (id: string) => string, { say }: Language): AgreementRow[] {
  return a.agreements.map(({ agreement, assessment }) => {
    const row: AgreementRow = {
      id: agreement.id,
      title: agreement.title ?? agreement.id,
      kind: say(agreementKindLabel(agreement.kind)),
      parties: agreement.parties.map(name),
      status: assessment.status,
      covers: assessment.coverage.map((c) => say("{source}: {covered} of {total}", { source: c.source, covered: c.required.covered.length, total: c.required.covered.length + c.required.missing.length })),
      score: assessment.score,
      band: assessment.band,
      must: assessment.findings.filter((f) => f.severity === "must").length,
    };
    if (assessment.reviewDue !== undefined) row.reviewDue = assessment.reviewDue;
    return row;
  });
}

const builtInQuestions = /* @__PURE__ */ (() => new Map(planningQuestionnaire.steps.flatMap((s) => s.questions).map((q) => [q.id, q.text])))();

/** A question of the built-in planning questionnaire in the locale: only where its text is the built-in English, so an app's own question never gets another's translation. */
function questionIn(question: { id: string; text: string }, locale: Locale | undefined): string | undefined {
  if (!locale || builtInQuestions.get(question.id) !== question.text) return undefined;
  return translatedText(locale, "planning-question", question.id)?.text;
}

function planning(a: ProgramAnalyses, partnershipName: (id: string) => string, { say, locale }: Language): ProgramReport["planning"] {
  return {
    responses: a.responses.map(({ response, questionnaire, assessment }) => {
      const next = assessment?.nextQuestions[0];
      const question = next === undefined ? undefined : questionnaire?.steps.flatMap((s) => s.questions).find((q) => q.id === next);
      return {
        id: response.id,
        partnership: response.partnershipId === undefined ? "-" : partnershipName(response.partnershipId),
        answered: assessment ? assessment.steps.reduce((x, s) => x + s.answered, 0) : 0,
        total: assessment ? assessment.steps.reduce((x, s) => x + s.total, 0) : 0,
        readyToAct: assessment?.readyToAct ?? false,
        nextQuestion: next === undefined ? null : truncate((question && questionIn(question, locale)) ?? question?.text ?? next),
      };
    }),
    actionPlans: a.actionPlans.map(({ plan, status }) => {
      const titles = new Map(plan.actions.map((x) => [x.id, x.title]));
      const title = (id: string) => truncate(titles.get(id) ?? id, 60);
      return {
        id: plan.id,
        title: plan.partnershipId === undefined ? plan.id : say("Action plan of {partnership}", { partnership: partnershipName(plan.partnershipId) }),
        done: status.shareComplete,
        overdue: status.overdue.map(title),
        dueSoon: status.dueSoon.map(title),
        blocked: status.blocked.map(title),
      };
    }),
  };
}

function emptyReport(programId: string, asOf: string, since: string | null, horizonDays: number, why: string, { locale, say }: Language): ProgramReport {
  const insufficient = say(bandLabel("insufficient-evidence"));
  return {
    kind: "program-report",
    language: locale?.id ?? "en",
    title: say("Partnership report: {program}", { program: programId }),
    asOf,
    since,
    horizonDays,
    program: null,
    notAssessed: why,
    summary: {
      partnerships: { active: 0, total: 0 },
      categories: { covered: 0, total: partnerCategories.length },
      compliance: { score: null, band: "insufficient-evidence", bandLabel: insufficient },
      mou: say(mouStatusLabel("not-applicable")),
      findings: { must: 0, should: 0, info: 0 },
      fundingGapCents: null,
      matchShortfallCents: null,
    },
    referrals: noReferrals(say),
    ccrr: { services: [], partnerships: [] },
    staffPolicies: { childWelfarePartners: [], topics: [], rolesNotCovered: [] },
    slots: { totalSlots: 0, layeredSlots: 0, groups: [], coEnrollment: [] },
    alliances: [],
    approaches: [],
    nextSteps: [],
    compliance: { score: null, band: "insufficient-evidence", bandLabel: insufficient, components: [] },
    findings: [],
    partnerships: [],
    agreements: [],
    funding: { plans: [], byStream: [], byLevel: { federal: 0, state: 0, local: 0, private: 0 }, totals: { costCents: 0, fundingCents: 0, gapCents: 0 }, match: null, overcommitted: [], flows: [] },
    planning: { responses: [], actionPlans: [] },
    network: { nodes: [], edges: [], omittedNodes: 0, maxNodes: 0 },
    changes: null,
  };
}

/**
 * Builds a program's partnership report as plain, JSON-serializable data, for a Policy Council or
 * governing body: a summary; next steps with dates (MOU renewals and submissions, agreement and
 * community-assessment reviews, action-plan items, money that ends, `must` findings to act on now;
 * `must` first, then by date; everything overdue and what falls within `horizonDays`); compliance
 * part by part; every finding of every analysis that concerns the program (compliance, its
 * agreements, its and its partnerships' funding plans, its partnerships, the coordinated-services
 * approaches and alliances it takes part in, planning), each under its own heading and counted,
 * each finding once (the MOU's findings, which compliance repeats, are listed under compliance
 * only; two alike findings of one analysis, such as two meetings on the same later date, are
 * both listed); tables of partnerships, agreements, funding plans and planning with names,
 * not ids; money at a glance (totals by stream and level, the Head Start match, gaps,
 * over-committed sources, flows from sources to cost categories); the network one hop out; and,
 * with `since`, what changed. `renderReport` writes it as Markdown; apps can render the same model.
 * With `locale` (`import { es } from "ece-partnerships/es"`) every word of the model is in that
 * language and `language` says which; codes, ids, dates, scores and amounts do not change.
 *
 * A program id that is not a program gives a report whose `notAssessed` says why. Complexity:
 * O(the program's records) after the portfolio is indexed (the indexes are built once per
 * portfolio value and shared with `assessCompliance` and `summarizePortfolio`); twice that with
 * `since`.
 *
 * @throws {RangeError} When `asOf` or `since` is not a calendar date or `horizonDays` is not a
 *   whole number of at least 0.
 * @throws {TypeError} When `locale` is a string such as `"es"` (import the locale object instead).
 * @example
 * ```ts
 * import { buildReport, parsePortfolio } from "ece-partnerships";
 * const p = parsePortfolio({
 *   schemaVersion: 2,
 *   organizations: [
 *     { id: "hs", name: "Sunrise Head Start", kind: "early-head-start", level: "local", program: { types: ["early-head-start"], americanIndianAlaskaNative: false, fundedEnrollment: 72 } },
 *     { id: "lib", name: "Public Library", kind: "library", level: "local" },
 *   ],
 *   partnerships: [{ id: "story-time", name: "Story time", parties: ["hs", "lib"], status: "active", practices: [{ practice: "information-exchange", date: "2025-03-01" }] }],
 * });
 * if (!p.ok) throw new Error(p.error.message);
 * const r = buildReport(p.value, "hs", { asOf: "2025-09-01" });
 * r.title; //=> "Partnership report: Sunrise Head Start"
 * r.partnerships[0]?.partners; //=> ["Public Library"]
 * r.summary.findings.must; //=> 1
 * r.nextSteps[0]?.what; //=> "Sunrise Head Start has no community assessment conducted by 2025-09-01."
 * JSON.parse(JSON.stringify(r)).network.edges; //=> [{ from: "n0", to: "n1", stage: "networking", partnership: "Story time" }]
 * ```
 * @category Portfolio
 */
export function buildReport(portfolio: Portfolio, programId: string, options: ReportOptions): ProgramReport {
  const asOf = requireIsoDate(options?.asOf);
  requireCollections(portfolio, portfolioCollections, "buildReport");
  const since = options.since === undefined ? null : requireIsoDate(options.since, "since");
  const horizonDays = optionalCount(options.horizonDays, "horizonDays") ?? 90;
  const locale = requireLocale(options.locale, "buildReport");
  const lang: Language = { locale, say: sayIn(locale) };
  const { say } = lang;
  const { orgs, partnershipsByOrg } = indexForCompliance(portfolio);
  const a = programAnalyses(portfolio, programId, asOf);
  if (!a) {
    const org = orgs.get(programId);
    const why = org ? say("Organization {name} ({id}) is not a Head Start program.", { name: org.name, id: programId }) : say("Program {id} is not in the portfolio.", { id: programId });
    return emptyReport(programId, asOf, since, horizonDays, why, lang);
  }
  const message = (f: Finding) => (locale ? localizeFinding(f, locale).message : f.message);
  const name = (id: string) => orgs.get(id)?.name ?? id;
  const partnershipNames = new Map(a.partnerships.map((x) => [x.partnership.id, x.partnership.name ?? x.partnership.id]));
  const partnershipName = (id: string) => partnershipNames.get(id) ?? id;
  const groups = findingGroups(a, lang);
  const all = groupedFindings(a).flatMap((g) => g.findings);
  const funding = fundingSection(a, say);
  const stages = new Map(a.partnerships.map((x) => [x.partnership.id, x.assessment.classification.stage]));
  const c = a.compliance;
  const report: ProgramReport = {
    kind: "program-report",
    language: locale?.id ?? "en",
    title: say("Partnership report: {program}", { program: a.org.name }),
    asOf,
    since,
    horizonDays,
    program: { id: a.org.id, name: a.org.name, types: a.org.program.types.map((t) => say(programTypeLabel(t))), fundedEnrollment: a.org.program.fundedEnrollment, americanIndianAlaskaNative: a.org.program.americanIndianAlaskaNative },
    notAssessed: null,
    summary: {
      partnerships: { active: c.activePartnershipIds.length, total: a.partnerships.length },
      categories: { covered: partnerCategories.length - c.categoryGaps.length, total: partnerCategories.length },
      compliance: { score: c.score, band: c.band, bandLabel: say(bandLabel(c.band)) },
      mou: say(mouStatusLabel(c.mou.status)),
      findings: countBySeverity(all),
      fundingGapCents: a.plans.length ? funding.totals.gapCents : null,
      matchShortfallCents: funding.match ? funding.match.shortCents : null,
    },
    nextSteps: nextSteps(a, all, asOf, horizonDays, name, orgs, say, message),
    compliance: {
      score: c.score,
      band: c.band,
      bandLabel: say(bandLabel(c.band)),
      components: c.components.map((x) => ({ label: say(x.label), score: x.score, evidence: locale ? x.evidence.map((e, i) => evidenceIn(e, x.evidenceTemplates?.[i], say)) : x.evidence })),
      rules: rulesSection(c.components, locale, say),
    },
    findings: groups,
    partnerships: partnershipRows(a, name, orgs, lang),
    referrals: referralsSection(a.referrals, say),
    ccrr: ccrrSection(a.ccrr, say),
    staffPolicies: staffSection(a.staff, say),
    agreements: agreementRows(a, name, lang),
    funding,
    slots: slotsSection(a.slots, say),
    alliances: alliancesSection(a.alliances, name, say),
    approaches: approachesSection(a.approaches, name, say),
    planning: planning(a, partnershipName, lang),
    network: networkSection(programId, a.partnerships.map((x) => x.partnership), partnershipsByOrg, name, asOf, (p) => (stages.has(p.id) ? stages.get(p.id)! : stageOn(asOf)(p))),
    changes: null,
  };
  if (since !== null) {
    const before = programAnalyses(portfolio, programId, since)!;
    report.changes = changesBetween(before, a, since, asOf, groupedFindings(before).flatMap((g) => g.findings), all, say, message);
  }
  return report;
}
