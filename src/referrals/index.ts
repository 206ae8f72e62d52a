export { referralOutcomes, type ReferralOutcome, ReferralBaseSchema, ReferralSchema, type Referral, type ReferralInput, parseReferral } from "./referral.js";
export { ServiceBundleSchema, type ServiceBundle, type ServiceBundleInput, parseServiceBundle, bundleVisitsSaved } from "./bundle.js";
export { type ReferralFigures } from "./figures.js";
export { type ReferralsInput, type AnalyzeReferralsOptions, type ReferralAnalysis, analyzeReferrals } from "./analyze.js";
export { type ReferralFindingCode } from "./findings.js";
