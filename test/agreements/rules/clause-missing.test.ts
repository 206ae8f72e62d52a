import { describe, expect, it } from "vitest";
import { clauseMissingRules } from "../../../src/agreements/rules/clause-missing.js";
import { allTopics, ctx, mou } from "./helpers.js";

const rule = (code: string) => clauseMissingRules.find((r) => r.meta.code === code)!;

describe("clause-missing rules (one per code)", () => {
  it("report a missing MOU topic as a must, with the topic's own citation", () => {
    const f = rule("agreement.public-preschool.topic-missing").check(ctx(mou({ clauses: allTopics.filter((c) => c.id !== "service-areas") })));
    expect(f.map((x) => [x.severity, x.citation?.section, x.message])).toEqual([["must", "642(e)(5)(A)(ii)(IV)", 'MOU with Lakeview Schools lacks the coordination topic "Coordination: service areas".']]);
  });
  it("say a clause with empty text is empty, not missing", () => {
    const f = rule("agreement.public-preschool.clause-missing").check(ctx(mou({ clauses: allTopics.map((c) => (c.id === "review-of-activities" ? { ...c, text: "  " } : c)) })));
    expect(f[0]?.message).toBe('MOU with Lakeview Schools has an empty provision "Review of each coordination activity".');
  });
  it("grade topic (VII) should and topic (X) info, each under its own code", () => {
    const c = ctx(mou({ clauses: allTopics.filter((x) => x.id !== "working-parents-services" && x.id !== "other-elements") }));
    expect(rule("agreement.public-preschool.working-parents-topic-missing").check(c).map((x) => x.severity)).toEqual(["should"]);
    expect(rule("agreement.public-preschool.other-elements-none").check(c).map((x) => x.severity)).toEqual(["info"]);
    expect(rule("agreement.public-preschool.topic-missing").check(c)).toEqual([]);
  });
  it("never count a custom clause for a template clause, and stay quiet without a template", () => {
    const custom = mou({ clauses: [...allTopics.filter((c) => c.id !== "service-areas"), { id: "service-areas", custom: true, text: "x" }] });
    expect(rule("agreement.public-preschool.topic-missing").check(ctx(custom)).map((f) => f.params?.clause)).toEqual(["Coordination: service areas"]);
    expect(rule("agreement.child-welfare.clause-missing").check(ctx({ id: "p", kind: "procedure", parties: ["hs", "lea"] }))).toEqual([]);
  });
  it("write each message from its own agreement and state, whatever agreements came before", () => {
    // The words before a clause's label are kept from the last message; a change of agreement or state must renew them.
    const r = rule("agreement.public-preschool.topic-missing");
    const lakeview = ctx(mou({ clauses: allTopics.filter((c) => c.id !== "service-areas") }));
    const pine = ctx(mou({ id: "mou-pine", title: "MOU with Pine Schools", clauses: allTopics.map((c) => (c.id === "service-areas" ? { ...c, text: "" } : c)) }));
    const messages = [lakeview, pine, lakeview, pine].flatMap((c) => r.check(c).map((f) => f.message));
    expect(messages).toEqual([
      'MOU with Lakeview Schools lacks the coordination topic "Coordination: service areas".',
      'MOU with Pine Schools has an empty coordination topic "Coordination: service areas".',
      'MOU with Lakeview Schools lacks the coordination topic "Coordination: service areas".',
      'MOU with Pine Schools has an empty coordination topic "Coordination: service areas".',
    ]);
    expect(r.check(ctx(mou({ id: "mou-pine-2", title: "MOU with Pine Schools", clauses: [] })))[0]?.message).toBe('MOU with Pine Schools lacks the coordination topic "Coordination: educational activities".');
  });
  it("report required child-welfare clauses as should and recommended ones as info", () => {
    const c = ctx({ id: "cw", kind: "mou", templateId: "child-welfare-mou", parties: ["hs", "cw"] });
    expect(rule("agreement.child-welfare.clause-missing").check(c).map((x) => x.severity)).toEqual(["should", "should"]);
    expect(rule("agreement.child-welfare.recommended-clause-missing").check(c).every((x) => x.severity === "info")).toBe(true);
  });
});
