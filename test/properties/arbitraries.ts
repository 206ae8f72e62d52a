import { fc } from "@fast-check/vitest";
import { agreementTemplates, organizationKinds, practiceIds, type PortfolioInput } from "../../src/index.js";

/** Calendar dates biased to edge values: leap days, month and year ends, the asOf boundary. */
export const isoDate = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom("2024-02-29", "2020-02-29", "2025-02-28", "2025-01-31", "2025-12-31", "2025-09-01", "2025-08-31", "2025-09-02", "2000-02-29") },
  { weight: 3, arbitrary: fc.date({ min: new Date("2015-01-01T00:00:00Z"), max: new Date("2031-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)) },
);
export const asOfDate = fc.constantFrom("2024-02-29", "2025-09-01", "2025-12-31", "2026-03-01");
/** Amounts biased to 0, 1 cent and large values (sums stay below Number.MAX_SAFE_INTEGER). */
export const cents = fc.oneof({ weight: 2, arbitrary: fc.constantFrom(0, 1, 99, 100_000_000_000) }, { weight: 3, arbitrary: fc.integer({ min: 0, max: 10_000_000_000 }) });

const programKinds = organizationKinds.filter((k) => k.program).map((k) => k.id);
const otherKinds = organizationKinds.filter((k) => !k.program).map((k) => k.id);

/**
 * Valid portfolios: one or more organizations (one-organization networks included), partnerships
 * between distinct organizations, agreements from every template, funding plans with every
 * funding method, community assessments, exemptions, goals, responses and action plans; empty
 * collections are common.
 */
export const portfolioArb: fc.Arbitrary<PortfolioInput> = fc
  .record({
    orgs: fc.array(fc.record({ program: fc.boolean(), kind: fc.nat(), aian: fc.boolean(), enrollment: fc.oneof(fc.constant(0), fc.nat({ max: 5000 })), qris: fc.constantFrom(undefined, "participating", "not-participating", "no-qris-strategy") }), { minLength: 1, maxLength: 8 }),
    partnerships: fc.array(fc.record({ a: fc.nat(), b: fc.nat(), status: fc.constantFrom("exploring", "active", "paused", "ended"), practices: fc.array(fc.record({ practice: fc.constantFrom(...practiceIds), date: isoDate }), { maxLength: 8 }), meetings: fc.array(isoDate, { maxLength: 6 }), frequency: fc.constantFrom(undefined, "monthly", "quarterly", "annually"), agreement: fc.boolean() }), { maxLength: 10 }),
    agreements: fc.array(fc.record({ a: fc.nat(), b: fc.nat(), template: fc.nat(), signed: fc.subarray([0, 1]), signedOn: isoDate, clauses: fc.nat({ max: 12 }), end: fc.option(isoDate, { nil: undefined }), basis: fc.boolean() }), { maxLength: 6 }),
    plans: fc.array(fc.record({ owner: fc.nat(), sources: fc.array(fc.record({ stream: fc.constantFrom("head-start", "early-head-start", "ccdf-discretionary", "local-public", "private-philanthropy", "arp-stabilization", "pdg-b5"), amount: cents, inKind: fc.boolean() }), { maxLength: 4 }), items: fc.array(fc.record({ category: fc.constantFrom("direct-services", "coordination", "facilities", "administration"), amount: cents, how: fc.constantFrom("none", "single", "braided", "blended", "layered") }), { maxLength: 4 }) }), { maxLength: 3 }),
    assessments: fc.array(fc.record({ program: fc.nat(), conducted: isoDate, reviewed: fc.option(isoDate, { nil: undefined }) }), { maxLength: 3 }),
    exempt: fc.boolean(),
  })
  .map(({ orgs, partnerships, agreements, plans, assessments, exempt }) => {
    const organizations = orgs.map((o, i) => {
      const id = `o${i}`;
      if (o.program) {
        const kind = programKinds[o.kind % programKinds.length]!;
        const types = kind === "ehs-child-care-partnership" ? ["ehs-child-care-partnership"] : [kind];
        return { id, name: `Program ${i}`, kind, level: "local", program: { types, americanIndianAlaskaNative: o.aian, fundedEnrollment: o.enrollment, ...(o.qris ? { qris: o.qris } : {}) } };
      }
      return { id, name: `Partner ${i}`, kind: otherKinds[o.kind % otherKinds.length]!, level: "county" };
    });
    const n = organizations.length;
    const pair = (a: number, b: number): [string, string] | undefined => (n < 2 ? undefined : [`o${a % n}`, `o${(a % n + 1 + (b % (n - 1))) % n}`]);
    const agreementList = agreements.flatMap((g, i) => {
      const parties = pair(g.a, g.b);
      if (!parties) return [];
      const t = agreementTemplates[g.template % agreementTemplates.length]!;
      return [{
        id: `a${i}`, kind: t.kind, templateId: t.id, parties,
        signatures: g.signed.map((k) => ({ party: parties[k]!, signer: "Signer", date: g.signedOn })),
        clauses: t.clauses.slice(0, g.clauses).map((c) => ({ id: c.id, text: "Agreed." })),
        ...(g.end && g.end >= g.signedOn ? { effectiveDate: g.signedOn, endDate: g.end } : {}),
        ...(g.basis ? { dataSharing: { basis: "exception", exception: "audit" } } : {}),
      }];
    });
    const partnershipList = partnerships.flatMap((p, i) => {
      const parties = pair(p.a, p.b);
      if (!parties) return [];
      return [{
        id: `p${i}`, parties, status: p.status, practices: p.practices, meetings: p.meetings.map((date) => ({ date })),
        ...(p.frequency ? { meetingFrequency: p.frequency } : {}),
        agreementIds: p.agreement && agreementList.length > 0 ? [agreementList[i % agreementList.length]!.id] : [],
      }];
    });
    const programs = organizations.filter((o) => "program" in o).map((o) => o.id);
    const fundingPlans = plans.map((plan, i) => {
      const sources = plan.sources.map((s, j) => ({ id: `s${j}`, streamId: s.stream, amount: s.amount, form: s.inKind ? "in-kind" : "cash" }));
      const ids = sources.map((s) => s.id);
      const costItems = plan.items.map((item, j) => {
        const base = { id: `c${j}`, label: `Cost ${j}`, category: item.category, amount: item.amount };
        if (ids.length === 0 || item.how === "none") return base;
        if (item.how === "single") return { ...base, funding: { method: "single", sourceId: ids[0] } };
        if (item.how === "blended") return { ...base, funding: { method: "blended", pool: ids } };
        if (item.how === "layered") return { ...base, funding: { method: "layered", layers: ids.map((id, k) => ({ role: k === 0 ? "foundation" : "supplemental", sourceId: id, amount: Math.floor(item.amount / ids.length) })) } };
        return { ...base, funding: { method: "braided", basis: "slots", shares: ids.map((id, k) => ({ sourceId: id, share: k === 0 ? 1 - (ids.length - 1) * 0.125 : 0.125 })) } };
      });
      const owner = programs.length > 0 ? programs[plan.owner % programs.length]! : organizations[0]!.id;
      return { id: `f${i}`, owner: { kind: programs.length > 0 ? "program" : "program", id: owner }, period: { start: "2025-07-01", end: "2026-06-30" }, sources, costItems };
    });
    const communityAssessments = programs.length === 0 ? [] : assessments.map((c, i) => ({ id: `ca${i}`, programId: programs[c.program % programs.length]!, conductedOn: c.conducted, reviews: c.reviewed ? [{ date: c.reviewed }] : [] }));
    const mouExemptions = exempt && programs.length > 0 ? [{ id: "ex0", programId: programs[0]!, exemption: "no-public-preschool", recordedOn: "2024-02-29" }] : [];
    const goals = partnershipList.slice(0, 2).map((p, i) => ({ id: `g${i}`, text: "Goal", partnershipId: p.id, indicators: [{ id: "i", label: "Count", baseline: 0, target: 10, unit: "children", dueDate: "2026-06-30" }] }));
    const actionPlans = goals.length ? [{ id: "ap0", partnershipId: goals[0]!.partnershipId, goalIds: goals.map((g) => g.id), actions: [{ id: "x", title: "Do it", status: "in-progress", dueDate: "2025-09-01", goalIds: [goals[0]!.id] }] }] : [];
    const questionnaireResponses = partnershipList.slice(0, 1).map((p) => ({ id: "r0", questionnaireId: "eclkc-child-welfare-planning", partnershipId: p.id, answers: { "step-1.q1": { status: "answered", text: "Yes" }, "step-3.q2": { status: "draft" } } }));
    return { schemaVersion: 2, organizations, partnerships: partnershipList, agreements: agreementList, fundingPlans, communityAssessments, mouExemptions, goals, actionPlans, questionnaireResponses } as unknown as PortfolioInput;
  });
