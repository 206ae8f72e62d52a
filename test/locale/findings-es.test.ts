import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeCcrrFunctions, assessAgreement, assessIronTriangle, classifyStage, findingCatalog, findingTextIn, localizeFinding, localizeFindings, parsePortfolio, parsePortfolioJson, scorePartnership, type Finding, type FindingParams, type Locale } from "../../src/index.js";
import { es } from "../../src/es/index.js";
import { t } from "../../src/es/vocabulary.js";
import { groupedFindings, programAnalyses } from "../../src/portfolio/analyses.js";
import { clauseFindings } from "../../src/agreements/clause-findings.js";

/** The names of the params an English message reads, and which it treats as lists or numbers. */
function paramsOf(message: (p: never) => string): { names: string[]; lists: Set<string>; numbers: Set<string> } {
  const source = String(message);
  const names = [...new Set([...source.matchAll(/\bp\.(\w+)/g)].map((m) => m[1]!))];
  const lists = new Set([...source.matchAll(/\bp\.(\w+)(?:\.join\(|\.map\(|\[)/g)].map((m) => m[1]!));
  const numbers = new Set(names.filter((name) => new RegExp(`[*+-]\\s*p\\.${name}\\b|\\bp\\.${name}\\s*[*+-]|\\bp\\.${name} === \\d`).test(source)));
  return { names, lists, numbers };
}

/** Params words a Spanish message carries as grammar instead of repeating them ("is"/"are", "lacks the"/"has an empty"). */
const grammatical: Record<string, readonly string[]> = {
  "questionnaire.sequence.skipped-ahead": ["verb"],
};
/** The missing-clause codes: their `state` ("lacks the", "has an empty") is grammar in Spanish. */
const clauseCodes: string[] = clauseFindings.map((m) => m.code);

/** Sample params for a code: distinct strings, lists of two strings, and distinct numbers. */
function sampleParams(code: string, message: (p: never) => string): { params: FindingParams; shown: string[] } {
  const { names, lists, numbers } = paramsOf(message);
  const params: Record<string, string | number | string[]> = {};
  const shown: string[] = [];
  names.forEach((name, i) => {
    if (lists.has(name)) params[name] = [`Ítem-${name}-1`, `Ítem-${name}-2`];
    else if (numbers.has(name)) params[name] = 201 + i;
    else params[name] = `Valor-${name}`;
    const skip = grammatical[code]?.includes(name) || (clauseCodes.includes(code) && name === "state");
    if (!skip) shown.push(...(Array.isArray(params[name]) ? (params[name] as string[]) : [String(params[name])]));
  });
  return { params, shown };
}

describe("finding texts in Spanish (es.findings)", () => {
  it("gives every finding code a Spanish title, action and message, and names no code that does not exist", () => {
    const codes = findingCatalog.map((m) => m.code);
    expect(Object.keys(es.findings!).sort()).toEqual([...codes].sort());
    for (const meta of findingCatalog) {
      const text = findingTextIn(es, meta.code)!;
      expect(text.title, meta.code).toMatch(/\S/);
      expect(text.action, meta.code).toMatch(/\S/);
      expect(text.title, meta.code).not.toBe(meta.title);
      expect(typeof text.message, meta.code).toBe("function");
    }
  });

  it("gives every code a Spanish basis that keeps, verbatim, every binding word the English basis quotes", () => {
    for (const meta of findingCatalog) {
      const basis = findingTextIn(es, meta.code)!.basis!;
      expect(basis, meta.code).toMatch(/\S/);
      expect(basis, meta.code).not.toBe(meta.basis);
      for (const quote of meta.basis.match(/"[^"]*"/g) ?? []) if (/\b(shall|must|should)\b/.test(quote)) expect(basis, `${meta.code}: ${quote}`).toContain(quote);
    }
  });

  it("writes every message from the same params as the English, losing none of the values it shows", () => {
    for (const meta of findingCatalog) {
      const { params, shown } = sampleParams(meta.code, meta.message as (p: never) => string);
      const english = meta.message(params as never);
      const spanish = es.findings![meta.code]!.message(params);
      // A message made only of its params ("site: what.") reads the same in both languages.
      const ownWords = shown.reduce((rest, value) => rest.split(value).join(""), english);
      if (/[a-z]{2}/i.test(ownWords)) expect(spanish, meta.code).not.toBe(english);
      expect(spanish, meta.code).not.toMatch(/undefined|\[object|NaN/);
      for (const value of shown) if (english.includes(value)) expect(spanish, `${meta.code}: ${value}`).toContain(value);
    }
  });

  it("translates the library's own words in the findings of the example community, leaving names and user text as given", () => {
    const portfolio = parsePortfolioJson(readFileSync(join(import.meta.dirname, "..", "..", "docs", "examples", "community.json"), "utf8"));
    if (!portfolio.ok) throw new Error(portfolio.error.message);
    const findings = portfolio.value.organizations
      .filter((o) => o.program)
      .flatMap((o) => groupedFindings(programAnalyses(portfolio.value, o.id, "2025-09-01")!).flatMap((g) => g.findings));
    expect(new Set(findings.map((f) => f.code)).size).toBeGreaterThan(20);
    const english = /\b(the|of|has|have|is|was|with|and|but|before|after|records|lacks|due|not|only|from|in force)\b/;
    for (const f of findings) {
      const spanish = localizeFinding(f, es).message;
      expect(spanish, f.code).not.toBe(f.message);
      // What is left once the values the vocabulary keeps as given (names, ids, user text) are taken out is Spanish.
      let rest = spanish;
      for (const value of Object.values(f.params ?? {}).flat()) if (t(value) === String(value)) rest = rest.split(String(value)).join(" ");
      expect(rest, `${f.code}: ${spanish}`).not.toMatch(english);
    }
  });

  it("changes only the message: code, severity, params, citation, subject and path stay", () => {
    const f: Finding = {
      code: "agreement.unsigned",
      severity: "must",
      message: "MOU 1 is not signed by Lakeview Schools.",
      params: { agreement: "MOU 1", party: "Lakeview Schools" },
      subject: { kind: "agreement", id: "mou-1" },
      path: ["signatures"],
      citation: { source: "Head Start Act", section: "642(e)(5)" },
    };
    const spanish = localizeFinding(f, es);
    expect(spanish).toEqual({ ...f, message: "MOU 1 no está firmado por Lakeview Schools." });
    expect(f.message).toBe("MOU 1 is not signed by Lakeview Schools.");
  });

  it("returns a finding unchanged without a locale, for an app's own code, without params, or when its params do not fit", () => {
    const own: Finding = { code: "app.site.no-license", severity: "should", message: "Oak records no license.", params: { site: "Oak" } };
    const noParams: Finding = { code: "agreement.unsigned", severity: "must", message: "MOU 1 is not signed." };
    const broken: Finding = { code: "compliance.a1.need-without-partner", severity: "should", message: "x", params: { need: "n", categories: 5 as never } };
    const empty: Locale = { id: "xx", name: "Vacío", texts: {}, labels: {}, missingOfficial: [] };
    expect(localizeFinding(own, es)).toBe(own);
    expect(localizeFinding(noParams, es)).toBe(noParams);
    expect(localizeFinding(own)).toBe(own);
    expect(localizeFinding(noParams, empty)).toBe(noParams);
    expect(localizeFinding(broken, es).message).toMatch(/ningún socio activo cubre 5/);
    const throwing: Locale = { ...empty, findings: { [own.code]: { title: "T", action: "A", message: () => { throw new Error("boom"); } } } };
    expect(localizeFinding(own, throwing)).toBe(own);
  });

  it("finds nothing under inherited keys such as constructor and __proto__", () => {
    expect(findingTextIn(es, "constructor")).toBeUndefined();
    expect(findingTextIn(es, "__proto__")).toBeUndefined();
    expect(findingTextIn(es, "toString")).toBeUndefined();
  });

  it("says which import to add when given the string \"es\" instead of the locale", () => {
    const f: Finding = { code: "agreement.unsigned", severity: "must", message: "x", params: { agreement: "a", party: "b" } };
    expect(() => localizeFinding(f, "es" as never)).toThrow(/import \{ es \} from "ece-partnerships\/es"/);
    expect(() => localizeFindings([f], "es" as never)).toThrow(TypeError);
    expect(() => localizeFindings([], "es" as never)).toThrow(/localizeFindings: locale "es" is a string/);
    expect(() => findingTextIn({} as never, "x")).toThrow(/locale must be a locale object/);
  });

  it("names an iron-triangle site and its inconsistent figures in Spanish from the finding's parts, with or without an id", () => {
    const figures = { capacity: 40, enrolled: 44, billedRevenue: 100_000_00, collectedRevenue: 120_000_00, totalExpenses: 100_000_00 };
    expect(localizeFindings(assessIronTriangle({ id: "s1", ...figures }).findings.filter((f) => f.code.endsWith("inconsistent-figures")), es).map((f) => f.message)).toEqual([
      "El sitio s1: se cobraron $120,000.00, más que los $100,000.00 facturados.",
      "El sitio s1: hay 44 niños inscritos, más que la capacidad de 40.",
    ]);
    const unnamed = localizeFindings(assessIronTriangle(figures).findings, es).map((f) => f.message);
    expect(unnamed.length).toBeGreaterThan(0);
    for (const m of unnamed) expect(m).toMatch(/^El sitio[ :]/);
  });

  it("writes the built-in instrument's factors and bands in Spanish", () => {
    const down = es.findings!["instrument.wave.band-down"]!;
    expect(down.message({ factor: "Thoughtful planning and regular communication", before: "established", after: "emerging" })).toBe('"Planificación cuidadosa y comunicación periódica" bajó de establecida a incipiente.');
    expect(down.message({ factor: "Trust", before: "high", after: "low" })).toBe('"Trust" bajó de high a low.'); // an app's own instrument, as given
  });

  it("keeps plurals and days right: one day, several days, today", () => {
    const soon = es.findings!["agreement.review-due-soon"]!;
    expect(soon.message({ agreement: "MOU", cadence: "annual", due: "2025-09-01", days: 0, asOf: "2025-09-01" })).toBe("MOU debe tener su revisión anual el 2025-09-01 (hoy).");
    expect(soon.message({ agreement: "MOU", cadence: "annual", due: "2025-09-02", days: 1, asOf: "2025-09-01" })).toBe("MOU debe tener su revisión anual el 2025-09-02, dentro de 1 día.");
    const stale = es.findings!["referral.stale"]!;
    expect(stale.message({ stale: 1, partner: "Clínica", days: 45 })).toBe("Una referencia a Clínica lleva abierta más de 45 días sin que empiece un servicio.");
    expect(stale.message({ stale: 3, partner: "Clínica", days: 45 })).toBe("3 referencias a Clínica llevan abiertas más de 45 días sin que empiece un servicio.");
  });
});

describe("Spanish names a partnership or an agreement without a title in Spanish, and keeps a title as given", () => {
  const partnership = { id: "p1", parties: ["a", "b"], status: "active" as const, practices: [{ practice: "information-exchange" as const, date: "2025-01-01" }], meetings: [{ date: "2026-01-01" }], agreementIds: [], goalIds: [], views: [] };
  it("a partnership without a name: at the start of a sentence, after 'de' and in the middle", () => {
    const messages = localizeFindings(scorePartnership(partnership, { asOf: "2025-09-01" }).findings, es).map((f) => f.message);
    expect(messages).toContain("La asociación p1 no tiene una frecuencia de reuniones acordada; los pasos de planificación preguntan cómo es la comunicación periódica.");
    expect(messages).toContain("Una reunión de la asociación p1 tiene fecha 2026-01-01, posterior al 2025-09-01; no se contó.");
    expect(messages.join(" ")).not.toMatch(/Partnership/);
    const rated = scorePartnership({ ...partnership, elements: { "shared-vision": { rating: 2, evidence: [] } } }, { asOf: "2025-09-01" });
    expect(localizeFindings(rated.findings, es).map((f) => f.message)).toContain('La calificación de "Una visión y un propósito claros y compartidos, con un liderazgo firme" en la asociación p1 no tiene evidencia; no se puntuó.');
  });
  it("a name that reads like the English fallback of another record stays as given", () => {
    const named = scorePartnership({ ...partnership, name: "Partnership p2" }, { asOf: "2025-09-01" });
    expect(localizeFindings(named.findings, es).map((f) => f.message)).toContain("Partnership p2 no tiene una frecuencia de reuniones acordada; los pasos de planificación preguntan cómo es la comunicación periódica.");
  });
  it("an agreement: untitled in Spanish, a title beginning with 'Agreement' as given", () => {
    const agreement = { kind: "mou" as const, parties: ["a", "b"], signatures: [], submissions: [], clauses: [], amendments: [] };
    const untitled = localizeFindings(assessAgreement({ ...agreement, id: "m1" }, { asOf: "2025-09-01" }).findings, es).map((f) => f.message);
    expect(untitled).toContain("El acuerdo m1 no está firmado por a.");
    const titled = localizeFindings(assessAgreement({ ...agreement, id: "m2", title: "Agreement 2024" }, { asOf: "2025-09-01" }).findings, es).map((f) => f.message);
    expect(titled).toContain("Agreement 2024 no está firmado por a.");
  });
  it("compliance findings about an untitled agreement or partnership", () => {
    const mou: Finding = { code: "compliance.b1.mou-not-in-force", severity: "must", message: "", params: { program: "Sunrise", agreement: "Agreement mou-1", status: "expired", asOf: "2025-09-01" }, subject: { kind: "agreement", id: "mou-1", name: "Agreement mou-1" } };
    expect(localizeFinding(mou, es).message).toBe("El MOU de preescolar público de Sunrise (el acuerdo mou-1) está vencido el 2025-09-01.");
    const missing: Finding = { code: "compliance.a1.agreement-not-found", severity: "should", message: "", params: { partnership: "Partnership p1", agreement: "mou-9" }, subject: { kind: "partnership", id: "p1" } };
    expect(localizeFinding(missing, es).message).toBe("La asociación p1 nombra el acuerdo mou-9, que no está en la cartera.");
  });
  it("an EHS-CCP partnership without a name, by its parties' names", () => {
    const parsed = parsePortfolio({
      schemaVersion: 2,
      organizations: [
        { id: "ehs", name: "Sunrise; East", kind: "early-head-start", level: "local", program: { types: ["early-head-start"], americanIndianAlaskaNative: false, fundedEnrollment: 72 } },
        { id: "acorns", name: "Little Acorns", kind: "child-care-center", level: "local" },
      ],
      partnerships: [{ id: "ehs-acorns", parties: ["ehs", "acorns"], status: "active" }],
    });
    if (!parsed.ok) throw parsed.error;
    const [finding] = analyzeCcrrFunctions(parsed.value, { asOf: "2025-09-01" }).findings;
    expect(finding?.message).toMatch(/^No organization is recorded as performing these functions for Partnership of Sunrise; East and Little Acorns: /);
    expect(finding?.params?.parties).toEqual(["Sunrise; East", "Little Acorns"]);
    expect(localizeFinding(finding!, es).message).toMatch(/^Ninguna organización figura como responsable de estas funciones para la asociación de Sunrise; East y Little Acorns: /);
  });
  it("parties' differing views, one by one, whatever their names hold", () => {
    const c = classifyStage([], { asOf: "2025-09-01", nameOf: (id) => (id === "a" ? "Dane Co.: Schools; East" : "Clinic"), views: [{ party: "a", stage: "cooperation" }, { party: "b", model: "frey-2006", level: "no-interaction" }] });
    const differ = c.findings.find((f) => f.code === "continuum.view.parties-disagree")!;
    expect(differ.message).toBe("The parties see the partnership differently (Dane Co.: Schools; East: cooperation; Clinic: no interaction).");
    expect(differ.params).toEqual({ parties: ["Dane Co.: Schools; East", "Clinic"], stages: ["cooperation", "no interaction"] });
    expect(localizeFinding(differ, es).message).toBe("Las partes ven la asociación de manera diferente (Dane Co.: Schools; East: cooperación; Clinic: sin interacción).");
  });
});
