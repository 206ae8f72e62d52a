import type { TranslatedText } from "../locale/locale.js";

/**
 * Where the official Spanish text of 45 CFR 1302.53 was read: the Office of Head Start's Spanish
 * page of the Program Performance Standards. The page does not say which version of the rule it
 * translates; its paragraphs below read as the current English text does, except where `differs`
 * says. The stored copy ends inside (a)(2)(v), so (a)(2)(v)-(viii) and (b) are not here yet.
 */
const SOURCE = Object.freeze({
  title: "45 CFR 1302.53, Asociaciones con las comunidades y coordinación con otros programas de la primera infancia y con sistemas de cuidado y educación (Head Start ECLKC, en español)",
  url: "https://eclkcprod.eclkc.info/es/policy/45-cfr-chap-xiii/1302-53-asociaciones-con-las-comunidades-y-coordinacion-con-otros-programas-de-la-primera-infancia-y",
  retrieved: "2026-11-30",
});

const official = (text: string, differs?: string): TranslatedText => Object.freeze({ text, translation: "official" as const, source: SOURCE, ...(differs ? { differs } : {}) });

/** The official Spanish paragraphs of 1302.53 the library holds, by catalog key. */
export const official130253: Readonly<Record<string, TranslatedText>> = Object.freeze({
  "regulation-paragraph:1302-53-a-1": official(
    "El programa deberá establecer relaciones y asociaciones cooperativas con organizaciones comunitarias, tal como establecer acuerdos, procedimientos o contratos conjuntos y hacer arreglos para la prestación de servicios en el lugar, según corresponda, para facilitar el acceso a los servicios de la comunidad que respondan a las necesidades de los niños y las familias y las metas de la asociación con la familia y las necesidades y los recursos comunitarios, como se determinó en el estudio de la comunidad.",
    'The English text requires "ongoing" collaborative relationships; the Spanish translation has no word for "ongoing".',
  ),
  "regulation-paragraph:1302-53-a-2": official("El programa deberá establecer relaciones cooperativas y las asociaciones que se necesitan con las organizaciones comunitarias que pueden incluir lo siguiente:"),
  "partner-category:health": official(
    "Los proveedores de atención médica, incluidos los profesionales de salud mental para niños y adultos, redes de atención médica administrada de Medicaid, dentistas y otros profesionales de la salud, proveedores de servicios de nutrición, proveedores de apoyo prenatal y postnatal y proveedores de tratamiento del abuso de sustancias.",
  ),
  "partner-category:disabilities-schools-child-care": official(
    "Las personas y las agencias que proveen servicios a los niños con discapacidades y sus familias, las escuelas primarias, los proveedores del preescolar estatal y los proveedores de los servicios del cuidado infantil.",
  ),
  "partner-category:child-welfare": official(
    "Los servicios de preservación y de apoyo a las familias, así como los servicios de protección de menores y cualquier otra agencia a la que se debe denunciar el maltrato infantil, conforme a la ley estatal o tribal.",
  ),
  "partner-category:education-culture": official("Las instituciones educacionales y culturales, como las bibliotecas y los museos, tanto para los niños como para las familias."),
});

/** Paragraphs of 1302.53 with an official Spanish translation the library does not hold yet (the stored page copy ends before them). */
export const missing130253: readonly string[] = Object.freeze([
  "regulation-paragraph:1302-53-b",
  "regulation-paragraph:1302-53-b-1",
  "regulation-paragraph:1302-53-b-2",
  "regulation-paragraph:1302-53-b-3",
  "regulation-paragraph:1302-53-b-4",
  "partner-category:economic-stability",
  "partner-category:housing-homelessness",
  "partner-category:domestic-violence",
  "partner-category:other-support",
]);
