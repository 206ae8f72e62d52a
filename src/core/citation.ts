import { z } from "./zod.js";
import { partSchema } from "./entity.js";

/**
 * Where a rule, definition or text comes from: `{ source: "45 CFR", section: "1302.53(b)(1)" }`.
 *
 * @example
 * ```ts
 * import { CitationSchema } from "ece-partnerships";
 * CitationSchema.parse({ source: "45 CFR", section: "1302.53(b)(1)" }).section; //=> "1302.53(b)(1)"
 * ```
 * @category Core
 */
export const CitationSchema = /* @__PURE__ */ partSchema({
  /** The document: "45 CFR", "Head Start Act", "ECLKC: Strategies for Partnering with Child Welfare Agencies". */
  source: /* @__PURE__ */ z.string().min(1),
  /** The section, paragraph or page within the source. */
  section: /* @__PURE__ */ z.string().min(1).optional(),
  /** A stable address of the source, where one exists. */
  url: /* @__PURE__ */ z.string().min(1).optional(),
});

/**
 * A citation; see {@link CitationSchema}.
 *
 * @example
 * ```ts
 * import type { Citation } from "ece-partnerships";
 * const c: Citation = { source: "Head Start Act", section: "642(e)(5)" };
 * c.source; //=> "Head Start Act"
 * ```
 * @category Core
 * @useDeclaredType
 */
export type Citation = z.infer<typeof CitationSchema>;

/**
 * Writes a citation as text: `45 CFR 1302.53(b)(1)`.
 *
 * @example
 * ```ts
 * import { formatCitation } from "ece-partnerships";
 * formatCitation({ source: "45 CFR", section: "1302.53(b)(1)" }); //=> "45 CFR 1302.53(b)(1)"
 * ```
 * @category Core
 */
export function formatCitation(citation: Citation): string {
  return citation.section ? `${citation.source} ${citation.section}` : citation.source;
}
