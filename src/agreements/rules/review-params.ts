import type { AgreementContext } from "./context.js";

/** What a due or overdue review message is written from. */
export interface DueParams {
  readonly [key: string]: string | number;
  agreement: string;
  cadence: string;
  due: string;
  days: number;
  asOf: string;
}
/** The params of a review finding. */
export const params = (ctx: AgreementContext, review: NonNullable<AgreementContext["review"]>): DueParams => ({
  agreement: ctx.label,
  cadence: review.cadence,
  due: review.due,
  days: Math.abs(review.days),
  asOf: ctx.asOf,
});
/** The message of an overdue review or renewal. */
export const overdue = (what: string) => (p: DueParams) => `${p.agreement} was due for its ${p.cadence} ${what} on ${p.due}, ${p.days} days before ${p.asOf}.`;
/** The message of a review or renewal due soon. */
export const dueSoon = (what: string) => (p: DueParams) => `${p.agreement} is due for its ${p.cadence} ${what} on ${p.due}${p.days === 0 ? " (today)" : `, in ${p.days} days`}.`;
