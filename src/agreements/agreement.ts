import { z } from "../core/zod.js";
import { crossField, issueText, enumSchema } from "../core/internal.js";
import { IdSchema, IsoDateSchema, TextSchema, entitySchema, parseWith, partSchema, type ParseInput, type ParseResult } from "../core/index.js";
import { agreementKinds, findTemplate, submissionRecipients } from "./templates.js";

/**
 * A signature: which party, who signed, when.
 *
 * @example
 * ```ts
 * import { SignatureSchema } from "ece-partnerships";
 * SignatureSchema.parse({ party: "hs", signer: "L. Chen, Executive Director", date: "2025-08-04" }).date; //=> "2025-08-04"
 * ```
 * @category Agreements
 */
export const SignatureSchema = /* @__PURE__ */ partSchema(
  {
    /** Organization id of the signing party. */
    party: IdSchema,
    /** Name (and title) of the person who signed. */
    signer: TextSchema,
    /** Date signed. */
    date: IsoDateSchema,
  },
  { name: "signer", organization: "party", signedOn: "date" },
);

/**
 * A clause of an agreement: a template clause id (or a custom clause with `custom: true`), its text
 * and the parties responsible for it. A clause counts as present when its text is not empty.
 *
 * @example
 * ```ts
 * import { AgreementClauseSchema } from "ece-partnerships";
 * AgreementClauseSchema.parse({ id: "service-areas", text: "Both serve Dane County; ...", responsibleParties: ["hs", "lea"] }).id; //=> "service-areas"
 * ```
 * @category Agreements
 */
export const AgreementClauseSchema = /* @__PURE__ */ partSchema({
  /** A clause id of the agreement's template, or the agreement's own id for a custom clause. */
  id: /* @__PURE__ */ z.string().min(1),
  /** True for a clause that is not in the template. */
  custom: /* @__PURE__ */ z.boolean().optional(),
  /** Heading, for custom clauses. */
  label: /* @__PURE__ */ z.string().optional(),
  /** What the parties agreed. */
  text: /* @__PURE__ */ z.string(),
  /** Who carries it out (organization ids). */
  responsibleParties: /* @__PURE__ */ z.array(IdSchema).default([]),
});

/**
 * An amendment: when, what changed, and which parties signed it.
 *
 * @example
 * ```ts
 * import { AmendmentSchema } from "ece-partnerships";
 * AmendmentSchema.parse({ date: "2026-01-10", summary: "Adds transportation" }).summary; //=> "Adds transportation"
 * ```
 * @category Agreements
 */
export const AmendmentSchema = /* @__PURE__ */ partSchema({
  /** When it took effect. */
  date: IsoDateSchema,
  /** What it changes. */
  summary: /* @__PURE__ */ z.string().min(1),
  /** Parties who signed it. */
  signedBy: /* @__PURE__ */ z.array(IdSchema).default([]),
});

/**
 * A submission of the agreement to someone (the Secretary through the regional office, the State
 * Director of Head Start Collaboration, a governing body...).
 *
 * @example
 * ```ts
 * import { SubmissionSchema } from "ece-partnerships";
 * SubmissionSchema.parse({ to: "state-collaboration-director", date: "2025-08-20" }).to; //=> "state-collaboration-director"
 * ```
 * @category Agreements
 */
export const SubmissionSchema = /* @__PURE__ */ partSchema({
  /** Recipient. */
  to: /* @__PURE__ */ enumSchema(submissionRecipients),
  /** Date sent. */
  date: IsoDateSchema,
});

/**
 * The legal basis for sharing child records under 45 CFR 1303 subpart C: written parental consent
 * (with the contents 1303.22(a)(2) asks for: which records, why, to whom, signed and dated, and
 * the notice that consent is voluntary and revocable of (a)(4)), or a named disclosure without consent.
 *
 * @example
 * ```ts
 * import { DataSharingBasisSchema } from "ece-partnerships";
 * DataSharingBasisSchema.parse({ basis: "exception", exception: "child welfare caseworker with access to the case plan of a child in foster care" }).basis; //=> "exception"
 * ```
 * @category Agreements
 */
export const DataSharingBasisSchema = /* @__PURE__ */ z.discriminatedUnion("basis", [
  /* @__PURE__ */ partSchema({
    basis: /* @__PURE__ */ z.literal("parental-consent"),
    /** What the consent form states (1303.22(a)(2), (a)(4)). */
    consentForm: /* @__PURE__ */ partSchema({
      specifiesRecords: /* @__PURE__ */ z.boolean(),
      statesPurpose: /* @__PURE__ */ z.boolean(),
      identifiesRecipients: /* @__PURE__ */ z.boolean(),
      signedAndDated: /* @__PURE__ */ z.boolean(),
      explainsVoluntaryAndRevocable: /* @__PURE__ */ z.boolean(),
    }),
  }),
  /* @__PURE__ */ partSchema({
    basis: /* @__PURE__ */ z.literal("exception"),
    /** The disclosure without consent relied on, in words (45 CFR 1303.22; paragraph numbering unverified). */
    exception: /* @__PURE__ */ z.string().min(1),
  }),
]);

/**
 * The review and renewal record of an agreement: its cadence (defaults to the template's) and
 * when it was last reviewed or renewed.
 *
 * @example
 * ```ts
 * import { AgreementReviewSchema } from "ece-partnerships";
 * AgreementReviewSchema.parse({ cadence: "annual", lastReviewed: "2025-06-30" }).cadence; //=> "annual"
 * ```
 * @category Agreements
 */
export const AgreementReviewSchema = /* @__PURE__ */ partSchema({
  /** Overrides the template's cadence; `none` for an agreement with no review rule. */
  cadence: /* @__PURE__ */ enumSchema(["annual", "biennial", "biennial-school-year", "none"]).optional(),
  /** When it was last reviewed or renewed. */
  lastReviewed: /* @__PURE__ */ IsoDateSchema.optional(),
  /** The month (1-12) the school year starts, for `biennial-school-year`; overrides the option. */
  schoolYearStartMonth: /* @__PURE__ */ z.number().int().min(1).max(12).optional(),
});

/**
 * The fields of {@link AgreementSchema} without its cross-field rules, for reuse: `.pick()`, `.omit()`
 * and `.partial()` work on it (they refuse a schema with refinements). Validate whole records with
 * {@link AgreementSchema}.
 *
 * @example
 * ```ts
 * import { AgreementBaseSchema } from "ece-partnerships";
 * Object.keys(AgreementBaseSchema.partial().shape).length > 1; //=> true
 * ```
 * @category Agreements
 */
export const AgreementBaseSchema = /* @__PURE__ */ entitySchema({
  /** Unique id. */
  id: IdSchema,
  /** What kind of agreement. */
  kind: /* @__PURE__ */ enumSchema(agreementKinds),
  /** The template it follows (see {@link agreementTemplates}). */
  templateId: /* @__PURE__ */ z.string().min(1).optional(),
  /**
   * Other templates the same document also follows: a public-preschool MOU that is also the
   * school district's Title I agreement (`["lea-title-i-agreement"]`). Its clauses may come from
   * any of them, and its assessment reports its coverage of each.
   */
  alsoFollows: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string().min(1)).optional(),
  /** A title. */
  title: /* @__PURE__ */ z.string().min(1).optional(),
  /** Organization ids of the parties: two or more, distinct. */
  parties: /* @__PURE__ */ z.array(IdSchema).min(2, { error: (issue) => `an agreement needs at least two parties; it has ${Array.isArray(issue.input) ? issue.input.length : 0}` }),
  /** Signatures; the agreement is executed when every party has signed. */
  signatures: /* @__PURE__ */ z.array(SignatureSchema).default([]),
  /** First day in force; defaults to the date of the last signature. */
  effectiveDate: /* @__PURE__ */ IsoDateSchema.optional(),
  /** Last day in force (inclusive). */
  endDate: /* @__PURE__ */ IsoDateSchema.optional(),
  /** Review and renewal. */
  review: /* @__PURE__ */ AgreementReviewSchema.optional(),
  /** Submissions (the public-preschool MOU goes to the Secretary and the State Director within 30 days). */
  submissions: /* @__PURE__ */ z.array(SubmissionSchema).default([]),
  /** Clauses. */
  clauses: /* @__PURE__ */ z.array(AgreementClauseSchema).default([]),
  /** Amendments. */
  amendments: /* @__PURE__ */ z.array(AmendmentSchema).default([]),
  /** Termination: the first day no longer in force, by whom, why. */
  termination: /* @__PURE__ */ partSchema({
    date: IsoDateSchema,
    by: /* @__PURE__ */ IdSchema.optional(),
    reason: /* @__PURE__ */ z.string().optional(),
  }).optional(),
  /** Whether the agreement shares child records; defaults to the template's. */
  sharesChildRecords: /* @__PURE__ */ z.boolean().optional(),
  /** The legal basis for sharing child records. */
  dataSharing: /* @__PURE__ */ DataSharingBasisSchema.optional(),
});

/**
 * An agreement that makes a partnership formal: an MOU, contract, joint agreement, procedure,
 * onsite service arrangement, data-sharing agreement, EHS-CCP partnership agreement or
 * shared-services agreement. Rejected with a path: fewer than two distinct parties, an end
 * before the effective date, a signature by a non-party, a clause id not in the template, a
 * duplicate clause, an unknown template or one for another kind, a termination before the effective date.
 *
 * @example
 * ```ts
 * import { parseAgreement } from "ece-partnerships";
 * const r = parseAgreement({
 *   id: "mou-1", kind: "mou", templateId: "public-preschool-mou", parties: ["hs", "lea"],
 *   signatures: [{ party: "county", signer: "X", date: "2025-08-01" }],
 *   clauses: [{ id: "service-areas", text: "..." }, { id: "service-areas", text: "again" }, { id: "snacks", text: "..." }],
 * });
 * if (!r.ok) r.error.issues.map((i) => i.pathText); //=> ["signatures[0].party", "clauses[1].id", "clauses[2].id"]
 * ```
 * @category Agreements
 */
export const AgreementSchema = /* @__PURE__ */ AgreementBaseSchema.superRefine((a, ctx) => {
  const parties = new Set<string>();
  a.parties.forEach((party, index) => {
    if (parties.has(party)) ctx.addIssue({ code: "custom", path: ["parties", index], ...issueText("party \"{party}\" is listed twice", { party }) });
    parties.add(party);
  });
  a.signatures.forEach((s, index) => {
    if (!parties.has(s.party)) ctx.addIssue({ code: "custom", path: ["signatures", index, "party"], ...issueText("\"{party}\" signed but is not a party to agreement {id}", { party: s.party, id: a.id }) });
  });
  if (a.effectiveDate && a.endDate && a.endDate < a.effectiveDate) {
    ctx.addIssue({ code: "custom", path: ["endDate"], ...issueText("the end date {endDate} is before the effective date {effectiveDate}", { endDate: a.endDate, effectiveDate: a.effectiveDate }) });
  }
  if (a.effectiveDate && a.termination && a.termination.date < a.effectiveDate) {
    ctx.addIssue({ code: "custom", path: ["termination", "date"], ...issueText("the termination {date} is before the effective date {effectiveDate}", { date: a.termination.date, effectiveDate: a.effectiveDate }) });
  }
  const template = a.templateId === undefined ? undefined : findTemplate(a.templateId);
  if (a.templateId !== undefined && !template) {
    ctx.addIssue({ code: "custom", path: ["templateId"], ...issueText("unknown template \"{templateId}\"; see agreementTemplates", { templateId: a.templateId }) });
  }
  if (template && template.kind !== a.kind) {
    ctx.addIssue({ code: "custom", path: ["kind"], ...issueText("template \"{id}\" is for kind \"{kind}\", not \"{kind2}\"", { id: template.id, kind: template.kind, kind2: a.kind }) });
  }
  const others = (a.alsoFollows ?? []).map((id, i) => {
    const other = findTemplate(id);
    if (!other) ctx.addIssue({ code: "custom", path: ["alsoFollows", i], ...issueText("unknown template \"{id}\"; see agreementTemplates", { id }) });
    else if (id === a.templateId) ctx.addIssue({ code: "custom", path: ["alsoFollows", i], ...issueText("\"{id}\" is already the agreement's templateId", { id }) });
    return other;
  });
  const followed = [...new Set([template, ...others].flatMap((t) => (t ? [t] : [])))];
  const clauseIds = new Set(followed.flatMap((t) => t.clauses.map((c) => c.id)));
  const seen = new Map<string, number>();
  a.clauses.forEach((c, index) => {
    const first = seen.get(c.id);
    if (first !== undefined) ctx.addIssue({ code: "custom", path: ["clauses", index, "id"], ...issueText("clause \"{id}\" appears twice (also at clauses[{first}])", { id: c.id, first }) });
    else seen.set(c.id, index);
    if (c.custom !== true && first === undefined && !clauseIds.has(c.id)) {
      ctx.addIssue({
        code: "custom",
        path: ["clauses", index, "id"],
        ...(followed.length
          ? issueText('clause "{id}" is not in template "{templates}"; mark it custom: true for a clause of your own', { id: c.id, templates: followed.map((t) => t.id).join('" or "') })
          : issueText('clause "{id}" needs a template, or custom: true', { id: c.id })),
      });
    }
    c.responsibleParties.forEach((p, j) => {
      if (!parties.has(p)) ctx.addIssue({ code: "custom", path: ["clauses", index, "responsibleParties", j], ...issueText("\"{p}\" is not a party to agreement {id}", { p, id: a.id }) });
    });
  });
}, /* @__PURE__ */ crossField("parties", "signatures", "clauses", "templateId", "alsoFollows", "kind", "effectiveDate", "endDate", "termination", "amendments", "submissions"));

/**
 * An agreement; see {@link AgreementSchema}.
 *
 * @example
 * ```ts
 * import type { Agreement } from "ece-partnerships";
 * const a: Agreement = { id: "a", kind: "procedure", parties: ["x", "y"], signatures: [], submissions: [], clauses: [], amendments: [] };
 * a.kind; //=> "procedure"
 * ```
 * @category Agreements
 * @useDeclaredType
 */
export type Agreement = z.infer<typeof AgreementSchema>;

/**
 * What {@link AgreementSchema} accepts (list fields may be left out).
 *
 * @example
 * ```ts
 * import type { AgreementInput } from "ece-partnerships";
 * const a: AgreementInput = { id: "a", kind: "contract", parties: ["x", "y"] };
 * a.parties.length; //=> 2
 * ```
 * @category Agreements
 * @useDeclaredType
 */
export type AgreementInput = z.input<typeof AgreementSchema>;

/**
 * Validates an agreement; never throws.
 *
 * @example
 * ```ts
 * import { parseAgreement } from "ece-partnerships";
 * const r = parseAgreement({ id: "a", kind: "mou", parties: ["hs", "lea"], effectiveDate: "2025-08-01", endDate: "2025-07-31" });
 * if (!r.ok) r.error.issues[0]?.message; //=> "the end date 2025-07-31 is before the effective date 2025-08-01"
 * ```
 * @category Agreements
 */
export function parseAgreement<const T = AgreementInput>(input: ParseInput<T, AgreementInput>): ParseResult<Agreement> {
  return parseWith(AgreementSchema, input);
}

/**
 * The two exemptions from the public-preschool MOU of Head Start Act 642(e)(5)(B): no publicly
 * funded preschool in the service area, or the responsible entity is unable or unwilling (which
 * requires informing the Secretary and the State Director of Head Start Collaboration).
 *
 * @example
 * ```ts
 * import { mouExemptionKinds } from "ece-partnerships";
 * mouExemptionKinds; //=> ["no-public-preschool", "entity-unable-or-unwilling"]
 * ```
 * @category Agreements
 */
export const mouExemptionKinds = /* @__PURE__ */ Object.freeze(["no-public-preschool", "entity-unable-or-unwilling"] as const);

/**
 * The fields of {@link MouExemptionSchema} without its cross-field rules, for reuse: `.pick()`, `.omit()`
 * and `.partial()` work on it (they refuse a schema with refinements). Validate whole records with
 * {@link MouExemptionSchema}.
 *
 * @example
 * ```ts
 * import { MouExemptionBaseSchema } from "ece-partnerships";
 * Object.keys(MouExemptionBaseSchema.partial().shape).length > 1; //=> true
 * ```
 * @category Agreements
 */
export const MouExemptionBaseSchema = /* @__PURE__ */ entitySchema({
  /** Unique id. */
  id: IdSchema,
  /** The Head Start program it applies to. */
  programId: IdSchema,
  /** Which exemption. */
  exemption: /* @__PURE__ */ enumSchema(mouExemptionKinds),
  /** The local entity responsible for publicly funded preschool (for unable-or-unwilling). */
  entityId: /* @__PURE__ */ IdSchema.optional(),
  /** When it was recorded. */
  recordedOn: IsoDateSchema,
  /** Notifications to the Secretary and the State Director of Head Start Collaboration. */
  notifications: /* @__PURE__ */ z.array(SubmissionSchema).default([]),
  /** Evidence, in words (a letter, minutes, a state list of preschool programs). */
  evidence: /* @__PURE__ */ z.string().optional(),
});

/**
 * A recorded exemption from the public-preschool MOU for a program. An `entity-unable-or-unwilling`
 * exemption needs the entity and the notifications to the Secretary and the State Director of
 * Head Start Collaboration (Head Start Act 642(e)(5)(B)(ii)); without both, it is rejected.
 *
 * @example
 * ```ts
 * import { parseMouExemption } from "ece-partnerships";
 * const r = parseMouExemption({ id: "ex-1", programId: "hs", exemption: "entity-unable-or-unwilling", entityId: "lea", recordedOn: "2025-07-01", notifications: [{ to: "secretary", date: "2025-07-02" }] });
 * if (!r.ok) r.error.issues[0]?.message; //=> "an unable-or-unwilling exemption needs the notification of the state-collaboration-director (Head Start Act 642(e)(5)(B)(ii))"
 * ```
 * @category Agreements
 */
export const MouExemptionSchema = /* @__PURE__ */ MouExemptionBaseSchema.superRefine((e, ctx) => {
  if (e.exemption !== "entity-unable-or-unwilling") return;
  if (!e.entityId) ctx.addIssue({ code: "custom", path: ["entityId"], message: "an unable-or-unwilling exemption names the entity" });
  for (const to of ["secretary", "state-collaboration-director"] as const) {
    if (!e.notifications.some((n) => n.to === to)) {
      ctx.addIssue({ code: "custom", path: ["notifications"], ...issueText("an unable-or-unwilling exemption needs the notification of the {to} (Head Start Act 642(e)(5)(B)(ii))", { to }) });
    }
  }
}, /* @__PURE__ */ crossField("exemption", "entityId", "notifications"));

/**
 * An MOU exemption; see {@link MouExemptionSchema}.
 *
 * @example
 * ```ts
 * import type { MouExemption } from "ece-partnerships";
 * const e: MouExemption = { id: "ex", programId: "hs", exemption: "no-public-preschool", recordedOn: "2025-07-01", notifications: [] };
 * e.exemption; //=> "no-public-preschool"
 * ```
 * @category Agreements
 * @useDeclaredType
 */
export type MouExemption = z.infer<typeof MouExemptionSchema>;

/**
 * What {@link parseMouExemption} accepts for a mou exemption: the schema's input, where fields with
 * defaults are optional. Use it with `satisfies` for completion while writing data.
 *
 * @example
 * ```ts
 * import { parseMouExemption, type MouExemptionInput } from "ece-partnerships";
 * const input = { id: "ex", programId: "hs", exemption: "no-public-preschool", recordedOn: "2025-07-01" } satisfies MouExemptionInput;
 * parseMouExemption(input).ok; //=> true
 * ```
 * @category Agreements
 * @useDeclaredType
 */
export type MouExemptionInput = z.input<typeof MouExemptionSchema>;

/**
 * Validates an MOU exemption; never throws.
 *
 * @example
 * ```ts
 * import { parseMouExemption } from "ece-partnerships";
 * parseMouExemption({ id: "ex", programId: "hs", exemption: "no-public-preschool", recordedOn: "2025-07-01" }).ok; //=> true
 * ```
 * @category Agreements
 */
export function parseMouExemption<const T = MouExemptionInput>(input: ParseInput<T, MouExemptionInput>): ParseResult<MouExemption> {
  return parseWith(MouExemptionSchema, input);
}
