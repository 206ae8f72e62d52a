import { expect, it } from "vitest";
import { consentIncomplete } from "../../../src/agreements/rules/consent-incomplete.js";
import { ctx } from "./helpers.js";

it("names what the consent form does not state", () => {
  const form = { specifiesRecords: true, statesPurpose: false, identifiesRecipients: true, signedAndDated: true, explainsVoluntaryAndRevocable: false };
  const dsa = { id: "dsa", kind: "data-sharing-agreement" as const, templateId: "data-sharing-agreement", parties: ["hs", "cw"], dataSharing: { basis: "parental-consent" as const, consentForm: form } };
  expect(consentIncomplete.check(ctx(dsa)).map((f) => f.message)).toEqual(["The consent form of Agreement dsa does not state why, that consent is voluntary and revocable."]);
  expect(consentIncomplete.check(ctx({ ...dsa, dataSharing: { basis: "parental-consent", consentForm: { ...form, statesPurpose: true, explainsVoluntaryAndRevocable: true } } }))).toEqual([]);
});
