/**
 * A text in another language than the English original: its words, and whether they are the
 * publisher's official translation (quoted verbatim, with the page they were read on) or a
 * translation the library wrote (never to be mistaken for an official text).
 *
 * @example
 * ```ts
 * import type { TranslatedText } from "ece-partnerships";
 * const t: TranslatedText = {
 *   text: "Las instituciones educacionales y culturales, como las bibliotecas y los museos, tanto para los niños como para las familias.",
 *   translation: "official",
 *   source: { title: "45 CFR 1302.53 (Spanish), Head Start ECLKC", url: "https://eclkc.ohs.acf.hhs.gov/es/policy/45-cfr-chap-xiii/1302-53", retrieved: "2026-11-30" },
 * };
 * t.translation; //=> "official"
 * ```
 * @category Languages
 */
export interface TranslatedText {
  /** The words; an official text is quoted verbatim. */
  readonly text: string;
  /** `official`: the publisher's translation; `library`: written for this library. */
  readonly translation: "official" | "library";
  /** Where an official text was read: the page's title and address, and the day it was read. */
  readonly source?: { readonly title: string; readonly url: string; readonly retrieved: string };
  /**
   * Where the official translation does not say what the current English text says (an older
   * version, or a word the translation leaves out): in English, so a monitor can weigh it.
   */
  readonly differs?: string;
}

/**
 * A language the library can write besides English: imported from its own entry point
 * (`ece-partnerships/es`), so an app that never asks for it does not bundle its texts. `texts`
 * holds translations of catalog items by key (`<catalog>:<id>`, see {@link translatedText});
 * `missingOfficial` lists the keys whose official translation exists but is not yet in the
 * library (their English stands until it is).
 *
 * @example
 * ```ts
 * import type { Locale } from "ece-partnerships";
 * const none: Locale = { id: "xx", name: "Example", texts: {}, labels: {}, missingOfficial: [] };
 * Object.keys(none.texts).length; //=> 0
 * ```
 * @category Languages
 */
export interface Locale {
  /** The language's code (BCP 47): `es`. */
  readonly id: string;
  /** The language's name in that language: `Español`. */
  readonly name: string;
  /** Translations of the items' texts (`description`) by key `<catalog>:<id>`. */
  readonly texts: Readonly<Record<string, TranslatedText>>;
  /** The items' labels by the same keys: short names the library wrote, so always its own translation. */
  readonly labels: Readonly<Record<string, string>>;
  /** Keys with an official translation the library does not hold yet. */
  readonly missingOfficial: readonly string[];
}

/**
 * The catalogs whose items carry translated texts, as key prefixes: `regulation-paragraph`
 * ({@link regulationParagraphs}, by id) and `partner-category` ({@link partnerCategories}, by id).
 *
 * @example
 * ```ts
 * import { translatedCatalogs } from "ece-partnerships";
 * translatedCatalogs; //=> ["regulation-paragraph", "partner-category"]
 * ```
 * @category Languages
 */
export const translatedCatalogs = /* @__PURE__ */ Object.freeze(["regulation-paragraph", "partner-category"] as const);

/**
 * A catalog item's text in a locale: its translation when the locale has one, else `undefined`
 * (show the English original). Own keys only, so an id like `constructor` finds nothing.
 *
 * @example
 * ```ts
 * import { translatedText, type Locale } from "ece-partnerships";
 * const locale: Locale = { id: "es", name: "Español", texts: { "partner-category:health": { text: "Salud", translation: "library" } }, labels: {}, missingOfficial: [] };
 * translatedText(locale, "partner-category", "health")?.text; //=> "Salud"
 * translatedText(locale, "partner-category", "constructor"); //=> undefined
 * ```
 * @category Languages
 */
export function translatedText(locale: Locale, catalog: (typeof translatedCatalogs)[number], id: string): TranslatedText | undefined {
  const key = `${catalog}:${id}`;
  return Object.hasOwn(locale.texts, key) ? locale.texts[key] : undefined;
}

/**
 * A catalog item's label in a locale, or `undefined` (show the English label). Labels are short
 * names the library wrote; their translations are the library's own.
 *
 * @example
 * ```ts
 * import { translatedLabel, type Locale } from "ece-partnerships";
 * const locale: Locale = { id: "es", name: "Español", texts: {}, labels: { "partner-category:health": "Atención médica" }, missingOfficial: [] };
 * translatedLabel(locale, "partner-category", "health"); //=> "Atención médica"
 * translatedLabel(locale, "partner-category", "__proto__"); //=> undefined
 * ```
 * @category Languages
 */
export function translatedLabel(locale: Locale, catalog: (typeof translatedCatalogs)[number], id: string): string | undefined {
  const key = `${catalog}:${id}`;
  return Object.hasOwn(locale.labels, key) ? locale.labels[key] : undefined;
}
