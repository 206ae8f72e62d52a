import type { Citation } from "../core/index.js";
import type { OrganizationKindId } from "../partners/index.js";

/**
 * The name of the library's vocabulary as an HSDS `taxonomy`, and the prefixes of its term codes:
 * `partner-category:<id>` for the eight categories of 45 CFR 1302.53(a)(2),
 * `organization-kind:<id>` for {@link organizationKinds}, `organization-level:<level>` for an
 * organization's level. {@link toHsds} writes these terms; {@link fromHsds} reads them back exactly.
 *
 * @example
 * ```ts
 * import { HSDS_TAXONOMY } from "ece-partnerships";
 * HSDS_TAXONOMY.name; //=> "ece-partnerships"
 * `${HSDS_TAXONOMY.prefixes.category}health`; //=> "partner-category:health"
 * ```
 * @category Directory
 */
export const HSDS_TAXONOMY = /* @__PURE__ */ Object.freeze({
  name: "ece-partnerships",
  description:
    "Partner categories of community organizations from 45 CFR 1302.53(a)(2) (Head Start Program Performance Standards), and the kinds and levels of organizations ece-partnerships records.",
  version: "1",
  prefixes: /* @__PURE__ */ Object.freeze({ category: "partner-category:", kind: "organization-kind:", level: "organization-level:" }),
});

/**
 * One line of {@link directoryTermMap}: the words that, in a directory's taxonomy term or service
 * text, say an organization is of a kind.
 *
 * @example
 * ```ts
 * import { directoryTermMap, type DirectoryTermRule } from "ece-partnerships";
 * const rule: DirectoryTermRule = directoryTermMap[0]!;
 * rule.kind; //=> "domestic-violence-provider"
 * ```
 * @category Directory
 */
export interface DirectoryTermRule {
  /** Lower-case words or phrases, matched on word boundaries; a phrase ending in `*` matches any ending. */
  readonly words: readonly string[];
  /** The organization kind they indicate. */
  readonly kind: OrganizationKindId;
}

/**
 * Where {@link directoryTermMap} comes from: the library's own mapping from the words directories
 * use (the Open Eligibility human-services terms, 211 taxonomy names and plain service
 * descriptions) to its organization kinds, whose partner categories follow 45 CFR 1302.53(a)(2).
 * It is not an official crosswalk; a term it does not match is reported, never guessed.
 *
 * @example
 * ```ts
 * import { directoryTermMapCitation } from "ece-partnerships";
 * directoryTermMapCitation.section; //=> "1302.53(a)(2)"
 * ```
 * @category Directory
 */
export const directoryTermMapCitation: Citation = /* @__PURE__ */ Object.freeze({
  source: "45 CFR",
  section: "1302.53(a)(2)",
  url: "https://www.ecfr.gov/current/title-45/subtitle-B/chapter-XIII/subchapter-B/part-1302/subpart-E/section-1302.53",
});

const rule = (kind: OrganizationKindId, ...words: string[]): DirectoryTermRule => Object.freeze({ kind, words: Object.freeze(words) });

/**
 * How {@link fromHsds} reads a directory's words: rules tried in order, the first that matches a
 * term (or, when no term matches, the service names and descriptions) gives the organization's
 * kind, and its partner categories follow from the kind. More specific rules come first
 * ("family child care" before "child care", "domestic violence" before "shelter"). See
 * {@link directoryTermMapCitation} for what it rests on.
 *
 * @example
 * ```ts
 * import { directoryTermMap } from "ece-partnerships";
 * directoryTermMap.find((r) => r.words.includes("food pantry"))?.kind; //=> "nutrition-assistance-agency"
 * ```
 * @category Directory
 */
export const directoryTermMap: readonly DirectoryTermRule[] = /* @__PURE__ */ Object.freeze([
  /* @__PURE__ */ rule("domestic-violence-provider", "domestic violence", "intimate partner violence", "family violence", "dating violence", "sexual assault"),
  /* @__PURE__ */ rule("early-head-start", "early head start"),
  /* @__PURE__ */ rule("migrant-seasonal-head-start", "migrant head start", "migrant and seasonal head start"),
  /* @__PURE__ */ rule("head-start-preschool", "head start"),
  /* @__PURE__ */ rule("ccrr-agency", "child care resource and referral", "ccr&r", "child care referral*", "help find childcare", "help find child care"),
  /* @__PURE__ */ rule("family-child-care-home", "family child care", "home daycare", "home-based child care", "family day care"),
  /* @__PURE__ */ rule("state-preschool", "state preschool", "pre-k", "prekindergarten", "universal preschool"),
  /* @__PURE__ */ rule("child-care-center", "child care", "childcare", "daycare", "day care", "preschool", "early learning center"),
  /* @__PURE__ */ rule("child-welfare-agency", "child welfare", "child protective*", "foster care", "adoption", "kinship care", "child abuse"),
  /* @__PURE__ */ rule("family-support-services", "family preservation", "family support", "parenting", "parent education", "home visiting"),
  /* @__PURE__ */ rule("mckinney-vento-liaison", "mckinney-vento", "homeless liaison", "homeless education"),
  /* @__PURE__ */ rule("homelessness-services", "homeless*", "temporary shelter", "emergency shelter", "shelter", "transitional housing"),
  /* @__PURE__ */ rule("housing-agency", "housing", "rent", "rental assistance", "housing voucher*", "public housing", "utilities"),
  /* @__PURE__ */ rule("dental-provider", "dental", "dentist*", "oral health"),
  /* @__PURE__ */ rule("mental-health-provider", "mental health", "counseling", "behavioral health", "therapy", "infant mental health"),
  /* @__PURE__ */ rule("substance-use-treatment", "substance use", "substance abuse", "addiction", "recovery", "sober living"),
  /* @__PURE__ */ rule("prenatal-postnatal-provider", "prenatal", "postnatal", "postpartum", "maternity", "pregnancy", "doula*"),
  /* @__PURE__ */ rule("nutrition-assistance-agency", "wic", "snap", "food pantry", "food bank", "emergency food", "food benefits", "government food benefits", "meals", "food"),
  /* @__PURE__ */ rule("nutrition-provider", "nutrition", "nutrition education", "dietitian*"),
  /* @__PURE__ */ rule("medicaid-managed-care", "medicaid", "health insurance", "chip"),
  /* @__PURE__ */ rule("disability-services", "early intervention", "special education", "disabilit*", "developmental delay*", "part c"),
  /* @__PURE__ */ rule("health-provider", "health", "medical", "medical care", "clinic", "primary care", "pediatric*", "immunization*", "hospital"),
  /* @__PURE__ */ rule("adult-education", "adult education", "literacy", "ged", "english as a second language", "esl", "family literacy"),
  /* @__PURE__ */ rule("higher-education", "higher education", "college", "university", "community college"),
  /* @__PURE__ */ rule("elementary-school", "elementary school", "primary school"),
  /* @__PURE__ */ rule("local-education-agency", "school district", "public school*", "kindergarten", "education"),
  /* @__PURE__ */ rule("library", "library", "libraries"),
  /* @__PURE__ */ rule("museum", "museum*", "children's museum"),
  /* @__PURE__ */ rule("tanf-agency", "tanf", "temporary assistance", "cash assistance", "public assistance"),
  /* @__PURE__ */ rule("workforce-development", "job training", "employment", "workforce", "job search", "job*", "work"),
  /* @__PURE__ */ rule("financial-capability", "financial", "tax preparation", "free tax", "money management", "budgeting", "savings", "money"),
  /* @__PURE__ */ rule("foundation", "foundation", "philanthrop*", "united way"),
  /* @__PURE__ */ rule("family-group", "parent group*", "support group*", "policy council"),
]);

/** A word pattern of a rule: word boundaries on both sides, or any ending after a `*`. */
function wordPattern(word: string): RegExp {
  const stem = word.endsWith("*");
  const text = (stem ? word.slice(0, -1) : word).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(^|[^a-z0-9])${text}${stem ? "" : "(?![a-z0-9])"}`, "i");
}

let compiled: { kind: OrganizationKindId; patterns: RegExp[] }[] | undefined;

/** The first rule of {@link directoryTermMap} whose words occur in `text`, and the word that matched. */
export function kindFromWords(text: string): { kind: OrganizationKindId; word: string } | undefined {
  compiled ??= directoryTermMap.map((r) => ({ kind: r.kind, patterns: r.words.map(wordPattern) }));
  for (const [i, r] of compiled.entries()) {
    const at = r.patterns.findIndex((p) => p.test(text));
    if (at !== -1) return { kind: r.kind, word: directoryTermMap[i]!.words[at]! };
  }
  return undefined;
}
