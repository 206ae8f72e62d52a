import { type ValidationIssue } from "../core/index.js";
import { issueText, templatedIssue } from "../core/internal.js";
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
  serviceBundles: "service bundle",
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
      if (seen.has(id)) issues.push(templatedIssue([collection, i, "id"], "duplicate_id", issueText('{collection}[{index}] repeats the id "{id}"; ids are unique within a collection', { collection, index: i, id })));
      seen.add(id);
    });
  }
  return ids;
}

/** How the item checks look ids up and report a broken reference (paths are built only when one is). */
interface References {
  ref: (value: unknown, collection: string, path: () => Path) => void;
  refs: (values: unknown, collection: string, path: () => Path) => void;
}

const field = (item: unknown, key: string): unknown => (isRec(item) ? item[key] : undefined);
const ownerCollection: Record<string, string> = { program: "organizations", partnership: "partnerships", alliance: "sharedServicesAlliances", "coordinated-services-approach": "coordinatedServicesApproaches" };

/** The references each collection's items make, checked one item at a time. */
const itemChecks: Record<string, (item: unknown, i: number, r: References) => void> = {
  partnerships: (p, i, { ref, refs }) => {
    refs(field(p, "parties"), "organizations", () => ["partnerships", i, "parties"]);
    refs(field(p, "agreementIds"), "agreements", () => ["partnerships", i, "agreementIds"]);
    refs(field(p, "goalIds"), "goals", () => ["partnerships", i, "goalIds"]);
    list(p, "practices").forEach((e, j) => ref(field(e, "recordedBy"), "organizations", () => ["partnerships", i, "practices", j, "recordedBy"]));
    list(p, "meetings").forEach((m, j) => refs(field(m, "attendees"), "organizations", () => ["partnerships", i, "meetings", j, "attendees"]));
  },
  agreements: (a, i, { ref, refs }) => {
    refs(field(a, "parties"), "organizations", () => ["agreements", i, "parties"]);
    ref(field(field(a, "termination"), "by"), "organizations", () => ["agreements", i, "termination", "by"]);
  },
  mouExemptions: (e, i, { ref }) => {
    ref(field(e, "programId"), "organizations", () => ["mouExemptions", i, "programId"]);
    ref(field(e, "entityId"), "organizations", () => ["mouExemptions", i, "entityId"]);
  },
  fundingPlans: (f, i, { ref }) => {
    const owner = field(f, "owner");
    const collection = ownerCollection[str(owner, "kind") ?? ""];
    if (collection) ref(field(owner, "id"), collection, () => ["fundingPlans", i, "owner", "id"]);
  },
  questionnaireResponses: (r, i, { ref }) => {
    ref(field(r, "questionnaireId"), "questionnaires", () => ["questionnaireResponses", i, "questionnaireId"]);
    ref(field(r, "partnershipId"), "partnerships", () => ["questionnaireResponses", i, "partnershipId"]);
  },
  goals: (g, i, { ref }) => ref(field(g, "partnershipId"), "partnerships", () => ["goals", i, "partnershipId"]),
  actionPlans: (p, i, { ref, refs }) => {
    ref(field(p, "partnershipId"), "partnerships", () => ["actionPlans", i, "partnershipId"]);
    refs(field(p, "goalIds"), "goals", () => ["actionPlans", i, "goalIds"]);
    list(p, "actions").forEach((a, j) => ref(field(a, "ownerOrganizationId"), "organizations", () => ["actionPlans", i, "actions", j, "ownerOrganizationId"]));
  },
  communityAssessments: (c, i, { ref }) => ref(field(c, "programId"), "organizations", () => ["communityAssessments", i, "programId"]),
  instrumentAdministrations: (w, i, { ref }) => {
    ref(field(w, "instrumentId"), "instruments", () => ["instrumentAdministrations", i, "instrumentId"]);
    ref(field(w, "partnershipId"), "partnerships", () => ["instrumentAdministrations", i, "partnershipId"]);
    list(w, "responses").forEach((r, j) => ref(field(r, "organizationId"), "organizations", () => ["instrumentAdministrations", i, "responses", j, "organizationId"]));
  },
  sharedServicesAlliances: (a, i, { ref, refs }) => {
    ref(field(a, "hubId"), "organizations", () => ["sharedServicesAlliances", i, "hubId"]);
    list(a, "members").forEach((m, j) => ref(field(m, "organizationId"), "organizations", () => ["sharedServicesAlliances", i, "members", j, "organizationId"]));
    refs(field(a, "agreementIds"), "agreements", () => ["sharedServicesAlliances", i, "agreementIds"]);
  },
  coordinatedServicesApproaches: (c, i, { ref, refs }) => {
    const at = (): Path => ["coordinatedServicesApproaches", i];
    ref(field(c, "operatorId"), "organizations", () => [...at(), "operatorId"]);
    list(c, "partners").forEach((p, j) => ref(field(p, "organizationId"), "organizations", () => [...at(), "partners", j, "organizationId"]));
    refs(field(field(c, "communication"), "agreementIds"), "agreements", () => [...at(), "communication", "agreementIds"]);
    list(c, "dataPractices").forEach((d, j) => ref(field(d, "agreementId"), "agreements", () => [...at(), "dataPractices", j, "agreementId"]));
    ref(field(c, "fundingPlanId"), "fundingPlans", () => [...at(), "fundingPlanId"]);
    list(c, "qualitySupports").forEach((q, j) => ref(field(q, "providerId"), "organizations", () => [...at(), "qualitySupports", j, "providerId"]));
    list(c, "declinedPartners").forEach((d, j) => ref(field(d, "organizationId"), "organizations", () => [...at(), "declinedPartners", j, "organizationId"]));
  },
  referrals: (r, i, { ref }) => {
    for (const key of ["programId", "partnerId"]) ref(field(r, key), "organizations", () => ["referrals", i, key]);
    ref(field(r, "partnershipId"), "partnerships", () => ["referrals", i, "partnershipId"]);
    ref(field(r, "bundleId"), "serviceBundles", () => ["referrals", i, "bundleId"]);
  },
  ccrrServices: (s, i, { ref, refs }) => {
    ref(field(s, "providerId"), "organizations", () => ["ccrrServices", i, "providerId"]);
    refs(field(s, "forIds"), "organizations", () => ["ccrrServices", i, "forIds"]);
    ref(field(s, "partnershipId"), "partnerships", () => ["ccrrServices", i, "partnershipId"]);
  },
  fundedSlots: (s, i, { ref }) => {
    for (const key of ["programId", "providerId"]) ref(field(s, key), "organizations", () => ["fundedSlots", i, key]);
    list(s, "coEnrollment").forEach((c, j) => ref(field(c, "organizationId"), "organizations", () => ["fundedSlots", i, "coEnrollment", j, "organizationId"]));
  },
  staffPolicies: (p, i, { ref }) => ref(field(p, "programId"), "organizations", () => ["staffPolicies", i, "programId"]),
  serviceBundles: (b, i, { ref }) => {
    ref(field(b, "programId"), "organizations", () => ["serviceBundles", i, "programId"]);
    list(b, "services").forEach((x, j) => ref(field(x, "partnerId"), "organizations", () => ["serviceBundles", i, "services", j, "partnerId"]));
  },
};

/** Ids that references may name besides a collection's own (read in a function, not at module level, so the module stays tree-shakable). */
const builtInIds = (): Record<string, string> => ({ questionnaires: planningQuestionnaire.id, instruments: partnershipElementsInstrument.id });

/** Reference checks that report into `issues`, looking ids up with `has`. */
function references(has: (collection: string, id: string) => boolean, issues: ValidationIssue[]): References {
  const broken = (path: Path, value: string, collection: string) =>
    issues.push(templatedIssue(path, "reference", issueText(`refers to ${NOUN[collection] ?? collection} "{value}", which is not in the portfolio`, { value })));
  return {
    ref: (value, collection, path) => {
      if (typeof value === "string" && !has(collection, value)) broken(path(), value, collection);
    },
    refs: (values, collection, path) => {
      if (!Array.isArray(values) || values.length === 0) return;
      for (let j = 0; j < values.length; j++) {
        const v: unknown = values[j];
        if (typeof v === "string" && !has(collection, v)) broken([...path(), j], v, collection);
      }
    },
  };
}

/** Each reference issue's message starts with its path, which reads better in a list of hundreds. */
const withPaths = (issues: ValidationIssue[]) =>
  issues.map((issue) => {
    if (issue.code !== "reference") return issue;
    const withPath: ValidationIssue = { ...issue, message: `${issue.pathText} ${issue.message}` };
    if (issue.template) withPath.template = { text: `{path} ${issue.template.text}`, values: { ...issue.template.values, path: issue.pathText } };
    return withPath;
  });

/**
 * Checks the references between a portfolio's collections and that ids are unique in each. Works
 * on any input (shape errors are zod's job), reads defensively and never throws: every broken
 * reference is one issue with a path. Ids are kept as sorted arrays rather than sets, which keeps
 * the check's memory small next to a national document. Complexity: O(n log n) in the number of
 * ids and references.
 */
export function portfolioIntegrityIssues(input: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const builtIns = builtInIds();
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
  const r = references((collection, id) => hasId(ids.get(collection)!, id), issues);
  for (const [collection, check] of Object.entries(itemChecks)) list(input, collection).forEach((item, i) => check(item, i, r));
  return withPaths(issues);
}

/**
 * The integrity issues of some items of a portfolio whose other items are known to be sound (the
 * value before an edit passed): the references the items make, and the ids they repeat.
 * `positionsOf(collection, id)` lists where an id occurs in `input` (ascending).
 */
export function touchedIntegrityIssues(input: unknown, touched: ReadonlyMap<string, ReadonlySet<number>>, positionsOf: (collection: string, id: string) => readonly number[] | undefined): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const builtIns = builtInIds();
  const r = references((collection, id) => positionsOf(collection, id) !== undefined || builtIns[collection] === id, issues);
  const repeats = new Set<string>();
  for (const [collection, positions] of touched) {
    const items = list(input, collection);
    for (const i of positions) {
      if (i >= items.length) continue;
      itemChecks[collection]?.(items[i], i, r);
      const id = str(items[i], "id");
      const at = id === undefined ? undefined : positionsOf(collection, id);
      if (!at || at.length < 2) continue;
      for (const later of at.slice(1)) {
        const key = `${collection}\u0000${later}`;
        if (repeats.has(key)) continue;
        repeats.add(key);
        issues.push(templatedIssue([collection, later, "id"], "duplicate_id", issueText('{collection}[{index}] repeats the id "{id}"; ids are unique within a collection', { collection, index: later, id: id! })));
      }
    }
  }
  return withPaths(issues);
}
