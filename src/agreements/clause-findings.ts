import { defineFinding, type FindingMeta } from "../core/index.js";
import { MOU_CONTENTS, act, essa1119 } from "./sources.js";

/** What the message of a missing clause is written from. */
export interface ClauseMissingParams {
  readonly [key: string]: string;
  /** The agreement, by title (or id). */
  agreement: string;
  /** The clause's label. */
  clause: string;
  /** `lacks the` or `has an empty`. */
  state: "lacks the" | "has an empty";
}

/**
 * A missing clause's message: `<agreement> <state> <what> "<clause>".` Every clause one agreement
 * lacks shares the words before the clause's label, so they are kept from the last call and each
 * message adds only the label (a national file has half a million such messages).
 */
const lacks = (what: string) => {
  let agreement: string | undefined;
  let state = "";
  let head = "";
  return (p: ClauseMissingParams) => {
    if (p.agreement !== agreement || p.state !== state) {
      agreement = p.agreement;
      state = p.state;
      head = `${agreement} ${state} ${what} "`;
    }
    return `${head}${p.clause}".`;
  };
};

/** The public-preschool MOU: topics (I)-(VI), (VIII), (IX). */
export const mouTopicMissing = /* @__PURE__ */ (() =>
  defineFinding({
  code: "agreement.public-preschool.topic-missing",
  severity: "must",
  title: "Public-preschool MOU lacks a coordination topic",
  citation: act("(A)(ii)"),
  binding: MOU_CONTENTS,
  basis:
    'The Act says the MOU shall include plans regarding each topic; "as appropriate" qualifies how the activities are coordinated, not whether the MOU addresses the topic, and ACF-IM-HS-08-18 reads it the same way (the MOU "must include coordination plans that address the ten subjects"). Topics (VII) and (X) carry their own qualifiers and have their own codes.',
  action: "Add the parties' plan for this topic to the MOU (an amendment is enough), then review it with the other topics.",
  message: lacks("coordination topic"),
}))();

/** The public-preschool MOU: the review provision of (A)(i). */
export const mouReviewProvisionMissing = /* @__PURE__ */ (() =>
  defineFinding({
  code: "agreement.public-preschool.clause-missing",
  severity: "must",
  title: "Public-preschool MOU lacks the review provision",
  citation: act("(A)(i)"),
  binding: MOU_CONTENTS,
  basis: "The Act says the MOU shall provide for a review of each coordination activity.",
  action: "Add a clause that provides for a review of each coordination activity (who reviews, how often).",
  message: lacks("provision"),
}))();

/** The public-preschool MOU: topic (VII), "as applicable". */
export const mouWorkingParentsTopicMissing = /* @__PURE__ */ (() =>
  defineFinding({
  code: "agreement.public-preschool.working-parents-topic-missing",
  severity: "should",
  title: "Public-preschool MOU does not address services for working parents",
  citation: act("(A)(ii)(VII)"),
  basis: 'Topic (VII) applies "as applicable": where working parents need additional services. An MOU that leaves it out may be complete; the finding asks the parties to say so.',
  action: "If families of either program need extended-day or other services for working parents, add the parties' plan; otherwise note in the MOU that the topic does not apply.",
  message: lacks("coordination topic"),
}))();

/** The public-preschool MOU: topic (X), "other elements mutually agreed". */
export const mouOtherElementsNone = /* @__PURE__ */ (() =>
  defineFinding({
  code: "agreement.public-preschool.other-elements-none",
  severity: "info",
  title: "Public-preschool MOU records no other agreed elements",
  citation: act("(A)(ii)(X)"),
  basis: "Topic (X) covers other elements the parties mutually agree to; an MOU whose parties agreed to none is not deficient.",
  action: "Nothing is required. Record any other element the parties agree to (shared data, joint events...).",
  message: lacks("optional topic"),
}))();

/**
 * The two codes of a template without binding contents: a missing clause its source says the
 * agreement includes (`should`) and a missing recommended clause (`info`).
 */
function clauseMetas<const S extends string>(short: S, source: string) {
  return {
    required: defineFinding({
      code: `agreement.${short}.clause-missing`,
      severity: "should",
      title: `Agreement lacks a clause ${source} names`,
      basis: `Guidance, not regulation: ${source} says such agreements include the clause.`,
      action: "Add the clause to the agreement, or record why the parties left it out.",
      message: lacks("clause"),
    }) as FindingMeta<`agreement.${S}.clause-missing`, ClauseMissingParams>,
    recommended: defineFinding({
      code: `agreement.${short}.recommended-clause-missing`,
      severity: "info",
      title: "Agreement lacks a recommended clause",
      basis: "Practice, not a requirement: the clause is common in such agreements.",
      action: "Consider adding the clause when the agreement is next reviewed.",
      message: lacks("recommended clause"),
    }) as FindingMeta<`agreement.${S}.recommended-clause-missing`, ClauseMissingParams>,
  };
}

/** Child-welfare MOU clauses. */
export const childWelfareClauses = /* @__PURE__ */ clauseMetas("child-welfare", "Strategies for Partnering with Child Welfare Agencies");
/** EHS-CCP partnership agreement clauses. */
export const ehsCcpClauses = /* @__PURE__ */ clauseMetas("ehs-ccp", "Developing Partnership Agreements (ECLKC)");
/** Data-sharing agreement clauses. */
export const dataSharingClauses = /* @__PURE__ */ clauseMetas("data-sharing", "the library's reading of 45 CFR part 1303 subpart C");
/** Shared-services agreement clauses. */
export const sharedServicesClauses = /* @__PURE__ */ clauseMetas("shared-services", "Shared Services to Build and Sustain Quality");

/** LEA agreement under ESEA section 1119: the five coordination activities, and recommended clauses. */
export const leaTitleIClauses = /* @__PURE__ */ (() => ({
  required: defineFinding({
    code: "agreement.lea-title-i.activity-missing",
    severity: "should",
    title: "LEA agreement lacks a coordination activity of ESEA section 1119",
    citation: essa1119("(b)"),
    basis:
      'The statute binds the local educational agency ("Each local educational agency shall develop agreements with such Head Start agencies and other entities to carry out such activities"), not the Head Start program: for the program the missing activity is a should, to raise with the school district.',
    action: "Ask the school district to add the activity to the agreement (it is the district's duty under Title I), and agree who does what.",
    message: lacks("coordination activity"),
  }) as FindingMeta<"agreement.lea-title-i.activity-missing", ClauseMissingParams>,
  recommended: defineFinding({
    code: "agreement.lea-title-i.recommended-clause-missing",
    severity: "info",
    title: "LEA agreement lacks a recommended clause",
    basis: "Practice, not a requirement: the clause is common in such agreements.",
    action: "Consider adding the clause when the agreement is next reviewed.",
    message: lacks("recommended clause"),
  }) as FindingMeta<"agreement.lea-title-i.recommended-clause-missing", ClauseMissingParams>,
}))();

/** Every clause code, for the catalog. */
export const clauseFindings = /* @__PURE__ */ (() =>
  Object.freeze([
  mouTopicMissing,
  mouReviewProvisionMissing,
  mouWorkingParentsTopicMissing,
  mouOtherElementsNone,
  childWelfareClauses.required,
  childWelfareClauses.recommended,
  ehsCcpClauses.required,
  ehsCcpClauses.recommended,
  dataSharingClauses.required,
  dataSharingClauses.recommended,
  sharedServicesClauses.required,
  sharedServicesClauses.recommended,
  leaTitleIClauses.required,
  leaTitleIClauses.recommended,
] as const))();

/**
 * A code a missing template clause is reported with (`TemplateClause.missing`), one per template
 * and requirement: `agreement.<template>.clause-missing` or `...recommended-clause-missing`, and
 * the public-preschool MOU's topic codes.
 *
 * @example
 * ```ts
 * import type { ClauseFindingCode } from "ece-partnerships";
 * const code: ClauseFindingCode = "agreement.public-preschool.topic-missing";
 * code; //=> "agreement.public-preschool.topic-missing"
 * ```
 * @category Agreements
 */
export type ClauseFindingCode = (typeof clauseFindings)[number]["code"];
