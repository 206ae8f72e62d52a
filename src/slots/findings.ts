import { defineFinding } from "../core/index.js";

// The finding codes of analyzeFundedSlots (declared once; gathered in findingCatalog).

const LAYERING = { source: "Layering Funding (Office of Child Care, 2016)" };

/** Hours a slot provides that no stream pays for. */
export const slotHoursUncovered = /* @__PURE__ */ (() =>
  defineFinding({
    code: "slots.hours-uncovered",
    severity: "should",
    title: "Slot hours no stream pays for",
    citation: LAYERING,
    basis: "Arithmetic on the recorded layers: each hour a slot provides is paid by some stream; hours nobody pays for are a gap in the budget, not a rule broken.",
    action: "Add the stream that pays for these hours (a subsidy, parent fees, state preschool) or correct the hours of a layer.",
    message: (p: { slots: string; uncovered: number; service: number; count: number }) =>
      `Of the ${p.service} hours a year each slot of ${p.slots} provides, ${p.uncovered} have no stream paying for them (${p.uncovered * p.count} hours across its ${p.count} slots).`,
  }))();

/** Layers that pay for more hours than the slot provides. */
export const slotHoursCountedTwice = /* @__PURE__ */ (() =>
  defineFinding({
    code: "slots.hours-counted-twice",
    severity: "should",
    title: "Slot hours paid by two streams",
    citation: LAYERING,
    basis:
      "Arithmetic on the recorded layers: layered streams each pay for a distinct part of the day or year, so layers that add up to more hours than the slot provides charge some hours twice; the finding is a should because the record may be what is wrong.",
    action: "Check which stream pays for which hours and correct the layers (and the charges, if an hour was billed twice).",
    message: (p: { slots: string; paid: number; service: number }) => `The streams layered on ${p.slots} pay for ${p.paid} hours a year per slot, ${p.paid - p.service} more than the ${p.service} it provides.`,
  }))();

/** A layered stream with no source in the program's funding plans. */
export const slotStreamNotInPlan = /* @__PURE__ */ (() =>
  defineFinding({
    code: "slots.stream-not-in-plan",
    severity: "info",
    title: "Layered stream not in a funding plan",
    basis: "A note: the slots name a stream the program's funding plans do not list, so the plans cannot show the money behind these hours.",
    action: "Add the stream as a source of the program's funding plan (or of the partnership's).",
    message: (p: { slots: string; stream: string }) => `${p.slots} are layered with ${p.stream}, which no funding plan of the program lists as a source.`,
  }))();

/** The finding codes of funded slots, in catalog order. */
export const slotFindings = /* @__PURE__ */ Object.freeze([slotHoursUncovered, slotHoursCountedTwice, slotStreamNotInPlan] as const);

/**
 * Every finding code {@link analyzeFundedSlots} can emit.
 *
 * @example
 * ```ts
 * import type { SlotFindingCode } from "ece-partnerships";
 * const code: SlotFindingCode = "slots.hours-uncovered";
 * code; //=> "slots.hours-uncovered"
 * ```
 * @category Enrollment
 */
export type SlotFindingCode = (typeof slotFindings)[number]["code"];
