import * as z from "zod";
import { PortfolioSchema } from "./schema.js";

/**
 * The JSON Schema (draft 2020-12) of a portfolio document, generated from the zod schemas, for
 * apps in other languages and for editors. It describes what a document may contain (the input
 * side: collections and defaulted fields may be left out); rules that span fields or collections
 * (dates in order, shares summing to 1, references between collections) are checked by
 * {@link parsePortfolio}, not by the schema. The package also ships it as
 * `ece-partnerships/schema.json`. Each call returns a fresh object.
 *
 * @example
 * ```ts
 * import { portfolioJsonSchema } from "ece-partnerships";
 * const schema = portfolioJsonSchema();
 * schema.$schema; //=> "https://json-schema.org/draft/2020-12/schema"
 * schema.required; //=> ["schemaVersion"]
 * ```
 * @category Portfolio
 */
export function portfolioJsonSchema(): Record<string, unknown> & { $schema: string; required?: string[] } {
  const schema = z.toJSONSchema(PortfolioSchema, { target: "draft-2020-12", io: "input", unrepresentable: "any" }) as Record<string, unknown> & { $schema: string };
  return {
    ...schema,
    title: "ece-partnerships portfolio",
    description: "One document with a program's or a state's early-childhood partnerships: organizations, partnerships, agreements, funding plans, planning, assessments and the change log.",
  };
}
