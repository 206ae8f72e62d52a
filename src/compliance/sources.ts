import type { BindingText, Citation } from "../core/index.js";
import { TEXT_1302_53 } from "./paragraphs.js";

const ECFR_1302_53 = "https://www.ecfr.gov/current/title-45/subtitle-B/chapter-XIII/subchapter-B/part-1302/subpart-E/section-1302.53";
const ECFR_1302_11 = "https://www.ecfr.gov/current/title-45/subtitle-B/chapter-XIII/subchapter-B/part-1302/subpart-A/section-1302.11";

/** 45 CFR 1302.53, with a paragraph. */
export const cfr53 = (paragraph: string): Citation => ({ source: "45 CFR", section: `1302.53${paragraph}`, url: ECFR_1302_53 });

/**
 * 45 CFR 1302.11(b). The 2024 rule renumbered the paragraphs: current headstart.gov pages cite the
 * annual review and update as (b)(5) and the once-per-grant-period assessment as (b)(1); older
 * pages cite (b)(2) for the annual review. The library cites "1302.11(b)".
 */
export const CFR_1302_11: Citation = { source: "45 CFR", section: "1302.11(b)", url: ECFR_1302_11 };

/** 45 CFR 1302.53(a)(1), verbatim (as amended by 89 FR 67812, Aug. 21, 2024). */
export const ONGOING_PARTNERSHIPS: BindingText = /* @__PURE__ */ (() => ({
  quote: TEXT_1302_53.a1,
  citation: cfr53("(a)(1)"),
  verification: "verified",
}))();

/** 45 CFR 1302.53(b)(1), verbatim. */
export const MOU_REGULATION: BindingText = /* @__PURE__ */ (() => ({
  quote: TEXT_1302_53.b1,
  citation: cfr53("(b)(1)"),
  verification: "verified",
}))();

/** 45 CFR 1302.11(b), as the Office of Head Start states it (When Is a Community Assessment Required?, ECLKC). */
export const COMMUNITY_ASSESSMENT_PERIOD: BindingText = /* @__PURE__ */ (() => ({
  quote: "a program must conduct a community assessment at least once over the five-year grant period.",
  citation: { ...CFR_1302_11, section: "1302.11(b)(1)" },
  verification: "excerpt",
}))();

/** The annual review of 45 CFR 1302.11(b), as the Office of Head Start states it. */
export const COMMUNITY_ASSESSMENT_ANNUAL: BindingText = /* @__PURE__ */ (() => ({
  quote: "In addition, a program must annually review and update the community assessment to reflect any significant changes",
  citation: CFR_1302_11,
  verification: "excerpt",
}))();
