// Issue messages as templates: the English text with `{name}` slots and the values put in them, so
// a message can be written again in another language (see localizeValidationError).

/** The English template of an issue's message and the values put in its `{name}` slots. */
export interface IssueTemplate {
  readonly text: string;
  readonly values: Readonly<Record<string, string | number>>;
}

const SLOT = /\{(\w+)\}/g;

/** A template split at its slots: the text before each slot and the slot's name, and the text after the last. */
type Compiled = { parts: readonly [text: string, slot: string][]; tail: string };
const compiled = new Map<string, Compiled>();

/** A template split once (templates are the library's own, a few hundred at most), then reused. */
function compile(text: string): Compiled {
  let c = compiled.get(text);
  if (c) return c;
  const parts: [string, string][] = [];
  let from = 0;
  for (const m of text.matchAll(SLOT)) {
    parts.push([text.slice(from, m.index), m[1]!]);
    from = m.index + m[0].length;
  }
  c = { parts, tail: text.slice(from) };
  if (compiled.size < 4096) compiled.set(text, c);
  return c;
}

/**
 * A template's text with its values put in, once, in a single pass: a value that holds `{name}`
 * is not filled again, and a slot with no value stays as written. Runs for every evidence
 * statement and issue message, so each template is split once and then only joined.
 */
export function fillTemplate(text: string, values: Readonly<Record<string, string | number>>): string {
  const { parts, tail } = compile(text);
  let out = "";
  for (const [before, name] of parts) out += before + (Object.hasOwn(values, name) ? String(values[name]) : `{${name}}`);
  return out + tail;
}

/**
 * The fields of a zod custom issue written from a template: its English `message` and, in zod's
 * `params`, the template itself (`fromZodIssues` carries it into the library's issue).
 */
export function issueText(text: string, values: Readonly<Record<string, string | number>> = {}): { message: string; params: { template: IssueTemplate } } {
  return { message: fillTemplate(text, values), params: { template: { text, values } } };
}
