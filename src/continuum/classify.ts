import { report, type Finding } from "../core/index.js";
import { evidenceAfterAsOf, evidenceInvalidDate, evidenceStale, practiceUnknown, viewDisagrees, viewPartiesDisagree, viewUnknownLevel, type ContinuumFindingCode } from "./findings.js";
import { isIsoDate, monthsFromRemembered, optionalCount, requireIsoDate } from "../core/internal.js";
import type { PracticeEvidence } from "./evidence.js";
import { stageFromModel } from "./models.js";
import { practiceIds } from "./practices.js";

/** A practice id as words for a sentence ("jointly-created-program" is "jointly created program"); kept this small so classifyStage alone stays a few kilobytes. */
const practiceLabel = (id: string) => id.replace(/-/g, " ");
import { STAGE_INDICATORS, stageIds, type StageId, type StageIndicator } from "./stages.js";

/** Every partnership of a portfolio is classified on the same date: the stale horizon is computed once. */
const staleBeforeOf = /* @__PURE__ */ monthsFromRemembered();

/**
 * Each stage's indicators: the catalog's own (`of`, which results return), and the positions of its
 * practices in {@link practiceIds} as bits, so an indicator is evidenced when its bits meet those of
 * the practices with counted evidence (the catalog has 11 practices; a bit mask holds 31). An
 * indicator lists its practices in catalog order (a test holds it), so its evidence is read in
 * position order.
 */
const INDICATORS = /* @__PURE__ */ STAGE_INDICATORS.map((list) => list.map((of) => ({ of, bits: of.anyOf.reduce((bits, p) => bits | (1 << practiceIds.indexOf(p)), 0) })));

/**
 * A party's own view of where the partnership stands: a continuum stage, or a level of another
 * model (`model` + `level`, such as a Frey scale rating), which is mapped to the continuum.
 *
 * @example
 * ```ts
 * import type { StageView } from "ece-partnerships";
 * const v: StageView = { party: "cw-agency", model: "frey-2006", level: "coalition", date: "2025-05-01" };
 * v.level; //=> "coalition"
 * ```
 * @category Continuum
 */
export interface StageView {
  /** The organization whose view it is. */
  party: string;
  /** The stage on the library's continuum. */
  stage?: StageId | undefined;
  /** Or: a model id from {@link collaborationModels}... */
  model?: string | undefined;
  /** ...and a level id of that model. */
  level?: string | undefined;
  /** When the view was given. */
  date?: string | undefined;
}

/**
 * Options of {@link classifyStage}.
 *
 * @example
 * ```ts
 * import type { ClassifyStageOptions } from "ece-partnerships";
 * const o: ClassifyStageOptions = { asOf: "2025-09-01", staleAfterMonths: 18 };
 * o.staleAfterMonths; //=> 18
 * ```
 * @category Continuum
 */
export interface ClassifyStageOptions {
  /** The date of the judgment; evidence dated after it does not count. */
  asOf: string;
  /** Evidence older than this many months before `asOf` is reported as stale (it still counts). Default 24. */
  staleAfterMonths?: number;
  /** Parties' own views, compared with the evidence. */
  views?: readonly StageView[];
  /** What the findings are about; default `{ kind: "partnership" }`. */
  subject?: { kind: string; id?: string; name?: string };
  /** Names the parties of views in messages (a portfolio's organization names); ids are used where it gives none. */
  nameOf?: (organizationId: string) => string | undefined;
}

/**
 * What {@link classifyStage} concluded and why.
 *
 * @example
 * ```ts
 * import { classifyStage, type StageClassification } from "ece-partnerships";
 * const c: StageClassification = classifyStage([], { asOf: "2025-09-01" });
 * c.stage; //=> null
 * ```
 * @category Continuum
 */
export interface StageClassification {
  /** The highest stage whose indicators are all evidenced; `null` with no evidence. */
  stage: StageId | null;
  /** 0 (no evidence) to 4 (collaboration). */
  rank: number;
  /** The evidence that established the stage (the latest item of each practice used). */
  evidence: PracticeEvidence[];
  /** The next stage and the indicators it still lacks; `null` at collaboration. */
  next: { stage: StageId; missing: StageIndicator[] } | null;
  /** Evidence that counted but is older than the stale threshold. */
  stale: PracticeEvidence[];
  /** Evidence that did not count: dated after `asOf`, with an unknown practice or an invalid date. */
  notCounted: PracticeEvidence[];
  /** Parties' views mapped to the continuum, in the order given. */
  views: { party: string; stage: StageId | null }[];
  /** Stale evidence, evidence not counted, and views that disagree with the evidence or with each other. */
  findings: Finding<ContinuumFindingCode>[];
}

/** Each practice id's position in {@link practiceIds}. */
const KNOWN = /* @__PURE__ */ (() => new Map<string, number>(practiceIds.map((p, i) => [p, i])))();

/**
 * Reads the stage of a partnership from dated evidence of its practices: the highest stage of
 * {@link continuumStages} all of whose indicators are evidenced on `asOf`. Evidence dated after
 * `asOf` does not count; evidence older than `staleAfterMonths` counts but is reported. No
 * evidence gives `null`, never a default of networking. Adding evidence never lowers the stage.
 * When a party's own view (in any model of {@link collaborationModels}) differs from the
 * evidence, or parties see it differently from each other, an `info` finding says so: as the
 * Frey scale's authors note, a disagreement is something to discuss.
 *
 * Complexity: O(n) in the evidence.
 *
 * @throws {RangeError} When `asOf` is not a calendar date.
 * @example
 * ```ts
 * import { classifyStage } from "ece-partnerships";
 * const c = classifyStage(
 *   [
 *     { practice: "information-exchange", date: "2024-10-02" },
 *     { practice: "regular-meetings", date: "2025-06-12" },
 *     { practice: "shared-facilities", date: "2025-02-01" },
 *     { practice: "common-goal", date: "2025-12-01" },
 *   ],
 *   { asOf: "2025-09-01", views: [{ party: "cw-agency", stage: "cooperation" }] },
 * );
 * c.stage; //=> "coordination"
 * c.next?.missing.map((i) => i.id); //=> ["formal-information-sharing", "common-goal"]
 * c.findings.map((f) => f.code); //=> ["continuum.evidence.after-as-of", "continuum.view.disagrees"]
 * ```
 * @category Continuum
 */
export function classifyStage(practices: readonly PracticeEvidence[], options: ClassifyStageOptions): StageClassification {
  return classifyWith(practices, options, report);
}

/** {@link classifyStage}, each finding made by `make` (a summary's outline only counts them). Internal. */
export function classifyWith(practices: readonly PracticeEvidence[], options: ClassifyStageOptions, make: typeof report): StageClassification {
  const asOf = requireIsoDate(options?.asOf);
  const staleMonths = optionalCount(options.staleAfterMonths, "staleAfterMonths") ?? 24;
  const staleBefore = staleBeforeOf(asOf, -staleMonths);
  const partyName = (id: string) => options.nameOf?.(id) ?? id;
  const subject = options.subject ?? { kind: "partnership" };
  const findings: Finding<ContinuumFindingCode>[] = [];
  const notCounted: PracticeEvidence[] = [];
  // The latest counted evidence of each practice, by its position; `counted` has the bit of each.
  const latest: PracticeEvidence[] = [];
  let counted = 0;

  // Plain loops, and a path only for evidence that is not counted: this runs once per partnership
  // in every summary and report, so it allocates nothing per counted item.
  for (let index = 0; index < practices.length; index++) {
    const item = practices[index]!;
    const at = KNOWN.get(item?.practice as string);
    if (at === undefined) {
      notCounted.push(item);
      findings.push(make(practiceUnknown, { index, practice: String(item?.practice) }, { subject, path: ["practices", index] }));
      continue;
    }
    if (!isIsoDate(item.date)) {
      notCounted.push(item);
      findings.push(make(evidenceInvalidDate, { practice: practiceLabel(item.practice) }, { subject, path: ["practices", index] }));
      continue;
    }
    if (item.date > asOf) {
      notCounted.push(item);
      findings.push(make(evidenceAfterAsOf, { practice: practiceLabel(item.practice), date: item.date, asOf }, { subject, path: ["practices", index] }));
      continue;
    }
    const previous = latest[at];
    if (!previous || previous.date < item.date) latest[at] = item;
    counted |= 1 << at;
  }

  // The highest stage all of whose indicators are evidenced; only its evidence and the next stage's
  // missing indicators are built (this runs for every partnership of a summary).
  const evidenced = (indicator: { bits: number }) => (indicator.bits & counted) > 0;
  let rank = 0;
  for (let i = 0; i < stageIds.length; i++) if (INDICATORS[i]!.every(evidenced)) rank = i + 1;
  const stage = rank ? stageIds[rank - 1]! : null;
  const used: PracticeEvidence[] = [];
  for (const indicator of rank ? INDICATORS[rank - 1]! : []) latest.forEach((item, at) => (indicator.bits >> at) & 1 && used.push(item));

  const stale = used.filter((item) => item.date < staleBefore);
  for (const item of stale) {
    findings.push(make(evidenceStale, { practice: practiceLabel(item.practice), date: item.date, months: staleMonths, asOf }, { subject }));
  }

  const nextStage = stageIds[rank];
  const next = nextStage ? { stage: nextStage, missing: INDICATORS[rank]!.filter((indicator) => !evidenced(indicator)).map((indicator) => indicator.of) } : null;

  const views: { party: string; stage: StageId | null }[] = [];
  for (const view of options.views ?? []) {
    // stageFromModel gives undefined for a missing model or level: neither is a key of its table.
    const mapped = view.stage ?? stageFromModel(view.model as string, view.level as string);
    if (mapped === undefined) {
      findings.push(make(viewUnknownLevel, { party: partyName(view.party) }, { subject }));
      continue;
    }
    views.push({ party: view.party, stage: mapped });
    if (mapped !== stage) {
      findings.push(make(viewDisagrees, { party: partyName(view.party), view: mapped ?? "no interaction", stage: stage ?? "no stage yet" }, { subject }));
    }
  }
  if (views.length > 1 && new Set(views.map((v) => v.stage)).size > 1) {
    findings.push(make(viewPartiesDisagree, { parties: views.map((v) => partyName(v.party)), stages: views.map((v) => v.stage ?? "no interaction") }, { subject }));
  }

  // Copies, so the caller owns the result: changing it never changes the input or a later result.
  const copy = <T>(items: readonly T[]) => items.map((e) => (e && typeof e === "object" ? { ...e } : e));
  return { stage, rank, evidence: copy(used), next, stale: copy(stale), notCounted: copy(notCounted), views, findings };
}
