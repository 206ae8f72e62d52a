import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { fundingStreams, organizationKinds, parsePortfolio, partnerCategories, toHsds, HSDS_TAXONOMY, type Portfolio } from "../../src/index.js";

const raw = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "docs", "examples", "community.json"), "utf8"));
const parsed = parsePortfolio(raw);
if (!parsed.ok) throw new Error(parsed.error.message);
const community: Portfolio = parsed.value;

/** UUIDs in issue order, one per (kind, key), as an app's UUIDv5 would give. */
function uuids() {
  const issued = new Map<string, string>();
  const idFor = (kind: string, key: string) => {
    const k = `${kind}:${key}`;
    if (!issued.has(k)) issued.set(k, `6f1c0000-0000-4000-8000-${String(issued.size + 1).padStart(12, "0")}`);
    return issued.get(k)!;
  };
  return { issued, idFor };
}

// The HSDS 3.0 compiled organization schema's rules (required fields, types, formats,
// enumerations, no properties beyond the specification), derived into the project's fixtures.
const schema = JSON.parse(readFileSync(join(import.meta.dirname, "..", "fixtures", "hsds", "organization.schema.json"), "utf8"));
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
const validate = ajv.compile(schema);

describe("toHsds", () => {
  it("writes every organization of the example community as a valid HSDS 3 organization", () => {
    const orgs = toHsds(community, uuids());
    expect(orgs).toHaveLength(community.organizations.length);
    for (const o of orgs) {
      const name = o.name;
      const ok = validate(o);
      expect(ok ? [] : validate.errors!.map((e) => `${name}: ${e.instancePath} ${e.message}`)).toEqual([]);
    }
  });

  it("the schema check itself refuses what HSDS does not allow", () => {
    const [org] = toHsds(community, { ...uuids(), organizations: ["valley-clinic"] });
    expect(validate(org)).toBe(true);
    expect(validate({ ...org, level: "local" })).toBe(false);
    expect(validate({ ...org, id: "valley-clinic" })).toBe(false);
    expect(validate({ ...org, services: [{ ...org!.services[0]!, status: "open" }] })).toBe(false);
    expect(validate({ ...org, description: undefined })).toBe(false);
  });

  it("gives each partner a service per partner category, with its area, location and terms", () => {
    const { idFor } = uuids();
    const clinic = toHsds(community, { idFor, organizations: ["valley-clinic"] })[0]!;
    expect(clinic.services.map((s) => [s.name, s.status])).toEqual([["Health care", "active"]]);
    const service = clinic.services[0]!;
    expect(service.description).toBe(`${clinic.name} is a health care provider. It works with early childhood programs as a community partner for health care (45 CFR 1302.53(a)(2)(i)).`);
    expect(service.attributes.map((a) => a.taxonomy_term.code)).toEqual(["partner-category:health"]);
    expect(service.attributes[0]!.taxonomy_term.taxonomy_detail?.name).toBe(HSDS_TAXONOMY.name);
    expect(clinic.locations[0]?.addresses[0]).toMatchObject({ address_1: "410 Fair Oaks Ave", city: "Madison", state_province: "WI", postal_code: "53714", country: "US", address_type: "physical" });
    expect(service.service_at_locations).toEqual([{ id: expect.any(String), service_id: service.id, location_id: clinic.locations[0]!.id }]);
    expect(clinic.website).toBe("https://valley-clinic.example.org");
    const sunrise = toHsds(community, { idFor, organizations: ["sunrise-hs"] })[0]!;
    expect(sunrise.services[0]?.service_areas).toEqual([{ id: expect.any(String), service_id: sunrise.services[0]!.id, name: "Dane County, WI", description: "ZIP codes 53704, 53714, 53716" }]);
    expect(sunrise.attributes.map((a) => a.taxonomy_term.code)).toEqual(["organization-kind:head-start-preschool", "organization-kind:early-head-start", "organization-level:local"]);
    expect(sunrise.organization_identifiers).toEqual([{ id: expect.any(String), organization_id: sunrise.id, identifier_scheme: "ece-partnerships", identifier_type: "local id", identifier: "sunrise-hs" }]);
  });

  it("names every term of the vocabulary from the catalogs, with its citation", () => {
    const { idFor } = uuids();
    const org = (kind: (typeof organizationKinds)[number]["id"]) => ({ id: kind, name: kind, kind: "other" as const, otherKinds: [kind], level: "local" as const, contacts: [], categories: partnerCategories.map((c) => c.id) });
    const out = toHsds({ organizations: [org("library")], fundingPlans: [] }, { idFor });
    const terms = out[0]!.attributes.map((a) => a.taxonomy_term);
    expect(terms.filter((t) => t.code.startsWith("partner-category:")).map((t) => t.description)).toEqual(partnerCategories.map((c) => `${c.description} (45 CFR 1302.53(a)(2)${c.paragraph})`));
    expect(out[0]!.services).toHaveLength(8);
  });

  it("keeps the fields written before (ids, names, descriptions, contacts, funding)", () => {
    const { issued, idFor } = uuids();
    const orgs = toHsds(community, { idFor });
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
    for (const o of orgs) {
      expect(o.id).toMatch(uuid);
      expect(o.name.length && o.description.length).toBeTruthy();
      for (const c of o.contacts) expect(c.organization_id).toBe(o.id);
    }
    const sunrise = orgs[0]!;
    expect(sunrise.funding).toHaveLength(7);
    expect(sunrise.funding[0]).toEqual({ id: issued.get("funding:fp-sunrise-2025#hs-grant"), organization_id: sunrise.id, source: "Head Start Preschool: $3,840,000.00 cash, 2025-07-01 to 2026-06-30" });
    expect(toHsds(community, { idFor })).toEqual(orgs);
    expect(toHsds(community, { idFor, organizations: ["dane-cps"] }).map((o) => o.name)).toEqual(["Dane County Child Protective Services"]);
  });

  it("labels funding with each plan's own streams: two plans may give one stream id different labels", () => {
    const plan = (id: string, owner: string, label: string) => ({
      id, owner: { kind: "program" as const, id: owner }, period: { start: "2025-07-01", end: "2026-06-30" },
      streams: [{ ...fundingStreams[0]!, id: "county-grant", label }], sources: [{ id: "g", streamId: "county-grant", amount: 100, form: "cash" as const, restrictions: [] }], costItems: [],
    });
    const org = (id: string) => ({ id, name: id, kind: "head-start-preschool" as const, level: "local" as const, contacts: [] });
    const out = toHsds({ organizations: [org("a"), org("b")], fundingPlans: [plan("pa", "a", "Dane County grant"), plan("pb", "b", "Rock County grant")] }, { idFor: (kind, key) => `${kind}:${key}` });
    expect(out.map((o) => o.funding[0]?.source)).toEqual(["Dane County grant: $1.00 cash, 2025-07-01 to 2026-06-30", "Rock County grant: $1.00 cash, 2025-07-01 to 2026-06-30"]);
  });

  it("refuses a missing idFor with a TypeError", () => {
    expect(() => toHsds(community, { idFor: undefined as never })).toThrow(TypeError);
  });
});
