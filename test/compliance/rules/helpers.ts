import { AgreementSchema, CommunityAssessmentSchema, MouExemptionSchema, OrganizationSchema, PartnershipSchema, agreementTemplates, type ComplianceInput } from "../../../src/index.js";
import { indexForCompliance } from "../../../src/compliance/index-cache.js";
import { complianceContext, type ComplianceContext } from "../../../src/compliance/rules/context.js";

/** Every party signed on one date. */
export const signed = (date: string, parties: string[]) => parties.map((party) => ({ party, signer: party, date }));
const topics = agreementTemplates[0]!.clauses.map((c) => ({ id: c.id, text: "agreed" }));

/** What a world is built from: the program's details, and collections replacing the defaults. */
export interface WorldInput {
  program?: Record<string, unknown>;
  organizations?: unknown[];
  partnerships?: unknown[];
  agreements?: unknown[];
  exemptions?: unknown[];
  assessments?: unknown[];
}

/**
 * Sunrise Head Start Preschool (grant period 2022-07-01..2027-06-30) with a school district under
 * an MOU in force, a clinic without an agreement, an ended child-welfare partnership, and a
 * community assessment reviewed each year.
 */
export function world(over: WorldInput = {}): ComplianceInput {
  const organizations = [
    { id: "hs", name: "Sunrise", kind: "head-start-preschool", level: "local", program: { types: ["head-start-preschool"], americanIndianAlaskaNative: false, fundedEnrollment: 100, qris: "participating", stateDataSystems: "sharing", grantPeriod: { start: "2022-07-01", end: "2027-06-30" }, ...over.program } },
    { id: "lea", name: "Madison SD", kind: "local-education-agency", level: "local" },
    { id: "clinic", name: "Valley Clinic", kind: "health-provider", level: "local" },
    { id: "cps", name: "County CPS", kind: "child-welfare-agency", level: "county" },
    ...(over.organizations ?? []),
  ].map((o) => OrganizationSchema.parse(o));
  const partnerships = (over.partnerships ?? [
    { id: "p-lea", name: "4K coordination", parties: ["hs", "lea"], status: "active", agreementIds: ["mou"] },
    { id: "p-clinic", name: "Screenings", parties: ["hs", "clinic"], status: "active", agreementIds: [] },
    { id: "p-cps", parties: ["hs", "cps"], status: "ended", agreementIds: [] },
  ]).map((p) => PartnershipSchema.parse(p));
  const agreements = (over.agreements ?? [
    { id: "mou", kind: "mou", templateId: "public-preschool-mou", title: "4K MOU", parties: ["hs", "lea"], signatures: signed("2024-08-05", ["hs", "lea"]), clauses: topics, submissions: [{ to: "secretary", date: "2024-08-20" }, { to: "state-collaboration-director", date: "2024-08-20" }] },
  ]).map((a) => AgreementSchema.parse(a));
  const mouExemptions = (over.exemptions ?? []).map((e) => MouExemptionSchema.parse(e));
  const communityAssessments = (over.assessments ?? [
    { id: "ca", programId: "hs", conductedOn: "2023-02-01", reviews: [{ date: "2024-02-01" }, { date: "2025-02-01" }], needs: [{ id: "dv", label: "Domestic violence supports", categories: ["domestic-violence"] }], covers: ["eligible-children", "needs", "parent-schedules", "other-providers", "resources", "strengths"] },
  ]).map((c) => CommunityAssessmentSchema.parse(c));
  return { organizations, partnerships, agreements, mouExemptions, communityAssessments };
}

/** The context the compliance rules read, for program `hs`. */
export function ctx(over: WorldInput = {}, asOf = "2025-09-01"): ComplianceContext {
  const index = indexForCompliance(world(over));
  const org = index.orgs.get("hs")!;
  return complianceContext(index, org as typeof org & { program: NonNullable<typeof org.program> }, asOf);
}
