import { makeIssue, type ValidationIssue } from "../core/index.js";
import { partnershipElementsInstrument } from "../instruments/index.js";
import { planningQuestionnaire } from "../planning/index.js";
import { portfolioCollections } from "./schema.js";

type Rec = Record<string, unknown>;
type Path = (string | number)[];

const isRec = (x: unknown): x is Rec => typeof x === "object" && x !== null && !Array.isArray(x);
const list = (x: unknown, key: string): unknown[] => {
  const v = isRec(x) ? x[key] : undefined;
  return Array.isArray(v) ? v : [];
};
const str = (x: unknown, key: string): string | undefined => {
  const v = isRec(x) ? x[key] : undefined;
  return typeof v === "string" ? v : undefined;
};

const NOUN: Record<string, string> = {
  organizations: "organization",
  partnerships: "partnership",
  agreements: "agreement",
  goals: "goal",
  fundingPlans: "funding plan",
  questionnaires: "questionnaire",
  instruments: "instrument",
  sharedServicesAlliances: "shared-services alliance",
  coordinatedServicesApproaches: "coordinated-services approach",
};

/**
 * Checks the references between a portfolio's collections and that ids are unique in each. Works
 * on any input (shape errors are zod's job), reads defensively and never throws: every broken
 * reference is one issue with a path. Complexity: O(size of the document).
 */
export function portfolioIntegrityIssues(input: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const ids = new Map<string, Set<string>>();
  for (const collection of portfolioCollections) {
    const seen = new Set<string>();
    list(input, collection).forEach((item, i) => {
      const id = str(item, "id");
      if (id === undefined) return;
      if (seen.has(id)) issues.push(makeIssue([collection, i, "id"], "duplicate_id", `${collection}[${i}] repeats the id "${id}"; ids are unique within a collection`));
      seen.add(id);
    });
    ids.set(collection, seen);
  }
  ids.get("questionnaires")!.add(planningQuestionnaire.id);
  ids.get("instruments")!.add(partnershipElementsInstrument.id);

  const ref = (path: Path, value: unknown, collection: string) => {
    if (typeof value !== "string") return;
    if (!ids.get(collection)!.has(value)) {
      issues.push(makeIssue(path, "reference", `refers to ${NOUN[collection] ?? collection} "${value}", which is not in the portfolio`));
    }
  };
  const refs = (path: Path, values: unknown, collection: string) => {
    if (Array.isArray(values)) values.forEach((v, j) => ref([...path, j], v, collection));
  };
  const field = (item: unknown, key: string): unknown => (isRec(item) ? item[key] : undefined);

  list(input, "partnerships").forEach((p, i) => {
    const at = ["partnerships", i];
    refs([...at, "parties"], field(p, "parties"), "organizations");
    refs([...at, "agreementIds"], field(p, "agreementIds"), "agreements");
    refs([...at, "goalIds"], field(p, "goalIds"), "goals");
    list(p, "practices").forEach((e, j) => ref([...at, "practices", j, "recordedBy"], field(e, "recordedBy"), "organizations"));
    list(p, "meetings").forEach((m, j) => refs([...at, "meetings", j, "attendees"], field(m, "attendees"), "organizations"));
  });
  list(input, "agreements").forEach((a, i) => {
    refs(["agreements", i, "parties"], field(a, "parties"), "organizations");
    ref(["agreements", i, "termination", "by"], field(field(a, "termination"), "by"), "organizations");
  });
  list(input, "mouExemptions").forEach((e, i) => {
    ref(["mouExemptions", i, "programId"], field(e, "programId"), "organizations");
    ref(["mouExemptions", i, "entityId"], field(e, "entityId"), "organizations");
  });
  const ownerCollection: Record<string, string> = { program: "organizations", partnership: "partnerships", alliance: "sharedServicesAlliances", "coordinated-services-approach": "coordinatedServicesApproaches" };
  list(input, "fundingPlans").forEach((f, i) => {
    const owner = field(f, "owner");
    const collection = ownerCollection[str(owner, "kind") ?? ""];
    if (collection) ref(["fundingPlans", i, "owner", "id"], field(owner, "id"), collection);
  });
  list(input, "questionnaireResponses").forEach((r, i) => {
    ref(["questionnaireResponses", i, "questionnaireId"], field(r, "questionnaireId"), "questionnaires");
    ref(["questionnaireResponses", i, "partnershipId"], field(r, "partnershipId"), "partnerships");
  });
  list(input, "goals").forEach((g, i) => ref(["goals", i, "partnershipId"], field(g, "partnershipId"), "partnerships"));
  list(input, "actionPlans").forEach((p, i) => {
    ref(["actionPlans", i, "partnershipId"], field(p, "partnershipId"), "partnerships");
    refs(["actionPlans", i, "goalIds"], field(p, "goalIds"), "goals");
    list(p, "actions").forEach((a, j) => ref(["actionPlans", i, "actions", j, "ownerOrganizationId"], field(a, "ownerOrganizationId"), "organizations"));
  });
  list(input, "communityAssessments").forEach((c, i) => ref(["communityAssessments", i, "programId"], field(c, "programId"), "organizations"));
  list(input, "instrumentAdministrations").forEach((w, i) => {
    ref(["instrumentAdministrations", i, "instrumentId"], field(w, "instrumentId"), "instruments");
    ref(["instrumentAdministrations", i, "partnershipId"], field(w, "partnershipId"), "partnerships");
    list(w, "responses").forEach((r, j) => ref(["instrumentAdministrations", i, "responses", j, "organizationId"], field(r, "organizationId"), "organizations"));
  });
  list(input, "sharedServicesAlliances").forEach((a, i) => {
    ref(["sharedServicesAlliances", i, "hubId"], field(a, "hubId"), "organizations");
    list(a, "members").forEach((m, j) => ref(["sharedServicesAlliances", i, "members", j, "organizationId"], field(m, "organizationId"), "organizations"));
    refs(["sharedServicesAlliances", i, "agreementIds"], field(a, "agreementIds"), "agreements");
  });
  list(input, "coordinatedServicesApproaches").forEach((c, i) => {
    const at = ["coordinatedServicesApproaches", i];
    ref([...at, "operatorId"], field(c, "operatorId"), "organizations");
    list(c, "partners").forEach((p, j) => ref([...at, "partners", j, "organizationId"], field(p, "organizationId"), "organizations"));
    refs([...at, "communication", "agreementIds"], field(field(c, "communication"), "agreementIds"), "agreements");
    list(c, "dataPractices").forEach((d, j) => ref([...at, "dataPractices", j, "agreementId"], field(d, "agreementId"), "agreements"));
    ref([...at, "fundingPlanId"], field(c, "fundingPlanId"), "fundingPlans");
  });
  // Prefix each message with its path, which reads better in a list of hundreds.
  return issues.map((issue) => (issue.code === "reference" ? { ...issue, message: `${issue.pathText} ${issue.message}` } : issue));
}
