import { makeIssue, validationError, type ParseResult } from "../core/index.js";
import { cloneJson, describeThrown, describeValue } from "../core/internal.js";
import { parsePortfolio } from "./parse.js";
import { PORTFOLIO_SCHEMA_VERSION, type Portfolio } from "./schema.js";

/**
 * Upgrades a portfolio written by an older release to the current {@link PORTFOLIO_SCHEMA_VERSION},
 * then validates it with {@link parsePortfolio}. Never throws; the input is not mutated.
 * Complexity: O(size of the document).
 *
 * Versioning policy: `schemaVersion` is an integer. Additive changes (a new optional field, a new
 * collection, a new enum value, a new catalog id) keep the version; anything that would make an
 * existing valid document invalid or change its meaning raises it, and this function gains a step
 * from the previous version. Steps run in order, so any older version upgrades in one call. A
 * document from a newer release is refused with a clear error rather than guessed at.
 *
 * Known versions:
 * - `0` (or no `schemaVersion`): drafts written before versioning; the shape of version 1 without
 *   `schemaVersion`, with the change log under `changes`.
 * - `1`: current.
 *
 * @example
 * ```ts
 * import { migratePortfolio } from "ece-partnerships";
 * const r = migratePortfolio({ organizations: [], changes: [{ at: "2024-05-01", patches: [], inversePatches: [] }] });
 * if (r.ok) [r.value.schemaVersion, r.value.changeLog.length]; //=> [1, 1]
 * const future = migratePortfolio({ schemaVersion: 7 });
 * if (!future.ok) future.error.issues[0]?.message; //=> "schemaVersion 7 was written by a newer release; this release reads up to 1"
 * ```
 * @category Portfolio
 */
export function migratePortfolio(input: unknown): ParseResult<Portfolio> {
  let doc: Record<string, unknown>;
  try {
    // Array.isArray and the copy read the input: a revoked Proxy or a throwing getter throws here.
    if (typeof input !== "object" || input === null || Array.isArray(input)) return parsePortfolio(input);
    doc = cloneJson(input as Record<string, unknown>);
  } catch (thrown) {
    return { ok: false, error: validationError([makeIssue([], "unparseable", `the input could not be read: ${describeThrown(thrown)}`)]) };
  }
  const version = doc.schemaVersion ?? 0;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 0) {
    return { ok: false, error: validationError([makeIssue(["schemaVersion"], "invalid_version", `schemaVersion must be a whole number, got ${describeValue(version)}`)]) };
  }
  if (version > PORTFOLIO_SCHEMA_VERSION) {
    return { ok: false, error: validationError([makeIssue(["schemaVersion"], "newer_version", `schemaVersion ${version} was written by a newer release; this release reads up to ${PORTFOLIO_SCHEMA_VERSION}`)]) };
  }
  // A document of this version is read exactly as parsePortfolio reads it (the same verdict on the same input).
  if (version === PORTFOLIO_SCHEMA_VERSION) return parsePortfolio(input as unknown);
  if (version === 0) {
    if ("changes" in doc && !("changeLog" in doc)) {
      doc.changeLog = doc.changes;
      delete doc.changes;
    }
    doc.schemaVersion = 1;
  }
  return parsePortfolio(doc);
}

