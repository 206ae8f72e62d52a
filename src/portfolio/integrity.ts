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

/** A collection's ids, sorted by UTF-16 code units (the order of `<` on strings). */
type SortedIds = string[];

/** Whether `id` is in `sorted`: a binary search, O(log n). */
function hasId(sorted: SortedIds, id: string): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = sorted[mid]!;
    if (at === id) return true;
    if (at < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * Sorts a collection's ids and reports each later occurrence of a repeated id. A sorted array
 * costs a fraction of the memory of a set of every id (a national file has 80,000 partnerships)
 * and serves the reference checks by binary search; the rare repeats are located in one more pass.
 */
function sortIds(collection: string, items: unknown[], issues: ValidationIssue[]): SortedIds {
  const ids: SortedIds = [];
  for (const item of items) {
    const id = str(item, "id");
    if (id !== undefined) ids.push(id);
  }
  ids.sort();
  let repeated: Set<string> | undefined;
  for (let i = 1; i < ids.length; i++) if (ids[i] === ids[i - 1]) (repeated ??= new Set()).add(ids[i]!);
  if (repeated) {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const id = str(item, "id");
      if (id === undefined || !repeated.has(id)) return;
      if (seen.has(id)) issues.push(makeIssue([collection, i, "id"], "duplicate_id", `${collection}[${i}] repeats the id "${id}"; ids are unique within a collection`));
      seen.add(id);
    });
  }
  return ids;
}

/**
 * Checks the references between a portfolio's collections and that ids are unique in each. Works
 * on any input (shape errors are zod's job), reads defensively and never throws: every broken
 * reference is one issue with a path. Ids are kept as sorted arrays rather than sets, which keeps
 * the check's memory small next to a national document. Complexity: O(n log n) in the number of
 * ids and references.
 */
export function portfolioIntegrityIssues(input: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  // Ids that references may name besides a collection's own (read here, not at module level, so the module stays tree-shakable).
  const builtIns: Record<string, string> = { questionnaires: planningQuestionnaire.id, instruments: partnershipElementsInstrument.id };
  const ids = new Map<string, SortedIds>();
  for (const collection of portfolioCollections) {
    const sorted = sortIds(collection, list(input, collection), issues);
    const builtIn = builtIns[collection];
    if (builtIn !== undefined && !hasId(sorted, builtIn)) {
      sorted.push(builtIn);
      sorted.sort();
    }
    ids.set(collection, sorted);
  }

  // Paths are built only when a reference is broken: most references resolve, and the check runs
  // over every partnership and agreement of a national portfolio.
  const broken = (path: Path, value: string, collection: string) =>
    issues.push(makeIssue(path, "reference", `refers to ${NOUN[collection] ?? collection} "${value}", which is not in the portfolio`));
  const ref = (value: unknown, collection: string, path: () => Path) => {
    if (typeof value === "string" && !hasId(ids.get(collection)!, value)) broken(path(), value, collection);
  };
  const refs = (values: unknown, collection: string, path: () => Path) => {
    if (!Array.isArray(values) || values.length === 0) return;
    const known = ids.get(collection)!;
    for (let j = 0; j < values.length; j++) {
      const v: unknown = values[j];
      if (typeof v === "string" && !hasId(known, v)) broken([...path(), j], v, collection);
    }
  };
  const field = (item: unknown, key: string): unknown => (isRec(item) ? item[key] : undefined);

  list(input, "partnerships").forEach((p, i) => {
    refs(field(p, "parties"), "organizations", () => ["partnerships", i, "parties"]);
    refs(field(p, "agreementIds"), "agreements", () => ["partnerships", i, "agreementIds"]);
    refs(field(p, "goalIds"), "goals", () => ["partnerships", i, "goalIds"]);
    list(p, "practices").forEach((e, j) => ref(field(e, "recordedBy"), "organizations", () => ["partnerships", i, "practices", j, "recordedBy"]));
    list(p, "meetings").forEach((m, j) => refs(field(m, "attendees"), "organizations", () => ["partnerships", i, "meetings", j, "attendees"]));
  });
  list(input, "agreements").forEach((a, i) => {
    refs(field(a, "parties"), "organizations", () => ["agreements", i, "parties"]);
    ref(field(field(a, "termination"), "by"), "organizations", () => ["agreements", i, "termination", "by"]);
  });
  list(input, "mouExemptions").forEach((e, i) => {
    ref(field(e, "programId"), "organizations", () => ["mouExemptions", i, "programId"]);
    ref(field(e, "entityId"), "organizations", () => ["mouExemptions", i, "entityId"]);
  });
  const ownerCollection: Record<string, string> = { program: "organizations", partnership: "partnerships", alliance: "sharedServicesAlliances", "coordinated-services-approach": "coordinatedServicesApproaches" };
  list(input, "fundingPlans").forEach((f, i) => {
    const owner = field(f, "owner");
    const collection = ownerCollection[str(owner, "kind") ?? ""];
    if (collection) ref(field(owner, "id"), collection, () => ["fundingPlans", i, "owner", "id"]);
  });
  list(input, "questionnaireResponses").forEach((r, i) => {
    ref(field(r, "questionnaireId"), "questionnaires", () => ["questionnaireResponses", i, "questionnaireId"]);
    ref(field(r, "partnershipId"), "partnerships", () => ["questionnaireResponses", i, "partnershipId"]);
  });
  list(input, "goals").forEach((g, i) => ref(field(g, "partnershipId"), "partnerships", () => ["goals", i, "partnershipId"]));
  list(input, "actionPlans").forEach((p, i) => {
    ref(field(p, "partnershipId"), "partnerships", () => ["actionPlans", i, "partnershipId"]);
    refs(field(p, "goalIds"), "goals", () => ["actionPlans", i, "goalIds"]);
    list(p, "actions").forEach((a, j) => ref(field(a, "ownerOrganizationId"), "organizations", () => ["actionPlans", i, "actions", j, "ownerOrganizationId"]));
  });
  list(input, "communityAssessments").forEach((c, i) => ref(field(c, "programId"), "organizations", () => ["communityAssessments", i, "programId"]));
  list(input, "instrumentAdministrations").forEach((w, i) => {
    ref(field(w, "instrumentId"), "instruments", () => ["instrumentAdministrations", i, "instrumentId"]);
    ref(field(w, "partnershipId"), "partnerships", () => ["instrumentAdministrations", i, "partnershipId"]);
    list(w, "responses").forEach((r, j) => ref(field(r, "organizationId"), "organizations", () => ["instrumentAdministrations", i, "responses", j, "organizationId"]));
  });
  list(input, "sharedServicesAlliances").forEach((a, i) => {
    ref(field(a, "hubId"), "organizations", () => ["sharedServicesAlliances", i, "hubId"]);
    list(a, "members").forEach((m, j) => ref(field(m, "organizationId"), "organizations", () => ["sharedServicesAlliances", i, "members", j, "organizationId"]));
    refs(field(a, "agreementIds"), "agreements", () => ["sharedServicesAlliances", i, "agreementIds"]);
  });
  list(input, "coordinatedServicesApproaches").forEach((c, i) => {
    const at = (): Path => ["coordinatedServicesApproaches", i];
    ref(field(c, "operatorId"), "organizations", () => [...at(), "operatorId"]);
    list(c, "partners").forEach((p, j) => ref(field(p, "organizationId"), "organizations", () => [...at(), "partners", j, "organizationId"]));
    refs(field(field(c, "communication"), "agreementIds"), "agreements", () => [...at(), "communication", "agreementIds"]);
    list(c, "dataPractices").forEach((d, j) => ref(field(d, "agreementId"), "agreements", () => [...at(), "dataPractices", j, "agreementId"]));
    ref(field(c, "fundingPlanId"), "fundingPlans", () => [...at(), "fundingPlanId"]);
  });
  // Prefix each message with its path, which reads better in a list of hundreds.
  return issues.map((issue) => (issue.code === "reference" ? { ...issue, message: `${issue.pathText} ${issue.message}` } : issue));
}
