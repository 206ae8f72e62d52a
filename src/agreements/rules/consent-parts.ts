

/** The citation of a missing basis for sharing child records. */
export const SUBPART_C = { source: "45 CFR", section: "1302.53(b); 1303.22" };

/** The consent parts 1303.22(a)(2) and (a)(4) ask a parent's consent to state. */
export const consentParts = /* @__PURE__ */ Object.freeze([
  ["specifiesRecords", "which records may be disclosed"],
  ["statesPurpose", "why"],
  ["identifiesRecipients", "to whom"],
  ["signedAndDated", "a signature and date"],
  ["explainsVoluntaryAndRevocable", "that consent is voluntary and revocable"],
] as const);
