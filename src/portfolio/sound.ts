import { isKnownValid, markValid } from "../core/internal.js";
import { PortfolioSchema, type Portfolio } from "./schema.js";

/** Names the check "passes parsePortfolio" (shape and references) in the registry of values known to pass. */
const SOUND = {};

/** Records that a portfolio passes {@link parsePortfolio} (shape and references), so edits of it are checked by what they touch. */
export function markSound(portfolio: Portfolio): void {
  markValid(PortfolioSchema, portfolio);
  markValid(SOUND, portfolio);
}

/** True when `value` is known to pass {@link parsePortfolio}. */
export function isKnownSound(value: unknown): boolean {
  return isKnownValid(SOUND, value);
}
