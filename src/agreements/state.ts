import { requireIsoDate } from "../core/internal.js";
import type { Agreement } from "./agreement.js";
import { executionDate } from "./schedule.js";
import { findTemplate } from "./templates.js";

/**
 * Where an agreement stands on a date.
 *
 * @example
 * ```ts
 * import type { AgreementStatus } from "ece-partnerships";
 * const s: AgreementStatus = "in-force";
 * s; //=> "in-force"
 * ```
 * @category Agreements
 */
export type AgreementStatus = "unsigned" | "partly-signed" | "not-yet-in-force" | "in-force" | "expired" | "terminated";

/**
 * The facts about an agreement on a date, without scoring it: see {@link agreementState}.
 *
 * @example
 * ```ts
 * import type { AgreementState } from "ece-partnerships";
 * const keys: (keyof AgreementState)[] = ["status", "inForce", "unsignedParties", "sharesChildRecords", "hasDataSharingBasis"];
 * keys.length; //=> 5
 * ```
 * @category Agreements
 */
export interface AgreementState {
  /** Where it stands on `asOf`. */
  status: AgreementStatus;
  /** Every party signed and `asOf` is within its effective and end dates (inclusive), before any termination. */
  inForce: boolean;
  /** Parties with no signature dated on or before `asOf`. */
  unsignedParties: string[];
  /** The day every party had signed (signatures after `asOf` do not count). */
  executedOn?: string;
  /** The first day in force. */
  effectiveOn?: string;
  /** Whether it shares child records (its own flag, else its template's, else true for data-sharing agreements). */
  sharesChildRecords: boolean;
  /** Whether it records a 45 CFR 1303 subpart C basis. */
  hasDataSharingBasis: boolean;
}

/**
 * The status of an agreement on a date (signed, in force, expired, terminated...) and whether it
 * shares child records with a basis, without the full scoring of {@link assessAgreement}: the
 * cheap question a calendar, a dashboard or a state roll-up asks of thousands of agreements.
 * Date rules are those of {@link assessAgreement}. Complexity: O(parties × signatures).
 *
 * @throws {RangeError} When `asOf` is not a calendar date.
 * @example
 * ```ts
 * import { agreementState } from "ece-partnerships";
 * agreementState(
 *   { id: "a", kind: "contract", parties: ["hs", "clinic"], signatures: [{ party: "hs", signer: "A", date: "2025-01-05" }, { party: "clinic", signer: "B", date: "2025-01-09" }], endDate: "2025-12-31", submissions: [], clauses: [], amendments: [] },
 *   "2025-12-31",
 * );
 * //=> { status: "in-force", inForce: true, unsignedParties: [], executedOn: "2025-01-09", effectiveOn: "2025-01-09", sharesChildRecords: false, hasDataSharingBasis: false }
 * ```
 * @category Agreements
 */
export function agreementState(agreement: Agreement, asOf: string): AgreementState {
  requireIsoDate(asOf);
  const counted = agreement.signatures.filter((s) => s.date <= asOf);
  const unsignedParties = agreement.parties.filter((p) => !counted.some((s) => s.party === p));
  const executedOn = executionDate({ parties: agreement.parties, signatures: counted });
  const effectiveOn = agreement.effectiveDate ?? executedOn; // effectiveDateOf, without reading the signatures twice
  let status: AgreementStatus;
  if (counted.length === 0) status = "unsigned";
  else if (unsignedParties.length > 0) status = "partly-signed";
  else if (agreement.termination && agreement.termination.date <= asOf) status = "terminated";
  else if (effectiveOn !== undefined && effectiveOn > asOf) status = "not-yet-in-force";
  else if (agreement.endDate !== undefined && agreement.endDate < asOf) status = "expired";
  else status = "in-force";
  const template = agreement.templateId ? findTemplate(agreement.templateId) : undefined;
  const state: AgreementState = {
    status,
    inForce: status === "in-force",
    unsignedParties,
    sharesChildRecords: agreement.sharesChildRecords ?? template?.sharesChildRecords ?? agreement.kind === "data-sharing-agreement",
    hasDataSharingBasis: agreement.dataSharing !== undefined,
  };
  if (executedOn !== undefined) state.executedOn = executedOn;
  if (effectiveOn !== undefined) state.effectiveOn = effectiveOn;
  return state;
}
