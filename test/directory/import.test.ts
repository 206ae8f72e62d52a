import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { categoriesOf, fromHsds, organizationKinds, partnerCategoryIds, toHsds, type Organization } from "../../src/index.js";

const directory = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "docs", "examples", "directory.json"), "utf8"));
const asOf = "2025-09-01";
const uuid = (n: number) => `6f1c0000-0000-4000-8000-${String(n).padStart(12, "0")}`;

describe("fromHsds", () => {
  it("reads the example directory (a list response of 32 organization_full records) across all eight categories", () => {
    const r = fromHsds(directory, { asOf });
    expect(r.organizations).toHaveLength(32);
    const covered = new Set(r.organizations.flatMap((o) => categoriesOf(o)));
    expect([...covered].sort()).toEqual([...partnerCategoryIds].sort());
    const byName = new Map(r.organizations.map((o) => [o.name, o]));
    expect(byName.get("Unidos Against Domestic Violence")?.kind).toBe("domestic-violence-provider");
    expect(byName.get("Madison College")?.kind).toBe("higher-education");
    expect(byName.get("Sunny Days Family Child Care")?.kind).toBe("family-child-care-home");
    expect(byName.get("Unidos Against Domestic Violence")?.serviceArea).toEqual({ state: "WI", counties: ["Dane"] });
    expect(byName.get("Porchlight Family Shelter")?.address).toEqual({ street: "306 N Brooks St", city: "Madison", state: "WI", postalCode: "53715" });
    // The HSDS ids stay with the organization.
    const first = directory.contents[0];
    expect(r.organizations[0]?.extensions?.hsds).toEqual({ organizationId: first.id, serviceIds: [first.services[0].id], importedOn: asOf });
  });

  it("reports every term it could not map, and the organizations it read from nothing as other", () => {
    const r = fromHsds(directory, { asOf });
    expect(r.unmapped.map((u) => u.name)).toEqual(["Checkup & Test", "Spanish Language Services", "Legal Aid", "Immigration Legal Services", "Bus Passes", "Transportation", "Clothing", "Baby Supplies"]);
    expect(r.unmapped.every((u) => u.taxonomy === "Open Eligibility" && u.organizations.length === 1)).toBe(true);
    const other = r.inferences.filter((i) => i.kindFrom.source === "none").map((i) => r.organizations.find((o) => o.id === i.organizationId)?.name);
    expect(other).toEqual(["Dane Legal Aid", "Metro Ride Assist", "Kids Closet"]);
    const parents = r.inferences.find((i) => i.services.includes("Parent cafés"));
    expect(parents?.kindFrom).toEqual({ source: "term", value: "Support Groups", word: "support group*" });
  });

  it("leaves out unnamed contacts with an issue each, and returns bad records as issues with paths, never throwing", () => {
    const r = fromHsds(directory, { asOf });
    expect(r.issues).toHaveLength(8);
    expect(r.issues[0]?.pathText).toBe("contents[3].contacts[0].name");
    const bad = fromHsds([null, { id: uuid(1) }, { id: uuid(2), name: "No services", description: "x", website: "not a url" }, { id: uuid(3), name: "A service", status: "active" }], { asOf });
    expect(bad.issues.map((i) => [i.pathText, i.code])).toEqual([
      ["[0]", "invalid_type"],
      ["[1].name", "required"],
      ["[2].website", "invalid_format"],
      ["[3].organization", "required"],
    ]);
    expect(bad.organizations.map((o) => [o.name, o.kind, o.website])).toEqual([["No services", "other", undefined]]);
  });

  it("keeps an organization whose contact has a bad email, leaving the email out with an issue", () => {
    const r = fromHsds({ id: uuid(5), name: "Kids Closet", description: "Clothing", contacts: [{ id: uuid(6), name: "Lena Berg", email: "lena at closet" }] }, { asOf });
    expect(r.organizations[0]?.contacts).toEqual([{ name: "Lena Berg" }]);
    expect(r.issues.map((i) => [i.pathText, i.message])).toEqual([["contacts[0].email", '"lena at closet" is not an email address; left out']]);
  });

  test.prop([fc.anything({ withObjectString: true, withNullPrototype: true })], { numRuns: 200 })("never throws on any input", (input) => {
    const r = fromHsds(input, { asOf });
    expect(Array.isArray(r.organizations) && Array.isArray(r.issues)).toBe(true);
  });

  it("gathers services given one by one (service_full) under their organization", () => {
    const org = { id: uuid(10), name: "Valley Pediatrics", description: "Clinic" };
    const r = fromHsds({ contents: [{ id: uuid(11), name: "Well-child visits", status: "active", organization: org }, { id: uuid(12), name: "Dental varnish", status: "active", organization: org }] }, { asOf });
    expect(r.organizations).toHaveLength(1);
    expect(r.inferences[0]?.services).toEqual(["Well-child visits", "Dental varnish"]);
    expect(r.organizations[0]?.kind).toBe("dental-provider");
  });

  it("reads service_at_location records: the service, its organization and the location's address", () => {
    const org = { id: uuid(40), name: "Porchlight Family Shelter", description: "Emergency shelter" };
    const r = fromHsds(
      {
        total_items: 1,
        contents: [{
          id: uuid(41),
          description: "Family shelter at Brooks Street",
          service: { id: uuid(42), name: "Family shelter", status: "active", organization: org },
          location: { id: uuid(43), location_type: "physical", addresses: [{ id: uuid(44), address_1: "306 N Brooks St", city: "Madison", state_province: "WI", postal_code: "53715", country: "US", address_type: "physical" }] },
        }],
      },
      { asOf },
    );
    expect(r.issues).toEqual([]);
    expect(r.organizations.map((o) => [o.name, o.kind, o.address?.street])).toEqual([["Porchlight Family Shelter", "homelessness-services", "306 N Brooks St"]]);
    expect(r.inferences[0]?.services).toEqual(["Family shelter"]);
  });

  it("imports a Head Start program as other, its program kind kept (HSDS has no program details)", () => {
    const r = fromHsds({ id: uuid(20), name: "Lakeview Head Start", description: "Head Start preschool" }, { asOf });
    expect(r.organizations[0]?.kind).toBe("other");
    expect(r.organizations[0]?.extensions?.hsds).toMatchObject({ programKind: "head-start-preschool" });
  });

  it("uses idFor for ids when the records carry no ece-partnerships identifier", () => {
    const r = fromHsds({ id: uuid(30), name: "Central Library", description: "Public library" }, { asOf, idFor: (_id, name) => name.toLowerCase().replace(/\s+/g, "-") });
    expect(r.organizations[0]?.id).toBe("central-library");
  });
});

// Partner organizations as an app records them (Head Start programs need program details HSDS does not carry).
const partnerKinds = organizationKinds.filter((k) => !k.program).map((k) => k.id);
const text = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() === s && s.trim() !== "");
const organization: fc.Arbitrary<Organization> = fc
  .record(
    {
      id: fc.oneof(text, fc.constantFrom("constructor", "__proto__", "ñandú", "組織")),
      name: text,
      kind: fc.constantFrom(...partnerKinds),
      otherKinds: fc.uniqueArray(fc.constantFrom(...partnerKinds), { maxLength: 2 }),
      categories: fc.uniqueArray(fc.constantFrom(...partnerCategoryIds), { maxLength: 2 }),
      level: fc.constantFrom("federal", "state", "tribal", "regional", "county", "local" as const),
      contacts: fc.array(fc.record({ name: text, role: fc.option(text, { nil: undefined }), email: fc.option(fc.constantFrom("intake@example.org", "ana.gomez@example.com"), { nil: undefined }), phone: fc.option(fc.constantFrom("608-555-0100", "(608) 555-0199"), { nil: undefined }) }), { maxLength: 2 }),
      serviceArea: fc.option(fc.record({ state: fc.constantFrom("WI", "IL"), counties: fc.uniqueArray(fc.constantFrom("Dane", "Rock", "Green"), { minLength: 1, maxLength: 2 }) }), { nil: undefined }),
      address: fc.option(fc.record({ street: text, city: text, state: fc.constantFrom("WI", "PR"), postalCode: fc.constantFrom("53704", "00901-1234") }), { nil: undefined }),
    },
    { requiredKeys: ["id", "name", "kind", "level", "contacts"] },
  )
  .map((o) => {
    const out = { ...o } as Organization;
    for (const c of out.contacts) for (const k of Object.keys(c) as (keyof typeof c)[]) if (c[k] === undefined) delete c[k];
    if (!o.otherKinds?.length) delete out.otherKinds;
    if (!o.categories?.length) delete out.categories;
    for (const k of ["serviceArea", "address"] as const) if (out[k] === undefined) delete out[k];
    return out;
  });

describe("round trip: toHsds then fromHsds", () => {
  test.prop([fc.uniqueArray(organization, { selector: (o) => o.id, maxLength: 6 })], { numRuns: 150 })(
    "gives back the same organizations: ids, names, kinds, levels, categories, contacts, addresses, service areas",
    (organizations) => {
      let n = 0;
      const ids = new Map<string, string>();
      const idFor = (kind: string, key: string) => ids.get(`${kind}\u0000${key}`) ?? (ids.set(`${kind}\u0000${key}`, uuid(++n)), uuid(n));
      const back = fromHsds(toHsds({ organizations, fundingPlans: [] }, { idFor }), { asOf });
      expect(back.issues).toEqual([]);
      expect(back.unmapped).toEqual([]);
      expect(back.organizations.map(({ extensions: _, ...o }) => o)).toEqual(organizations.map((o) => ({ ...o, ...(o.otherKinds ? { otherKinds: o.otherKinds.filter((k) => k !== o.kind) } : {}) })).map((o) => (o.otherKinds?.length === 0 ? (({ otherKinds: _o, ...rest }) => rest)(o) : o)));
      expect(back.organizations.map((o) => categoriesOf(o))).toEqual(organizations.map((o) => categoriesOf(o)));
    },
  );
});
