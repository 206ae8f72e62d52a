import { defineFinding, defineRule, formatCents } from "../../core/index.js";
import { exactMatch } from "../exact.js";
import { canonicalStreamId } from "../streams.js";
import { headStartMatchStreams, type FundingContext } from "./context.js";

/** Another stream of the plan carries a match requirement of its own. */
export const matchOther = /* @__PURE__ */ (() =>
  defineRule(
  defineFinding({
    code: "funding.match.other",
    severity: "info",
    title: "Another stream carries a match",
    basis: "A note: the match rules of other streams are often unverified in the library's catalog (marked in the message) and belong to their own awards.",
    action: "Confirm the match in the award and budget it.",
    message: (p: { stream: string; cents: string; match: string; mark: string }) => `${p.stream} (${p.cents}) carries a match of about ${p.match}${p.mark}; confirm against the award.`,
  }),
  (ctx: FundingContext, emit) => {
    for (const s of ctx.plan.sources) {
      const stream = ctx.streams.get(s.streamId);
      const rule = stream?.match;
      if (!rule || (headStartMatchStreams as readonly string[]).includes(canonicalStreamId(s.streamId)) || s.amount === 0) continue;
      const required = exactMatch(s.amount, rule.rate, rule.basis);
      emit({ stream: stream.label, cents: formatCents(s.amount), match: formatCents(required), mark: rule.verification === "verified" ? "" : ` [${rule.verification}]` }, { subject: ctx.subject, citation: rule.citation });
    }
  },
))();
