import type { FindingParams } from "../../core/finding.js";
import type { LocalizedFindingText } from "../../locale/locale.js";

/** The params of a finding, as a Spanish message reads them. */
export type P = FindingParams;

/** A finding's Spanish title, what to do, and message from its params (frozen). */
export const text = (title: string, action: string, message: (p: P) => string): LocalizedFindingText => Object.freeze({ title, action, message });

/** "1 día" / "3 días" and the like: a count and its noun, singular or plural. */
export const count = (n: unknown, one: string, many: string) => `${n} ${Number(n) === 1 ? one : many}`;

const UNTITLED = /^Agreement (\S+)$/;

/** An agreement as the English names one without a title ("Agreement mou-1"), in Spanish at the start of a sentence; a title as given. */
export const agreementName = (agreement: unknown) => String(agreement).replace(UNTITLED, "El acuerdo $1");

/** "del acuerdo mou-1" for an agreement without a title, "de <title>" for one with a title. */
export const ofAgreement = (agreement: unknown) => {
  const untitled = UNTITLED.exec(String(agreement));
  return untitled ? `del acuerdo ${untitled[1]}` : `de ${agreement}`;
};
