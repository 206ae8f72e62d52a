import type { Finding } from "../core/index.js";
import type { CountedFindings, SeverityCounts } from "../core/internal.js";

/** Past this many findings of one subject, they are also kept by key, so a check stays O(1). */
const SCAN_LIMIT = 16;

/**
 * The findings of earlier lists about one subject id: scanned while few, looked up by key when
 * many; `pending` holds the lists that were only counted, written when a finding with one of
 * their codes must be compared.
 */
interface SubjectFindings {
  list: Finding[];
  keys?: Set<string>;
  pending?: CountedFindings[] | undefined;
}

/**
 * Findings counted by severity whose codes no other analysis gives (a summary's outline of a
 * program's referrals or CCR&R functions): none of them can be the same as another list's finding,
 * so they are counted as they are, without being written or compared.
 */
export interface OwnCodeCounts {
  counts: SeverityCounts;
}

/** See {@link findingsOnce}. */
export interface FindingsOnce {
  /** The findings of `list` that no earlier list holds, in order (`list` itself when none is dropped). */
  keep(list: readonly Finding[]): readonly Finding[];
  /**
   * The severities of what {@link FindingsOnce.keep} would keep of a list about one subject: its
   * counts, while no earlier finding about the subject has one of its codes (so none of it can be
   * dropped); its findings are written only when one has, or when a later finding about the subject
   * has one of its codes.
   */
  count(list: CountedFindings): SeverityCounts;
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

/** Writes the counted lists about a subject that can give one of `codes`, so their findings can be compared. */
function writePending(earlier: SubjectFindings, canGive: (list: CountedFindings) => boolean): void {
  const pending = earlier.pending;
  if (!pending) return;
  const stay: CountedFindings[] = [];
  for (const list of pending) {
    if (canGive(list)) for (const f of list.findings()) record(earlier, f);
    else stay.push(list);
  }
  earlier.pending = stay.length ? stay : undefined;
}

/** True when two sets of codes share one. */
const overlap = (a: ReadonlySet<string>, b: ReadonlySet<string>) => {
  if (a === b) return a.size > 0;
  for (const code of a) if (b.has(code)) return true;
  return false;
};

/** Counts of findings by severity. */
export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts = { must: 0, should: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

/**
 * Findings of several analyses, each once: `keep(list)` returns the findings of `list` that no
 * earlier list holds (the same code, subject and message; the MOU's findings appear under
 * compliance and under agreements), in order. A list's own findings are kept as its analysis made
 * them, even two alike (two meetings on the same future date are two findings). `count` does the
 * same for a list that was only counted, and gives its counts.
 *
 * Cost: findings are grouped by subject id, and an analysis lists the findings of one subject
 * together, so each finding costs a comparison of ids and a push; only a finding whose subject an
 * earlier list has is compared with that subject's findings (by key once they are many). A counted
 * list costs nothing per finding unless another list is about its subject.
 */
export function findingsOnce(): FindingsOnce {
  // A subject's findings, or the one counted list about it (what most subjects of a summary have).
  const bySubject = new Map<string, SubjectFindings | CountedFindings>();
  const entryOf = (id: string): SubjectFindings | undefined => {
    const found = bySubject.get(id);
    if (found === undefined || !("counts" in found)) return found;
    const entry: SubjectFindings = { list: [], pending: [found] };
    bySubject.set(id, entry);
    return entry;
  };
  const keep = (list: readonly Finding[]): readonly Finding[] => {
    let kept: Finding[] | undefined;
    let lastId: string | undefined;
    let earlier: SubjectFindings | undefined;
    for (let i = 0; i < list.length; i++) {
      const f = list[i]!;
      const id = f.subject?.id ?? "";
      if (i === 0 || id !== lastId) earlier = entryOf((lastId = id));
      if (earlier?.pending) writePending(earlier, (counted) => counted.codes.has(f.code));
      if (earlier && includes(earlier, f)) kept ??= list.slice(0, i);
      else kept?.push(f);
    }
    const result = kept ?? list;
    lastId = undefined;
    for (let i = 0; i < result.length; i++) {
      const f = result[i]!;
      const id = f.subject?.id ?? "";
      if (i === 0 || id !== lastId) {
        earlier = entryOf((lastId = id));
        if (!earlier) bySubject.set(id, (earlier = { list: [] }));
      }
      record(earlier!, f);
    }
    return result;
  };
  const count = (list: CountedFindings): SeverityCounts => {
    const { must, should, info } = list.counts;
    if (must + should + info === 0) return list.counts;
    if (!bySubject.has(list.subjectId)) {
      bySubject.set(list.subjectId, list);
      return list.counts;
    }
    const earlier = entryOf(list.subjectId)!;
    if (earlier.pending) writePending(earlier, (counted) => overlap(counted.codes, list.codes));
    if (earlier.list.some((f) => list.codes.has(f.code))) return countBySeverity(keep(list.findings()));
    (earlier.pending ??= []).push(list);
    return list.counts;
  };
  return { keep, count };
}
