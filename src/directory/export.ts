import { formatCents } from "../core/index.js";
import { groupInto, requireCollections } from "../core/internal.js";
import { fundingStreamAliases, fundingStreams } from "../funding/index.js";
import { categoriesOf, organizationKinds, partnerCategories, type Organization } from "../partners/index.js";
import type { Portfolio } from "../portfolio/schema.js";
import type { HsdsAttribute, HsdsIdKind, HsdsLocation, HsdsOrganization, HsdsService, HsdsTaxonomyTerm } from "./records.js";
import { HSDS_TAXONOMY } from "./vocabulary.js";

type IdFor = (kind: HsdsIdKind, localKey: string) => string;

/** The library's taxonomy and a term of it, with ids from `idFor`. */
function termMaker(idFor: IdFor) {
  const detail = { id: idFor("taxonomy", HSDS_TAXONOMY.name), name: HSDS_TAXONOMY.name, description: HSDS_TAXONOMY.description, version: HSDS_TAXONOMY.version };
  const term = (code: string, name: string, description: string): HsdsTaxonomyTerm => ({ id: idFor("taxonomy_term", code), code, name, description, taxonomy: HSDS_TAXONOMY.name, taxonomy_id: detail.id, taxonomy_detail: { ...detail } });
  const category = (id: string) => {
    const c = partnerCategories.find((x) => x.id === id)!;
    return term(`${HSDS_TAXONOMY.prefixes.category}${c.id}`, c.label, `${c.description} (45 CFR 1302.53(a)(2)${c.paragraph})`);
  };
  const kind = (id: string) => {
    const k = organizationKinds.find((x) => x.id === id);
    return term(`${HSDS_TAXONOMY.prefixes.kind}${id}`, k?.label ?? id, k?.description ?? k?.label ?? id);
  };
  const level = (id: string) => term(`${HSDS_TAXONOMY.prefixes.level}${id}`, `${id[0]!.toUpperCase()}${id.slice(1)} organization`, `An organization working at the ${id} level.`);
  return { category, kind, level };
}

/** An attribute linking a term to a record, its id keyed by the record and the term. */
function attribute(idFor: IdFor, linkType: "organization" | "service", linkId: string, localKey: string, term: HsdsTaxonomyTerm): HsdsAttribute {
  return { id: idFor("attribute", `${localKey}@${term.code}`), link_id: linkId, link_type: linkType, link_entity: linkType, taxonomy_term_id: term.id, taxonomy_term: term };
}

/** The service area in a directory's words: "Dane County, WI", the ZIP codes, tribal lands. */
function serviceAreaOf(org: Organization, serviceId: string, idFor: IdFor, key: string): HsdsService["service_areas"] {
  const a = org.serviceArea;
  if (!a) return [];
  const place = [a.counties?.length ? `${a.counties.join(", ")} ${a.counties.length > 1 ? "counties" : "County"}` : undefined, a.state].filter(Boolean).join(", ");
  const parts = [a.description, a.zipCodes?.length ? `ZIP codes ${a.zipCodes.join(", ")}` : undefined, a.tribalLands?.length ? `tribal lands: ${a.tribalLands.join(", ")}` : undefined].filter(Boolean);
  const name = place || a.description || a.tribalLands?.join(", ") || (a.zipCodes?.length ? `ZIP codes ${a.zipCodes.join(", ")}` : "");
  if (!name) return [];
  const area: HsdsService["service_areas"][number] = { id: idFor("service_area", key), service_id: serviceId, name };
  if (parts.length) area.description = parts.join("; ");
  return [area];
}

function locationOf(org: Organization, orgId: string, idFor: IdFor): HsdsLocation | undefined {
  const a = org.address;
  if (!a) return undefined;
  const id = idFor("location", org.id);
  const address: HsdsLocation["addresses"][number] = { id: idFor("address", org.id), location_id: id, address_1: a.street, city: a.city, state_province: a.state, postal_code: a.postalCode, country: "US", address_type: "physical" };
  if (a.street2) address.address_2 = a.street2;
  return { id, location_type: "physical", organization_id: orgId, name: org.name, addresses: [address] };
}

/** A service of the organization: what the directory reader sees, where and for what area. */
function service(org: Organization, orgId: string, location: HsdsLocation | undefined, idFor: IdFor, key: string, words: { name: string; description: string }, term: HsdsTaxonomyTerm): HsdsService {
  const id = idFor("service", key);
  return {
    id,
    organization_id: orgId,
    ...words,
    status: "active",
    service_areas: serviceAreaOf(org, id, idFor, key),
    service_at_locations: location ? [{ id: idFor("service_at_location", key), service_id: id, location_id: location.id }] : [],
    attributes: [attribute(idFor, "service", id, key, term)],
  };
}

/**
 * One service per partner category the organization serves, described for a directory reader; an
 * organization in no category (a state office) gets one service named by its kind.
 */
function servicesOf(org: Organization, orgId: string, kindLabel: string, location: HsdsLocation | undefined, idFor: IdFor, terms: ReturnType<typeof termMaker>): HsdsService[] {
  const categories = categoriesOf(org);
  if (categories.length === 0) return [service(org, orgId, location, idFor, `${org.id}#kind`, { name: kindLabel, description: `${org.name} is a ${kindLabel.toLowerCase()}.` }, terms.kind(org.kind))];
  return categories.map((categoryId) => {
    const category = partnerCategories.find((c) => c.id === categoryId)!;
    const words = {
      name: category.label,
      description: `${org.name} is a ${kindLabel.toLowerCase()}. It works with early childhood programs as a community partner for ${category.label.toLowerCase()} (45 CFR 1302.53(a)(2)${category.paragraph}).`,
    };
    return service(org, orgId, location, idFor, `${org.id}#${categoryId}`, words, terms.category(categoryId));
  });
}

/**
 * Exports a portfolio's organizations as Open Referral Human Services Data Specification 3
 * `organization` records, in the shape of the specification's `organization_full`, so a community
 * directory or a referral platform can load what each partner does:
 *
 * - the required `id`, `name` and `description` (the kind's label), and `website`;
 * - `contacts` with their `phones`; `funding`, one record per source of a plan the organization
 *   owns (HSDS funding has no amount field, so `source` says the stream, amount and period in words);
 * - `organization_identifiers`: the organization's id in the portfolio (scheme `ece-partnerships`),
 *   so an import finds it again;
 * - `attributes`: its kind, further kinds and level as terms of the library's taxonomy
 *   ({@link HSDS_TAXONOMY}, the terms embedded with their `taxonomy_detail`);
 * - `services`: one per partner category of 45 CFR 1302.53(a)(2) the organization serves, named
 *   by the category, described in words, tagged with the category's term (an organization in no
 *   category, such as a state office, gets one service named by its kind), with a `service_area`
 *   from the organization's service area and a `service_at_location` where it records an address;
 * - `locations`: a physical location with its address, where one is recorded.
 *
 * HSDS requires UUIDs for every `id`; the library makes no random or hashed ids of its own (it is
 * pure), so the caller injects `idFor(kind, localKey)`, for example a UUIDv5 of the key, and must
 * return the same UUID for the same arguments. `organizations` selects which to export (default:
 * all, in portfolio order). The fields written before 0.3.0 (`id`, `name`, `description`,
 * `contacts`, `funding`) are unchanged. Complexity: O(organizations × categories + contacts + plans).
 *
 * @throws {TypeError} When `options.idFor` is not a function.
 * @example
 * ```ts
 * import { PortfolioSchema, toHsds } from "ece-partnerships";
 * const portfolio = PortfolioSchema.parse({
 *   schemaVersion: 2,
 *   organizations: [{
 *     id: "clinic", name: "Valley Clinic", kind: "health-provider", level: "local",
 *     contacts: [{ name: "Dr. Ade", email: "ade@valley.example", phone: "608-555-0100" }],
 *     serviceArea: { state: "WI", counties: ["Dane"] },
 *     address: { street: "12 Oak St", city: "Madison", state: "WI", postalCode: "53704" },
 *   }],
 * });
 * let n = 0;
 * const ids = new Map<string, string>();
 * const idFor = (kind: string, key: string) => ids.get(`${kind}:${key}`) ?? (ids.set(`${kind}:${key}`, `00000000-0000-4000-8000-${String(++n).padStart(12, "0")}`), ids.get(`${kind}:${key}`)!);
 * const [org] = toHsds(portfolio, { idFor });
 * org?.description; //=> "Health care provider"
 * org?.services.map((s) => s.name); //=> ["Health care"]
 * org?.services[0]?.service_areas[0]?.name; //=> "Dane County, WI"
 * org?.locations[0]?.addresses[0]?.postal_code; //=> "53704"
 * org?.attributes.map((a) => a.taxonomy_term.code); //=> ["organization-kind:health-provider", "organization-level:local"]
 * org?.organization_identifiers[0]?.identifier; //=> "clinic"
 * ```
 * @category Directory
 */
export function toHsds(portfolio: Pick<Portfolio, "organizations" | "fundingPlans">, options: { idFor: (kind: HsdsIdKind, localKey: string) => string; organizations?: readonly string[] }): HsdsOrganization[] {
  const idFor = options?.idFor;
  requireCollections(portfolio, ["organizations", "fundingPlans"], "toHsds");
  if (typeof idFor !== "function") throw new TypeError("toHsds needs options.idFor: a function that gives each record its HSDS id (HSDS ids are UUIDs)");
  const only = options.organizations ? new Set(options.organizations) : undefined;
  const streams = new Map(fundingStreams.map((s) => [s.id, s.label]));
  for (const [old, current] of Object.entries(fundingStreamAliases)) streams.set(old, streams.get(current)!);
  const kindLabels = new Map(organizationKinds.map((k) => [k.id, k.label]));
  const plansByOwner = new Map<string, Portfolio["fundingPlans"]>();
  for (const plan of portfolio.fundingPlans ?? []) if (plan.owner.kind === "program") groupInto(plansByOwner, plan.owner.id, plan);
  // A plan's own streams are its own: two plans may give the same stream id different labels.
  const streamLabel = (plan: Portfolio["fundingPlans"][number], streamId: string) => plan.streams.find((s) => s.id === streamId)?.label ?? streams.get(streamId) ?? streamId;
  const terms = termMaker(idFor);
  const out: HsdsOrganization[] = [];
  for (const org of portfolio.organizations) {
    if (only && !only.has(org.id)) continue;
    const id = idFor("organization", org.id);
    const contacts = org.contacts.map((c, i) => {
      const contactId = idFor("contact", `${org.id}#${i}`);
      const contact: HsdsOrganization["contacts"][number] = { id: contactId, organization_id: id, name: c.name, phones: c.phone ? [{ id: idFor("phone", `${org.id}#${i}`), number: c.phone }] : [] };
      if (c.role) contact.title = c.role;
      if (c.email) contact.email = c.email;
      return contact;
    });
    const funding = (plansByOwner.get(org.id) ?? []).flatMap((plan) =>
      plan.sources.map((s) => ({
        id: idFor("funding", `${plan.id}#${s.id}`),
        organization_id: id,
        source: `${streamLabel(plan, s.streamId)}: ${formatCents(s.amount)} ${s.form === "in-kind" ? "in kind" : "cash"}, ${plan.period.start} to ${plan.period.end}`,
      })),
    );
    const location = locationOf(org, id, idFor);
    const kindLabel = kindLabels.get(org.kind) ?? org.kind;
    const record: HsdsOrganization = {
      id,
      name: org.name,
      description: kindLabel,
      contacts,
      funding,
      organization_identifiers: [{ id: idFor("organization_identifier", org.id), organization_id: id, identifier_scheme: HSDS_TAXONOMY.name, identifier_type: "local id", identifier: org.id }],
      attributes: [
        ...[...new Set([org.kind, ...(org.otherKinds ?? [])])].map((k) => attribute(idFor, "organization", id, org.id, terms.kind(k))),
        attribute(idFor, "organization", id, org.id, terms.level(org.level)),
        ...[...new Set(org.categories ?? [])].map((c) => attribute(idFor, "organization", id, org.id, terms.category(c))),
      ],
      locations: location ? [location] : [],
      services: servicesOf(org, id, kindLabel, location, idFor, terms),
    };
    if (org.website) record.website = org.website;
    out.push(record);
  }
  return out;
}
