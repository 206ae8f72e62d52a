import { defineFinding, defineRule } from "../../core/index.js";
import type { AgreementContext } from "./context.js";
import { consentParts } from "./consent-parts.js";

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
