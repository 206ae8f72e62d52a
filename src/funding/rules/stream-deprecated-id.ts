import { defineFinding, defineRule } from "../../core/index.js";
import { fundingStreamAliases } from "../streams.js";
import type { FundingContext } from "./context.js";

/** A source uses a stream id that was renamed (it still works). */
export const streamDeprecatedId = /* @__PURE__ */ (() =>
  defineRule(
    defineFinding({
      code: "funding.stream.deprecated-id",
      severity: "info",
      title: "Renamed stream id",
      basis: "A note on the data: the old id still works until the next major version.",
      action: "Use the stream's current id.",
      message: (p: { plan: string; source: string; old: string; current: string }) =>
        `${p.plan}: source ${p.source} uses the stream id "${p.old}", now "${p.current}" (the same name as the organization kind); the old id still works.`,
    }),
    (ctx: FundingContext, emit) => {
      ctx.plan.sources.forEach((s, i) => {
        if (Object.hasOwn(fundingStreamAliases, s.streamId)) emit({ plan: ctx.label, source: s.id, old: s.streamId, current: fundingStreamAliases[s.streamId]! }, { subject: ctx.subject, path: ["sources", i, "streamId"] });
      });
    },
  ))();
