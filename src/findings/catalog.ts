import type { FindingMeta } from "../core/index.js";
import { agreementRules } from "../agreements/index.js";
import { communityFindings } from "../community/findings.js";
import { complianceRules } from "../compliance/index.js";
import { continuumFindings } from "../continuum/findings.js";
import { fundingRules } from "../funding/index.js";
import { instrumentFindings } from "../instruments/findings.js";
import { networkFindings } from "../network/findings.js";
import { partnerFindings } from "../partners/findings.js";
import { planningFindings } from "../planning/findings.js";
import { referralFindings } from "../referrals/findings.js";
import { ccrrFindings } from "../ccrr/findings.js";
import { staffFindings } from "../staff/findings.js";
import { slotFindings } from "../slots/findings.js";

const all = /* @__PURE__ */ (() => [
  ...continuumFindings,
  ...partnerFindings,
  ...agreementRules.map((r) => r.meta),
  ...fundingRules.map((r) => r.meta),
  ...planningFindings,
  ...instrumentFindings,
  ...complianceRules.map((r) => r.meta),
  ...networkFindings,
  ...communityFindings,
  ...referralFindings,
  ...ccrrFindings,
  ...staffFindings,
  ...slotFindings,
])();

/**
 * Every finding code the library can emit, declared once: its severity, title, citation, the
 * binding words of every `must` (quoted verbatim, with how far they were checked), why the
 * severity is what it is, and what to do about it. Analyses build their findings only from these
 * declarations (`report`, `defineRule`), so a code cannot be emitted undeclared, and a `must`
 * without verified binding words cannot be declared. Frozen; ordered by concept (continuum,
 * partners, agreements, funding, planning, instruments, compliance, network, community, referrals, CCR&R, staff policies, funded slots).
 * Complexity of a lookup with {@link findingMeta}: O(1).
 *
 * @example
 * ```ts
 * import { findingCatalog } from "ece-partnerships";
 * const mou = findingCatalog.find((m) => m.code === "compliance.b1.mou-missing")!;
 * mou.severity; //=> "must"
 * mou.binding?.citation.section; //=> "1302.53(b)(1)"
 * findingCatalog.filter((m) => m.severity === "must").every((m) => m.binding !== undefined); //=> true
 * ```
 * @category Core
 */
export const findingCatalog: readonly FindingMeta<FindingCode>[] = /* @__PURE__ */ (() => {
  const seen = new Set<string>();
  for (const meta of all) {
    if (seen.has(meta.code)) throw new TypeError(`finding code "${meta.code}" is declared twice`);
    seen.add(meta.code);
  }
  return Object.freeze(all) as readonly FindingMeta<FindingCode>[];
})();

/**
 * Every finding code the library can emit: a union of string literals, so apps get completion and
 * exhaustive `switch` statements over the codes they handle.
 *
 * @example
 * ```ts
 * import type { FindingCode } from "ece-partnerships";
 * const code: FindingCode = "funding.match.short";
 * code; //=> "funding.match.short"
 * ```
 * @category Core
 */
export type FindingCode = (typeof all)[number]["code"];

let byCode: Map<string, FindingMeta<FindingCode>> | undefined;

/**
 * The declaration of a finding code, or `undefined` for a code the library does not emit (an
 * app's own). Use it to show a finding's binding words, basis and what to do.
 *
 * @example
 * ```ts
 * import { findingMeta } from "ece-partnerships";
 * findingMeta("agreement.unsigned")?.severity; //=> "should"
 * findingMeta("app.own-code"); //=> undefined
 * ```
 * @category Core
 */
export function findingMeta(code: string): FindingMeta<FindingCode> | undefined {
  byCode ??= new Map(findingCatalog.map((m) => [m.code, m]));
  return byCode.get(code);
}
