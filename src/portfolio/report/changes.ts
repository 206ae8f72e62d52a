import type { Finding } from "../../core/index.js";
import { isPartnershipActive } from "../../partners/index.js";
import { fill, type Say } from "../../locale/say.js";
import type { ProgramAnalyses } from "../analyses.js";
import type { ReportChange } from "./model.js";

const key = (f: Finding) => `${f.code}\u0000${f.subject?.kind ?? ""}\u0000${f.subject?.id ?? ""}\u0000${(f.path ?? []).join("/")}`;

/**
 * What changed for a program between two dates: stage moves, partnerships that started or ended,
 * agreements that came into force or ended, findings new and resolved (the same code about the same
 * subject counts as the same finding), and score changes of a point or more.
 */
export function changesBetween(
  before: ProgramAnalyses,
  after: ProgramAnalyses,
  since: string,
  asOf: string,
  beforeFindings: readonly Finding[],
  afterFindings: readonly Finding[],
  say: Say = fill,
  message: (f: Finding) => string = (f) => f.message,
): ReportChange[] {
  const changes: ReportChange[] = [];
  const earlier = new Map(before.partnerships.map((x) => [x.partnership.id, x]));
  for (const { partnership: p, assessment } of after.partnerships) {
    const name = p.name ?? p.id;
    const was = earlier.get(p.id);
    const activeBefore = was ? isPartnershipActive(was.partnership, since) : false;
    const activeNow = isPartnershipActive(p, asOf);
    if (!activeBefore && activeNow) changes.push({ kind: "partnership-new", text: say("{name} became active.", { name }) });
    if (activeBefore && !activeNow) changes.push({ kind: "partnership-ended", text: say("{name} ended.", { name }) });
    const from = was?.assessment.classification.stage ?? null;
    const to = assessment.classification.stage;
    if (from !== to) changes.push({ kind: "stage", text: say("{name} moved from {from} to {to}.", { name, from: say(from ?? "no stage yet"), to: say(to ?? "no stage") }) });
  }
  const agreementsBefore = new Map(before.agreements.map((x) => [x.agreement.id, x.assessment]));
  for (const { agreement, assessment } of after.agreements) {
    const title = agreement.title ?? agreement.id;
    const was = agreementsBefore.get(agreement.id);
    if (!was?.inForce && assessment.inForce) changes.push({ kind: "agreement-in-force", text: say("{agreement} came into force.", { agreement: title }) });
    if (was?.inForce && !assessment.inForce) changes.push({ kind: "agreement-ended", text: say("{agreement} is no longer in force ({status}).", { agreement: title, status: say(assessment.status) }) });
  }
  const old = new Map(beforeFindings.map((f) => [key(f), f]));
  const now = new Map(afterFindings.map((f) => [key(f), f]));
  for (const [k, f] of now) if (!old.has(k) && f.severity !== "info") changes.push({ kind: "finding-new", text: say(f.severity === "must" ? "New must: {message}" : "New should: {message}", { message: message(f) }) });
  for (const [k, f] of old) if (!now.has(k) && f.severity !== "info") changes.push({ kind: "finding-resolved", text: say(f.severity === "must" ? "Resolved must: {message}" : "Resolved should: {message}", { message: message(f) }) });
  const a = before.compliance.score;
  const b = after.compliance.score;
  if (a !== b && (a === null || b === null || Math.abs(a - b) >= 1)) changes.push({ kind: "score", text: say("Compliance score {before} on {since}, {after} on {asOf}.", { before: a ?? say("not scored"), since, after: b ?? say("not scored"), asOf }) });
  return changes;
}
