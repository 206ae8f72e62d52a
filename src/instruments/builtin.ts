import { deepFreeze } from "../core/index.js";
import type { Instrument } from "./instrument.js";

const SEED_001 = { source: "ECLKC: Strategies for Partnering with Child Welfare Agencies (public domain)" };
const SEED_000 = { source: "Child Care Aware of America (2021): Use Relationships to Support EHS-Child Care Partnerships", section: "Advice from the field for building capacity to partner" };

/**
 * A built-in self-assessment made only of public material: the four elements of partnerships that
 * work (seed 001, public domain) and the "advice from the field for building capacity to partner"
 * (seed 000), each item adapted into a statement and citing its source. Scale 1-5 (strongly
 * disagree to strongly agree); bands, the library's own and not validated cut-offs: `needs-attention`
 * [1, 2.5), `emerging` [2.5, 3.5), `established` [3.5, 4.5), `strong` [4.5, 5]; at least 3 respondents.
 *
 * @example
 * ```ts
 * import { partnershipElementsInstrument } from "ece-partnerships";
 * partnershipElementsInstrument.factors.map((f) => f.id);
 * //=> ["shared-vision", "planning-communication", "consistent-engagement", "staff-training", "capacity-to-partner"]
 * partnershipElementsInstrument.items.length; //=> 14
 * ```
 * @category Instruments
 */
export const partnershipElementsInstrument: Instrument = /* @__PURE__ */ (() =>
  deepFreeze<Instrument>({
    id: "partnership-elements",
    version: "1",
    title: "Partnership elements and capacity to partner",
    citation: { source: "ece-partnerships, from seed 001 (ECLKC) and seed 000 (Child Care Aware of America)" },
    license: "Items adapted from public material with attribution; free to use.",
    scale: { min: 1, max: 5, labels: ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"] },
    factors: [
      { id: "shared-vision", label: "A clear, shared vision and purpose supported by strong leadership" },
      { id: "planning-communication", label: "Thoughtful planning and regular communication" },
      { id: "consistent-engagement", label: "Consistent engagement among local partners over time" },
      { id: "staff-training", label: "Training and opportunities to build partnerships for staff who work directly with families" },
      { id: "capacity-to-partner", label: "Capacity to partner (advice from the field)" },
    ],
    items: [
      { id: "sv-1", factorId: "shared-vision", text: "Our partnership has a clear, shared vision and purpose.", citation: SEED_001 },
      { id: "sv-2", factorId: "shared-vision", text: "Leaders in each partner organization visibly support the partnership.", citation: SEED_001 },
      { id: "pc-1", factorId: "planning-communication", text: "We plan our work together thoughtfully.", citation: SEED_001 },
      { id: "pc-2", factorId: "planning-communication", text: "Our communication with each other is regular and responsive.", citation: SEED_001 },
      { id: "ce-1", factorId: "consistent-engagement", text: "Local partners stay engaged with each other over time.", citation: SEED_001 },
      { id: "ce-2", factorId: "consistent-engagement", text: "Partners look for ways to strengthen the partnership.", citation: SEED_001 },
      { id: "st-1", factorId: "staff-training", text: "Staff who work directly with families get training to build partnerships.", citation: SEED_001 },
      { id: "st-2", factorId: "staff-training", text: "Staff in both organizations have opportunities to work with each other.", citation: SEED_001 },
      { id: "cp-1", factorId: "capacity-to-partner", text: "We share commitments to providing quality early learning experiences to young children and their families.", citation: SEED_000 },
      { id: "cp-2", factorId: "capacity-to-partner", text: "Our decision-makers and boards understand the benefits and risks of partnering.", citation: SEED_000 },
      { id: "cp-3", factorId: "capacity-to-partner", text: "We use informal networks connecting the key stakeholders.", citation: SEED_000 },
      { id: "cp-4", factorId: "capacity-to-partner", text: "We leverage local expertise.", citation: SEED_000 },
      { id: "cp-5", factorId: "capacity-to-partner", text: "We hire staff with a collaborative mindset.", citation: SEED_000 },
      { id: "cp-6", factorId: "capacity-to-partner", text: "Our internal systems support the needs of partners.", citation: SEED_000 },
    ],
    bands: {
      id: "partnership-elements-bands",
      min: 1,
      max: 5,
      bands: [
        { id: "needs-attention", label: "Needs attention", min: 1, max: 2.5 },
        { id: "emerging", label: "Emerging", min: 2.5, max: 3.5 },
        { id: "established", label: "Established", min: 3.5, max: 4.5 },
        { id: "strong", label: "Strong", min: 4.5, max: 5 },
      ],
    },
    minRespondents: 3,
  }))() as Instrument;
