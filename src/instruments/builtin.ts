import { deepFreeze } from "../core/index.js";
import type { Instrument } from "./instrument.js";

const STRATEGIES = { source: "Strategies for Partnering with Child Welfare Agencies (ECLKC)" };
const CAPACITY = { source: "Use Relationships to Support Early Head Start-Child Care Partnerships (Child Care Aware of America, 2021)", section: "Advice from the field for building capacity to partner" };

/**
 * A built-in self-assessment written for the library from public material: the four elements of
 * partnerships that work (Strategies for Partnering with Child Welfare Agencies, a federal text in
 * the public domain) and the "advice from the field for building capacity to partner" (Use
 * Relationships to Support Early Head Start-Child Care Partnerships, Child Care Aware of America,
 * 2021), each item adapted into a statement and citing its source. The Child Care Aware items
 * follow a copyrighted blog closely: the library claims no license over them; cite the source
 * when you reuse them. Scale 1-5 (strongly
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
    citation: { source: "ece-partnerships, adapted from Strategies for Partnering with Child Welfare Agencies (ECLKC) and Use Relationships to Support Early Head Start-Child Care Partnerships (Child Care Aware of America, 2021)" },
    license: "Items sv-*, pc-*, ce-* and st-* adapt a federal text in the public domain; items cp-* follow Child Care Aware of America's advice closely and remain theirs: cite the source when you reuse them.",
    scale: { min: 1, max: 5, labels: ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"] },
    factors: [
      { id: "shared-vision", label: "A clear, shared vision and purpose supported by strong leadership" },
      { id: "planning-communication", label: "Thoughtful planning and regular communication" },
      { id: "consistent-engagement", label: "Consistent engagement among local partners over time" },
      { id: "staff-training", label: "Training and opportunities to build partnerships for staff who work directly with families in both early childhood programs and child welfare agencies" },
      { id: "capacity-to-partner", label: "Capacity to partner (advice from the field)" },
    ],
    items: [
      { id: "sv-1", factorId: "shared-vision", text: "Our partnership has a clear, shared vision and purpose.", citation: STRATEGIES },
      { id: "sv-2", factorId: "shared-vision", text: "Leaders in each partner organization visibly support the partnership.", citation: STRATEGIES },
      { id: "pc-1", factorId: "planning-communication", text: "We plan our work together thoughtfully.", citation: STRATEGIES },
      { id: "pc-2", factorId: "planning-communication", text: "Our communication with each other is regular and responsive.", citation: STRATEGIES },
      { id: "ce-1", factorId: "consistent-engagement", text: "Local partners stay engaged with each other over time.", citation: STRATEGIES },
      { id: "ce-2", factorId: "consistent-engagement", text: "Partners look for ways to strengthen the partnership.", citation: STRATEGIES },
      { id: "st-1", factorId: "staff-training", text: "Staff who work directly with families get training to build partnerships.", citation: STRATEGIES },
      { id: "st-2", factorId: "staff-training", text: "Staff in both organizations have opportunities to work with each other.", citation: STRATEGIES },
      { id: "cp-1", factorId: "capacity-to-partner", text: "We share commitments to providing quality early learning experiences to young children and their families.", citation: CAPACITY },
      { id: "cp-2", factorId: "capacity-to-partner", text: "Our decision-makers and boards understand the benefits and risks of partnering.", citation: CAPACITY },
      { id: "cp-3", factorId: "capacity-to-partner", text: "We use informal networks connecting the key stakeholders.", citation: CAPACITY },
      { id: "cp-4", factorId: "capacity-to-partner", text: "We leverage local expertise.", citation: CAPACITY },
      { id: "cp-5", factorId: "capacity-to-partner", text: "We hire staff with a collaborative mindset.", citation: CAPACITY },
      { id: "cp-6", factorId: "capacity-to-partner", text: "Our internal systems support the needs of partners.", citation: CAPACITY },
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
