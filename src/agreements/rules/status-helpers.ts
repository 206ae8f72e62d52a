import type { AgreementContext } from "./context.js";

/** Whether the agreement follows the public-preschool MOU template, whose renewal the Act sets. */
export const isStatutoryMou = (ctx: AgreementContext) => ctx.template?.review?.statutory === true;
