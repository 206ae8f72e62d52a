import type { Finding, FindingParams } from "../core/finding.js";

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
 * A finding code's words in a locale: its title, what to do, and its message written from the
 * finding's params (the same params the English message is written from). Always the library's
 * own translation: finding messages are the library's sentences, not quotes.
 *
 * @example
 * ```ts
 * import type { LocalizedFindingText } from "ece-partnerships";
 * const text: LocalizedFindingText = {
 *   title: "Acuerdo vencido",
 *   action: "Renueve o reemplace el acuerdo.",
 *   message: (p) => `${p.agreement} terminó el ${p.end}.`,
 * };
 * text.message({ agreement: "MOU 1", end: "2025-06-30" }); //=> "MOU 1 terminó el 2025-06-30."
 * ```
 * @category Languages
 */
export interface LocalizedFindingText {
  /** The short title. */
  readonly title: string;
  /** What to do about it. */
  readonly action: string;
  /**
   * The message, from the finding's params; the finding itself comes second, for what its params
   * do not say (its subject: whether an agreement or a partnership has a title of its own).
   */
  readonly message: (params: FindingParams, finding?: Finding<string>) => string;
  /** Why the finding has its severity (the declaration's `basis`), where the locale has it. */
  readonly basis?: string;
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
  /** Finding codes' titles, actions and messages, by code (see {@link localizeFinding}). */
  readonly findings?: Readonly<Record<string, LocalizedFindingText>>;
  /**
   * The words of reports and summaries (headings, column names, sentences, labels) by their
   * English, with `{name}` where a value goes: `"{made} referrals made"` → `"{made} referencias hechas"`.
   * Words it does not hold stay in English.
   */
  readonly words?: Readonly<Record<string, string>>;
}

/**
 * The catalogs whose items carry translated texts, as key prefixes: `regulation-paragraph`
 * ({@link regulationParagraphs}, by id), `partner-category` ({@link partnerCategories}, by id),
 * the steps and questions of {@link planningQuestionnaire} (`planning-step`, `planning-question`,
 * by id), the stages of {@link continuumStages} (`continuum-stage`), the {@link exampleGoals}
 * (`example-goal`) and the areas of {@link actionOpportunities} (`action-area`, labels only); and,
 * labels only, {@link organizationKinds} (`organization-kind`), {@link fundingStreams}
 * (`funding-stream`), {@link ccrrFunctions} (`ccrr-function`), {@link staffPolicyTopics}
 * (`staff-policy-topic`), {@link partnershipElements} (`partnership-element`),
 * {@link childWelfareStaffRoles} (`staff-role`), {@link sharedServiceFunctions}
 * (`shared-service-function`), {@link agreementTemplates} (`agreement-template`),
 * {@link collaborationModels} (`collaboration-model`), their levels (`collaboration-level`, by
 * `<model>/<level>`), {@link partnershipPractices} (`partnership-practice`) and the bands of
 * {@link scoreBands} (`score-band`, labels and descriptions); the funding streams' eligibility
 * notes are texts of `funding-stream`, their match notes texts of `funding-stream-match`, who
 * administers them `funding-stream-agency`, their descriptions `funding-stream-description`, their
 * time limits `funding-stream-time-limit`, and the notes of their dated facts `funding-fact` (by
 * `<stream>/<fact>/<from>`); the collaboration models' provenance notes are texts of
 * `collaboration-model-provenance`, and the agreement templates' clause descriptions texts of
 * `agreement-clause` (by `<template>/<clause>`).
 *
 * @example
 * ```ts
 * import { translatedCatalogs } from "ece-partnerships";
 * translatedCatalogs.length; //=> 26
 * translatedCatalogs.includes("organization-kind"); //=> true
 * ```
 * @category Languages
 */
export const translatedCatalogs = /* @__PURE__ */ Object.freeze([
  "regulation-paragraph",
  "partner-category",
  "planning-step",
  "planning-question",
  "continuum-stage",
  "example-goal",
  "action-area",
  "organization-kind",
  "funding-stream",
  "ccrr-function",
  "staff-policy-topic",
  "partnership-element",
  "staff-role",
  "shared-service-function",
  "agreement-template",
  "collaboration-model",
  "partnership-practice",
  "collaboration-level",
  "score-band",
  "funding-stream-match",
  "funding-stream-agency",
  "funding-stream-description",
  "funding-stream-time-limit",
  "funding-fact",
  "collaboration-model-provenance",
  "agreement-clause",
] as const);

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

/** Throws the error that says how to pass a locale, for a string such as `"es"`; the locale, or `undefined` for none. */
export function requireLocale(locale: unknown, where: string): Locale | undefined {
  if (locale === undefined) return undefined;
  if (typeof locale === "string") {
    throw new TypeError(`${where}: locale "${locale}" is a string; pass the locale object instead: import { ${locale.replace(/[^a-z]/gi, "")} } from "ece-partnerships/${locale.replace(/[^a-z-]/gi, "")}" (so an app that never asks for a language does not bundle it)`);
  }
  if (typeof locale !== "object" || locale === null || typeof (locale as Locale).id !== "string") {
    throw new TypeError(`${where}: locale must be a locale object such as es from "ece-partnerships/es"`);
  }
  return locale as Locale;
}

/**
 * A finding code's title, action and message function in a locale, or `undefined` (show the
 * English of {@link findingMeta}). Own keys only.
 *
 * @throws {TypeError} When `locale` is a string such as `"es"` (import the locale object instead).
 * @example
 * ```ts
 * import { findingTextIn } from "ece-partnerships";
 * import { es } from "ece-partnerships/es";
 * findingTextIn(es, "agreement.expired")?.title; //=> "Acuerdo vencido"
 * findingTextIn(es, "app.own-code"); //=> undefined
 * ```
 * @category Languages
 */
export function findingTextIn(locale: Locale, code: string): LocalizedFindingText | undefined {
  const findings = requireLocale(locale, "findingTextIn")?.findings;
  return findings && Object.hasOwn(findings, code) ? findings[code] : undefined;
}

/**
 * A finding with its message in a locale: written from the finding's `params` by the locale's
 * message for its code. Everything else (code, severity, params, citation, subject, path) is
 * unchanged. The finding is returned as it is when no locale is given, when the locale has no
 * message for the code (an app's own finding), when the finding has no params, or when the
 * params do not fit the message (it never throws for a finding).
 *
 * @throws {TypeError} When `locale` is a string such as `"es"` (import the locale object instead).
 * @example
 * ```ts
 * import { localizeFinding, type Finding } from "ece-partnerships";
 * import { es } from "ece-partnerships/es";
 * const f: Finding = {
 *   code: "agreement.expired", severity: "should", message: "MOU 1 ended on 2025-06-30.",
 *   params: { agreement: "MOU 1", end: "2025-06-30" },
 * };
 * localizeFinding(f, es).message; //=> "MOU 1 terminó el 2025-06-30."
 * localizeFinding(f, es).code; //=> "agreement.expired"
 * localizeFinding(f).message; //=> "MOU 1 ended on 2025-06-30."
 * ```
 * @category Languages
 */
export function localizeFinding<F extends Finding<string>>(finding: F, locale?: Locale): F {
  const text = locale === undefined ? undefined : findingTextIn(locale, finding.code);
  if (!text || !finding.params) return finding;
  let message: unknown;
  try {
    message = text.message(finding.params, finding);
  } catch {
    return finding;
  }
  return typeof message === "string" ? Object.assign({}, finding, { message }) : finding;
}

/**
 * {@link localizeFinding} for a list of findings, in the same order.
 *
 * @throws {TypeError} When `locale` is a string such as `"es"`.
 * @example
 * ```ts
 * import { localizeFindings, assessAgreement } from "ece-partnerships";
 * import { es } from "ece-partnerships/es";
 * const a = assessAgreement(
 *   { id: "m", kind: "mou", parties: ["hs", "lea"], effectiveDate: "2024-07-01", endDate: "2025-06-30", signatures: [{ party: "hs", signer: "A. Rivera", date: "2024-06-01" }, { party: "lea", signer: "B. Chen", date: "2024-06-03" }], clauses: [], submissions: [], amendments: [] },
 *   { asOf: "2025-09-01" },
 * );
 * a.findings.map((f) => f.message); //=> ["Agreement m ended on 2025-06-30."]
 * localizeFindings(a.findings, es).map((f) => f.message); //=> ["El acuerdo m terminó el 2025-06-30."]
 * ```
 * @category Languages
 */
export function localizeFindings<F extends Finding<string>>(findings: readonly F[], locale?: Locale): F[] {
  requireLocale(locale, "localizeFindings");
  return findings.map((f) => localizeFinding(f, locale));
}
