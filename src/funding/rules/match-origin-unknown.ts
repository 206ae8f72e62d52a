import { defineFinding, defineRule, formatCents } from "../../core/index.js";
import { UNIFORM_GUIDANCE_MATCH } from "./sources.js";
import type { FundingContext } from "./context.js";

/** A source whose stream is sometimes federally funded does not say whether its money is federal. */
export const matchOriginUnknown = /* @__PURE__ */ (() =>
  defineRule(
  defineFinding({
    code: "funding.match.origin-unknown",
    severity: "info",
    title: "Not counted as match: origin of the money not recorded",
    citation: UNIFORM_GUIDANCE_MATCH,
    basis: "Programs such as T.E.A.C.H. and WAGE$ are often paid from federal CCDF funds, and federal money may not count as match; the library counts it only when the source says it is not federal.",
    action: "Record on the source whether its money is federal (federalFunds).",
    message: (p: { source: string; stream: string; cents: string }) => `Source ${p.source} (${p.stream}, ${p.cents}) is not counted toward the Head Start match: record whether its money is federal.`,
  }),
  (ctx: FundingContext, emit) => {
    for (const s of ctx.originUnknown) emit({ source: s.id, stream: ctx.streams.get(s.streamId)?.label ?? s.streamId, cents: formatCents(s.amount) }, { subject: ctx.subject, path: ["sources", ctx.plan.sources.indexOf(s)] });
  },
))();
