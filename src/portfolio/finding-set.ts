import type { Finding } from "../core/index.js";

/** Past this many findings of one subject, they are also kept by key, so a check stays O(1). */
const SCAN_LIMIT = 16;

/** The findings of earlier lists about one subject id: scanned while few, looked up by key when many. */
interface SubjectFindings {
  list: Finding[];
  keys?: Set<string>;
}

const sameFinding = (a: Finding, b: Finding) => a.code === b.code && a.message === b.message && a.subject?.kind === b.subject?.kind;
const keyOf = (f: Finding) => `${f.code}\u0000${f.subject?.kind ?? ""}\u0000${f.message}`;

function includes(earlier: SubjectFindings, f: Finding): boolean {
  if (earlier.list.length > SCAN_LIMIT) return (earlier.keys ??= new Set(earlier.list.map(keyOf))).has(keyOf(f));
  for (const g of earlier.list) if (sameFinding(g, f)) return true;
  return false;
}

function record(earlier: SubjectFindings, f: Finding): void {
  earlier.list.push(f);
  earlier.keys?.add(keyOf(f));
}

/**
 * Findings of several analyses, each once: `keep(list)` returns the findings of `list` that no
 * earlier list holds (the same code, subject and message; the MOU's findings appear under
 * compliance and under agreements), in order. A list's own findings are kept as its analysis made
 * them, even two alike (two meetings on the same future date are two findings).
 *
 * Cost: findings are grouped by subject id, and an analysis lists the findings of one subject
 * together, so each finding costs a comparison of ids and a push; only a finding whose subject an
 * earlier list has is compared with that subject's findings (by key once they are many).
 */
export function findingsOnce(): (list: readonly Finding[]) => readonly Finding[] {
  const bySubject = new Map<string, SubjectFindings>();
  return (list) => {
    let kept: Finding[] | undefined;
    let lastId: string | undefined;
    let earlier: SubjectFindings | undefined;
    for (let i = 0; i < list.length; i++) {
      const f = list[i]!;
      const id = f.subject?.id ?? "";
      if (i === 0 || id !== lastId) earlier = bySubject.get((lastId = id));
      if (earlier && includes(earlier, f)) kept ??= list.slice(0, i);
      else kept?.push(f);
    }
    const result = kept ?? list;
    lastId = undefined;
    for (let i = 0; i < result.length; i++) {
      const f = result[i]!;
      const id = f.subject?.id ?? "";
      if (i === 0 || id !== lastId) {
        earlier = bySubject.get((lastId = id));
        if (!earlier) bySubject.set(id, (earlier = { list: [] }));
      }
      record(earlier!, f);
    }
    return result;
  };
}
