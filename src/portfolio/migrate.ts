import { makeIssue, validationError, type ParseResult } from "../core/index.js";
import { cloneJson, describeThrown, describeValue, issueText, templatedIssue } from "../core/internal.js";
import { parsePortfolio } from "./parse.js";
import { PORTFOLIO_SCHEMA_VERSION, type Portfolio } from "./schema.js";

/**
 * Upgrades a portfolio written by an older release to the current {@link PORTFOLIO_SCHEMA_VERSION},
 * then validates it with {@link parsePortfolio}. Never throws; the input is not mutated.
 * Complexity: O(size of the document).
 *
 * Versioning policy: `schemaVersion` is an integer. Small additive changes (a new optional field,
 * a new enum value, a new catalog id) keep the version. A new collection raises it (an older
 * release, which refuses keys it does not know, then says "update the library" instead of
 * reporting an unknown key), and so does anything that would make an existing valid document
 * invalid or change its meaning; this function gains a step from the previous version. Steps run in order, so any older version upgrades in one call. A
 * document from a newer release is refused with a clear error rather than guessed at.
 *
 * Known versions:
 * - `0` (or no `schemaVersion`): drafts written before versioning; the shape of version 1 without
 *   `schemaVersion`, with the change log under `changes`.
 * - `1`: 0.1.0 and 0.2.0. Version 2 only adds collections, so a version-1 document is a version-2
 *   document once its `schemaVersion` says so.
 * - `2`: current; adds `referrals`, `serviceBundles`, `ccrrServices`, `staffPolicies`, `fundedSlots`. The version rises with
 *   new collections because a release refuses keys it does not know: an older release then tells
 *   its user to update instead of reporting an unknown key.
 *
 * @example
 * ```ts
 * import { migratePortfolio } from "ece-partnerships";
 * const r = migratePortfolio({ organizations: [], changes: [{ at: "2024-05-01", patches: [], inversePatches: [] }] });
 * if (r.ok) [r.value.schemaVersion, r.value.changeLog.length]; //=> [2, 1]
 * const v1 = migratePortfolio({ schemaVersion: 2, organizations: [] });
 * if (v1.ok) [v1.value.schemaVersion, v1.value.referrals]; //=> [2, []]
 * const future = migratePortfolio({ schemaVersion: 7 });
 * if (!future.ok) future.error.issues[0]?.message; //=> "schemaVersion 7 was written by a newer release; this release reads up to 2"
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
    return { ok: false, error: validationError([templatedIssue([], "unparseable", issueText("the input could not be read: {reason}", { reason: describeThrown(thrown) }))]) };
  }
  const version = doc.schemaVersion ?? 0;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 0) {
    return { ok: false, error: validationError([templatedIssue(["schemaVersion"], "invalid_version", issueText("schemaVersion must be a whole number, got {got}", { got: describeValue(version) }))]) };
  }
  if (version > PORTFOLIO_SCHEMA_VERSION) {
    return { ok: false, error: validationError([templatedIssue(["schemaVersion"], "newer_version", issueText("schemaVersion {version} was written by a newer release; this release reads up to {supported}", { version: String(version), supported: PORTFOLIO_SCHEMA_VERSION }))]) };
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
  // 1 to 2: new collections only (referrals, service bundles...), each defaulting to empty.
  if (doc.schemaVersion === 1) doc.schemaVersion = 2;
  return parsePortfolio(doc);
}

