import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { defineFinding, report, type Citation, type Finding, type FindingMeta, type FindingPlace } from "../../src/index.js";

const withCitation = defineFinding({ code: "app.cited", severity: "should", title: "Cited", citation: { source: "Guide", section: "2" }, basis: "Guidance.", action: "Act.", message: (p: { n: number }) => `Item ${p.n}.` });
const without = defineFinding({ code: "app.plain", severity: "info", title: "Plain", basis: "A note.", action: "Look.", message: (p: { n: number }) => `Note ${p.n}.` });

/** The definition: the fields present, in this order: code, severity, message, citation, subject, path, params. */
function definition(meta: FindingMeta<string, { n: number }>, params: { n: number }, place: FindingPlace): Finding {
  const f: Finding = { code: meta.code, severity: meta.severity, message: meta.message(params) };
  const citation = place.citation ?? meta.citation;
  if (citation) f.citation = citation;
  if (place.subject) f.subject = place.subject;
  if (place.path) f.path = place.path;
  f.params = params;
  return f;
}

describe("report", () => {
  it("writes the fields present in one order, whatever the shape", () => {
    const subject = { kind: "agreement", id: "mou" };
    expect(Object.keys(report(withCitation, { n: 1 }, { subject, path: ["clauses"] }))).toEqual(["code", "severity", "message", "citation", "subject", "path", "params"]);
    expect(Object.keys(report(without, { n: 1 }, { subject }))).toEqual(["code", "severity", "message", "subject", "params"]);
    expect(Object.keys(report(without, { n: 1 }))).toEqual(["code", "severity", "message", "params"]);
    expect(Object.keys(report(without, { n: 1 }, { path: [0] }))).toEqual(["code", "severity", "message", "path", "params"]);
  });

  it("keeps the place's own objects and a narrower citation", () => {
    const subject = { kind: "agreement", id: "mou" };
    const path = ["clauses", 2];
    const citation: Citation = { source: "Guide", section: "2(b)" };
    const f = report(withCitation, { n: 3 }, { subject, path, citation });
    expect(f.subject).toBe(subject);
    expect(f.path).toBe(path);
    expect(f.citation).toBe(citation);
    expect(f.message).toBe("Item 3.");
  });

  const place = fc.record(
    {
      subject: fc.option(fc.record({ kind: fc.constantFrom("agreement", "partnership"), id: fc.constantFrom("a", "constructor", "ñ") }), { nil: undefined }),
      path: fc.option(fc.array(fc.oneof(fc.string(), fc.nat()), { maxLength: 3 }), { nil: undefined }),
      citation: fc.option(fc.record({ source: fc.string(), section: fc.string() }), { nil: undefined }),
    },
    { requiredKeys: [] },
  );
  test.prop([fc.boolean(), fc.integer(), place])("gives the definition's finding, field for field and in its order", (cited, n, where) => {
    const meta: FindingMeta<string, { n: number }> = cited ? withCitation : without;
    const got = report(meta, { n }, where);
    const want = definition(meta, { n }, where);
    expect(JSON.stringify(got)).toBe(JSON.stringify(want));
    expect(Object.keys(got)).toEqual(Object.keys(want));
  });
});
