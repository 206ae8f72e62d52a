import { z } from "../core/zod.js";
import { organizationKinds } from "../partners/index.js";
import { PortfolioSchema } from "./schema.js";

/** The rules `parsePortfolio` checks that span fields or collections, so a JSON Schema cannot state them. */
export const CROSS_FIELD_RULES = [
  "ids are unique within each collection, and every reference (parties, agreement, goal, program, plan, questionnaire and instrument ids) names a record of the document",
  "a partnership's or agreement's parties are distinct; signatures and responsible parties are parties",
  "dates are in order: end dates on or after start and effective dates, grant periods and plan periods ending on or after they start, terminations on or after the effective date, action due dates on or after their start",
  "an agreement's clauses belong to its template (or are marked custom) and appear once; its template is for its kind",
  "a funding plan's sources name streams of the catalog or of the plan, its costs name its sources, braided shares sum to 1, and totals stay within Number.MAX_SAFE_INTEGER cents",
  "an unable-or-unwilling MOU exemption names the entity and the notifications of the Secretary and the State Director",
  "questionnaire and instrument answers name their questions and items",
  "a number is never -0 (JSON writes it as 0, so it would not read back the same)",
] as const;

type Json = Record<string, unknown>;

/** Program details are required exactly for Head Start program kinds (in `kind` or `otherKinds`). */
function organizationProgramRule(): Json {
  const programKinds = organizationKinds.filter((k) => k.program).map((k) => k.id);
  const isProgram = { anyOf: [{ properties: { kind: { enum: programKinds } } }, { required: ["otherKinds"], properties: { otherKinds: { contains: { enum: programKinds } } } }] };
  return { if: isProgram, then: { required: ["program"] }, else: { not: { required: ["program"] } } };
}

/**
 * The JSON Schema (draft 2020-12) of a portfolio document, generated from the zod schemas, for
 * apps in other languages and for editors. It describes what a document may contain (the input
 * side: collections and defaulted fields may be left out), including every rule of a single field
 * (formats, ranges, enumerations, non-blank names, at least two parties) and the program details
 * Head Start program organizations must record. Rules that span fields or collections are listed
 * in its `description` and checked by {@link parsePortfolio}. The package also ships it as
 * `ece-partnerships/schema.json`. Each call returns a fresh object.
 *
 * @example
 * ```ts
 * import { portfolioJsonSchema } from "ece-partnerships";
 * const schema = portfolioJsonSchema();
 * schema.$schema; //=> "https://json-schema.org/draft/2020-12/schema"
 * schema.required; //=> ["schemaVersion"]
 * String(schema.description).includes("every reference"); //=> true
 * ```
 * @category Portfolio
 */
export function portfolioJsonSchema(): Record<string, unknown> & { $schema: string; required?: string[] } {
  const schema = z.toJSONSchema(PortfolioSchema, { target: "draft-2020-12", io: "input", unrepresentable: "any" }) as Json & { $schema: string; properties: Record<string, Json> };
  const organization = (schema.properties.organizations as { items: Json }).items;
  organization.allOf = [...((organization.allOf as Json[] | undefined) ?? []), organizationProgramRule()];
  return {
    ...schema,
    title: "ece-partnerships portfolio",
    description: `One document with a program's or a state's early-childhood partnerships: organizations, partnerships, agreements, funding plans, planning, assessments and the change log. Rules across fields and collections that this schema cannot state, checked by parsePortfolio: ${CROSS_FIELD_RULES.join("; ")}.`,
  };
}
