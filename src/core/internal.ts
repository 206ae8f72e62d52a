// Helpers shared by the concept folders; not part of the public surface.
export { isIsoDate, addDaysIso, addMonthsIso, monthsFromRemembered, addYearsIso, daysBetween, requireIsoDate, isoToDay, isoFromDay, daysInMonth } from "./date-math.js";
export { cloneJson, findJsonProblem } from "./json.js";
export { diffJson } from "./patch.js";
export { fromZodIssues, safeParseReporting, templatedIssue } from "./result.js";
export { issueText } from "./issue-text.js";
export { partnershipOfParties, untitledAgreement, untitledPartnership } from "./record-names.js";
export { distinct, forLoops, groupInto } from "./collections.js";
export { firstBy, groupBy, keyedIndex, positionsBy } from "./keyed-index.js";
export { describeThrown, describeValue, roundShare } from "./describe.js";
export { addCanonicalStrings, canonicalString, enumSchema, isCanonicalString } from "./canonical.js";
export { optionalCount, optionalNumber, requireCollections } from "./options.js";
export { crossField, partialRecordSchema, recordSchema } from "./entity.js";
export { NEGATIVE_ZERO, notNegativeZero } from "./primitives.js";
export { didYouMean, nearest } from "./suggest.js";
export { isKnownValid, markValid, touchedBy } from "./validate-touched.js";
export { checkWithSchema, editChecked, type EditCheck } from "./edit.js";
export { countRules, defineAdvisoryFinding, withCounter, type CountedFindings, type SeverityCounts } from "./rule.js";
