// ece-partnerships/es: the Spanish locale, its own entry point so an app that never asks for
// Spanish does not bundle it. Only types come from the main entry.
import type { Locale } from "../locale/locale.js";
import { findingsEs } from "./findings/index.js";
import { wordsEs } from "./words.js";
import { missing130253, official130253 } from "./official-1302-53.js";
import { questionnaireEs } from "./questionnaire.js";
import { catalogLabelsEs, catalogTextsEs } from "./catalogs.js";
import { descriptionsEs } from "./descriptions.js";
import { fundingNotesEs } from "./funding-notes.js";
import { missingClauseDescriptions, streamDetailsEs } from "./stream-details.js";
import { agreementTemplatesEs, byId, keyed, partnerCategoriesEs, ccrrFunctionsEs, collaborationLevelsEs, collaborationModelsEs, scoreBandsEs, fundingStreamsEs, organizationKindsEs, partnershipElementsEs, partnershipPracticesEs, sharedServiceFunctionsEs, staffPolicyTopicsEs, staffRolesEs } from "./catalog-labels.js";

/** Labels the library wrote, in Spanish (its own translations). */
const labels: Readonly<Record<string, string>> = Object.freeze({
  ...catalogLabelsEs,
  ...byId("funding-stream", fundingStreamsEs),
  ...byId("ccrr-function", ccrrFunctionsEs),
  ...byId("staff-policy-topic", staffPolicyTopicsEs),
  ...byId("partnership-element", partnershipElementsEs),
  ...byId("staff-role", staffRolesEs),
  ...keyed("organization-kind", organizationKindsEs),
  ...keyed("shared-service-function", sharedServiceFunctionsEs),
  ...keyed("agreement-template", agreementTemplatesEs),
  ...keyed("collaboration-model", collaborationModelsEs),
  ...keyed("partnership-practice", partnershipPracticesEs),
  ...keyed("collaboration-level", collaborationLevelsEs),
  ...keyed("score-band", scoreBandsEs),
  "regulation-paragraph:1302-53-a-1": "Asociaciones con las comunidades",
  "regulation-paragraph:1302-53-a-2": "Asociaciones necesarias, que pueden incluir ocho categorías",
  "regulation-paragraph:1302-53-b": "Coordinación con otros programas y sistemas",
  "regulation-paragraph:1302-53-b-1": "Memorando de entendimiento",
  "regulation-paragraph:1302-53-b-2": "Sistemas de calificación y mejoramiento de la calidad",
  "regulation-paragraph:1302-53-b-3": "Sistemas de datos",
  "regulation-paragraph:1302-53-b-4": "Programas para indígenas americanos y nativos de Alaska",
  ...byId("partner-category", partnerCategoriesEs),
});

/**
 * Spanish: the official translations of the regulation's paragraphs the library quotes (verbatim,
 * with the page they were read on; see {@link Locale.missingOfficial} for those still to add) and
 * the library's own Spanish for the labels it wrote and for every finding code's title, action and
 * message. Pass it where the library writes for people.
 *
 * @example
 * ```ts
 * import { translatedText, translatedLabel } from "ece-partnerships";
 * import { es } from "ece-partnerships/es";
 * const health = translatedText(es, "partner-category", "health");
 * health?.translation; //=> "official"
 * health?.text.startsWith("Los proveedores de atención médica"); //=> true
 * translatedLabel(es, "partner-category", "housing-homelessness"); //=> "Vivienda y personas sin hogar"
 * es.missingOfficial.includes("regulation-paragraph:1302-53-b-1"); //=> true
 * es.findings?.["agreement.unsigned"]?.title; //=> "Una parte no ha firmado"
 * ```
 * @category Languages
 */
export const es: Locale = Object.freeze({
  id: "es",
  name: "Español",
  texts: Object.freeze({ ...official130253, ...questionnaireEs, ...catalogTextsEs, ...descriptionsEs, ...fundingNotesEs, ...streamDetailsEs }),
  labels,
  missingOfficial: Object.freeze([...missing130253, ...missingClauseDescriptions]),
  findings: findingsEs,
  words: wordsEs,
});

export type { Locale, LocalizedFindingText, TranslatedText } from "../locale/locale.js";
