import type { Subject } from "../../core/index.js";
import { addDaysIso, addYearsIso } from "../../core/internal.js";
import { agreementState, assessAgreement, type Agreement, type AgreementAssessment, type AgreementState, type MouExemption } from "../../agreements/index.js";
import { isPartnershipActive, partnerCategoryIds, type Organization, type Partnership, type PartnerCategoryId, type ProgramDetails } from "../../partners/index.js";
import { categoriesRead } from "../../partners/organization.js";
import type { CommunityAssessment } from "../community-assessment.js";
import type { ComplianceIndex } from "../index-cache.js";

/** How the public-preschool MOU stands for one responsible entity (or for the program, without a list of entities). */
export interface MouStanding {
  /** The entity, when the program lists them. */
  entityId?: string;
  status: "exempt" | "missing" | "in-force" | "not-in-force";
  agreement?: AgreementAssessment;
  exemption?: MouExemption;
  /** An exemption set aside because an MOU was executed after it was recorded. */
  supersededExemption?: MouExemption;
}

/** What every compliance rule reads, computed once per program and date. */
export interface ComplianceContext {
  asOf: string;
  programId: string;
  org: Organization;
  program: ProgramDetails;
  subject: Subject;
  /** The program as a person reads it. */
  programName: string;
  name: (id: string) => string;
  index: ComplianceIndex;
  /** Partnerships of the program active on `asOf`, in document order. */
  active: readonly Partnership[];
  /** Active partnerships with an agreement in force. */
  formal: ReadonlySet<Partnership>;
  stateOf: (agreementId: string) => AgreementState | undefined;
  /** Per category, the partners of active partnerships that cover it. */
  coverage: Record<PartnerCategoryId, string[]>;
  categoryGaps: PartnerCategoryId[];
  /** Agreements the program is a party to. */
  agreements: readonly Agreement[];
  /** The latest community assessment conducted on or before `asOf`. */
  latestAssessment?: CommunityAssessment;
  /** Every community assessment conducted on or before `asOf`, latest first. */
  assessments: readonly CommunityAssessment[];
  /** The last date the community assessment was conducted or reviewed, on or before `asOf`. */
  lastReviewed?: string;
  /** The public-preschool MOU per entity (empty where (b)(1) does not apply). */
  mou: readonly MouStanding[];
  /** Whether (b)(1) applies: a Head Start Preschool program. */
  mouApplies: boolean;
}

function coverageOf(active: readonly Partnership[], programId: string, orgs: ComplianceIndex["orgs"]) {
  // Each partner once per category, in order of first appearance (sets keep it linear).
  const partnersIn = new Map(partnerCategoryIds.map((c) => [c, new Set<string>()]));
  for (const p of active) {
    for (const party of p.parties) {
      const partner = party === programId ? undefined : orgs.get(party);
      if (partner) for (const c of categoriesRead(partner)) partnersIn.get(c)!.add(party);
    }
  }
  return Object.fromEntries(partnerCategoryIds.map((c) => [c, [...partnersIn.get(c)!]])) as Record<PartnerCategoryId, string[]>;
}

const byDateDesc = <T>(date: (x: T) => string) => (a: T, b: T) => (date(a) < date(b) ? 1 : date(a) > date(b) ? -1 : 0);

/**
 * The MOU standing for one entity (or the program): an MOU in force wins; else an exemption
 * recorded on or after the latest MOU's execution; else the latest MOU, not in force; else missing.
 * An exemption older than an executed MOU is superseded by it: the MOU's status decides.
 */
function standingFor(mous: readonly AgreementAssessment[], exemptions: readonly MouExemption[], entityId: string | undefined): MouStanding {
  const base = entityId === undefined ? {} : { entityId };
  const inForce = mous.find((m) => m.inForce);
  if (inForce) return { ...base, status: "in-force", agreement: inForce };
  const latest = [...mous].sort(byDateDesc((m) => m.executedOn ?? m.effectiveOn ?? ""))[0];
  const exemption = exemptions[0];
  const executed = latest?.executedOn;
  if (exemption && (executed === undefined || exemption.recordedOn >= executed)) return { ...base, status: "exempt", exemption };
  const superseded = exemption ? { supersededExemption: exemption } : {};
  if (latest) return { ...base, status: "not-in-force", agreement: latest, ...superseded };
  return { ...base, status: "missing", ...superseded };
}

function mouStandings(ctx: Pick<ComplianceContext, "asOf" | "programId" | "program" | "agreements" | "index" | "name">): MouStanding[] {
  const { asOf, programId, program, index } = ctx;
  const exemptions = (index.exemptionsByProgram.get(programId) ?? []).filter((e) => e.recordedOn <= asOf).sort(byDateDesc((e) => e.recordedOn));
  const mous = ctx.agreements.filter((a) => a.templateId === "public-preschool-mou").map((a) => assessAgreement(a, { asOf, nameOf: (id) => index.orgs.get(id)?.name }));
  const entities = program.publicPreschoolEntities ?? [];
  if (entities.length === 0) return [standingFor(mous, exemptions, undefined)];
  const noPreschool = exemptions.filter((e) => e.exemption === "no-public-preschool");
  return entities.map((entity: string) =>
    standingFor(
      mous.filter((m) => ctx.agreements.find((a) => a.id === m.subject.id)?.parties.includes(entity)),
      [...exemptions.filter((e) => e.entityId === entity), ...noPreschool].sort(byDateDesc((e) => e.recordedOn)),
      entity,
    ),
  );
}

/** Reads a program once for the compliance rules. */
export function complianceContext(index: ComplianceIndex, org: Organization & { program: ProgramDetails }, asOf: string): ComplianceContext {
  const programId = org.id;
  const states = new Map<string, AgreementState | undefined>();
  const stateOf = (id: string) => {
    if (!states.has(id)) {
      const agreement = index.agreements.get(id);
      states.set(id, agreement ? agreementState(agreement, asOf) : undefined);
    }
    return states.get(id);
  };
  const active = (index.partnershipsByOrg.get(programId) ?? []).filter((p) => isPartnershipActive(p, asOf));
  const formal = new Set(active.filter((p) => p.agreementIds.some((id) => stateOf(id)?.inForce === true)));
  const coverage = coverageOf(active, programId, index.orgs);
  const assessments = (index.assessmentsByProgram.get(programId) ?? []).filter((c) => c.conductedOn <= asOf).sort(byDateDesc((c) => c.conductedOn));
  const latest = assessments[0];
  const name = (id: string) => index.orgs.get(id)?.name ?? id;
  const ctx: ComplianceContext = {
    asOf,
    programId,
    org,
    program: org.program,
    subject: { kind: "program", id: programId, name: org.name },
    programName: org.name,
    name,
    index,
    active,
    formal,
    stateOf,
    coverage,
    categoryGaps: partnerCategoryIds.filter((c) => coverage[c].length === 0),
    agreements: index.agreementsByOrg.get(programId) ?? [],
    assessments,
    mou: [],
    mouApplies: org.program.types.includes("head-start-preschool"),
  };
  if (latest) {
    ctx.latestAssessment = latest;
    ctx.lastReviewed = [latest.conductedOn, ...latest.reviews.map((r) => r.date).filter((d) => d <= asOf)].sort().at(-1)!;
  }
  if (ctx.mouApplies) ctx.mou = mouStandings(ctx);
  return ctx;
}

/** The grant period the latest assessment is read against: its own, else the program's. */
export const periodOf = (ctx: ComplianceContext) => ctx.latestAssessment?.grantPeriod ?? ctx.program.grantPeriod;

/** Whether some assessment serves the program's grant period: it names that period, or was conducted within it. */
export function assessmentServes(ctx: ComplianceContext, period: { start: string; end: string }): boolean {
  return ctx.assessments.some(
    (c) => (c.grantPeriod !== undefined && c.grantPeriod.start === period.start && c.grantPeriod.end === period.end) || (c.conductedOn >= period.start && c.conductedOn <= period.end),
  );
}

/**
 * The budget years (12 months from the grant period's start) that ended before `asOf`, after the
 * first community assessment was conducted, in which no assessment was conducted or reviewed.
 * At most the first 100 years of a period are read.
 */
export function budgetYearsWithoutUpdate(ctx: ComplianceContext): { start: string; end: string }[] {
  const period = ctx.program.grantPeriod;
  const first = ctx.assessments.at(-1)?.conductedOn;
  if (!period || first === undefined) return [];
  const dates: string[] = [];
  for (const c of ctx.assessments) {
    dates.push(c.conductedOn);
    for (const r of c.reviews) if (r.date <= ctx.asOf) dates.push(r.date);
  }
  const missed: { start: string; end: string }[] = [];
  for (let n = 0; n < 100; n++) {
    const start = addYearsIso(period.start, n);
    if (start > period.end) break;
    const next = addYearsIso(period.start, n + 1);
    const end = next > period.end ? period.end : addDaysIso(next, -1);
    if (end >= ctx.asOf) break;
    if (end < first) continue;
    if (!dates.some((d) => d >= start && d <= end)) missed.push({ start, end });
    if (next <= start) break;
  }
  return missed;
}
