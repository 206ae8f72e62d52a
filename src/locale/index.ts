export { translatedCatalogs, translatedLabel, translatedText, type Locale, type TranslatedText } from "./locale.js";
