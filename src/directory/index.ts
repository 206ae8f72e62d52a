export type { HsdsAttribute, HsdsIdKind, HsdsLocation, HsdsOrganization, HsdsService, HsdsTaxonomyTerm } from "./records.js";
export { HSDS_TAXONOMY, type DirectoryTermRule, directoryTermMap, directoryTermMapCitation } from "./vocabulary.js";
export { toHsds } from "./export.js";
export { type HsdsImport, type HsdsInference, fromHsds } from "./import.js";
export { type AreaMatch, type PartnerSuggestion, type PartnerSuggestions, suggestPartners } from "./suggest.js";
