import { z } from "../core/zod.js";
import { partialRecordSchema, crossField, describeValue, didYouMean, issueText, enumSchema } from "../core/internal.js";
import { IdSchema, IsoDateSchema, PeriodSchema, TextSchema, entitySchema, parseWith, partSchema, type ParseInput, type ParseResult } from "../core/index.js";
import { partnerCategoryIds, type PartnerCategoryId } from "./categories.js";
import { organizationKindIds, organizationKinds } from "./kinds.js";

/**
 * The government or geographic level an organization works at.
 *
 * @example
 * ```ts
 * import { organizationLevels } from "ece-partnerships";
 * organizationLevels; //=> ["federal", "state", "tribal", "regional", "county", "local"]
 * ```
 * @category Partners
 */
export const organizationLevels = /* @__PURE__ */ Object.freeze(["federal", "state", "tribal", "regional", "county", "local"] as const);

/**
 * Head Start program types a grant recipient may operate.
 *
 * @example
 * ```ts
 * import { programTypes } from "ece-partnerships";
 * programTypes.includes("early-head-start"); //=> true
 * ```
 * @category Partners
 */
export const programTypes = /* @__PURE__ */ Object.freeze([
  "head-start-preschool",
  "early-head-start",
  "ehs-child-care-partnership",
  "migrant-seasonal-head-start",
] as const);

/**
 * A person to contact at an organization. Strategies for Partnering with Child Welfare Agencies
 * (ECLKC) asks each side to "designate a point person"
 * for referrals, ongoing services, questions and problems: mark that contact `pointPerson: true`.
 *
 * @example
 * ```ts
 * import { ContactSchema } from "ece-partnerships";
 * ContactSchema.parse({ name: "Rosa Diaz", role: "Family services manager", pointPerson: true }).pointPerson; //=> true
 * ```
 * @category Partners
 */
export const ContactSchema = /* @__PURE__ */ partSchema({
  /** Full name. */
  name: TextSchema,
  /** Job title or role in the partnership. */
  role: /* @__PURE__ */ z.string().optional(),
  /** E-mail address. */
  email: /* @__PURE__ */ z.string().regex(z.regexes.email, { error: "not an email address" }).optional(),
  /** Phone number as written. */
  phone: /* @__PURE__ */ z.string().optional(),
  /** The designated point person for partners (Strategies for Partnering with Child Welfare Agencies (ECLKC), Family Partnerships). */
  pointPerson: /* @__PURE__ */ z.boolean().optional(),
});

/**
 * The area an organization serves: free text plus structured lists (counties, ZIP codes, tribal
 * lands), any of which may be empty.
 *
 * @example
 * ```ts
 * import { ServiceAreaSchema } from "ece-partnerships";
 * ServiceAreaSchema.parse({ state: "WI", counties: ["Dane"] }).counties; //=> ["Dane"]
 * ```
 * @category Partners
 */
export const ServiceAreaSchema = /* @__PURE__ */ partSchema({
  /** In words. */
  description: /* @__PURE__ */ z.string().optional(),
  /** Two-letter state or territory code. */
  state: /* @__PURE__ */ z.string().regex(/^[A-Z]{2}$/, { error: "a two-letter state code such as WI" }).optional(),
  /** County names. */
  counties: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string().min(1)).optional(),
  /** ZIP codes. */
  zipCodes: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string().regex(/^\d{5}$/, { error: "a five-digit ZIP code" })).optional(),
  /** Reservations or other tribal jurisdictions (45 CFR 1302.11(a)). */
  tribalLands: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string().min(1)).optional(),
});

/**
 * A street address in the United States (or a territory), as a directory writes it: where families
 * go, and what a community directory needs to place the organization.
 *
 * @example
 * ```ts
 * import { AddressSchema } from "ece-partnerships";
 * AddressSchema.parse({ street: "1 Main St", city: "Madison", state: "WI", postalCode: "53704" }).city; //=> "Madison"
 * ```
 * @category Partners
 */
export const AddressSchema = /* @__PURE__ */ partSchema({
  /** Street address, first line. */
  street: TextSchema,
  /** Suite, floor or building. */
  street2: /* @__PURE__ */ z.string().optional(),
  /** City or town. */
  city: TextSchema,
  /** Two-letter state or territory code. */
  state: /* @__PURE__ */ z.string().regex(/^[A-Z]{2}$/, { error: "a two-letter state code such as WI" }),
  /** ZIP code, five digits or ZIP+4. */
  postalCode: /* @__PURE__ */ z.string().regex(/^\d{5}(-\d{4})?$/, { error: "a ZIP code such as 53704 or 53704-1234" }),
});

/**
 * What a Head Start program organization records about itself: the program types it operates,
 * whether it is an American Indian and Alaska Native program (which changes 1302.53(b)(2)-(4)),
 * and its funded enrollment.
 *
 * @example
 * ```ts
 * import { ProgramDetailsSchema } from "ece-partnerships";
 * ProgramDetailsSchema.parse({ types: ["head-start-preschool"], americanIndianAlaskaNative: false, fundedEnrollment: 240 }).fundedEnrollment; //=> 240
 * ```
 * @category Partners
 */
export const ProgramDetailsSchema = /* @__PURE__ */ partSchema({
  /** The program types operated. */
  types: /* @__PURE__ */ z.array(/* @__PURE__ */ enumSchema(programTypes)).min(1),
  /** An American Indian and Alaska Native program (45 CFR 1302.53(b)(4)). */
  americanIndianAlaskaNative: /* @__PURE__ */ z.boolean(),
  /** Total funded enrollment (children and pregnant women). */
  fundedEnrollment: /* @__PURE__ */ z.number().int().min(0),
  /** Funded enrollment per program type, where known. */
  fundedEnrollmentByType: /* @__PURE__ */ partialRecordSchema(/* @__PURE__ */ enumSchema(programTypes), /* @__PURE__ */ z.number().int().min(0)).optional(),
  /** The current five-year grant (project) period; its end is on or after its start. */
  grantPeriod: /* @__PURE__ */ PeriodSchema.optional(),
  /**
   * The local entities responsible for managing publicly funded preschool programs in the service
   * area (organization ids). Where there are several, the program enters into an MOU with each
   * (ACF-IM-HS-08-18); with this list, the (b)(1) check looks for an MOU or exemption per entity.
   */
  publicPreschoolEntities: /* @__PURE__ */ z.array(IdSchema).optional(),
  /** Participation in the State or local QRIS (45 CFR 1302.53(b)(2)). */
  qris: /* @__PURE__ */ enumSchema(["participating", "not-participating", "no-qris-strategy"]).optional(),
  /** Sharing data with state education data systems (45 CFR 1302.53(b)(3)). */
  stateDataSystems: /* @__PURE__ */ enumSchema(["sharing", "not-sharing", "no-comparable-support"]).optional(),
  /** An American Indian and Alaska Native program's own decision on (b)(2) and (b)(3) (45 CFR 1302.53(b)(4)). */
  aianSystemsDecision: /* @__PURE__ */ partSchema({
    qris: /* @__PURE__ */ enumSchema(["participate", "decline"]),
    dataSystems: /* @__PURE__ */ enumSchema(["participate", "decline"]),
    decidedOn: IsoDateSchema,
  }).optional(),
});

/**
 * A program's details; see {@link ProgramDetailsSchema}.
 *
 * @example
 * ```ts
 * import type { ProgramDetails } from "ece-partnerships";
 * const d: ProgramDetails = { types: ["early-head-start"], americanIndianAlaskaNative: false, fundedEnrollment: 72 };
 * d.fundedEnrollment; //=> 72
 * ```
 * @category Partners
 * @useDeclaredType
 */
export type ProgramDetails = z.infer<typeof ProgramDetailsSchema>;

const programKinds = /* @__PURE__ */ (() => new Set<string>(organizationKinds.filter((k) => k.program).map((k) => k.id)))();

/** Words people use for a kind that are not its id (the nearest id by spelling is suggested otherwise). */
const KIND_SYNONYMS: Readonly<Record<string, string>> = {
  "school-district": "local-education-agency",
  school: "elementary-school",
  lea: "local-education-agency",
  "head-start": "head-start-preschool",
  ehs: "early-head-start",
  ccrr: "ccrr-agency",
  "child-care": "child-care-center",
  daycare: "child-care-center",
  "family-child-care": "family-child-care-home",
  "child-protective-services": "child-welfare-agency",
  cps: "child-welfare-agency",
  "public-library": "library",
  "housing-authority": "housing-agency",
  "homeless-shelter": "homelessness-services",
  "domestic-violence": "domestic-violence-provider",
  clinic: "health-provider",
  dentist: "dental-provider",
  "state-pre-k": "state-preschool",
};

function unknownKindMessage(input: unknown): string {
  const given = typeof input === "string" ? input.trim().toLowerCase().replace(/[\s_]+/g, "-") : undefined;
  const hint = given !== undefined && Object.hasOwn(KIND_SYNONYMS, given) ? `; did you mean "${KIND_SYNONYMS[given]}"?` : didYouMean(input, organizationKindIds);
  return `unknown organization kind; see organizationKinds; got ${describeValue(input)}${hint}`;
}

/**
 * The fields of {@link OrganizationSchema} without its cross-field rules, for reuse: `.pick()`, `.omit()`
 * and `.partial()` work on it (they refuse a schema with refinements). Validate whole records with
 * {@link OrganizationSchema}.
 *
 * @example
 * ```ts
 * import { OrganizationBaseSchema } from "ece-partnerships";
 * Object.keys(OrganizationBaseSchema.partial().shape).length > 1; //=> true
 * ```
 * @category Partners
 */
export const OrganizationBaseSchema = /* @__PURE__ */ entitySchema({
  /** Unique id. */
  id: IdSchema,
  /** Name as the organization writes it. */
  name: TextSchema,
  /** What kind of organization (see {@link organizationKinds}). */
  kind: /* @__PURE__ */ enumSchema(organizationKindIds, { error: (issue) => unknownKindMessage(issue.input) }),
  /** Further kinds, for organizations that do several things (a community action agency). */
  otherKinds: /* @__PURE__ */ z.array(/* @__PURE__ */ enumSchema(organizationKindIds)).optional(),
  /** Partner categories beyond those of its kinds. */
  categories: /* @__PURE__ */ z.array(/* @__PURE__ */ enumSchema(partnerCategoryIds)).optional(),
  /** Federal, state, tribal, regional, county or local. */
  level: /* @__PURE__ */ enumSchema(organizationLevels),
  /** People to contact; mark the designated point person. */
  contacts: /* @__PURE__ */ z.array(ContactSchema).default([]),
  /** The area served. */
  serviceArea: /* @__PURE__ */ ServiceAreaSchema.optional(),
  /** Where it is. */
  address: /* @__PURE__ */ AddressSchema.optional(),
  /** Its web site. */
  website: /* @__PURE__ */ z.url({ error: "a web address such as https://example.org" }).optional(),
  /** For Head Start program organizations. */
  program: /* @__PURE__ */ ProgramDetailsSchema.optional(),
});

/**
 * An organization: a Head Start program, a partner, an agency, a hub. Program organizations
 * (kinds `head-start-preschool`, `early-head-start`, `ehs-child-care-partnership`,
 * `migrant-seasonal-head-start`) must record `program`; other kinds must not.
 *
 * @example
 * ```ts
 * import { OrganizationSchema } from "ece-partnerships";
 * const r = OrganizationSchema.safeParse({
 *   id: "cw-dane", name: "Dane County Child Protective Services", kind: "child-welfare-agency", level: "county",
 *   contacts: [{ name: "J. Okafor", role: "Intake supervisor", pointPerson: true }],
 * });
 * r.success; //=> true
 * ```
 * @category Partners
 */
export const OrganizationSchema = /* @__PURE__ */ OrganizationBaseSchema.superRefine((org, ctx) => {
  const isProgram = programKinds.has(org.kind) || (org.otherKinds ?? []).some((k) => programKinds.has(k));
  if (isProgram && !org.program) {
    ctx.addIssue({ code: "custom", path: ["program"], ...issueText("a {kind} organization records its program details (types, American Indian and Alaska Native status, funded enrollment)", { kind: org.kind }) });
  }
  if (!isProgram && org.program) {
    ctx.addIssue({ code: "custom", path: ["program"], message: "program details are only for Head Start program organizations" });
  }
}, /* @__PURE__ */ crossField("kind", "otherKinds", "program"));

/**
 * An organization; see {@link OrganizationSchema}.
 *
 * @example
 * ```ts
 * import type { Organization } from "ece-partnerships";
 * const lib: Organization = { id: "lib", name: "Public Library", kind: "library", level: "local", contacts: [] };
 * lib.kind; //=> "library"
 * ```
 * @category Partners
 * @useDeclaredType
 */
export type Organization = z.infer<typeof OrganizationSchema>;

/**
 * What {@link OrganizationSchema} accepts (`contacts` may be left out).
 *
 * @example
 * ```ts
 * import type { OrganizationInput } from "ece-partnerships";
 * const o: OrganizationInput = { id: "m", name: "Children's Museum", kind: "museum", level: "local" };
 * o.name; //=> "Children's Museum"
 * ```
 * @category Partners
 * @useDeclaredType
 */
export type OrganizationInput = z.input<typeof OrganizationSchema>;

/**
 * Validates an organization; never throws.
 *
 * @example
 * ```ts
 * import { parseOrganization } from "ece-partnerships";
 * const r = parseOrganization({ id: "hs", name: "Sunrise Head Start", kind: "head-start-preschool", level: "local" });
 * r.ok; //=> false
 * if (!r.ok) r.error.issues[0]?.pathText; //=> "program"
 * ```
 * @category Partners
 */
export function parseOrganization<const T = OrganizationInput>(input: ParseInput<T, OrganizationInput>): ParseResult<Organization> {
  return parseWith(OrganizationSchema, input);
}

/**
 * The partner categories an organization falls in: those of its kinds plus its own `categories`,
 * in regulation order.
 *
 * @example
 * ```ts
 * import { categoriesOf } from "ece-partnerships";
 * categoriesOf({ kind: "housing-agency", otherKinds: ["workforce-development"] });
 * //=> ["economic-stability", "housing-homelessness"]
 * ```
 * @category Partners
 */
export function categoriesOf(org: Pick<Organization, "kind" | "otherKinds" | "categories">): PartnerCategoryId[] {
  return [...categoriesRead(org)];
}

/** {@link categoriesOf} for the library's own loops: the list of a kind is shared, so it is only read, never kept or changed. */
export function categoriesRead(org: Pick<Organization, "kind" | "otherKinds" | "categories">): readonly PartnerCategoryId[] {
  if (!org.otherKinds?.length && !org.categories?.length) return kindCategories().get(org.kind) ?? [];
  const found = new Set<PartnerCategoryId>(org.categories ?? []);
  for (const kindId of [org.kind, ...(org.otherKinds ?? [])]) {
    for (const c of kindCategories().get(kindId) ?? []) found.add(c);
  }
  return partnerCategoryIds.filter((c) => found.has(c));
}

let kindCategoryMap: Map<string, readonly PartnerCategoryId[]> | undefined;

/** Categories by kind id, in regulation order, built on first use. */
function kindCategories(): Map<string, readonly PartnerCategoryId[]> {
  kindCategoryMap ??= new Map(organizationKinds.map((k) => [k.id, partnerCategoryIds.filter((c) => k.categories.includes(c))]));
  return kindCategoryMap;
}

/**
 * True when the organization is a Head Start program (by its kind or other kinds).
 *
 * @example
 * ```ts
 * import { isProgramOrganization } from "ece-partnerships";
 * isProgramOrganization({ kind: "early-head-start" }); //=> true
 * isProgramOrganization({ kind: "library" }); //=> false
 * ```
 * @category Partners
 */
export function isProgramOrganization(org: Pick<Organization, "kind" | "otherKinds">): boolean {
  return programKinds.has(org.kind) || (org.otherKinds ?? []).some((k) => programKinds.has(k));
}

/**
 * The organization's designated point person, if one is marked.
 *
 * @example
 * ```ts
 * import { pointPersonOf } from "ece-partnerships";
 * pointPersonOf({ contacts: [{ name: "A" }, { name: "B", pointPerson: true }] })?.name; //=> "B"
 * ```
 * @category Partners
 */
export function pointPersonOf(org: Pick<Organization, "contacts">): Organization["contacts"][number] | undefined {
  const contact = org.contacts.find((c) => c.pointPerson === true);
  return contact && { ...contact };
}
