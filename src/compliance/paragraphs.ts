import { defineCatalog, type CatalogItem } from "../core/index.js";

const ECFR = "https://www.ecfr.gov/current/title-45/subtitle-B/chapter-XIII/subchapter-B/part-1302/subpart-E/section-1302.53";

/** The words of 45 CFR 1302.53, verbatim as amended by 89 FR 67812 (Aug. 21, 2024). */
export const TEXT_1302_53 = /* @__PURE__ */ Object.freeze({
  a1: "A program must establish ongoing collaborative relationships and partnerships with community organizations such as establishing joint agreements, procedures, or contracts and arranging for onsite delivery of services as appropriate, to facilitate access to community services that are responsive to children's and families' needs and family partnership goals, and community needs and resources, as determined by the community assessment.",
  a2: "A program must establish necessary collaborative relationships and partnerships, with community organizations that may include:",
  b: "A program must take an active role in promoting coordinated systems of comprehensive early childhood services to low-income children and families in their community through communication, cooperation, and the sharing of information among agencies and their community partners, while protecting the privacy of child records in accordance with subpart C of part 1303 of this chapter and applicable federal, state, local, and tribal laws.",
  b1: "To support coordination between Head Start Preschool and publicly funded preschool programs, a program must enter into a memorandum of understanding with the appropriate local entity responsible for managing publicly funded preschool programs in the service area of the program, as described in section 642(e)(5) of the Act.",
  b2: "A program, with the exception of American Indian and Alaska Native programs, should participate in its State or local Quality Rating and Improvement System (QRIS), to the extent practicable, if a State or local QRIS has a strategy to support Head Start participation without requiring programs to duplicate existing documentation from Office of Head Start oversight.",
  b3: "A program, with the exception of American Indian and Alaska Native programs unless they would like to and to the extent practicable, should integrate and share relevant data with state education data systems, to the extent practicable, if the program can receive similar support and benefits as other participating early childhood programs.",
  b4: "An American Indian and Alaska Native program should determine whether or not it will participate in the systems described in paragraphs (b)(2) and (3) of this section.",
});

/**
 * A paragraph of a regulation the library checks, with its words verbatim, the word that binds
 * ("must", "should") and its citation.
 *
 * @example
 * ```ts
 * import { regulationParagraphs, type RegulationParagraph } from "ece-partnerships";
 * const p: RegulationParagraph = regulationParagraphs[2]!;
 * p.binds; //=> "must"
 * ```
 * @category Compliance
 */
export interface RegulationParagraph extends CatalogItem {
  /** The paragraph's own words, verbatim. */
  readonly description: string;
  /** `must` when the paragraph says "must", `should` when it says "should". */
  readonly binds: "must" | "should";
}

/**
 * The paragraphs of 45 CFR 1302.53 the library checks, verbatim as amended by 89 FR 67812 (Aug.
 * 21, 2024): (a)(1) ongoing partnerships, the lead-in of (a)(2) (its eight categories are
 * `partnerCategories`), (b) the active role in coordinated systems, (b)(1) the public-preschool
 * MOU, (b)(2) QRIS, (b)(3) data systems, (b)(4) American Indian and Alaska Native programs. Each
 * names the word that binds it; compliance findings cite these paragraphs, and their `must`s quote
 * these words.
 *
 * @example
 * ```ts
 * import { regulationParagraphs } from "ece-partnerships";
 * regulationParagraphs.map((p) => `${p.citation.section} ${p.binds}`);
 * //=> ["1302.53(a)(1) must", "1302.53(a)(2) must", "1302.53(b) must", "1302.53(b)(1) must", "1302.53(b)(2) should", "1302.53(b)(3) should", "1302.53(b)(4) should"]
 * ```
 * @category Compliance
 */
export const regulationParagraphs: readonly RegulationParagraph[] = /* @__PURE__ */ (() =>
  defineCatalog<RegulationParagraph>(
    (
      [
        ["1302-53-a-1", "(a)(1)", "Community partnerships", TEXT_1302_53.a1, "must"],
        ["1302-53-a-2", "(a)(2)", "Necessary partnerships, which may include eight categories", TEXT_1302_53.a2, "must"],
        ["1302-53-b", "(b)", "Coordination with other programs and systems", TEXT_1302_53.b, "must"],
        ["1302-53-b-1", "(b)(1)", "Memorandum of understanding", TEXT_1302_53.b1, "must"],
        ["1302-53-b-2", "(b)(2)", "Quality Rating and Improvement Systems", TEXT_1302_53.b2, "should"],
        ["1302-53-b-3", "(b)(3)", "Data systems", TEXT_1302_53.b3, "should"],
        ["1302-53-b-4", "(b)(4)", "American Indian and Alaska Native programs", TEXT_1302_53.b4, "should"],
      ] as const
    ).map(([id, paragraph, label, description, binds]) => ({ id, label, description, binds, citation: { source: "45 CFR", section: `1302.53${paragraph}`, url: ECFR } })),
  ))();
