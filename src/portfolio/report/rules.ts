import type { AssessmentComponent } from "../../core/index.js";
import { translatedText, type Locale } from "../../locale/locale.js";
import type { Say } from "../../locale/say.js";
import { regulationParagraphs } from "../../compliance/index.js";
import type { ReportRule } from "./model.js";

/** The paragraphs of 45 CFR 1302.53 behind each part of the compliance score. */
const PARAGRAPHS_OF_PART: Readonly<Record<string, readonly string[]>> = {
  "a1-partnerships": ["1302-53-a-1"],
  "a2-categories": ["1302-53-a-2"],
  "b-records": ["1302-53-b"],
  "b1-mou": ["1302-53-b-1"],
  "b2-b3-systems": ["1302-53-b-2", "1302-53-b-3"],
};

/** One paragraph as the report quotes it: the official translation where the locale holds one, else the English. */
function ruleIn(id: string, locale: Locale | undefined, say: Say): ReportRule | undefined {
  const paragraph = regulationParagraphs.find((p) => p.id === id);
  if (!paragraph) return undefined;
  const cited = `${paragraph.citation.source} ${paragraph.citation.section}`;
  const official = locale ? translatedText(locale, "regulation-paragraph", id) : undefined;
  if (official?.translation === "official" && official.source) {
    const rule: ReportRule = { paragraph: cited, text: official.text, language: locale!.id, source: { ...official.source } };
    if (official.differs) rule.differs = official.differs;
    return rule;
  }
  const rule: ReportRule = { paragraph: cited, text: paragraph.description, language: "en", source: { title: say("Electronic Code of Federal Regulations"), url: paragraph.citation.url ?? "" } };
  return rule;
}

/**
 * What the regulation says for each part of the compliance score that is not fully met, quoted:
 * in a locale, its official translation with the page it was read on where the library holds one,
 * otherwise the English original (marked as English).
 */
export function rulesSection(components: readonly Pick<AssessmentComponent, "id" | "score">[], locale: Locale | undefined, say: Say): ReportRule[] {
  const ids = components.filter((c) => c.score === null || c.score < 100).flatMap((c) => PARAGRAPHS_OF_PART[c.id] ?? []);
  return [...new Set(ids)].map((id) => ruleIn(id, locale, say)).filter((r): r is ReportRule => r !== undefined);
}
