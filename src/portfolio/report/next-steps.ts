import type { Finding, Severity } from "../../core/index.js";
import { addDaysIso } from "../../core/internal.js";
import { fill, type Say } from "../../locale/say.js";
import type { ProgramAnalyses } from "../analyses.js";
import type { NextStep } from "./model.js";

interface Context {
  a: ProgramAnalyses;
  asOf: string;
  horizon: string;
  name: (id: string) => string;
  pointPerson: (orgId: string) => string | undefined;
  /** The report's words. */
  say: Say;
  /** A finding's message in the report's language. */
  message: (f: Finding) => string;
}

const RANK: Record<Severity, number> = { must: 0, should: 1, info: 2 };

function step(ctx: Context, date: string, severity: Severity, what: string, source: NextStep["source"], who?: string): NextStep | undefined {
  if (date > ctx.horizon) return undefined;
  const s: NextStep = { date, overdue: date < ctx.asOf, severity, what, source };
  if (who) s.who = who;
  return s;
}

function agreementSteps(ctx: Context): (NextStep | undefined)[] {
  const out: (NextStep | undefined)[] = [];
  for (const { agreement, assessment } of ctx.a.agreements) {
    const title = agreement.title ?? ctx.say("Agreement {id}", { id: agreement.id });
    const partners = agreement.parties.filter((p) => p !== ctx.a.org.id);
    const who = partners.map(ctx.pointPerson).find((x) => x !== undefined);
    if (assessment.reviewDue !== undefined) {
      const renewal = agreement.templateId === "public-preschool-mou" && agreement.review?.cadence === undefined;
      const values = { agreement: title, partners: partners.map(ctx.name).join(", ") };
      const what = renewal ? ctx.say("Renew {agreement} with {partners} (Head Start Act 642(e)(5)(C))", values) : ctx.say("Review {agreement} with {partners}", values);
      const overdue = assessment.findings.find((f) => f.code === "agreement.renewal-overdue" || f.code === "agreement.review-overdue");
      out.push(step(ctx, assessment.reviewDue, overdue?.severity ?? (renewal ? "must" : "should"), what, { kind: "agreement", id: agreement.id, ...(overdue ? { code: overdue.code } : {}) }, who));
    }
    for (const f of assessment.findings) {
      if (f.code !== "agreement.submission-missing" && f.code !== "agreement.submission-due") continue;
      const deadline = String(f.params?.deadline ?? ctx.asOf);
      out.push(step(ctx, deadline, "must", ctx.say("Submit {agreement} to {to} (Head Start Act 642(e)(5)(B))", { agreement: title, to: ctx.say(String(f.params?.to ?? "")) }), { kind: "submission", id: agreement.id, code: f.code }));
    }
  }
  return out;
}

function assessmentSteps(ctx: Context): (NextStep | undefined)[] {
  const ca = ctx.a.compliance.communityAssessment;
  if (ca.nextReviewDue === undefined) return [];
  const missed = ctx.a.compliance.findings.some((f) => f.code === "compliance.1302-11.annual-review-missed");
  return [step(ctx, ca.nextReviewDue, missed ? "must" : "should", ctx.say("Review and update the community assessment (45 CFR 1302.11(b))"), { kind: "community-assessment", ...(ca.id ? { id: ca.id } : {}) })];
}

function actionSteps(ctx: Context): (NextStep | undefined)[] {
  const out: (NextStep | undefined)[] = [];
  for (const { plan } of ctx.a.actionPlans) {
    for (const action of plan.actions) {
      if (action.dueDate === undefined || action.status === "done" || action.status === "cancelled") continue;
      const who = action.ownerOrganizationId ? ctx.name(action.ownerOrganizationId) : undefined;
      out.push(step(ctx, action.dueDate, action.priority === "high" ? "should" : "info", action.title, { kind: "action", id: action.id }, who));
    }
  }
  return out;
}

function fundingSteps(ctx: Context): (NextStep | undefined)[] {
  const out: (NextStep | undefined)[] = [];
  for (const { plan, analysis } of ctx.a.plans) {
    for (const e of analysis.figures.expiring) {
      out.push(step(ctx, e.endsOn, "info", ctx.say("Replace or renew {source} of {plan}: its money ends", { source: e.sourceId, plan: plan.label ?? plan.id }), { kind: "funding-source", id: e.sourceId }));
    }
    for (const f of analysis.findings) {
      if (f.code !== "funding.source.ended" && f.code !== "funding.source.unavailable-in-period") continue;
      out.push(step(ctx, String(f.params?.ends ?? ctx.asOf), "should", ctx.say("Replace {source} of {plan}: its money has ended", { source: String(f.params?.source ?? ""), plan: plan.label ?? plan.id }), { kind: "funding-source", code: f.code, ...(f.params?.source ? { id: String(f.params.source) } : {}) }));
    }
  }
  return out;
}

/** `must` findings not already a dated step: act on them now. */
function mustSteps(ctx: Context, findings: readonly Finding[], covered: Set<string>): NextStep[] {
  const out: NextStep[] = [];
  for (const f of findings) {
    if (f.severity !== "must" || covered.has(f.code)) continue;
    out.push({ date: ctx.asOf, overdue: false, severity: "must", what: ctx.message(f), source: { kind: "finding", code: f.code, ...(f.subject?.id ? { id: f.subject.id } : {}) } });
  }
  return out;
}

/**
 * Every dated obligation and action of a program within `horizonDays` after `asOf`, and
 * everything overdue: MOU renewals and submissions, agreement reviews, the community assessment's
 * review, action-plan items, funding sources ending, and `must` findings to act on now. `must`
 * items first, then by date.
 */
export function nextSteps(
  a: ProgramAnalyses,
  findings: readonly Finding[],
  asOf: string,
  horizonDays: number,
  name: (id: string) => string,
  orgs: ReadonlyMap<string, { contacts?: readonly { name: string; pointPerson?: boolean | undefined }[] }>,
  say: Say = fill,
  message: (f: Finding) => string = (f) => f.message,
): NextStep[] {
  const ctx: Context = {
    a,
    say,
    message,
    asOf,
    horizon: addDaysIso(asOf, horizonDays),
    name,
    pointPerson: (id) => {
      const p = orgs.get(id)?.contacts?.find((c) => c.pointPerson === true);
      return p ? `${p.name} (${name(id)})` : undefined;
    },
  };
  const dated = [...agreementSteps(ctx), ...assessmentSteps(ctx), ...actionSteps(ctx), ...fundingSteps(ctx)].filter((s): s is NextStep => s !== undefined);
  const covered = new Set(["agreement.renewal-overdue", "agreement.submission-missing", "compliance.1302-11.annual-review-missed"]);
  const all = [...mustSteps(ctx, findings, covered), ...dated];
  return all
    .map((s, i) => ({ s, i }))
    .sort((x, y) => RANK[x.s.severity] - RANK[y.s.severity] || (x.s.date < y.s.date ? -1 : x.s.date > y.s.date ? 1 : x.i - y.i))
    .map((x) => x.s);
}
