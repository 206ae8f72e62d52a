import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import * as z from "zod";
import { edit, editPortfolio, entitySchema, IsoDateSchema, parsePortfolio, PortfolioSchema, type Portfolio } from "../../src/index.js";

const raw = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "docs", "examples", "community.json"), "utf8"));
const parsed = parsePortfolio(raw);
if (!parsed.ok) throw new Error(parsed.error.message);
const community: Portfolio = parsed.value;
const at = "2025-09-01";

type Recipe = (d: Record<string, unknown> & Portfolio) => void;
const pick = (n: number, length: number) => n % Math.max(1, length);

// Valid and invalid edits, at every depth: a field of an item, an item added or removed, a whole
// collection deleted (its default comes back) or replaced, a top-level field, an unknown key.
const recipe: fc.Arbitrary<Recipe> = fc.oneof(
  fc.tuple(fc.nat(), fc.constantFrom("active", "ended", "bogus")).map(([i, status]): Recipe => (d) => {
    if (d.partnerships.length) (d.partnerships[pick(i, d.partnerships.length)] as { status: string }).status = status;
  }),
  fc.tuple(fc.nat(), fc.constantFrom("2025-02-28", "2025-02-30", "someday")).map(([i, date]): Recipe => (d) => {
    const a = d.agreements[pick(i, d.agreements.length)];
    if (a) a.effectiveDate = date;
  }),
  fc.tuple(fc.nat(), fc.constantFrom("constructor", "colour", "extensions")).map(([i, key]): Recipe => (d) => {
    const o = d.organizations[pick(i, d.organizations.length)] as Record<string, unknown> | undefined;
    if (o) o[key] = key === "extensions" ? { "x-app": 1 } : "blue";
  }),
  fc.nat().map((i): Recipe => (d) => {
    const p = d.partnerships[pick(i, d.partnerships.length)] as Record<string, unknown> | undefined;
    if (p) delete p.meetings; // a default comes back
  }),
  fc.nat().map((i): Recipe => (d) => {
    const p = d.partnerships[pick(i, d.partnerships.length)] as Record<string, unknown> | undefined;
    if (p) delete p.parties; // required
  }),
  fc.nat().map((i): Recipe => (d) => {
    if (d.agreements.length) d.agreements.splice(pick(i, d.agreements.length), 1);
  }),
  fc.constant<Recipe>((d) => {
    d.partnerships.push({ id: "new", parties: ["sunrise-hs"], status: "exploring" } as never);
  }),
  fc.tuple(fc.nat(), fc.nat(), fc.constantFrom("sunrise-hs", "ghost", "lakeshore-ths")).map(([i, j, org]): Recipe => (d) => {
    const p = d.partnerships[pick(i, d.partnerships.length)];
    if (p?.parties) p.parties[pick(j, p.parties.length)] = org;
  }),
  fc.tuple(fc.nat(), fc.constantFrom("sunrise-hs", "renamed", "p-ghost")).map(([i, id]): Recipe => (d) => {
    const o = d.organizations[pick(i, d.organizations.length)];
    if (o) o.id = id; // a repeated id, or one others refer to disappearing
  }),
  fc.tuple(fc.nat(), fc.nat()).map(([i, j]): Recipe => (d) => {
    const a = d.agreements[pick(i, d.agreements.length)];
    const b = d.agreements[pick(j, d.agreements.length)];
    if (a && b) a.id = b.id;
  }),
  fc.nat().map((i): Recipe => (d) => {
    if (d.organizations.length) d.organizations.splice(pick(i, d.organizations.length), 1);
  }),
  fc.tuple(fc.nat(), fc.constantFrom("ghost-agreement", "mou-sunrise-lea")).map(([i, id]): Recipe => (d) => {
    const p = d.partnerships[pick(i, d.partnerships.length)];
    if (p?.agreementIds) p.agreementIds.push(id);
  }),
  // The collections of format version 2: references, dates in order, cross-field rules.
  fc.tuple(fc.nat(), fc.constantFrom("valley-clinic", "ghost", "sunrise-hs")).map(([i, org]): Recipe => (d) => {
    const r = d.referrals[pick(i, d.referrals.length)];
    if (r) r.partnerId = org;
  }),
  fc.tuple(fc.nat(), fc.constantFrom("2025-01-01", "2025-12-31")).map(([i, date]): Recipe => (d) => {
    const r = d.referrals[pick(i, d.referrals.length)];
    if (r) r.contactedOn = date; // before the referral was made, or after
  }),
  fc.tuple(fc.nat(), fc.constantFrom(0.5, 1)).map(([i, fte]): Recipe => (d) => {
    const position = d.sharedServicesAlliances[0]?.sharedPositions[0];
    const share = position?.shares[pick(i, position.shares.length)];
    if (share) share.fte = fte; // the shares no longer add up
  }),
  fc.tuple(fc.nat(), fc.constantFrom(6, 12)).map(([i, hours]): Recipe => (d) => {
    const layer = d.fundedSlots[0]?.layers[pick(i, d.fundedSlots[0].layers.length)];
    if (layer) layer.hoursPerDay = hours; // wider than the slot at 12
  }),
  fc.constantFrom<Recipe>(
    (d) => {
      d.ccrrServices.push({ id: "new-service", providerId: "dane-ccrr", functionId: "policy-awareness", forIds: ["ghost"] });
    },
    (d) => {
      d.staffPolicies.push({ id: "new-policy", programId: "sunrise-hs", topic: "child-welfare-supervision", adoptedOn: "2025-01-10", trainingCovers: [] });
    },
    (d) => {
      d.serviceBundles[0]!.services[0]!.partnerId = "nobody";
    },
    (d) => {
      d.referrals.push({ ...d.referrals[0]!, bundleId: "no-such-bundle" });
    },
  ),
  fc.constant<Recipe>((d) => {
    delete (d as Record<string, unknown>).goals;
  }),
  fc.constant<Recipe>((d) => {
    d.goals = "none" as never;
  }),
  fc.constantFrom<Recipe>(
    (d) => {
      d.title = "Renamed";
    },
    (d) => {
      d.schemaVersion = 2 as never;
    },
    (d) => {
      d.unknownTopLevel = true;
    },
  ),
);

describe("edit with a schema checks what the edit touched", () => {
  test.prop([fc.array(recipe, { minLength: 1, maxLength: 4 })], { numRuns: 200 })(
    "gives what parsing the whole value gives: ok, value, defaults in the change, issues and their order",
    (recipes) => {
      const step: Recipe = (d) => {
        for (const r of recipes) r(d);
      };
      // A copy is not known to pass the schema: its edit parses the whole value.
      const whole = edit(structuredClone(community), step as never, { at, schema: PortfolioSchema });
      const touched = edit(community, step as never, { at, schema: PortfolioSchema });
      expect(touched.ok).toBe(whole.ok);
      if (touched.ok && whole.ok) {
        expect(touched.value).toEqual(whole.value);
        expect(touched.change).toEqual(whole.change);
        // Untouched records are shared with the value before the edit.
        expect(touched.value.communityAssessments[0]).toBe(community.communityAssessments[0]);
      } else if (!touched.ok && !whole.ok) {
        expect(touched.error.issues).toEqual(whole.error.issues);
        expect(touched.value).toBe(community);
      }
    },
  );

  it("after a valid edit, the next edit of its value is checked by what it touches too", () => {
    const first = edit(community, (d) => { d.title = "One"; }, { at, schema: PortfolioSchema });
    if (!first.ok) throw new Error(first.error.message);
    const recipe = (d: Portfolio) => { d.agreements[0]!.signatures[0]!.date = "2025-13-01"; };
    const second = edit(first.value, recipe, { at, schema: PortfolioSchema });
    const whole = edit(structuredClone(first.value), recipe, { at, schema: PortfolioSchema });
    expect(second.ok || whole.ok).toBe(false);
    if (!second.ok && !whole.ok) {
      expect(second.error.issues.map((i) => i.pathText)).toEqual(["agreements[0].signatures[0].date"]);
      expect(second.error.issues).toEqual(whole.error.issues);
    }
  });

  it("a schema with checks across fields, or a value not known to pass, is parsed whole", () => {
    const Range = entitySchema({ from: IsoDateSchema, to: IsoDateSchema }).refine((r) => r.from <= r.to, { message: "from after to", path: ["to"] });
    const ok = Range.parse({ from: "2025-01-01", to: "2025-02-01" });
    const r = edit(ok, (d) => { d.from = "2025-03-01"; }, { at, schema: Range as unknown as z.ZodType<typeof ok> });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues.map((i) => i.message)).toEqual(["from after to"]);
  });
});

describe("editPortfolio refuses what parsePortfolio would refuse", () => {
  test.prop([fc.array(recipe, { minLength: 1, maxLength: 4 }), fc.boolean()], { numRuns: 250 })(
    "the same ok, value and issues (shape and references, in order) as parsing the edited portfolio whole",
    (recipes, twice) => {
      const step: Recipe = (d) => {
        for (const r of recipes) r(d);
      };
      // An earlier valid edit first, sometimes: its result is checked by what the next edit touches too.
      const start = twice ? editPortfolio(community, (d) => { d.title = "Edited"; }, { at }) : { ok: true as const, value: community };
      if (!start.ok) throw new Error("the first edit is valid");
      const plain = edit(structuredClone(start.value), step as never, { at });
      const whole = parsePortfolio(plain.value);
      const touched = editPortfolio(start.value, step as never, { at });
      expect(touched.ok).toBe(whole.ok);
      if (touched.ok && whole.ok) expect(touched.value).toEqual(whole.value);
      if (!touched.ok && !whole.ok) expect(touched.error.issues).toEqual(whole.error.issues);
    },
  );
});
