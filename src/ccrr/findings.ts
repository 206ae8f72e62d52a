import { defineFinding } from "../core/index.js";

// The finding codes of analyzeCcrrFunctions (declared once; gathered in findingCatalog).

const SOURCE = { source: "Use Relationships to Support Early Head Start-Child Care Partnerships (Child Care Aware of America, 2021)", section: "Opportunities for Partnering and Capacity Building" };

/** An EHS-CCP partnership with no one recorded for some capacity-building functions. */
export const ccrrFunctionsLacking = /* @__PURE__ */ (() =>
  defineFinding({
    code: "ccrr.functions-lacking",
    severity: "info",
    title: "Capacity-building functions no one performs",
    citation: SOURCE,
    basis: "A note: the functions are advice from the field to CCR&Rs, not requirements of any rule.",
    action: "Ask the local CCR&R (or another intermediary) whether it could take these on, and record who does.",
    message: (p: { partnership: string; lacking: readonly string[]; parties: readonly string[] }) => `No organization is recorded as performing these functions for ${p.partnership}: ${p.lacking.join("; ")}.`,
  }))();

/** The finding codes of CCR&R functions, in catalog order. */
export const ccrrFindings = /* @__PURE__ */ Object.freeze([ccrrFunctionsLacking] as const);

/**
 * Every finding code {@link analyzeCcrrFunctions} can emit.
 *
 * @example
 * ```ts
 * import type { CcrrFindingCode } from "ece-partnerships";
 * const code: CcrrFindingCode = "ccrr.functions-lacking";
 * code; //=> "ccrr.functions-lacking"
 * ```
 * @category CCR&R
 */
export type CcrrFindingCode = (typeof ccrrFindings)[number]["code"];
