// Issue messages as templates: the English text with `{name}` slots and the values put in them, so
// a message can be written again in another language (see localizeValidationError).

/** The English template of an issue's message and the values put in its `{name}` slots. */
export interface IssueTemplate {
  readonly text: string;
  readonly values: Readonly<Record<string, string | number>>;
}

const SLOT = /\{(\w+)\}/g;

/** A template's text with its values put in, once, in a single pass. */
export function fillTemplate(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(SLOT, (slot, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : slot));
}

/**
 * The fields of a zod custom issue written from a template: its English `message` and, in zod's
 * `params`, the template itself (`fromZodIssues` carries it into the library's issue).
 */
export function issueText(text: string, values: Readonly<Record<string, string | number>> = {}): { message: string; params: { template: IssueTemplate } } {
  return { message: fillTemplate(text, values), params: { template: { text, values } } };
}
