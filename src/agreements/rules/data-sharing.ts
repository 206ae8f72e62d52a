import { defineFinding, defineRule } from "../../core/index.js";
import type { AgreementContext } from "./context.js";

const SUBPART_C = { source: "45 CFR", section: "1302.53(b); 1303.22" };

/** The consent parts 1303.22(a)(2) and (a)(4) ask a parent's consent to state. */
export const consentParts = /* @__PURE__ */ Object.freeze([
  ["specifiesRecords", "which records may be disclosed"],
  ["statesPurpose", "why"],
  ["identifiesRecipients", "to whom"],
  ["signedAndDated", "a signature and date"],
  ["explainsVoluntaryAndRevocable", "that consent is voluntary and revocable"],
] as const);

/** An agreement that shares child records records no basis. */
export const dataSharingNoBasis = /* @__PURE__ */ (() =>
  defineRule(
  defineFinding({
    code: "agreement.data-sharing.no-legal-basis",
    severity: "should",
    title: "Shares child records but records no basis",
    citation: SUBPART_C,
    basis:
      "Not documented. 45 CFR 1303.22 governs each disclosure (consent before disclosing, or a disclosure without consent it allows), not what an agreement records; a missing entry here is a gap in the record, not proof of an unlawful disclosure.",
    action: "Record the basis the agreement relies on (dataSharing): written parental consent, or the disclosure without consent that applies (for example, officials acting for the program).",
    message: (p: { agreement: string }) => `${p.agreement} shares child records but records no basis under 45 CFR 1303 subpart C (written parental consent or a named disclosure without consent).`,
  }),
  (ctx: AgreementContext, emit) => {
    if (ctx.state.sharesChildRecords && !ctx.agreement.dataSharing) emit({ agreement: ctx.label }, { subject: ctx.subject, path: ["dataSharing"] });
  },
))();

/** The recorded consent form leaves out a part 1303.22(a)(2) or (a)(4) asks for. */
export const consentIncomplete = /* @__PURE__ */ (() =>
  defineRule(
  defineFinding({
    code: "agreement.data-sharing.consent-incomplete",
    severity: "should",
    title: "Consent form incomplete",
    citation: { source: "45 CFR", section: "1303.22(a)(2), (a)(4)" },
    basis: "The contents of a consent come from the official Spanish text of 1303.22(a)(2) and (a)(4); the English wording is not yet confirmed, so the finding stays a should.",
    action: "Revise the consent form so it states which records, why, to whom, is signed and dated, and explains that consent is voluntary and revocable.",
    message: (p: { agreement: string; missing: readonly string[] }) => `The consent form of ${p.agreement} does not state ${p.missing.join(", ")}.`,
  }),
  (ctx: AgreementContext, emit) => {
    const basis = ctx.agreement.dataSharing;
    if (!ctx.state.sharesChildRecords || basis?.basis !== "parental-consent") return;
    const missing = consentParts.filter(([key]) => !basis.consentForm[key]).map(([, label]) => label);
    if (missing.length > 0) emit({ agreement: ctx.label, missing }, { subject: ctx.subject, path: ["dataSharing", "consentForm"] });
  },
))();
