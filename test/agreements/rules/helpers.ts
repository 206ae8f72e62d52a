import { AgreementSchema, agreementTemplates, type AgreementInput } from "../../../src/index.js";
import { agreementContext, type AgreementContext, type AssessAgreementOptions } from "../../../src/agreements/rules/context.js";

/** Every party signed on one date. */
export const signed = (date: string, parties = ["hs", "lea"]) => parties.map((party) => ({ party, signer: `${party} director`, date }));

/** Every clause of the public-preschool MOU, with text. */
export const allTopics = agreementTemplates[0]!.clauses.map((c) => ({ id: c.id, text: `We agree on ${c.id}.` }));

/** A complete, signed, submitted public-preschool MOU (signed 2025-08-10), with changes. */
export function mou(over: Partial<AgreementInput> = {}): AgreementInput {
  return {
    id: "mou-lea",
    kind: "mou",
    templateId: "public-preschool-mou",
    title: "MOU with Lakeview Schools",
    parties: ["hs", "lea"],
    signatures: signed("2025-08-10"),
    submissions: [
      { to: "secretary", date: "2025-08-20" },
      { to: "state-collaboration-director", date: "2025-08-21" },
    ],
    clauses: allTopics,
    ...over,
  };
}

/** The context a rule reads, for an agreement on a date. */
export function ctx(input: AgreementInput, asOf = "2025-10-01", options: Partial<AssessAgreementOptions> = {}): AgreementContext {
  return agreementContext(AgreementSchema.parse(input), { asOf, ...options });
}
