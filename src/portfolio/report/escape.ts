// Escaping of user text for the Markdown and Mermaid renderers: no record can add headings,
// tables, links, HTML or diagram syntax.

/** Inline Markdown text: one line, with every character that starts inline syntax escaped. */
export function md(text: string | number | null | undefined): string {
  if (text === null || text === undefined || text === "") return "-";
  return String(text)
    .replace(/[\r\n\u2028\u2029]+/g, " ")
    .replace(/[\\`*_[\]<>|~#&!]/g, (c) => `\\${c}`)
    .trim() || "-";
}

/** A Mermaid label inside double quotes: entity codes for the characters Mermaid reads as syntax. */
export function mermaidLabel(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/g, " ")
    .replace(/#/g, "#35;")
    .replace(/"/g, "#quot;")
    .replace(/</g, "#lt;")
    .replace(/>/g, "#gt;")
    .replace(/`/g, "#96;");
}

/**
 * A field of a Mermaid sankey-beta CSV line, in printable ASCII: Mermaid's sankey parser rejects
 * any other character, quoted or not (mermaid-js/mermaid issues 6155 and 6822), so accents are
 * dropped ("Prekínder" is written "Prekinder") and any other character becomes "?". The tables
 * of the report keep the exact names. Quoted when it holds a comma or a quote.
 */
export function csvField(text: string): string {
  const one = text
    .replace(/[\r\n\u2028\u2029]+/g, " ")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^ -~]/g, "?");
  return /[",]/.test(one) ? `"${one.replace(/"/g, '""')}"` : one;
}
