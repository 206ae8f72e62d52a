// Typed inputs: every parse function gives an object literal its entity's input type (completion,
// compile-time errors for unknown keys and wrong values) and still accepts data typed `unknown`.
// The @ts-expect-error lines are the assertions: `npm run typecheck` fails if one stops erroring.
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  parseActionPlan,
  parseAgreement,
  parseCommunityAssessment,
  parseCoordinatedServicesApproach,
  parseFundingPlan,
  parseGoal,
  parseInstrument,
  parseIronTriangleSite,
  parseMouExemption,
  parseOrganization,
  parsePartnership,
  parsePortfolio,
  parseQuestionnaire,
  parseQuestionnaireResponse,
  parseSharedServicesAlliance,
  partnershipElementsInstrument,
  type ActionPlanInput,
  type AgreementInput,
  type CommunityAssessmentInput,
  type CoordinatedServicesApproachInput,
  type FundingPlanInput,
  type GoalInput,
  type InstrumentAdministrationInput,
  type InstrumentInput,
  type InstrumentResponseInput,
  type IronTriangleSiteInput,
  type MouExemptionInput,
  type OrganizationInput,
  type PartnershipInput,
  type PortfolioInput,
  type QuestionnaireInput,
  type QuestionnaireResponseInput,
  type SharedServicesAllianceInput,
} from "../../src/index.js";

const unknownData: unknown = JSON.parse("{}");
const anyData = JSON.parse("{}") as any; // eslint-disable-line @typescript-eslint/no-explicit-any
const record: Record<string, unknown> = {};

describe("typed parse inputs", () => {
  it("accepts data typed unknown, any or a string-keyed record (checked at run time)", () => {
    for (const parse of [parseActionPlan, parseAgreement, parseCommunityAssessment, parseCoordinatedServicesApproach, parseFundingPlan, parseGoal, parseInstrument, parseIronTriangleSite, parseMouExemption, parseOrganization, parsePartnership, parsePortfolio, parseQuestionnaire, parseQuestionnaireResponse, parseSharedServicesAlliance]) {
      expect(parse(unknownData).ok).toBe(false);
      expect(parse(anyData).ok).toBe(false);
      expect(parse(record).ok).toBe(false);
    }
  });

  it("types an object literal by its entity's input: valid literals compile, unknown keys and wrong values do not", () => {
    const results = [
      parseOrganization({ id: "lib", name: "Library", kind: "library", level: "local" }),
      // @ts-expect-error an unknown key
      parseOrganization({ id: "lib", name: "Library", kind: "library", level: "local", webiste: "x" }),
      // @ts-expect-error an organization kind that does not exist
      parseOrganization({ id: "lib", name: "Library", kind: "school-district", level: "local" }),
      parsePartnership({ id: "p", parties: ["a", "b"], status: "active" }),
      // @ts-expect-error an unknown key
      parsePartnership({ id: "p", parties: ["a", "b"], status: "active", notes: "x" }),
      // @ts-expect-error a status that does not exist
      parsePartnership({ id: "p", parties: ["a", "b"], status: "done" }),
      parseAgreement({ id: "mou", kind: "mou", parties: ["hs", "lea"] }),
      // @ts-expect-error an unknown key (signatures name a signer)
      parseAgreement({ id: "mou", kind: "mou", parties: ["hs", "lea"], signatures: [{ party: "hs", name: "A", date: "2025-01-01" }] }),
      parseMouExemption({ id: "ex", programId: "hs", exemption: "no-public-preschool", recordedOn: "2025-07-01" }),
      // @ts-expect-error an exemption kind that does not exist
      parseMouExemption({ id: "ex", programId: "hs", exemption: "none", recordedOn: "2025-07-01" }),
      parseFundingPlan({ id: "fp", owner: { kind: "program", id: "hs" }, period: { start: "2025-07-01", end: "2026-06-30" } }),
      // @ts-expect-error an unknown key
      parseFundingPlan({ id: "fp", owner: { kind: "program", id: "hs" }, period: { start: "2025-07-01", end: "2026-06-30" }, total: 1 }),
      parseGoal({ id: "g", text: "Enroll children in foster care" }),
      // @ts-expect-error goals have text, not a title
      parseGoal({ id: "g", title: "Enroll children in foster care" }),
      parseActionPlan({ id: "ap" }),
      // @ts-expect-error an unknown key
      parseActionPlan({ id: "ap", owner: "x" }),
      parseQuestionnaire({ id: "q", version: "1", title: "Check-in", steps: [] }),
      // @ts-expect-error a version is a string
      parseQuestionnaire({ id: "q", version: 1, title: "Check-in", steps: [] }),
      parseQuestionnaireResponse({ id: "r", questionnaireId: "q" }),
      // @ts-expect-error an answer status that does not exist
      parseQuestionnaireResponse({ id: "r", questionnaireId: "q", answers: { x: { status: "done" } } }),
      parseCommunityAssessment({ id: "ca", programId: "hs", conductedOn: "2024-02-01" }),
      // @ts-expect-error an unknown key
      parseCommunityAssessment({ id: "ca", programId: "hs", conductedOn: "2024-02-01", date: "2024-02-01" }),
      parseCoordinatedServicesApproach({ id: "c", name: "C", level: "local", operatorId: "x" }),
      // @ts-expect-error a level that does not exist
      parseCoordinatedServicesApproach({ id: "c", name: "C", level: "county", operatorId: "x" }),
      parseSharedServicesAlliance({ id: "a", name: "A", hubId: "h", functions: ["bulk-buying"] }),
      // @ts-expect-error an unknown key
      parseSharedServicesAlliance({ id: "a", name: "A", hubId: "h", functions: [], hub: "h" }),
      parseIronTriangleSite({ capacity: 60, enrolled: 54, billedRevenue: 1, collectedRevenue: 1, totalExpenses: 1 }),
      // @ts-expect-error a required field is missing
      parseIronTriangleSite({ capacity: 60, enrolled: 54 }),
      parseInstrument({ ...partnershipElementsInstrument, id: "copy" }),
      // @ts-expect-error an unknown key
      parseInstrument({ ...partnershipElementsInstrument, author: "x" }),
      parsePortfolio({ schemaVersion: 2 }),
      // @ts-expect-error a schema version this release does not write
      parsePortfolio({ schemaVersion: 1 }),
    ];
    expect(results.length).toBe(32);
  });

  it("exports an input type for every entity", () => {
    expectTypeOf<OrganizationInput["kind"]>().toEqualTypeOf<OrganizationInput["kind"]>();
    expectTypeOf<{ id: string; text: string }>().toExtend<GoalInput>();
    expectTypeOf<{ id: string }>().toExtend<ActionPlanInput>();
    expectTypeOf<{ id: string; parties: string[]; status: "active" }>().toExtend<PartnershipInput>();
    expectTypeOf<{ id: string; kind: "mou"; parties: string[] }>().toExtend<AgreementInput>();
    expectTypeOf<{ schemaVersion: 2 }>().toExtend<PortfolioInput>();
    expectTypeOf<{ id: string; programId: string; conductedOn: string }>().toExtend<CommunityAssessmentInput>();
    expectTypeOf<{ respondentId: string; role: "partner-agency"; answers: Record<string, number> }>().toExtend<InstrumentResponseInput>();
    expectTypeOf<{ id: string; instrumentId: string; date: string; responses: [] }>().toExtend<InstrumentAdministrationInput>();
    expectTypeOf<CoordinatedServicesApproachInput>().not.toBeAny();
    expectTypeOf<SharedServicesAllianceInput>().not.toBeAny();
    expectTypeOf<QuestionnaireInput>().not.toBeAny();
    expectTypeOf<QuestionnaireResponseInput>().not.toBeAny();
    expectTypeOf<MouExemptionInput>().not.toBeAny();
    expectTypeOf<FundingPlanInput>().not.toBeAny();
    expectTypeOf<InstrumentInput>().not.toBeAny();
    expectTypeOf<IronTriangleSiteInput>().not.toBeAny();
  });
});
