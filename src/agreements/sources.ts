import type { BindingText, Citation } from "../core/index.js";

// Citations and binding words the agreement templates and rules share. Texts are quoted verbatim
// from the statute (Head Start Act 642(e)(5) as amended by Pub. L. 110-134, 121 Stat. 1404-1405,
// read in the U.S. Code at 42 U.S.C. 9837(e)(5)) and from 45 CFR 1302.53 as amended Aug. 21, 2024.

const USC_9837 = "https://www.law.cornell.edu/uscode/text/42/9837";

/** Head Start Act 642(e)(5), with a sub-paragraph. */
export const act = (section: string): Citation => ({ source: "Head Start Act", section: `642(e)(5)${section}`, url: USC_9837 });

/** 45 CFR, with a section. */
export const cfr = (section: string): Citation => ({ source: "45 CFR", section });

/** The eCFR page of 45 CFR 1302.53 (Subpart E, Family and Community Engagement Program Services). */
export const ECFR_1302_53 = "https://www.ecfr.gov/current/title-45/subtitle-B/chapter-XIII/subchapter-B/part-1302/subpart-E/section-1302.53";

/** The MOU "shall" of 642(e)(5): the review provision and the plans regarding the topics. */
export const MOU_CONTENTS: BindingText = /* @__PURE__ */ (() => ({
  quote:
    "Enter into a memorandum of understanding ... with the appropriate local entity responsible for managing publicly funded preschool programs in the service area of the Head Start agency, that shall— (A)(i) provide for a review of each of the activities described in clause (ii); and (ii) include plans to coordinate, as appropriate, activities regarding—",
  citation: act("(A)"),
  verification: "verified",
}))();

/** The submission "shall" of 642(e)(5)(B). */
export const MOU_SUBMISSION: BindingText = /* @__PURE__ */ (() => ({
  quote: "that shall— ... (B) be submitted to the Secretary and the State Director of Head Start Collaboration not later than 30 days after the parties enter into such memorandum",
  citation: act("(B)"),
  verification: "verified",
}))();

/** The renewal "shall" of 642(e)(5)(C). */
export const MOU_RENEWAL: BindingText = /* @__PURE__ */ (() => ({
  quote: "that shall— ... (C) be revised periodically and renewed biennially by the parties to such memorandum, in alignment with the beginning of the school year.",
  citation: act("(C)"),
  verification: "verified",
}))();

/** Strategies for Partnering with Child Welfare Agencies (ECLKC). */
export const CHILD_WELFARE_STRATEGIES: Citation = { source: "Strategies for Partnering with Child Welfare Agencies (ECLKC)" };

/** Developing Partnership Agreements (ECLKC). */
export const DEVELOPING_PARTNERSHIP_AGREEMENTS: Citation = {
  source: "Developing Partnership Agreements (ECLKC)",
  url: "https://headstart.gov/publication/developing-partnership-agreements",
};

/** Shared Services to Build and Sustain Quality (ECQA Center, 2018). */
export const SHARED_SERVICES_ECQA: Citation = { source: "Shared Services to Build and Sustain Quality (ECQA Center, 2018)" };

/**
 * Elementary and Secondary Education Act section 1119, as amended by the Every Student Succeeds Act
 * (20 U.S.C. 6321), with a subsection. The duty is the local educational agency's: "Each local
 * educational agency shall develop agreements with such Head Start agencies and other entities to
 * carry out such activities" (quoted by the South Dakota Department of Education, Title I Part A -
 * Sec. 1119). The activities (b)(1)-(5) follow the 2001 enactment (Pub. L. 107-110, 115 Stat. 1513)
 * with the 2015 amendments, which removed the references to Early Reading First, as state education
 * agencies summarize them (Wisconsin Department of Public Instruction, Title I Early Childhood
 * Requirements).
 */
export const essa1119 = (section: string): Citation => ({ source: "Elementary and Secondary Education Act", section: `1119${section} (20 U.S.C. 6321${section})`, url: "https://www.law.cornell.edu/uscode/text/20/6321" });
