import { fillTemplate } from "../core/issue-text.js";
import type { Locale } from "./locale.js";

/**
 * Writes one of the library's sentences or labels in a locale: its English is the key (the way
 * gettext keys messages), `{name}` marks where a value goes, and a locale that has no translation
 * for it leaves the English. Values are put in once, in a single pass, so a value that contains
 * `{name}` is never filled again. With `count` 1, a locale's `<english>|one` wins (Spanish
 * "1 obligatorio" against "2 obligatorios", where English writes "1 must" and "2 must" alike).
 */
export type Say = (english: string, values?: Readonly<Record<string, string | number>>, count?: number) => string;

/** Puts values into a template's `{name}` slots (a slot with no value stays as written); a template without values as it is. */
export function fill(template: string, values?: Readonly<Record<string, string | number>>): string {
  return values ? fillTemplate(template, values) : template;
}

/** The `say` of a locale (English without one). */
export function sayIn(locale: Locale | undefined): Say {
  const words = locale?.words;
  if (!words) return fill;
  return (english, values, count) => {
    const one = count === 1 ? `${english}|one` : undefined;
    const template = one !== undefined && Object.hasOwn(words, one) ? words[one]! : Object.hasOwn(words, english) ? words[english]! : english;
    return fill(template, values);
  };
}
