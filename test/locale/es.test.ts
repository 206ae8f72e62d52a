import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  actionOpportunities,
  agreementTemplates,
  ccrrFunctions,
  childWelfareStaffRoles,
  collaborationModels,
  continuumStages,
  exampleGoals,
  fundingStreams,
  organizationKinds,
  partnerCategories,
  partnershipElements,
  partnershipPractices,
  planningQuestionnaire,
  sharedServiceFunctions,
  staffPolicyTopics,
  scoreBands, regulationParagraphs, translatedCatalogs, translatedLabel, translatedText, type Locale } from "../../src/index.js";
import { es } from "../../src/es/index.js";

const fixture = readFileSync(join(import.meta.dirname, "..", "fixtures", "official-es", "1302-53.md"), "utf8");
const page = fixture.slice(fixture.indexOf("\n---\n") + 5);
const pageAddress = /^Page: (\S+)$/m.exec(fixture)![1];

const catalogIds: Record<(typeof translatedCatalogs)[number], readonly string[]> = {
  "regulation-paragraph": regulationParagraphs.map((p) => p.id),
  "partner-category": partnerCategories.map((c) => c.id),
  "planning-step": planningQuestionnaire.steps.map((s) => s.id),
  "planning-question": planningQuestionnaire.steps.flatMap((s) => s.questions.map((q) => q.id)),
  "continuum-stage": continuumStages.map((s) => s.id),
  "example-goal": exampleGoals.map((g) => g.id),
  "action-area": actionOpportunities.map((a) => a.id),
  "organization-kind": organizationKinds.map((x) => x.id),
  "funding-stream": fundingStreams.map((x) => x.id),
  "ccrr-function": ccrrFunctions.map((x) => x.id),
  "staff-policy-topic": staffPolicyTopics.map((x) => x.id),
  "partnership-element": partnershipElements.map((x) => x.id),
  "staff-role": childWelfareStaffRoles.map((x) => x.id),
  "shared-service-function": sharedServiceFunctions.map((x) => x.id),
  "agreement-template": agreementTemplates.map((x) => x.id),
  "collaboration-model": collaborationModels.map((x) => x.id),
  "partnership-practice": partnershipPractices.map((x) => x.id),
  "collaboration-level": collaborationModels.flatMap((m) => m.levels.map((l) => `${m.id}/${l.id}`)),
  "score-band": scoreBands.bands.map((b) => b.id),
  "funding-stream-match": fundingStreams.filter((s) => s.match?.note).map((s) => s.id),
  "funding-stream-agency": fundingStreams.map((s) => s.id),
  "funding-stream-description": fundingStreams.filter((s) => s.description).map((s) => s.id),
  "funding-stream-time-limit": fundingStreams.filter((s) => s.timeLimit).map((s) => s.id),
  "funding-fact": fundingStreams.flatMap((s) => (s.facts ?? []).filter((f) => f.note).map((f) => `${s.id}/${f.id}/${f.from}`)),
  "collaboration-model-provenance": collaborationModels.map((m) => m.id),
  "agreement-clause": agreementTemplates.flatMap((t) => t.clauses.filter((c) => c.description).map((c) => `${t.id}/${c.id}`)),
};
/** The catalogs with official Spanish texts (the rest are the library's own translations). */
const officialCatalogs = ["regulation-paragraph", "partner-category"];
const allKeys = translatedCatalogs.flatMap((catalog) => catalogIds[catalog].map((id) => `${catalog}:${id}`));

describe("the Spanish locale (ece-partnerships/es)", () => {
  it("quotes every official Spanish text verbatim from the page it names, read on the date it gives", () => {
    const official = Object.entries(es.texts).filter(([, t]) => t.translation === "official");
    expect(official.length).toBe(6);
    for (const [key, t] of official) {
      expect(page, key).toContain(t.text);
      expect(t.source?.url, key).toBe(pageAddress);
      expect(t.source?.retrieved, key).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it("gives every regulation paragraph and partner category its official Spanish text, or lists it as still missing, never both", () => {
    for (const key of allKeys.filter((k) => officialCatalogs.includes(k.split(":")[0]!))) {
      const held = Object.hasOwn(es.texts, key);
      const missing = es.missingOfficial.includes(key);
      expect(held !== missing, key).toBe(true);
    }
    expect(es.missingOfficial).toEqual([
      "regulation-paragraph:1302-53-b",
      "regulation-paragraph:1302-53-b-1",
      "regulation-paragraph:1302-53-b-2",
      "regulation-paragraph:1302-53-b-3",
      "regulation-paragraph:1302-53-b-4",
      "partner-category:economic-stability",
      "partner-category:housing-homelessness",
      "partner-category:domestic-violence",
      "partner-category:other-support",
      ...agreementTemplates.find((t) => t.id === "public-preschool-mou")!.clauses.filter((c) => c.description).map((c) => `agreement-clause:public-preschool-mou/${c.id}`),
    ]);
    for (const key of es.missingOfficial) expect(es.texts[key], key).toBeUndefined();
  });

  it("gives every planning step and question the library's own Spanish, asking as many questions as the English", () => {
    for (const step of planningQuestionnaire.steps) {
      const s = translatedText(es, "planning-step", step.id)!;
      expect(s, step.id).toEqual({ text: expect.stringMatching(/\.$/), translation: "library" });
      for (const q of step.questions) {
        const t = translatedText(es, "planning-question", q.id)!;
        expect(t.translation, q.id).toBe("library");
        expect(t.source, q.id).toBeUndefined();
        const asks = (text: string) => text.split("?").length - 1;
        expect(asks(t.text), q.id).toBe(asks(q.text));
        expect((t.text.match(/¿/g) ?? []).length, q.id).toBe(asks(t.text)); // every question opens with ¿
      }
    }
  });

  it("gives the continuum's stages their Spanish definitions and labels, the example goals and the action areas their Spanish, all the library's own", () => {
    for (const stage of continuumStages) {
      const t = translatedText(es, "continuum-stage", stage.id)!;
      expect(t.translation, stage.id).toBe("library");
      expect(translatedLabel(es, "continuum-stage", stage.id), stage.id).toMatch(/\S/);
    }
    for (const goal of exampleGoals) expect(translatedText(es, "example-goal", goal.id)?.translation, goal.id).toBe("library");
    for (const area of actionOpportunities) expect(translatedLabel(es, "action-area", area.id), area.id).toMatch(/\S/);
    expect(translatedText(es, "continuum-stage", "cooperation")?.text).toBe("La cooperación consiste en que los socios comparten recursos o instalaciones, tienen un sistema formal de intercambio de información y trabajan juntos hacia una meta común.");
  });

  it("gives every item of every translated catalog Spanish (a label or a text), and every label differs from the English unless it is a program's name", () => {
    const english = new Map<string, string>([
      ...organizationKinds.map((x) => [`organization-kind:${x.id}`, x.label] as const),
      ...fundingStreams.map((x) => [`funding-stream:${x.id}`, x.label] as const),
      ...sharedServiceFunctions.map((x) => [`shared-service-function:${x.id}`, x.label] as const),
      ...partnershipPractices.map((x) => [`partnership-practice:${x.id}`, x.label] as const),
    ]);
    const sameOnPurpose = ["funding-stream:head-start-preschool", "funding-stream:early-head-start"];
    for (const key of allKeys) {
      // Waiting for an official text (the English stands), and held in no other form meanwhile.
      if (es.missingOfficial.includes(key)) {
        expect(es.texts[key], key).toBeUndefined();
        continue;
      }
      const spanish = Object.hasOwn(es.labels, key) ? es.labels[key] : es.texts[key]?.text;
      expect(spanish, key).toMatch(/\S/);
      if (english.has(key) && !sameOnPurpose.includes(key)) expect(spanish, key).not.toBe(english.get(key));
    }
  });

  it("gives every agreement template, CCR&R function, staff role, staff policy topic and score band a Spanish description, the library's own", () => {
    const described: [string, readonly { id: string }[]][] = [["agreement-template", agreementTemplates], ["ccrr-function", ccrrFunctions], ["staff-role", childWelfareStaffRoles], ["staff-policy-topic", staffPolicyTopics], ["score-band", scoreBands.bands]];
    for (const [catalog, items] of described) {
      for (const item of items) {
        const t = translatedText(es, catalog as (typeof translatedCatalogs)[number], item.id);
        expect(t?.translation, `${catalog}:${item.id}`).toBe("library");
        expect(t?.text, `${catalog}:${item.id}`).toMatch(/\S{3}/);
      }
    }
  });

  it("gives the funding streams' agencies, descriptions, time limits and fact notes, and the models' provenance, Spanish that keeps citations, marks and quoted law as written", () => {
    const english: [string, string | undefined][] = [
      ...fundingStreams.flatMap((s) => [
        [`funding-stream-agency:${s.id}`, s.administeringAgency] as [string, string],
        [`funding-stream-description:${s.id}`, s.description] as [string, string | undefined],
        [`funding-stream-time-limit:${s.id}`, s.timeLimit?.note] as [string, string | undefined],
        ...(s.facts ?? []).map((f) => [`funding-fact:${s.id}/${f.id}/${f.from}`, f.note] as [string, string | undefined]),
      ]),
      ...collaborationModels.map((m) => [`collaboration-model-provenance:${m.id}`, m.provenance] as [string, string]),
    ];
    let checked = 0;
    for (const [key, text] of english) {
      const t = es.texts[key];
      if (!text) {
        expect(t, key).toBeUndefined();
        continue;
      }
      checked += 1;
      expect(t?.translation, key).toBe("library");
      expect(t!.text, key).not.toBe(text);
      const kept = text.match(/\d+ U\.S\.C\. [\w().]+|\d+ FR \d+|ALN [\d.]+|(?:ARP|ESSA) \d+|[A-Z]{2,}-[A-Z-]+-\d{2,4}-\d{2}|\[(?:unverified|excerpt|secondary)\]|"[^"]{25,}"/g) ?? [];
      for (const k of kept) expect(t!.text, `${key}: ${k}`).toContain(k);
    }
    expect(checked).toBe(26 + 5 + 3 + 5 + 4);
    for (const p of partnershipPractices) if (p.description) expect(translatedText(es, "partnership-practice", p.id)?.translation, p.id).toBe("library");
  });

  it("gives every collaboration model's mapping to the continuum, and every level's description, Spanish", () => {
    for (const m of collaborationModels) {
      expect(translatedText(es, "collaboration-model", m.id)?.translation, m.id).toBe("library");
      for (const level of m.levels) {
        const t = translatedText(es, "collaboration-level", `${m.id}/${level.id}`);
        if (level.description) expect(t?.translation, `${m.id}/${level.id}`).toBe("library");
        else expect(t, `${m.id}/${level.id}`).toBeUndefined();
      }
    }
  });

  it("gives every funding stream's eligibility and match notes Spanish, keeping their citations and [unverified] marks", () => {
    for (const s of fundingStreams) {
      for (const [catalog, english] of [["funding-stream", s.eligibilityNotes], ["funding-stream-match", s.match?.note]] as const) {
        if (!english) continue;
        const t = translatedText(es, catalog, s.id);
        expect(t?.translation, `${catalog}:${s.id}`).toBe("library");
        for (const kept of english.match(/\d+ U\.S\.C\. [\w().]+|\d+ CFR [\w().]+|\[(?:unverified|excerpt)\]/g) ?? []) expect(t!.text, `${catalog}:${s.id}`).toContain(kept);
      }
    }
  });

  it("gives every paragraph and category a Spanish label, and names no item that does not exist", () => {
    for (const key of allKeys.filter((k) => officialCatalogs.includes(k.split(":")[0]!))) expect(es.labels[key], key).toMatch(/\S/);
    for (const key of [...Object.keys(es.texts), ...Object.keys(es.labels), ...es.missingOfficial]) expect(allKeys, key).toContain(key);
  });

  it("keeps the one known difference from the English text: (a)(1)'s \"ongoing\"", () => {
    const a1 = translatedText(es, "regulation-paragraph", "1302-53-a-1")!;
    expect(regulationParagraphs[0]!.description).toContain("ongoing collaborative");
    expect(a1.text).toContain("El programa deberá establecer relaciones y asociaciones cooperativas");
    expect(a1.differs).toMatch(/"ongoing"/);
    expect(Object.values(es.texts).filter((t) => t.differs !== undefined)).toHaveLength(1);
  });

  it("keeps the binding word: every official paragraph the English says \"must\" in says \"deberá\"", () => {
    for (const p of regulationParagraphs) {
      const t = translatedText(es, "regulation-paragraph", p.id);
      if (t && p.binds === "must") expect(t.text, p.id).toContain("deberá");
    }
  });

  it("finds nothing under prototype keys or unknown ids, and is frozen", () => {
    for (const id of ["constructor", "__proto__", "toString", "salud", "ñandú"]) {
      expect(translatedText(es, "partner-category", id)).toBeUndefined();
      expect(translatedLabel(es, "partner-category", id)).toBeUndefined();
    }
    expect(Object.isFrozen(es)).toBe(true);
    expect(Object.isFrozen(es.texts)).toBe(true);
    expect(Object.isFrozen(es.texts["partner-category:health"])).toBe(true);
    expect(() => ((es as { id: string }).id = "en")).toThrow(TypeError);
  });

  it("works with a locale an app writes itself", () => {
    const own: Locale = { id: "fr", name: "Français", texts: {}, labels: { "partner-category:health": "Santé" }, missingOfficial: [] };
    expect(translatedLabel(own, "partner-category", "health")).toBe("Santé");
    expect(translatedText(own, "partner-category", "health")).toBeUndefined();
  });
});
