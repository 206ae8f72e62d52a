import type { ReferralAnalysis, ReferralFigures } from "../../referrals/index.js";
import { defaultReferralWindows, referralFigures } from "../../referrals/figures.js";
import type { CcrrFunctionAnalysis } from "../../ccrr/index.js";
import { ccrrFunctionLabel, partnershipFunctionIds } from "../../ccrr/functions.js";
import { childWelfareStaffRoles, type StaffPolicyAssessment } from "../../staff/index.js";
import type { FundedSlotsAnalysis } from "../../slots/index.js";
import { fill, type Say } from "../../locale/say.js";
import { deliveryLabels } from "./labels.js";
import type { ReferralRow, ReportCcrr, ReportReferrals, ReportSlots, ReportStaffPolicies } from "./model.js";


function referralRow(label: string, f: ReferralFigures): ReferralRow {
  return { label, made: f.made, completed: f.completed, open: f.open, unanswered: f.unanswered, completionRate: f.completionRate, medianDaysToService: f.medianDaysToService };
}

/** The program's referrals as the report shows them, with names and labels. */
export function referralsSection(r: ReferralAnalysis, s: Say = fill): ReportReferrals {
  return {
    total: referralRow(s("All referrals"), r.figures),
    answerWithinDays: r.windows.answerWithinDays,
    byPartner: r.byPartner.map((p) => referralRow(p.name, p.figures)),
    byNeed: r.byNeed.map((n) => referralRow(s(n.label), n.figures)),
    bundles: r.bundles.map((b) => ({ label: b.label, delivery: s(deliveryLabels[b.delivery] ?? b.delivery), services: b.services, families: b.families, visitsSaved: b.visits })),
    visitsSaved: r.visitsSaved,
  };
}

/** The referrals section of a report on no program. */
export function noReferrals(s: Say = fill): ReportReferrals {
  return { total: referralRow(s("All referrals"), referralFigures([], "0001-01-01")), answerWithinDays: defaultReferralWindows.answerWithinDays, byPartner: [], byNeed: [], bundles: [], visitsSaved: 0 };
}

/** The CCR&R functions of the program's EHS-CCP partnerships, with labels and names. */
export function ccrrSection(c: CcrrFunctionAnalysis, say: Say = fill): ReportCcrr {
  const total = partnershipFunctionIds.length;
  return {
    services: c.services.map((s) => ({ function: say(ccrrFunctionLabel(s.functionId)), provider: s.provider, for: s.for, since: s.since, fundedBy: s.fundedBy })),
    partnerships: c.partnerships.map((p) => ({ name: p.name, performed: total - p.lacking.length, total, lacking: p.lacking.map((id) => say(ccrrFunctionLabel(id))) })),
  };
}

/** The program's staff policies for child-welfare partnerships, with labels. */
export function staffSection(s: StaffPolicyAssessment, say: Say = fill): ReportStaffPolicies {
  return {
    childWelfarePartners: s.childWelfarePartners,
    topics: s.topics.map((t) => ({ label: say(t.label), title: t.policy?.title ?? null, adoptedOn: t.policy?.adoptedOn ?? null, reviewedOn: t.policy?.reviewedOn ?? null, nextReviewOn: t.policy?.nextReviewOn ?? null })),
    rolesNotCovered: s.rolesNotCovered.map((id) => say(childWelfareStaffRoles.find((r) => r.id === id)?.label ?? id)),
  };
}

/** The program's funded slots, each layer written as "stream: hours a year (share)". */
export function slotsSection(s: FundedSlotsAnalysis, say: Say = fill): ReportSlots {
  return {
    totalSlots: s.totalSlots,
    layeredSlots: s.layeredSlots,
    groups: s.groups.map((g) => ({
      label: g.label,
      where: g.provider ?? g.site,
      slots: g.slots,
      serviceHours: g.serviceHours,
      layers: g.layers.map((l) =>
        l.pays === "enhancements"
          ? say("{stream}: {hours} hours (enhancements)", { stream: say(l.stream), hours: l.hours })
          : say("{stream}: {hours} hours ({share}%)", { stream: say(l.stream), hours: l.hours, share: Math.round(l.share * 100) }),
      ),
      uncoveredHours: g.uncoveredHours,
      paidTwiceHours: g.paidTwiceHours,
    })),
    coEnrollment: s.coEnrollment,
  };
}
