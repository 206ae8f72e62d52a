import { formatCents } from "../../core/index.js";
import type { CoordinatedServicesAnalysis, CoordinatedServicesApproach, SharedServicesAlliance, SharedServicesSavings } from "../../community/index.js";
import { fill, type Say } from "../../locale/say.js";
import { aimLabels, bandLabel, domainLabels } from "./labels.js";
import type { ReportAlliance, ReportApproach } from "./model.js";


/** The alliances the program belongs to, with names: savings, shared positions and outcomes beyond cost. */
export function alliancesSection(alliances: readonly { alliance: SharedServicesAlliance; savings: SharedServicesSavings }[], name: (id: string) => string, say: Say = fill): ReportAlliance[] {
  return alliances.map(({ alliance, savings }) => ({
    name: alliance.name,
    hub: name(alliance.hubId),
    savingsCents: savings.totalSavings,
    savingsShare: savings.savingsShare,
    positions: savings.positions.map((p) => ({
      title: p.title,
      fte: p.fte,
      annualCostCents: p.annualCostCents,
      shares: p.shares.map((s) => `${name(s.organizationId)} ${s.fte} FTE${s.costCents === null ? "" : ` (${formatCents(s.costCents)})`}`),
    })),
    outcomes: savings.outcomes.map((o) => ({ aim: say(aimLabels[o.aim] ?? o.aim), description: o.description, date: o.date ?? null })),
  }));
}


/** The coordinated-services approaches the program takes part in, with names and words for their codes. */
export function approachesSection(approaches: readonly { approach: CoordinatedServicesApproach; analysis: CoordinatedServicesAnalysis }[], name: (id: string) => string, say: Say = fill): ReportApproach[] {
  return approaches.map(({ approach, analysis }) => ({
    name: approach.name,
    score: analysis.score,
    band: say(bandLabel(analysis.band)),
    domains: approach.domains.map((d) => say(domainLabels[d] ?? d)),
    outcomes: analysis.outcomes.map((o) => ({ label: o.label, baseline: o.baseline, target: o.target, current: o.current, unit: o.unit, progress: o.progress })),
    accessTools: approach.accessTools.map((t) => t.label),
    qualitySupports: approach.qualitySupports.map((q) => `${q.label}${q.providerId === undefined ? "" : ` (${name(q.providerId)})`}`),
    sustained: analysis.sustained,
    declined: analysis.declinedPartners.map((d) => `${d.name}: ${d.reason}`),
  }));
}
