import { describe, expect, it } from "vitest";
import { analyzeCoordinatedServices, parseCoordinatedServicesApproach, parsePortfolio } from "../../src/index.js";
import { fold, seedText } from "../fixtures/seeds.js";

const base = { id: "c", name: "Connect", level: "local", operatorId: "ccrr" } as const;

describe("coordinated services: domains, outcomes, access, quality, sustainability, declined partners", () => {
  it("quote the study for the domains, the tools, the quality supports, sustainability and a declined partner", () => {
    const seed = seedText("002");
    for (const words of [
      "family economic security, health, mental health, food and nutrition, and housing",
      "training and technical assistance (T/TA), connecting ECE settings with Quality Rating and Improvement Systems (QRIS), and facilitating",
      "preferred to work within their own agency",
    ]) expect(seed).toContain(fold(words));
  });
  it("score outcome measures by their progress toward target, and leave the component out without a latest value", () => {
    const parsed = parseCoordinatedServicesApproach({
      ...base,
      outcomes: [
        { id: "a", label: "Enrolled", baseline: 100, target: 200, unit: "families", dueDate: "2026-06-30", current: { value: 175, date: "2025-06-30" } },
        { id: "b", label: "Housed", baseline: 10, target: 20, unit: "families", dueDate: "2026-06-30", current: { value: 11, date: "2025-06-30" } },
        { id: "c", label: "Not measured yet", baseline: 0, target: 5, unit: "portals", dueDate: "2026-06-30" },
      ],
    });
    if (!parsed.ok) throw parsed.error;
    const a = analyzeCoordinatedServices(parsed.value, { asOf: "2025-09-01" });
    expect(a.outcomes.map((o) => o.progress)).toEqual([0.75, 0.1, null]);
    expect(a.components.find((c) => c.id === "outcomes")?.score).toBe(42.5);
    expect(a.findings.map((f) => f.code)).not.toContain("community.csa.no-outcome-measures");
  });
  it("note coordination that stopped with its funding, and each partner that declined, with its reason", () => {
    const parsed = parseCoordinatedServicesApproach({ ...base, sustainability: { fundingEndedOn: "2024-12-31", continued: false }, declinedPartners: [{ organizationId: "cps", reason: "Works within its own agency." }] });
    if (!parsed.ok) throw parsed.error;
    const a = analyzeCoordinatedServices(parsed.value, { asOf: "2025-09-01", nameOf: (id) => (id === "cps" ? "Dane CPS" : undefined) });
    expect([a.sustained, a.declinedPartners]).toEqual([false, [{ organizationId: "cps", name: "Dane CPS", reason: "Works within its own agency." }]]);
    expect(a.findings.filter((f) => f.severity === "info").map((f) => f.message)).toEqual([
      "No funding plan was given for Connect; whether coordination is funded was not checked.",
      "Connect records no outcome measure.",
      "Connect stopped coordinating when its funding ended on 2024-12-31.",
      "Dane CPS declined to take part in Connect: Works within its own agency.",
    ]);
  });
  it("refuse an unknown domain or tool, a bad portal address, and references the portfolio lacks", () => {
    const r = parseCoordinatedServicesApproach({ ...base, domains: ["transport"], accessTools: [{ kind: "hotline", label: "x" }, { kind: "family-portal", label: "Portal", url: "not a url" }] } as never);
    expect(r.ok ? [] : r.error.issues.map((i) => i.pathText)).toEqual(["domains[0]", "accessTools[0].kind", "accessTools[1].url"]);
    const p = parsePortfolio({ schemaVersion: 2, organizations: [{ id: "ccrr", name: "CCR&R", kind: "ccrr-agency", level: "county" }], coordinatedServicesApproaches: [{ ...base, qualitySupports: [{ kind: "peer-learning", label: "Peers", providerId: "ghost" }], declinedPartners: [{ organizationId: "nobody", reason: "x" }] }] });
    expect(p.ok ? [] : p.error.issues.map((i) => i.pathText)).toEqual(["coordinatedServicesApproaches[0].declinedPartners[0].organizationId", "coordinatedServicesApproaches[0].qualitySupports[0].providerId"]);
  });
});
