import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fromHsds, parsePortfolio, suggestPartners, type Organization, type Portfolio } from "../../src/index.js";

const read = (file: string) => JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "docs", "examples", file), "utf8"));
const parsed = parsePortfolio(read("community.json"));
if (!parsed.ok) throw new Error(parsed.error.message);
const community: Portfolio = parsed.value;
const asOf = "2025-09-01";
const directory = fromHsds(read("directory.json"), { asOf });

describe("suggestPartners", () => {
  it("finds the domestic-violence partner Sunrise's community assessment asks for, Spanish-speaking first", () => {
    const s = suggestPartners(community, "sunrise-hs", directory, { asOf });
    expect(s.gaps.map((g) => g.category)).toEqual(["education-culture", "economic-stability", "domestic-violence"]);
    expect(s.unmetNeeds).toEqual([{ id: "dv", label: "Domestic violence supports in Spanish", categories: ["domestic-violence"] }]);
    const [first, second] = s.suggestions;
    expect(first?.organization.name).toBe("Unidos Against Domestic Violence");
    expect(first?.needs).toEqual([{ id: "dv", label: "Domestic violence supports in Spanish" }]);
    expect(first?.closes).toEqual(["domestic-violence"]);
    expect(first?.area).toBe("county");
    expect(first?.score).toBe(75);
    expect(first?.reasons).toEqual([
      'answers a need of the community assessment: Domestic violence supports in Spanish (its services say "spanish")',
      'closes the category gap "domestic violence" (45 CFR 1302.53(a)(2))',
      'lists the service "Apoyo para familias"',
      "serves the program's county",
    ]);
    expect(second?.organization.name).toBe("Safe Harbor");
    // Nearer first among equals: the Rock County provider, then the one in Illinois.
    const dv = s.suggestions.filter((x) => x.closes.includes("domestic-violence")).map((x) => [x.organization.name, x.area]);
    expect(dv).toEqual([
      ["Unidos Against Domestic Violence", "county"],
      ["Safe Harbor", "county"],
      ["Rock County Safe Families", "state"],
      ["Chicago Family Violence Center", "outside"],
    ]);
  });

  it("never suggests an organization that already partners with the program, and says which it left out", () => {
    const s = suggestPartners(community, "sunrise-hs", directory, { asOf, limit: 50 });
    const names = s.suggestions.map((x) => x.organization.name);
    for (const partner of ["Little Acorns Learning Center", "Dane County Child Protective Services"]) expect(names).not.toContain(partner);
    expect(s.alreadyPartners.map((id) => directory.organizations.find((o) => o.id === id)?.name).sort()).toEqual(
      directory.organizations.filter((o) => community.organizations.some((c) => c.name === o.name && ["little-acorns", "dane-cps", "valley-clinic", "madison-sd", "dane-housing", "dane-ccrr"].includes(c.id))).map((o) => o.name).sort(),
    );
    // Everything suggested closes a gap or answers a need.
    expect(s.suggestions.every((x) => x.closes.length > 0 || x.needs.length > 0)).toBe(true);
  });

  it("takes a plain list of organizations, and caps the list with limit", () => {
    const plain: Organization[] = [
      { id: "museum", name: "Art Museum", kind: "museum", level: "local", contacts: [] },
      { id: "clinic", name: "Another Clinic", kind: "health-provider", level: "local", contacts: [] },
    ];
    const s = suggestPartners(community, "sunrise-hs", plain, { asOf, limit: 1 });
    expect(s.suggestions.map((x) => [x.organization.id, x.area, x.services])).toEqual([["museum", "unknown", []]]);
    expect(suggestPartners(community, "sunrise-hs", plain, { asOf, limit: 0 }).suggestions).toEqual([]);
  });

  it("refuses a bad date, limit or program with a RangeError", () => {
    expect(() => suggestPartners(community, "sunrise-hs", [], { asOf: "2025-02-30" })).toThrow(RangeError);
    expect(() => suggestPartners(community, "sunrise-hs", [], { asOf, limit: -1 })).toThrow(/limit/);
    expect(() => suggestPartners(community, "valley-clinic", [], { asOf })).toThrow(/not a program/);
  });
});
