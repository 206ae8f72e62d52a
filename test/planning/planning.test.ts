import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import {
  QuestionnaireSchema,
  actionOpportunities,
  actionPlanStatus,
  exampleGoals,
  indicatorProgress,
  parseActionPlan,
  parseGoal,
  parseQuestionnaireResponse,
  planningQuestionnaire,
  scoreQuestionnaire,
  type QuestionnaireResponse,
} from "../../src/index.js";
import { fold, seedText } from "../fixtures/seeds.js";

const seed = seedText("001");

describe("planningQuestionnaire", () => {
  it("has the six steps with 4, 6, 4, 6, 5 and 7 questions and stable ids", () => {
    expect(planningQuestionnaire.steps.map((s) => s.questions.length)).toEqual([4, 6, 4, 6, 5, 7]);
    expect(planningQuestionnaire.steps[1]!.questions.map((q) => q.id)).toEqual(["step-2.q1", "step-2.q2", "step-2.q3", "step-2.q4", "step-2.q5", "step-2.q6"]);
    expect(QuestionnaireSchema.safeParse(planningQuestionnaire).success).toBe(true);
  });
  it("quotes every step title and question verbatim from the child welfare strategies, in order", () => {
    let cursor = 0;
    for (const step of planningQuestionnaire.steps) {
      const title = `Step ${step.number}. ${fold(step.title)}`;
      const at = seed.indexOf(title, cursor);
      expect(at, title).toBeGreaterThanOrEqual(0);
      cursor = at;
      for (const q of step.questions) {
        const i = seed.indexOf(fold(q.text), cursor);
        expect(i, q.id).toBeGreaterThan(cursor - 1);
        cursor = i;
      }
    }
  });
  it("tags questions with the perspectives their text names", () => {
    const q = (id: string) => planningQuestionnaire.steps.flatMap((s) => s.questions).find((x) => x.id === id)!;
    expect(q("step-5.q3").perspectives).toEqual(["families", "direct-service-staff", "partner-agency", "program-leadership"]);
    expect(q("step-1.q2").perspectives).toEqual([]);
    expect(q("step-3.q3").perspectives).toContain("families");
  });
  it("is deeply frozen", () => {
    expect(Object.isFrozen(planningQuestionnaire.steps[0]!.questions[0])).toBe(true);
  });
});

describe("exampleGoals and actionOpportunities", () => {
  it("quote the seed's eight goals and every action verbatim", () => {
    expect(exampleGoals).toHaveLength(8);
    for (const g of exampleGoals) expect(seed).toContain(fold(g.label));
    expect(actionOpportunities.map((a) => a.label)).toEqual(["Program Leadership", "Continuous Learning and Improvement", "Professional Development", "Family Partnerships"]);
    for (const area of actionOpportunities) for (const action of area.actions) expect(seed, action.id).toContain(fold(action.text));
  });
});

const answer = (text: string, role?: "families" | "direct-service-staff" | "program-leadership") => ({ status: "answered" as const, text, ...(role ? { answeredBy: { role, contributors: [] } } : {}) });
const response = (answers: QuestionnaireResponse["answers"]): QuestionnaireResponse => ({ id: "r", questionnaireId: planningQuestionnaire.id, answers, stepNotes: {} });

describe("scoreQuestionnaire", () => {
  it("gives completion per step, readiness after steps 1-4 and the next questions", () => {
    const all = Object.fromEntries(planningQuestionnaire.steps.filter((s) => s.number <= 4).flatMap((s) => s.questions.map((q) => [q.id, answer("yes", "families")])));
    const a = scoreQuestionnaire(planningQuestionnaire, response(all));
    expect(a.readyToAct).toBe(true);
    expect(a.steps.map((s) => s.completion)).toEqual([1, 1, 1, 1, 0, 0]);
    expect(a.nextQuestions).toEqual(["step-5.q1", "step-5.q2", "step-5.q3", "step-5.q4", "step-5.q5"]);
    expect(a.components.find((c) => c.id === "completion")?.score).toBe(62.5);
  });
  it("does not count drafts or empty answers, and reports a later step answered too early", () => {
    const a = scoreQuestionnaire(planningQuestionnaire, response({ "step-1.q1": { status: "draft", text: "thinking" }, "step-1.q2": answer("  "), "step-2.q2": answer("strong trust") }));
    expect(a.steps[0]).toMatchObject({ answered: 0, drafts: 1 });
    expect(a.findings.find((f) => f.code === "questionnaire.sequence.skipped-ahead")?.message).toBe("Step 2 has answers while step 1 is incomplete; the steps build on each other.");
    expect(a.components.find((c) => c.id === "sequence")?.score).toBe(0);
  });
  it("checks that families and staff contributed where a question asks about them", () => {
    const a = scoreQuestionnaire(planningQuestionnaire, response({ "step-1.q1": { status: "answered", text: "x", answeredBy: { role: "program-leadership", contributors: ["families"] } }, "step-3.q3": answer("y", "program-leadership") }));
    const p = a.components.find((c) => c.id === "perspectives")!;
    expect(p.score).toBe(33.3);
    expect(p.evidence).toEqual(["step-1.q1: families"]);
  });
  it("reports answers to unknown questions and does not count them", () => {
    const a = scoreQuestionnaire(planningQuestionnaire, response({ "step-7.q1": answer("?") }));
    expect(a.findings[0]).toMatchObject({ code: "questionnaire.answer.unknown-question", path: ["answers", "step-7.q1"] });
    expect(a.components.find((c) => c.id === "completion")?.score).toBe(0);
  });
  it("rejects an answer with an unknown status at parse time", () => {
    const r = parseQuestionnaireResponse({ id: "r", questionnaireId: "q", answers: { "step-1.q1": { status: "finished" } } } as unknown);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues[0]!.pathText).toBe('answers["step-1.q1"].status');
  });
  const ids = planningQuestionnaire.steps.flatMap((s) => s.questions.map((q) => q.id));
  test.prop([fc.dictionary(fc.constantFrom(...ids, "step-0.q9"), fc.record({ status: fc.constantFrom("unanswered" as const, "draft" as const, "answered" as const), text: fc.string() }))])(
    "scores in 0..100 or null for any responses",
    (answers) => {
      const a = scoreQuestionnaire(planningQuestionnaire, response(answers));
      if (a.score !== null) expect(a.score >= 0 && a.score <= 100).toBe(true);
      expect(a.steps.every((s) => s.completion >= 0 && s.completion <= 1)).toBe(true);
    },
  );
});

describe("goals and action plans", () => {
  it("measures indicator progress toward target in either direction", () => {
    expect(indicatorProgress({ id: "i", label: "l", baseline: 10, target: 20, unit: "u", dueDate: "2026-01-01", current: { value: 25, date: "2025-01-01" } })).toBe(1);
    expect(indicatorProgress({ id: "i", label: "l", baseline: 30, target: 10, unit: "days", dueDate: "2026-01-01", current: { value: 20, date: "2025-01-01" } })).toBe(0.5);
    expect(indicatorProgress({ id: "i", label: "l", baseline: 5, target: 5, unit: "u", dueDate: "2026-01-01", current: { value: 5, date: "2025-01-01" } })).toBeNull();
  });
  it("rejects repeated indicators and actions, and due dates before starts", () => {
    expect(parseGoal({ id: "g", text: "t", indicators: [{ id: "a", label: "l", baseline: 0, target: 1, unit: "u", dueDate: "2026-01-01" }, { id: "a", label: "l", baseline: 0, target: 1, unit: "u", dueDate: "2026-01-01" }] }).ok).toBe(false);
    const r = parseActionPlan({ id: "p", actions: [{ id: "a", title: "x", status: "done" }, { id: "a", title: "y", status: "done" }] });
    expect(r.ok).toBe(false);
  });
  it("reports overdue, due-soon (inclusive window), blocked, unowned actions and goals with no action", () => {
    const s = actionPlanStatus(
      {
        id: "ap",
        goalIds: ["g1", "g2"],
        actions: [
          { id: "late", title: "Late", ownerOrganizationId: "hs", priority: "high", status: "in-progress", dueDate: "2025-08-31", goalIds: ["g1"], progressMeasures: [] },
          { id: "edge", title: "Edge", ownerOrganizationId: "hs", priority: "low", status: "not-started", dueDate: "2025-10-01", goalIds: ["g1"], progressMeasures: [] },
          { id: "today", title: "Today", ownerOrganizationId: "hs", priority: "low", status: "not-started", dueDate: "2025-09-01", goalIds: ["g1"], progressMeasures: [] },
          { id: "stuck", title: "Stuck", ownerOrganizationId: "cw", priority: "medium", status: "blocked", blockedReason: "waiting for legal", goalIds: [], progressMeasures: [] },
          { id: "dropped", title: "Dropped", priority: "low", status: "cancelled", goalIds: ["g2"], progressMeasures: [] },
        ],
      },
      { asOf: "2025-09-01" },
    );
    expect(s.overdue).toEqual(["late"]);
    expect(s.dueSoon).toEqual(["edge", "today"]);
    expect(s.blocked).toEqual(["stuck"]);
    expect(s.goalsWithoutAction).toEqual(["g2"]);
    expect(s.shareComplete).toBe(0);
    expect(s.findings.find((f) => f.code === "action-plan.action.blocked")?.message).toBe('Action "Stuck" is blocked: waiting for legal.');
  });
});
