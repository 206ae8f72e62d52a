import { defineFinding, defineRule, formatCents } from "../../core/index.js";
import { UNIFORM_GUIDANCE_MATCH } from "./sources.js";
import type { FundingContext } from "./context.js";

/** A source marked to count toward the match carries federal money. */
export const matchFederalCounted = /* @__PURE__ */ (() =>
  defineRule(
  defineFinding({
    code: "funding.match.federal-counted",
    severity: "should",
    title: "Federal money marked as match",
    citation: UNIFORM_GUIDANCE_MATCH,
    basis: "Matching contributions may not be paid by the Federal Government under another federal award (2 CFR 200.306(b)); the library leaves the source out of the match. The regulation's exceptions (a statute that authorizes it) are for the program to show.",
    action: "Remove countsTowardMatch from the source, or record the authority that lets this federal money count.",
    message: (p: { source: string; stream: string; cents: string }) => `Source ${p.source} (${p.stream}, ${p.cents}) is marked to count toward the match, but its money is federal; it was not counted.`,
  }),
  (ctx: FundingContext, emit) => {
    for (const s of ctx.federalMarkedAsMatch) emit({ source: s.id, stream: ctx.streams.get(s.streamId)?.label ?? s.streamId, cents: formatCents(s.amount) }, { subject: ctx.subject, path: ["sources", ctx.plan.sources.indexOf(s), "countsTowardMatch"] });
  },
))();
