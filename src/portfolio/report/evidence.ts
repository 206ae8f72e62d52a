import type { IssueTemplate } from "../../core/issue-text.js";
import type { Say } from "../../locale/say.js";

/** Values inside evidence that are the library's ids or words (a category, an exemption, "not recorded"), written through `say` as well. */
const WORDED = new Set(["exemption", "qris", "systems", "category"]);

/**
 * An evidence statement in the report's words: written again from the template the analysis wrote
 * it from (`AssessmentComponent.evidenceTemplates`). A statement without a template (an app's own
 * component) stays as it is; names, ids and dates in the values stay as given.
 */
export function evidenceIn(text: string, template: IssueTemplate | undefined, say: Say): string {
  if (!template) return text;
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(template.values)) values[name] = WORDED.has(name) ? say(String(value)) : value;
  return say(template.text, values);
}
