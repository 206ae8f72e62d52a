/**
 * An HSDS 3 taxonomy term as {@link toHsds} writes it inside an attribute: the term, and the
 * taxonomy it belongs to (`taxonomy_detail`).
 *
 * @example
 * ```ts
 * import type { HsdsTaxonomyTerm } from "ece-partnerships";
 * const t: HsdsTaxonomyTerm = { id: "…", code: "partner-category:health", name: "Health care", description: "Health care providers", taxonomy: "ece-partnerships" };
 * t.code; //=> "partner-category:health"
 * ```
 * @category Directory
 */
export interface HsdsTaxonomyTerm {
  id: string;
  code: string;
  name: string;
  description: string;
  taxonomy: string;
  taxonomy_id?: string;
  taxonomy_detail?: { id: string; name: string; description: string; version: string };
}

/**
 * An HSDS 3 attribute: a taxonomy term attached to an organization or a service.
 *
 * @example
 * ```ts
 * import type { HsdsAttribute } from "ece-partnerships";
 * const a: Pick<HsdsAttribute, "link_type"> = { link_type: "service" };
 * a.link_type; //=> "service"
 * ```
 * @category Directory
 */
export interface HsdsAttribute {
  id: string;
  link_id: string;
  link_type: "organization" | "service";
  link_entity: "organization" | "service";
  taxonomy_term_id: string;
  taxonomy_term: HsdsTaxonomyTerm;
}

/**
 * An HSDS 3 service as {@link toHsds} writes it: one per partner category an organization serves,
 * with the area it serves, where it is offered and its taxonomy terms.
 *
 * @example
 * ```ts
 * import type { HsdsService } from "ece-partnerships";
 * const s: Pick<HsdsService, "status"> = { status: "active" };
 * s.status; //=> "active"
 * ```
 * @category Directory
 */
export interface HsdsService {
  id: string;
  organization_id: string;
  name: string;
  description: string;
  status: "active";
  service_areas: { id: string; service_id: string; name: string; description?: string }[];
  service_at_locations: { id: string; service_id: string; location_id: string }[];
  attributes: HsdsAttribute[];
}

/**
 * An HSDS 3 location with its address, written where an organization records one.
 *
 * @example
 * ```ts
 * import type { HsdsLocation } from "ece-partnerships";
 * const l: Pick<HsdsLocation, "location_type"> = { location_type: "physical" };
 * l.location_type; //=> "physical"
 * ```
 * @category Directory
 */
export interface HsdsLocation {
  id: string;
  location_type: "physical";
  organization_id: string;
  name: string;
  addresses: {
    id: string;
    location_id: string;
    address_1: string;
    address_2?: string;
    city: string;
    state_province: string;
    postal_code: string;
    country: "US";
    address_type: "physical";
  }[];
}

/**
 * An Open Referral HSDS 3 organization, as {@link toHsds} writes it (the shape of the
 * specification's `organization_full`): the required `id` (UUID), `name` and `description`;
 * contacts with phones; funding records; the organization's local id as an
 * `organization_identifiers` entry; its kind and level as attributes; its services and locations.
 *
 * @example
 * ```ts
 * import type { HsdsOrganization } from "ece-partnerships";
 * const o: Pick<HsdsOrganization, "name" | "description"> = { name: "Valley Clinic", description: "Health care provider" };
 * o.name; //=> "Valley Clinic"
 * ```
 * @category Directory
 */
export interface HsdsOrganization {
  id: string;
  name: string;
  description: string;
  website?: string;
  contacts: { id: string; organization_id: string; name: string; title?: string; email?: string; phones: { id: string; number: string }[] }[];
  funding: { id: string; organization_id: string; source: string }[];
  organization_identifiers: { id: string; organization_id: string; identifier_scheme: string; identifier_type: string; identifier: string }[];
  attributes: HsdsAttribute[];
  locations: HsdsLocation[];
  services: HsdsService[];
}

/**
 * The kinds of ids {@link toHsds} asks `idFor` for.
 *
 * @example
 * ```ts
 * import type { HsdsIdKind } from "ece-partnerships";
 * const k: HsdsIdKind = "service";
 * k; //=> "service"
 * ```
 * @category Directory
 */
export type HsdsIdKind =
  | "organization"
  | "contact"
  | "phone"
  | "funding"
  | "organization_identifier"
  | "attribute"
  | "service"
  | "service_area"
  | "service_at_location"
  | "location"
  | "address"
  | "taxonomy"
  | "taxonomy_term";
