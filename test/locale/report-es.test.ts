import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assessCompliance, buildReport, parsePortfolioJson, renderReport, renderReportMarkdown, renderSummary, summarizePortfolio, type ProgramReport } from "../../src/index.js";
import { es } from "../../src/es/index.js";
import { csvField } from "../../src/portfolio/report/escape.js";
import { bandLabel } from "../../src/portfolio/report/labels.js";
import * as rules from "../../src/portfolio/report/rules.js";
import { vocabulary } from "../../src/es/vocabulary.js";
import { errorsEs } from "../../src/es/errors.js";
import { fillTemplate } from "../../src/core/issue-text.js";

const root = join(import.meta.dirname, "..", "..");
const text = readFileSync(join(root, "docs", "examples", "community.json"), "utf8");
const parsed = parsePortfolioJson(text);
if (!parsed.ok) throw new Error(parsed.error.message);
const portfolio = parsed.value;
const asOf = "2025-09-01";
const programs = portfolio.organizations.filter((o) => o.program).map((o) => o.id);

/** Every string the portfolio holds (names, titles, labels, what people typed, ids), longest first. */
const userText = (() => {
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === "string") out.add(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") Object.values(v).forEach(walk);
  };
  walk(JSON.parse(text));
  return [...out].filter((s) => s.length > 1).sort((a, b) => b.length - a.length);
})();

/** The citations a report writes (document titles and sections stay as their publishers wrote them). */
const citationsOf = (r: ProgramReport) => [...r.findings.flatMap((g) => g.findings.map((f) => f.citation ?? "")), ...r.agreements.flatMap((a) => a.covers.map((c) => c.slice(0, c.lastIndexOf(": "))))].filter(Boolean).sort((a, b) => b.length - a.length);

/** What is left of a text once citations and user text are taken out (each as whole words, citations first). */
function libraryWords(markdown: string, remove: readonly string[]): string {
  let rest = markdown.replace(/\\(.)/g, "$1");
  for (const s of remove) {
    const escaped = s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    rest = rest.replace(new RegExp(`(?<![\\p{L}\\d])${escaped}(?![\\p{L}\\d])`, "gu"), " ");
  }
  return rest;
}

const ENGLISH = /\b(the|of|and|with|has|have|was|were|from|by|at|is|are|to|for|in|on|not|no longer|due|made|led|open)\b/i;

describe("the report in Spanish (renderReport with locale: es)", () => {
  it("writes every word of the library in Spanish, for every program of the example community", () => {
    for (const id of programs) {
      const model = buildReport(portfolio, id, { asOf, since: "2025-03-01", locale: es });
      const markdown = renderReportMarkdown(model, { locale: es });
      // The paragraphs the library holds no official Spanish for are quoted in English, and say so.
      const english = (model.compliance.rules ?? []).flatMap((r) => (r.language === "en" ? [r.text] : r.differs ? [r.differs] : []));
      const left = libraryWords(markdown, [...english, ...citationsOf(model), ...userText]);
      const lines = left.split("\n").filter((l) => ENGLISH.test(l) && !l.startsWith("  ") && !/^(sankey-beta|graph LR|```)/.test(l));
      expect(lines, id).toEqual([]);
    }
  });

  it("starts with the Spanish title and date line, and shows Spanish headings, labels and findings", () => {
    const md = renderReport(portfolio, "sunrise-hs", { asOf, since: "2025-03-01", locale: es });
    expect(md.split("\n").slice(0, 3)).toEqual(["# Informe de asociaciones: Sunrise Head Start", "", "Al 2025-09-01, con los cambios desde el 2025-03-01. Generado por ece-partnerships a partir de la cartera del programa."]);
    expect(md).toContain("- Hallazgos de todos los análisis: 1 obligatorio, 26 recomendados, 38 notas.");
    expect(md).toContain("| Head Start and 4K coordination | Madison Metropolitan School District | (ii) Servicios para discapacidades, escuelas, preescolar estatal y cuidado infantil | activa | cooperación | 84.1 | sólida |");
    expect(md).toContain("requisito no cumplido (1 obligatorio)");
    expect(md).toContain("- **Recomendado:** Sunrise Head Start no comparte datos con los sistemas estatales de datos educativos. _(45 CFR 1302.53(b)(3))_ Qué hacer: Comparta los datos pertinentes");
    expect(md).toContain('  n0 ===|"cooperación"| n1');
    expect(md).toContain("## Qué cambió desde el 2025-03-01");
  });

  it("changes only words: codes, ids, dates, scores and amounts are those of the English report", () => {
    const facts = (r: ProgramReport) => ({
      findings: r.findings.map((g) => [g.source, g.counts, g.findings.map((f) => [f.code, f.severity, f.subject])]),
      nextSteps: r.nextSteps.map((s) => [s.date, s.overdue, s.severity, s.source, s.who ?? null]),
      partnerships: r.partnerships.map((p) => [p.id, p.stage, p.score, p.band, p.must]),
      agreements: r.agreements.map((a) => [a.id, a.status, a.score, a.band, a.must, a.reviewDue ?? null]),
      funding: [r.funding.totals, r.funding.byLevel, r.funding.plans.map((p) => [p.id, p.costCents, p.gapCents, p.match])],
      summary: [r.summary.findings, r.summary.compliance.score, r.summary.compliance.band, r.summary.fundingGapCents],
      network: r.network.edges,
    });
    for (const id of programs) {
      const en = buildReport(portfolio, id, { asOf, since: "2025-03-01" });
      const sp = buildReport(portfolio, id, { asOf, since: "2025-03-01", locale: es });
      expect(facts(sp), id).toEqual(facts(en));
      expect(en.language).toBe("en");
      expect(sp.language).toBe("es");
    }
  });

  it("renders a stored Spanish model the same after a JSON round trip, and refuses to render it in another language", () => {
    const model = buildReport(portfolio, "sunrise-hs", { asOf, locale: es });
    const stored = JSON.parse(JSON.stringify(model)) as ProgramReport;
    expect(renderReportMarkdown(stored, { locale: es })).toBe(renderReportMarkdown(model, { locale: es }));
    expect(() => renderReportMarkdown(model)).toThrow(/built in "es" but is rendered in "en"/);
    expect(() => renderReportMarkdown(buildReport(portfolio, "sunrise-hs", { asOf }), { locale: es })).toThrow(/built in "en" but is rendered in "es"/);
    const { language: _, ...older } = buildReport(portfolio, "sunrise-hs", { asOf });
    expect(renderReportMarkdown(older)).toBe(renderReport(portfolio, "sunrise-hs", { asOf }));
  });

  it("says which import to add when given the string \"es\"", () => {
    expect(() => renderReport(portfolio, "sunrise-hs", { asOf, locale: "es" as never })).toThrow(/buildReport: locale "es" is a string; pass the locale object instead: import \{ es \} from "ece-partnerships\/es"/);
    expect(() => renderSummary(summarizePortfolio(portfolio, { asOf }), { locale: "es" as never })).toThrow(TypeError);
    expect(() => buildReport(portfolio, "sunrise-hs", { asOf, locale: 42 as never })).toThrow(/locale must be a locale object/);
  });

  it("quotes the rule behind each part not fully met: the official Spanish with its page and day where held, else the English, marked", () => {
    const sp = buildReport(portfolio, "sunrise-hs", { asOf, locale: es }).compliance.rules!;
    expect(sp.map((r) => [r.paragraph, r.language])).toEqual([
      ["45 CFR 1302.53(a)(1)", "es"],
      ["45 CFR 1302.53(a)(2)", "es"],
      ["45 CFR 1302.53(b)", "en"],
      ["45 CFR 1302.53(b)(1)", "en"],
      ["45 CFR 1302.53(b)(2)", "en"],
      ["45 CFR 1302.53(b)(3)", "en"],
    ]);
    expect(sp[0]!.text).toBe(es.texts["regulation-paragraph:1302-53-a-1"]!.text);
    expect(sp[0]!.source.url).toContain("/es/policy/45-cfr-chap-xiii/1302-53");
    expect(sp[0]!.source.retrieved).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(sp[0]!.differs).toMatch(/ongoing/);
    const md = renderReport(portfolio, "sunrise-hs", { asOf, locale: es });
    expect(md).toContain("### Lo que dice la norma");
    expect(md).toContain("> **45 CFR 1302.53(a)(1):** El programa deberá establecer relaciones y asociaciones cooperativas");
    expect(md).toContain("> En inglés: la biblioteca todavía no tiene la traducción oficial de este párrafo.");
    const en = buildReport(portfolio, "sunrise-hs", { asOf }).compliance.rules!;
    expect(en.every((r) => r.language === "en" && r.source.retrieved === undefined)).toBe(true);
    expect(en[0]!.text).toMatch(/^A program must establish ongoing collaborative relationships/);
  });

  it("quotes no rule when every part of the compliance score is met", () => {
    const model = buildReport(portfolio, "sunrise-hs", { asOf });
    const { rulesSection } = rules;
    expect(rulesSection(model.compliance.components.map((c, i) => ({ id: ["a1-partnerships", "a2-categories", "b-records", "b1-mou", "b2-b3-systems", "community-assessment"][i]!, score: 100 })), es, (t) => t)).toEqual([]);
    expect(rulesSection([{ id: "b1-mou", score: null }], undefined, (t) => t).map((r) => r.paragraph)).toEqual(["45 CFR 1302.53(b)(1)"]);
  });

  it("writes a report on an unknown program in Spanish too", () => {
    const md = renderReport(portfolio, "nadie", { asOf, locale: es });
    expect(md).toContain("El programa nadie no está en la cartera.");
    expect(md.split("\n")[0]).toBe("# Informe de asociaciones: nadie");
  });
});

describe("the portfolio summary in Spanish (renderSummary with locale: es)", () => {
  it("writes its title, totals and column names in Spanish, the numbers unchanged", () => {
    const summary = summarizePortfolio(portfolio, { asOf });
    const md = renderSummary(summary, { locale: es });
    const lines = md.split("\n");
    expect(lines[0]).toBe("# Resumen de la cartera al 2025-09-01");
    expect(lines[2]).toContain("Referencias: 10 hechas, 6 llevaron a un servicio de 8 que se pudieron juzgar (75%)");
    expect(lines[4]).toBe("| Programa | Obligatorio | Recomendado | Notas | Cumplimiento | MOU | Categorías sin socio | Déficit de financiamiento | Faltante del aporte | Referencias atendidas (de las que se pudieron juzgar) |");
    expect(lines.find((l) => l.startsWith("| Sunrise Head Start"))).toMatch(/\| 6 de 8 \(75%\) \|$/);
    const english = renderSummary(summary).split("\n");
    expect(lines.length).toBe(english.length);
    expect(libraryWords(md, userText).split("\n").filter((l) => ENGLISH.test(l))).toEqual([]);
  });
});

describe("the words of reports in Spanish (es.words)", () => {
  /** The English of every say(...) literal and table column in the report and summary renderers, and of every evidence template of assessCompliance (said(...)). */
  const sourceKeys = (() => {
    const files = [...readdirSync(join(root, "src/portfolio/report")).map((f) => join(root, "src/portfolio/report", f)), join(root, "src/portfolio/summary.ts"), join(root, "src/compliance/assess.ts")];
    const keys = new Set<string>();
    for (const file of files) {
      const src = readFileSync(file, "utf8");
      for (const m of src.matchAll(/\b(?:s|say|ctx\.say|said)\(\s*(?:[\w.]+ === [\w."]+ \? )?"((?:[^"\\]|\\.)*)"(?: : "((?:[^"\\]|\\.)*)")?/g)) {
        keys.add(JSON.parse(`"${m[1]}"`));
        if (m[2] !== undefined) keys.add(JSON.parse(`"${m[2]}"`));
      }
      for (const m of src.matchAll(/table\(s, \[([^\]]*)\]|const head = \[([^\]]*)\]/g)) for (const k of (m[1] ?? m[2]!).matchAll(/"((?:[^"\\]|\\.)*)"/g)) keys.add(k[1]!);
      for (const m of src.matchAll(/referralTable\(s, [^,]+, "([^"]+)"/g)) keys.add(m[1]!);
    }
    return keys;
  })();
  const slots = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  it("holds every sentence, heading and column of the renderers, with the same {slots}", () => {
    expect(sourceKeys.size).toBeGreaterThan(200);
    const words = es.words!;
    const missing = [...sourceKeys].filter((k) => !Object.hasOwn(words, k));
    expect(missing).toEqual([]);
    for (const key of sourceKeys) expect(slots(words[key]!), key).toEqual(slots(key));
    for (const [key, value] of Object.entries(words)) if (key.endsWith("|one")) expect(slots(value), key).toEqual(slots(key.slice(0, -4)));
  });

  it("has assessCompliance write every evidence statement from a template kept beside it, for every program of the example community", () => {
    let statements = 0;
    for (const id of programs) {
      for (const c of assessCompliance(portfolio, id, { asOf }).components) {
        expect(c.evidenceTemplates, c.id).toHaveLength(c.evidence.length);
        c.evidence.forEach((e, i) => expect(fillTemplate(c.evidenceTemplates![i]!.text, c.evidenceTemplates![i]!.values)).toBe(e));
        statements += c.evidence.length;
      }
    }
    expect(statements).toBeGreaterThan(10);
  });

  it("writes an untitled MOU's evidence and a titled one's in Spanish, the title as given", () => {
    const program = { types: ["head-start-preschool" as const], americanIndianAlaskaNative: false, fundedEnrollment: 80 };
    const mou = { kind: "mou" as const, templateId: "public-preschool-mou", parties: ["hs", "lea"], signatures: [{ party: "hs", signer: "A", date: "2025-08-01" }, { party: "lea", signer: "B", date: "2025-08-02" }], submissions: [], clauses: [], amendments: [] };
    const doc = parsePortfolioJson(
      JSON.stringify({
        schemaVersion: 2,
        organizations: [
          { id: "hs", name: "Sunrise", kind: "head-start-preschool", level: "local", program },
          { id: "lea", name: "Dane Schools", kind: "local-education-agency", level: "local" },
        ],
        agreements: [{ ...mou, id: "mou-1" }],
      }),
    );
    if (!doc.ok) throw new Error(doc.error.message);
    const evidence = (md: string) => md.split("\n").filter((l) => /mou-1|Agreement 2024/.test(l) && /vigente desde|in force since/.test(l));
    expect(evidence(renderReport(doc.value, "hs", { asOf, locale: es })).join("\n")).toContain("El acuerdo mou-1, vigente desde el 2025-08-02");
    expect(evidence(renderReport(doc.value, "hs", { asOf })).join("\n")).toContain("Agreement mou-1 in force since 2025-08-02");
    const titled = { ...doc.value, agreements: [{ ...doc.value.agreements[0]!, title: "Agreement 2024" }] };
    expect(evidence(renderReport(titled, "hs", { asOf, locale: es })).join("\n")).toContain("Agreement 2024, vigente desde el 2025-08-02");
  });

  it("never gives one English word two Spanish words across the vocabulary, the report's words and the errors' words", () => {
    const merged = es.words!;
    const conflicts = [...Object.entries(vocabulary), ...Object.entries(errorsEs)].filter(([en, sp]) => merged[en] !== sp).map(([en]) => en);
    expect(conflicts).toEqual([]);
  });

  it("holds every label the report shows: bands, statuses, kinds, program types", () => {
    const labels = [
      ...["weak", "developing", "established", "strong", "insufficient-evidence", "not-met"].flatMap((b) => [b, bandLabel(b)]),
      ...["exploring", "active", "paused", "ended"],
      ...["unsigned", "partly-signed", "not-yet-in-force", "in-force", "expired", "terminated"],
      ...["networking", "coordination", "cooperation", "collaboration", "no evidence", "no stage", "no stage yet"],
      ...["not-applicable", "exempt", "missing", "in-force", "not-in-force", "not required (no Head Start Preschool)", "in force", "not in force"],
      ...["MOU", "Contract", "Joint agreement", "Procedure", "Onsite service arrangement", "Data-sharing agreement", "EHS-CCP partnership agreement", "Shared-services agreement"],
      ...["Head Start Preschool", "Early Head Start", "Early Head Start-Child Care Partnership", "Migrant and Seasonal Head Start", "American Indian and Alaska Native"],
      ...["program", "partnership", "federal", "state", "local", "private"],
    ];
    expect(labels.filter((l) => !Object.hasOwn(es.words!, l))).toEqual([]);
  });
});

describe("sankey fields", () => {
  it("writes printable ASCII only, which Mermaid's sankey parser accepts, quoting commas and quotes", () => {
    expect(csvField("Prekínder estatal")).toBe("Prekinder estatal");
    expect(csvField("Niños, familias")).toBe('"Ninos, familias"');
    expect(csvField('Fondo "A"')).toBe('"Fondo ""A"""');
    expect(csvField("中文")).toBe("??");
    expect(csvField("línea\nnueva")).toBe("linea nueva");
  });
});
