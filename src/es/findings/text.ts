import type { Finding, FindingParams } from "../../core/finding.js";
import { partnershipOfParties, untitledAgreement, untitledPartnership } from "../../core/record-names.js";
import type { LocalizedFindingText } from "../../locale/locale.js";

/** The params of a finding, as a Spanish message reads them. */
export type P = FindingParams;

/** The finding itself, as a Spanish message reads it (for its subject). */
export type F = Finding<string>;

/** A finding's Spanish title, what to do, and message from its params (frozen). */
export const text = (title: string, action: string, message: (p: P, finding?: Finding<string>) => string): LocalizedFindingText => Object.freeze({ title, action, message });

/** "1 día" / "3 días" and the like: a count and its noun, singular or plural. */
export const count = (n: unknown, one: string, many: string) => `${n} ${Number(n) === 1 ? one : many}`;

type Where = "start" | "mid" | "of";
const WORDS = {
  agreement: { start: "El acuerdo", mid: "el acuerdo", of: "del acuerdo" },
  partnership: { start: "La asociación", mid: "la asociación", of: "de la asociación" },
} as const;

/**
 * How a Spanish sentence names the partnership or agreement an English param names: its title as
 * given; when it has none (the param is exactly the library's English fallback for the finding's
 * own subject: "Agreement mou-1", "Partnership p1", "Partnership of A and B"), in Spanish, for the
 * start of a sentence, its middle, or after "de". A title is never translated.
 */
export function recordName(value: unknown, finding: Finding<string> | undefined, where: Where = "start", parties?: unknown): string {
  const named = String(value);
  const subject = finding?.subject;
  if (subject?.id !== undefined && (subject.kind === "agreement" || subject.kind === "partnership")) {
    const words = WORDS[subject.kind][where];
    if (subject.kind === "agreement" && named === untitledAgreement(subject.id)) return `${words} ${subject.id}`;
    if (subject.kind === "partnership" && named === untitledPartnership(subject.id)) return `${words} ${subject.id}`;
    if (subject.kind === "partnership" && Array.isArray(parties) && named === partnershipOfParties(parties.map(String))) return `${words} de ${parties.map(String).join(" y ")}`;
  }
  return where === "of" ? `de ${named}` : named;
}

/** An agreement at the start of a Spanish sentence (see {@link recordName}). */
export const agreementName = (agreement: unknown, finding?: Finding<string>) => recordName(agreement, finding);

/** "del acuerdo mou-1" for an agreement without a title, "de <title>" for one with a title. */
export const ofAgreement = (agreement: unknown, finding?: Finding<string>) => recordName(agreement, finding, "of");

/** A partnership in a Spanish sentence (see {@link recordName}). */
export const partnershipName = (partnership: unknown, finding?: Finding<string>, where: Where = "start") => recordName(partnership, finding, where);
