import * as z from "zod";
import { describe, expect, it } from "vitest";
import { addCanonicalStrings, canonicalString, enumSchema, isCanonicalString } from "../../src/core/internal.js";
import { agreementTemplates, fundingStreams, parsePortfolioJson, practiceIds } from "../../src/index.js";

describe("enumSchema", () => {
  const values = ["state", "local", "tribal-nation"] as const;
  it("parses, rejects and describes itself exactly as z.enum does", () => {
    const ours = enumSchema(values, { error: "pick a level" });
    const theirs = z.enum(values, { error: "pick a level" });
    for (const input of ["state", "tribal-nation", "moon", "", 3, null, undefined]) {
      expect(ours.safeParse(input)).toEqual(theirs.safeParse(input));
    }
    expect(z.toJSONSchema(ours)).toEqual(z.toJSONSchema(theirs));
    expect(ours.options).toEqual(["state", "local", "tribal-nation"]);
  });
  it("records its values as canonical strings", () => {
    expect(isCanonicalString("a-value-only-this-test-uses")).toBe(false);
    enumSchema(["a-value-only-this-test-uses"]);
    expect(isCanonicalString("a-value-only-this-test-uses")).toBe(true);
  });
});

describe("canonicalString", () => {
  it("returns an equal string for every input, recorded or not", () => {
    for (const value of ["", "formal-information-sharing", "not an enum value", "\u{1F600}", practiceIds[0]!]) expect(canonicalString(value)).toBe(value);
  });
  it("knows the schemas' enum values but not free text", () => {
    for (const value of [...practiceIds, "child-welfare-agency", "ehs-ccp-partnership-agreement", "state-collaboration-director"]) expect(isCanonicalString(value), value).toBe(true);
    expect(isCanonicalString("Agreed plan for this topic.")).toBe(false);
    addCanonicalStrings(["added-by-this-test", "added-by-this-test"]);
    expect(isCanonicalString("added-by-this-test")).toBe(true);
  });
  it("knows the catalogs' ids (templates, their clauses, funding streams) once a portfolio has been read from text", () => {
    expect(parsePortfolioJson('{"schemaVersion":2}').ok).toBe(true);
    const ids = [...agreementTemplates.flatMap((t) => [t.id, ...t.clauses.map((c) => c.id)]), ...fundingStreams.map((s) => s.id)];
    expect(ids.length).toBeGreaterThan(20);
    for (const id of ids) expect(isCanonicalString(id), id).toBe(true);
  });
});
