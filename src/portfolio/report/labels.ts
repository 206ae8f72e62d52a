import { INSUFFICIENT_EVIDENCE, NOT_MET, formatCitation, scoreBands, type Finding } from "../../core/index.js";
import { findingMeta } from "../../findings/index.js";
import { partnerCategories } from "../../partners/index.js";
import { findingTextIn, localizeFinding, translatedLabel, type Locale } from "../../locale/locale.js";
import type { ReportFinding } from "./model.js";

/** A band id as a person reads it. */
export function bandLabel(band: string): string {
  if (band === INSUFFICIENT_EVIDENCE) return "Insufficient evidence";
  if (band === NOT_MET) return "Requirement not met";
  return scoreBands.bands.find((b) => b.id === band)?.label ?? band;
}

/** A partner category as "(ii) Label", the label in the locale's words where it has them. */
export function categoryLabel(id: string, locale?: Locale): string {
  const c = partnerCategories.find((x) => x.id === id);
  return c ? `${c.paragraph} ${(locale && translatedLabel(locale, "partner-category", id)) ?? c.label}` : id;
}

const PROGRAM_TYPES: Record<string, string> = {
  "head-start-preschool": "Head Start Preschool",
  "early-head-start": "Early Head Start",
  "ehs-child-care-partnership": "Early Head Start-Child Care Partnership",
  "migrant-seasonal-head-start": "Migrant and Seasonal Head Start",
  "american-indian-alaska-native": "American Indian and Alaska Native",
};
/** A program type id as a person reads it. */
export const programTypeLabel = (id: string) => PROGRAM_TYPES[id] ?? id;

const AGREEMENT_KINDS: Record<string, string> = {
  mou: "MOU",
  contract: "Contract",
  "joint-agreement": "Joint agreement",
  procedure: "Procedure",
  "onsite-service-arrangement": "Onsite service arrangement",
  "data-sharing-agreement": "Data-sharing agreement",
  "ehs-ccp-partnership-agreement": "EHS-CCP partnership agreement",
  "shared-services-agreement": "Shared-services agreement",
};
/** An agreement kind as a person reads it. */
export const agreementKindLabel = (id: string) => AGREEMENT_KINDS[id] ?? id;

const MOU_STATUS: Record<string, string> = {
  "not-applicable": "not required (no Head Start Preschool)",
  exempt: "exempt",
  missing: "missing",
  "in-force": "in force",
  "not-in-force": "not in force",
};
/** The MOU status as a person reads it. */
export const mouStatusLabel = (status: string) => MOU_STATUS[status] ?? status;

/** Shortens a text to `max` characters at a word boundary, with an ellipsis. */
export function truncate(text: string, max = 90): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** A finding as a report shows it, its message and action in the locale where it has them. */
export function reportFinding(f: Finding, locale?: Locale): ReportFinding {
  const out: ReportFinding = { code: f.code, severity: f.severity, message: locale ? localizeFinding(f, locale).message : f.message };
  if (f.citation) out.citation = formatCitation(f.citation);
  const action = (locale && findingTextIn(locale, f.code)?.action) ?? findingMeta(f.code)?.action;
  if (action) out.action = action;
  if (f.subject) out.subject = { ...f.subject };
  return out;
}

/** Words for the service domains of coordinated-services approaches. */
export const domainLabels: Readonly<Record<string, string>> = {
  "early-care-education": "early care and education",
  "family-economic-security": "family economic security",
  health: "health",
  "mental-health": "mental health",
  "food-nutrition": "food and nutrition",
  housing: "housing",
  other: "other services",
};

/** Words for how a service bundle brings services together. */
export const deliveryLabels: Readonly<Record<string, string>> = { "same-visit": "in one visit", "same-place": "at one place", "same-day": "on one day" };

/** Words for the aims of shared services. */
export const aimLabels: Readonly<Record<string, string>> = { "save-dollars": "Saving dollars", "management-capacity": "Management capacity", "early-learning": "Early learning", sustainability: "Sustainability" };
