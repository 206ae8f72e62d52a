export { findingTextIn, localizeFinding, localizeFindings, translatedCatalogs, translatedLabel, translatedText, type LocalizedFindingText, type Locale, type TranslatedText } from "./locale.js";
export { localizeValidationError } from "./errors.js";
