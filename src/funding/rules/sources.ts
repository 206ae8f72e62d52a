import type { BindingText, Citation } from "../../core/index.js";

/** Supporting Families Through Coordinated Services Partnerships (OPRE Report 2022-52). */
export const COORDINATED_SERVICES: Citation = { source: "Supporting Families Through Coordinated Services Partnerships (OPRE Report 2022-52)" };

/** The Head Start non-federal match. */
export const HS_MATCH: Citation = { source: "Head Start Act 640(b); 45 CFR", section: "1303.4" };

/** 45 CFR 1303.4, as the Office of Head Start publishes it. */
export const MATCH_EACH_BUDGET_PERIOD: BindingText = {
  quote: "federal financial assistance to a grant recipient will not exceed 80 percent of the approved total program costs. A grant recipient must contribute 20 percent as non-federal match each budget period.",
  citation: { source: "45 CFR", section: "1303.4" },
  verification: "excerpt",
};

/** 2 CFR 200.306(b): what may count as cost sharing or matching. */
export const UNIFORM_GUIDANCE_MATCH: Citation = { source: "2 CFR", section: "200.306(b)" };
