import type { Say } from "../../locale/say.js";

/**
 * The evidence sentences of assessCompliance's parts, read back into their values and written
 * again through `say`, so a report in another language shows them in its words. Each pattern is the
 * English sentence the part writes; text that matches none stays as it is.
 */
const PATTERNS: readonly [RegExp, string, readonly string[]][] = [
  [/^(.+) \(formal\)$/, "{partnership} (formal)", ["partnership"]],
  [/^(\d+) of (\d+) agreements that share child records record a basis$/, "{withBasis} of {sharing} agreements that share child records record a basis", ["withBasis", "sharing"]],
  [/^(.+) in force since (\d{4}-\d{2}-\d{2})$/, "{agreement} in force since {date}", ["agreement", "date"]],
  [/^exemption (\S+) recorded (\d{4}-\d{2}-\d{2})(.*)$/, "exemption {exemption} recorded {date}{entity}", ["exemption", "date", "entity"]],
  [/^assessment (.+) conducted (\d{4}-\d{2}-\d{2}); last reviewed (.+)$/, "assessment {assessment} conducted {date}; last reviewed {reviewed}", ["assessment", "date", "reviewed"]],
  [/^QRIS: (\S+); data systems: (.+)$/, "QRIS: {qris}; data systems: {systems}", ["qris", "systems"]],
  [/^([a-z-]+): (.+)$/, "{category}: {organizations}", ["category", "organizations"]],
];

/** Words inside evidence that are ids or fixed phrases, written through `say` as well. */
const WORDED = new Set(["exemption", "qris", "systems", "category", "reviewed"]);

/** A part's evidence sentence in the report's words. */
export function evidenceIn(text: string, say: Say): string {
  for (const [pattern, template, names] of PATTERNS) {
    const m = pattern.exec(text);
    if (!m) continue;
    const values: Record<string, string> = {};
    names.forEach((name, i) => {
      const value = m[i + 1] ?? "";
      values[name] = WORDED.has(name) ? say(value) : value;
    });
    return say(template, values);
  }
  return text;
}
