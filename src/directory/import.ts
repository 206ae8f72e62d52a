import { makeIssue, type ValidationIssue } from "../core/index.js";
import { issueText, requireIsoDate, templatedIssue } from "../core/internal.js";
import { categoriesOf, ContactSchema, organizationKinds, organizationLevels, partnerCategoryIds, OrganizationBaseSchema, OrganizationSchema, type Organization, type OrganizationKindId, type PartnerCategoryId } from "../partners/index.js";
import { HSDS_TAXONOMY, kindFromWords } from "./vocabulary.js";

type Rec = Record<string, unknown>;
type Path = (string | number)[];

const isRec = (x: unknown): x is Rec => typeof x === "object" && x !== null && !Array.isArray(x);
const text = (x: unknown, key: string): string | undefined => {
  const v = isRec(x) ? x[key] : undefined;
  return typeof v === "string" && v.trim() !== "" ? v.trim() : undefined;
};
const list = (x: unknown, key: string): unknown[] => {
  const v = isRec(x) ? x[key] : undefined;
  return Array.isArray(v) ? v : [];
};

/**
 * How {@link fromHsds} read one organization: where its kind and categories came from.
 *
 * @example
 * ```ts
 * import type { HsdsInference } from "ece-partnerships";
 * const i: HsdsInference = { organizationId: "o1", hsdsId: "…", kind: "library", kindFrom: { source: "term", value: "Libraries", word: "libraries" }, categories: ["education-culture"], services: ["Story time"], terms: ["Libraries"] };
 * i.kindFrom.source; //=> "term"
 * ```
 * @category Directory
 */
export interface HsdsInference {
  organizationId: string;
  hsdsId: string;
  kind: OrganizationKindId;
  /** `code`: a term of the library's taxonomy; `term`: another taxonomy term's name, through {@link directoryTermMap}; `text`: a service's or the organization's name or description; `none`: nothing matched (kind `other`). */
  kindFrom: { source: "code" | "term" | "text" | "none"; value?: string; word?: string };
  categories: PartnerCategoryId[];
  /** The names of its services. */
  services: string[];
  /** The names of the taxonomy terms on it and its services. */
  terms: string[];
}

/**
 * What {@link fromHsds} returns: candidate organizations, how each was read, the taxonomy terms it
 * could not map, and the records it could not import (each an issue with a path).
 *
 * @example
 * ```ts
 * import type { HsdsImport } from "ece-partnerships";
 * const keys: (keyof HsdsImport)[] = ["organizations", "inferences", "unmapped", "issues"];
 * keys.length; //=> 4
 * ```
 * @category Directory
 */
export interface HsdsImport {
  /** Valid organizations, `extensions.hsds` holding the HSDS ids (organization, services, locations) and the import date. */
  organizations: Organization[];
  inferences: HsdsInference[];
  /** Taxonomy terms no rule mapped, each with the organizations (HSDS ids) that carry it. */
  unmapped: { name: string; code?: string; taxonomy?: string; organizations: string[] }[];
  /** Records not imported, and parts of records left out, with paths into the input. */
  issues: ValidationIssue[];
}

/** Paths in document order: list positions by number, keys by name (a stable sort keeps equal paths in order). */
function comparePaths(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (typeof x === "number" && typeof y === "number") return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return a.length - b.length;
}

/** The records of an input: one organization or service, a list of them, or a list response (`contents`). */
function recordsOf(input: unknown): { record: unknown; path: Path }[] {
  if (Array.isArray(input)) return input.map((record, i) => ({ record, path: [i] }));
  if (isRec(input) && Array.isArray(input.contents)) return input.contents.map((record, i) => ({ record, path: ["contents", i] }));
  return [{ record: input, path: [] }];
}

interface Gathered {
  org: Rec;
  path: Path;
  services: { service: unknown; path: Path }[];
  /** Locations given beside a service (`service_at_location` records). */
  locations: unknown[];
}

/** Organizations with their services, from organization records (services inside) and service records (organization inside or by id). */
function gather(input: unknown, issues: ValidationIssue[]): Gathered[] {
  const byId = new Map<string, Gathered>();
  const out: Gathered[] = [];
  const add = (org: Rec, path: Path) => {
    const id = text(org, "id")!;
    let g = byId.get(id);
    if (!g) {
      g = { org, path, services: [], locations: [] };
      byId.set(id, g);
      out.push(g);
    } else if (!isRec(g.org.services) && list(org, "services").length) g.org = { ...g.org, ...org };
    return g;
  };
  for (const { record: given, path: givenPath } of recordsOf(input)) {
    if (!isRec(given)) {
      issues.push(makeIssue(givenPath, "invalid_type", "expected an HSDS organization, service or service_at_location object"));
      continue;
    }
    // A service_at_location record: its service (with its organization), and its location.
    const atLocation = isRec(given.service) && !text(given, "name");
    const record = atLocation ? (given.service as Rec) : given;
    const path = atLocation ? [...givenPath, "service"] : givenPath;
    const isService = atLocation || (typeof record.status === "string" && !Array.isArray(record.services));
    const org = isService ? record.organization : record;
    const orgPath = isService ? [...path, "organization"] : path;
    if (!isRec(org) || !text(org, "id") || !text(org, "name")) {
      issues.push(makeIssue(isService ? orgPath : [...path, text(record, "id") ? "name" : "id"], "required", isService ? "a service needs its organization (id and name) to be imported" : "an organization needs an id and a name"));
      continue;
    }
    const g = add(org, orgPath);
    if (atLocation && isRec(given.location)) g.locations.push(given.location);
    if (isService) g.services.push({ service: record, path });
    else list(org, "services").forEach((service, j) => g.services.push({ service, path: [...path, "services", j] }));
  }
  return out;
}

type Term = { name: string; code?: string; taxonomy?: string };

/** The taxonomy terms attached to a record (an organization or a service). */
function attachedTerms(owner: unknown): Term[] {
  const terms: Term[] = [];
  for (const a of list(owner, "attributes")) {
    const t = isRec(a) ? a.taxonomy_term : undefined;
    const name = text(t, "name");
    if (!name) continue;
    const term: Term = { name };
    const code = text(t, "code");
    const taxonomy = text(t, "taxonomy") ?? text(isRec(t) ? t.taxonomy_detail : undefined, "name");
    if (code) term.code = code;
    if (taxonomy) term.taxonomy = taxonomy;
    terms.push(term);
  }
  return terms;
}

/** The terms on the organization itself, and on it and its services together. */
function termsOf(g: Gathered): { own: Term[]; all: Term[] } {
  const own = attachedTerms(g.org);
  return { own, all: [...own, ...g.services.flatMap(({ service }) => attachedTerms(service))] };
}


/** The kind, further kinds, level and categories the library's own terms state. */
function fromCodes(terms: readonly { code?: string; taxonomy?: string }[]) {
  const kinds: OrganizationKindId[] = [];
  const categories: PartnerCategoryId[] = [];
  let level: (typeof organizationLevels)[number] | undefined;
  const { prefixes } = HSDS_TAXONOMY;
  for (const { code } of terms) {
    if (!code) continue;
    if (code.startsWith(prefixes.kind) && organizationKinds.some((k) => k.id === code.slice(prefixes.kind.length))) kinds.push(code.slice(prefixes.kind.length) as OrganizationKindId);
    else if (code.startsWith(prefixes.category) && (partnerCategoryIds as readonly string[]).includes(code.slice(prefixes.category.length))) categories.push(code.slice(prefixes.category.length) as PartnerCategoryId);
    else if (code.startsWith(prefixes.level) && (organizationLevels as readonly string[]).includes(code.slice(prefixes.level.length))) level = code.slice(prefixes.level.length) as typeof level;
  }
  return { kinds, categories, level };
}

const isOwnCode = (code: string | undefined) => code !== undefined && Object.values(HSDS_TAXONOMY.prefixes).some((p) => code.startsWith(p));

/** The kind an organization's terms or words indicate, and what it came from. */
function inferKind(g: Gathered, terms: readonly Term[], coded: OrganizationKindId[]): { kind: OrganizationKindId; from: HsdsInference["kindFrom"]; matchedTerms: Set<string> } {
  const matchedTerms = new Set<string>();
  let first: { kind: OrganizationKindId; from: HsdsInference["kindFrom"] } | undefined;
  for (const t of terms) {
    if (isOwnCode(t.code)) continue;
    const hit = kindFromWords(t.name);
    if (!hit) continue;
    matchedTerms.add(t.name);
    first ??= { kind: hit.kind, from: { source: "term", value: t.name, word: hit.word } };
  }
  if (coded.length) return { kind: coded[0]!, from: { source: "code", value: `${HSDS_TAXONOMY.prefixes.kind}${coded[0]}` }, matchedTerms };
  if (first) return { ...first, matchedTerms };
  const texts = [...g.services.flatMap(({ service }) => [text(service, "name"), text(service, "description")]), text(g.org, "name"), text(g.org, "description")].filter((x): x is string => x !== undefined);
  for (const value of texts) {
    const hit = kindFromWords(value);
    if (hit) return { kind: hit.kind, from: { source: "text", value, word: hit.word }, matchedTerms };
  }
  return { kind: "other", from: { source: "none" }, matchedTerms };
}

/** Contacts with a name (HSDS's are optional), each with its first phone. */
function contactsOf(g: Gathered, issues: ValidationIssue[]): Organization["contacts"] {
  const out: Organization["contacts"] = [];
  list(g.org, "contacts").forEach((c, i) => {
    const name = text(c, "name");
    if (!name) {
      issues.push(makeIssue([...g.path, "contacts", i, "name"], "required", "a contact without a name was left out (the library's contacts are people or roles with a name)"));
      return;
    }
    const contact: Organization["contacts"][number] = { name };
    const title = text(c, "title");
    const email = text(c, "email");
    const phone = text(list(c, "phones")[0], "number");
    if (title) contact.role = title;
    if (email && ContactSchema.safeParse({ name, email }).success) contact.email = email;
    else if (email) issues.push(templatedIssue([...g.path, "contacts", i, "email"], "invalid_format", issueText('"{email}" is not an email address; left out', { email })));
    if (phone) contact.phone = phone;
    out.push(contact);
  });
  return out;
}

/**
 * The service area its services state, where a name reads as {@link toHsds} writes one ("Dane
 * County, WI", "Dane, Rock counties, WI") and a description lists "ZIP codes 53704, 53714";
 * other wording is kept as the description.
 */
function serviceAreaOf(g: Gathered): Organization["serviceArea"] {
  const counties = new Set<string>();
  const zipCodes = new Set<string>();
  const words: string[] = [];
  let state: string | undefined;
  for (const { service } of g.services) {
    for (const a of list(service, "service_areas")) {
      const name = text(a, "name");
      const m = name ? /^(.+?) (?:County|counties|Counties)(?:, ([A-Z]{2}))?$/.exec(name) : null;
      if (m) {
        for (const c of m[1]!.split(/,\s*/)) counties.add(c.trim());
        state ??= m[2];
      } else if (name) {
        const st = /^([A-Z]{2})$/.exec(name);
        if (st) state ??= st[1];
        else words.push(name);
      }
      for (const zip of (text(a, "description") ?? "").match(/\b\d{5}\b/g) ?? []) zipCodes.add(zip);
    }
  }
  const area: NonNullable<Organization["serviceArea"]> = {};
  if (words.length) area.description = [...new Set(words)].join("; ");
  if (state) area.state = state;
  if (counties.size) area.counties = [...counties];
  if (zipCodes.size) area.zipCodes = [...zipCodes];
  return Object.keys(area).length ? area : undefined;
}

/** The first physical address of the organization's locations, in the library's shape. */
function addressOf(g: Gathered): Organization["address"] {
  for (const location of [...list(g.org, "locations"), ...g.locations]) {
    for (const a of list(location, "addresses")) {
      const street = text(a, "address_1");
      const city = text(a, "city");
      const state = text(a, "state_province");
      const postalCode = text(a, "postal_code");
      if (!street || !city || !state || !postalCode) continue;
      const address: NonNullable<Organization["address"]> = { street, city, state, postalCode };
      const street2 = text(a, "address_2");
      if (street2) address.street2 = street2;
      return address;
    }
  }
  return undefined;
}

/** Adds the terms that neither are the library's codes nor matched a rule to `unmapped`, with the organization carrying them. */
function noteUnmapped(unmapped: Map<string, HsdsImport["unmapped"][number]>, terms: readonly Term[], matched: ReadonlySet<string>, hsdsId: string): void {
  for (const t of terms) {
    if (isOwnCode(t.code) || matched.has(t.name)) continue;
    const key = `${t.taxonomy ?? ""}\u0000${t.code ?? ""}\u0000${t.name}`;
    const entry = unmapped.get(key) ?? { name: t.name, ...(t.code ? { code: t.code } : {}), ...(t.taxonomy ? { taxonomy: t.taxonomy } : {}), organizations: [] };
    if (!entry.organizations.includes(hsdsId)) entry.organizations.push(hsdsId);
    unmapped.set(key, entry);
  }
}

/**
 * Reads a community directory's Open Referral HSDS 3 records as candidate partner
 * organizations. Accepts the shapes of the specification's examples: an `organization_full` (with
 * its `services`), a `service_full` (with its `organization`), a `service_at_location_full` (its
 * service and organization, and its location's address), an array of any of them, or a list
 * response (`{ contents: [...] }`); services of one organization are gathered under it.
 *
 * Each organization's kind comes, in order, from a term of the library's own taxonomy (what
 * {@link toHsds} writes), from another taxonomy term through {@link directoryTermMap}, or from its
 * services' and its own names and descriptions through the same map; with none, the kind is
 * `other` and the inference says so. Its partner categories are its kind's, plus any
 * `partner-category:` terms. A Head Start program needs program details HSDS does not carry (types,
 * funded enrollment): it is imported as kind `other`, its program kind kept in
 * `extensions.hsds.programKind`. Every taxonomy term no rule maps is listed in `unmapped`, never
 * guessed. The organization's id is, in order, its `ece-partnerships` identifier, `idFor(hsdsId,
 * name)`, or the HSDS id; the HSDS ids stay in `extensions.hsds`. The level is the library term's,
 * else `local`. Records that cannot be imported come back as issues with paths into the input;
 * nothing is thrown for any input and nothing is dropped silently.
 * Complexity: O(records × terms × rules).
 *
 * @throws {RangeError} When `asOf` is not a calendar date.
 * @example
 * ```ts
 * import { fromHsds } from "ece-partnerships";
 * const r = fromHsds(
 *   [{
 *     id: "7d1c2c5e-0000-4000-8000-000000000001", name: "Safe Harbor", description: "Shelter and advocacy",
 *     services: [{ id: "7d1c2c5e-0000-4000-8000-000000000002", name: "Domestic violence shelter", status: "active",
 *       attributes: [{ id: "7d1c2c5e-0000-4000-8000-000000000003", taxonomy_term: { id: "7d1c2c5e-0000-4000-8000-000000000004", name: "Domestic Violence Shelters", description: "…" } }] }],
 *   }],
 *   { asOf: "2025-09-01" },
 * );
 * r.organizations[0]?.kind; //=> "domestic-violence-provider"
 * r.inferences[0]?.kindFrom.word; //=> "domestic violence"
 * r.unmapped; //=> []
 * ```
 * @category Directory
 */
export function fromHsds(records: unknown, options: { asOf: string; idFor?: (hsdsId: string, name: string) => string }): HsdsImport {
  const asOf = requireIsoDate(options?.asOf);
  const issues: ValidationIssue[] = [];
  const result: HsdsImport = { organizations: [], inferences: [], unmapped: [], issues };
  const unmapped = new Map<string, HsdsImport["unmapped"][number]>();
  for (const g of gather(records, issues)) {
    const hsdsId = text(g.org, "id")!;
    // The library's codes on the organization state its kinds, level and extra categories (its
    // services' category terms follow from those); every term's name can indicate a kind.
    const { own, all: terms } = termsOf(g);
    const coded = fromCodes(own);
    const { kind: found, from, matchedTerms } = inferKind(g, terms, coded.kinds);
    const isProgram = organizationKinds.find((k) => k.id === found)?.program === true;
    const kind: OrganizationKindId = isProgram ? "other" : found;
    noteUnmapped(unmapped, terms, matchedTerms, hsdsId);
    const ownId = list(g.org, "organization_identifiers").find((x) => text(x, "identifier_scheme") === HSDS_TAXONOMY.name);
    const name = text(g.org, "name")!;
    const id = text(ownId, "identifier") ?? options.idFor?.(hsdsId, name) ?? hsdsId;
    const candidate: Record<string, unknown> = {
      id,
      name,
      kind,
      level: coded.level ?? "local",
      contacts: contactsOf(g, issues),
      extensions: { hsds: { organizationId: hsdsId, serviceIds: g.services.map(({ service }) => text(service, "id")).filter((x) => x !== undefined), importedOn: asOf, ...(isProgram ? { programKind: found } : {}) } },
    };
    const otherKinds = coded.kinds.slice(1).filter((k) => !organizationKinds.find((x) => x.id === k)?.program);
    if (otherKinds.length) candidate.otherKinds = otherKinds;
    if (coded.categories.length) candidate.categories = coded.categories;
    const address = addressOf(g);
    if (address) candidate.address = address;
    const serviceArea = serviceAreaOf(g);
    if (serviceArea) candidate.serviceArea = serviceArea;
    const website = text(g.org, "website");
    if (website && OrganizationBaseSchema.shape.website.safeParse(website).success) candidate.website = website;
    else if (website) issues.push(templatedIssue([...g.path, "website"], "invalid_format", issueText('the web site "{website}" is not a web address; left out', { website })));
    const parsed = OrganizationSchema.safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) issues.push(templatedIssue([...g.path, ...issue.path.map((k) => (typeof k === "symbol" ? String(k) : k))], "invalid", issueText("{reason}; the organization was not imported", { reason: issue.message })));
      continue;
    }
    result.organizations.push(parsed.data);
    result.inferences.push({
      organizationId: id,
      hsdsId,
      kind,
      kindFrom: from,
      categories: categoriesOf(parsed.data),
      services: g.services.map(({ service }) => text(service, "name")).filter((x) => x !== undefined),
      terms: [...new Set(terms.map((t) => t.name))],
    });
  }
  result.unmapped = [...unmapped.values()];
  // In the input's order: by record, then within it.
  issues.sort((a, b) => comparePaths(a.path, b.path));
  return result;
}
