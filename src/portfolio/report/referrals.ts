import type { ReferralAnalysis, ReferralFigures } from "../../referrals/index.js";
import type { ReferralRow, ReportReferrals } from "./model.js";

const DELIVERY: Record<string, string> = { "same-visit": "in one visit", "same-place": "at one place", "same-day": "on one day" };

function referralRow(label: string, f: ReferralFigures): ReferralRow {
  return { label, made: f.made, completed: f.completed, open: f.open, unanswered: f.unanswered, completionRate: f.completionRate, medianDaysToService: f.medianDaysToService };
}

/** The program's referrals as the report shows them, with names and labels. */
export function referralsSection(r: ReferralAnalysis): ReportReferrals {
  return {
    total: referralRow("All referrals", r.figures),
    answerWithinDays: r.windows.answerWithinDays,
    byPartner: r.byPartner.map((p) => referralRow(p.name, p.figures)),
    byNeed: r.byNeed.map((n) => referralRow(n.label, n.figures)),
    bundles: r.bundles.map((b) => ({ label: b.label, delivery: DELIVERY[b.delivery] ?? b.delivery, services: b.services, families: b.families, visitsSaved: b.visits })),
    visitsSaved: r.visitsSaved,
  };
}

/** The referrals section of a report on no program. */
export function noReferrals(): ReportReferrals {
  return { total: { label: "All referrals", made: 0, completed: 0, open: 0, unanswered: 0, completionRate: null, medianDaysToService: null }, answerWithinDays: 14, byPartner: [], byNeed: [], bundles: [], visitsSaved: 0 };
}
