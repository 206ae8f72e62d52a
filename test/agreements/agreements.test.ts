import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import {
  AgreementSchema,
  agreementTemplates,
  assessAgreement,
  findTemplate,
  nextReviewDate,
  parseAgreement,
  parseMouExemption,
  renewalSchedule,
  reviewDueDate,
  type Agreement,
  type AgreementInput,
} from "../../src/index.js";
import { fold, seedText } from "../fixtures/seeds.js";

const agreement = (input: AgreementInput): Agreement => AgreementSchema.parse(input);
const signed = (date: string, parties = ["hs", "lea"]) => parties.map((party) => ({ party, signer: `${party} director`, date }));
const allTopics = agreementTemplates[0]!.clauses.map((c) => ({ id: c.id, text: `We agree on ${c.id}.` }));

const mou = (over: Partial<AgreementInput> = {}): Agreement =>
  agreement({
    id: "mou-lea",
    kind: "mou",
    templateId: "public-preschool-mou",
    parties: ["hs", "lea"],
    signatures: signed("2025-08-10"),
    submissions: [
      { to: "secretary", date: "2025-08-20" },
      { to: "state-collaboration-director", date: "2025-09-09" },
    ],
    clauses: allTopics,
    ...over,
  });

describe("agreementTemplates", () => {
  it("finds each template by its id (the catalog's own entry), and nothing for any other key", () => {
    for (const t of agreementTemplates) expect(findTemplate(t.id)).toBe(t);
    for (const id of ["nope", "", "constructor", "__proto__", "toString", "Child-Welfare-MOU", "child-welfare-mou "]) expect(findTemplate(id)).toBeUndefined();
  });
  it("gives the public-preschool MOU the ten topics of 642(e)(5)(A)(ii)(I)-(X) and the review of (A)(i), cited, (VII) and (X) not required", () => {
    const t = agreementTemplates.find((x) => x.id === "public-preschool-mou")!;
    const topics = t.clauses.filter((c) => c.group === "topic");
    expect(topics.map((c) => c.citation.section)).toEqual(["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"].map((n) => `642(e)(5)(A)(ii)(${n})`));
    expect(t.clauses.map((c) => `${c.requirement}/${c.missingSeverity}`)).toEqual([
      ...Array(6).fill("required/must"),
      "recommended/should", // (VII) "as applicable"
      "required/must",
      "required/must",
      "recommended/info", // (X) "other elements mutually agreed to"
      "required/must", // the review of (A)(i)
    ]);
    expect(t.clauses.map((c) => c.missing)).toContain("agreement.public-preschool.working-parents-topic-missing");
    expect(t.clauses.at(-1)?.citation.section).toBe("642(e)(5)(A)(i)");
    expect(t.submission).toMatchObject({ to: ["secretary", "state-collaboration-director"], withinDays: 30 });
  });
  it("never makes an unverified or secondary clause required", () => {
    for (const t of agreementTemplates) for (const c of t.clauses) if (c.verification === "unverified" || c.verification === "secondary") expect(c.requirement, `${t.id}.${c.id}`).toBe("recommended");
  });
  it("quotes the child welfare strategies' MOU sentence verbatim for the child-welfare MOU", () => {
    const t = agreementTemplates.find((x) => x.id === "child-welfare-mou")!;
    expect(seedText("001")).toContain(fold(t.description!));
  });
  it("gives the EHS-CCP agreement ECLKC's four required elements", () => {
    const t = agreementTemplates.find((x) => x.id === "ehs-ccp-partnership-agreement")!;
    expect(t.clauses.filter((c) => c.requirement === "required").map((c) => c.id)).toEqual(["roles-responsibilities", "children-families-served", "rights-of-each-party", "training-professional-development"]);
  });
});

describe("AgreementSchema bad input", () => {
  it.each([
    ["an end before the effective date", { effectiveDate: "2025-09-01", endDate: "2025-08-31" }, "endDate", /before the effective date/],
    ["a signature by a non-party", { signatures: [{ party: "museum", signer: "X", date: "2025-08-01" }] }, "signatures[0].party", /not a party/],
    ["a clause id not in the template", { clauses: [{ id: "snacks", text: "Fruit" }] }, "clauses[0].id", /not in template "public-preschool-mou"/],
    ["a duplicate clause", { clauses: [{ id: "service-areas", text: "a" }, { id: "service-areas", text: "b" }] }, "clauses[1].id", /appears twice/],
    ["an unknown template", { templateId: "nda" }, "templateId", /unknown template/],
    ["a template for another kind", { kind: "contract" }, "kind", /is for kind "mou"/],
    ["the same party twice", { parties: ["hs", "hs"] }, "parties[1]", /listed twice/],
    ["a responsible party that is not a party", { clauses: [{ id: "service-areas", text: "a", responsibleParties: ["zoo"] }] }, "clauses[0].responsibleParties[0]", /not a party/],
  ])("rejects %s with its path", (_label, over, pathText, message) => {
    const r = parseAgreement({ id: "mou", kind: "mou", templateId: "public-preschool-mou", parties: ["hs", "lea"], ...over } as unknown);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues.find((i) => i.pathText === pathText)?.message).toMatch(message);
  });
  it("accepts a custom clause marked custom", () => {
    expect(parseAgreement({ id: "m", kind: "mou", templateId: "public-preschool-mou", parties: ["hs", "lea"], clauses: [{ id: "snacks", custom: true, text: "Fruit" }] }).ok).toBe(true);
  });
});

describe("renewal and review dates", () => {
  it.each([
    // base, cadence, school-year month, due
    ["2024-02-29", "annual", 8, "2025-02-28"], // leap day
    ["2024-02-29", "biennial", 8, "2026-02-28"],
    ["2023-02-28", "annual", 8, "2024-02-28"],
    ["2025-01-31", "annual", 8, "2026-01-31"], // month end
    // biennial-school-year: the later of the second anniversary and the school-year start nearest it
    ["2023-08-10", "biennial-school-year", 8, "2025-08-10"], // the nearest start (Aug 1) comes 9 days before two years
    ["2023-06-10", "biennial-school-year", 8, "2025-08-01"], // signed in the summer before: aligned with the start
    ["2023-06-10", "biennial-school-year", 7, "2025-07-01"], // ... a July school year
    ["2023-11-20", "biennial-school-year", 8, "2025-11-20"], // never 21 months (the nearest start is Aug 1, 2025)
    ["2024-02-01", "biennial-school-year", 8, "2026-08-01"], // never 18 months: Aug 1, 2026 is nearer than Aug 1, 2025
    ["2024-02-29", "biennial-school-year", 8, "2026-08-01"],
    ["2024-02-29", "biennial-school-year", 9, "2026-02-28"], // the nearest start (Sept 1, 2025) is before the anniversary
    ["2023-12-31", "biennial-school-year", 7, "2026-07-01"], // 182 days after beats 183 before
  ] as const)("from %s, %s (school year month %i) is due %s", (base, cadence, month, due) => {
    expect(nextReviewDate(base, cadence, month)).toBe(due);
  });

  it("counts a renewal due exactly on asOf as due today, not overdue", () => {
    const a = assessAgreement(mou({ signatures: signed("2023-06-10") }), { asOf: "2025-08-01" });
    expect(a.reviewDue).toBe("2025-08-01");
    expect(a.daysUntilReviewDue).toBe(0);
    expect(a.findings.map((f) => f.code)).toContain("agreement.renewal-due-soon");
    expect(a.findings.map((f) => f.code)).not.toContain("agreement.renewal-overdue");
    const next = assessAgreement(mou({ signatures: signed("2023-06-10") }), { asOf: "2025-08-02" });
    expect(next.findings.find((f) => f.code === "agreement.renewal-overdue")).toMatchObject({ severity: "must", citation: { section: "642(e)(5)(C)" } });
  });

  it("takes the school year's start month from the agreement over the option", () => {
    const a = mou({ signatures: signed("2023-06-10"), review: { schoolYearStartMonth: 7 } });
    expect(reviewDueDate(a, { schoolYearStartMonth: 9 })).toBe("2025-07-01");
    expect(assessAgreement(mou({ signatures: signed("2023-06-10") }), { asOf: "2025-07-15", schoolYearStartMonth: 9 }).reviewDue).toBe("2025-09-01");
  });

  it("counts from the last renewal", () => {
    expect(reviewDueDate(mou({ signatures: signed("2021-08-10"), review: { lastReviewed: "2023-07-03" } }))).toBe("2025-08-01");
  });

  it("lists the calendar of due dates in a window, inclusive", () => {
    const events = renewalSchedule(mou({ signatures: signed("2024-02-29"), endDate: "2030-06-30" }), { from: "2024-03-30", to: "2030-12-31" });
    expect(events).toEqual([
      { date: "2024-03-30", kind: "submission-due", label: "Submit to secretary, state-collaboration-director" },
      { date: "2026-08-01", kind: "renewal-due", label: "Renewal due" },
      { date: "2028-08-01", kind: "renewal-due", label: "Renewal due" },
      { date: "2030-06-30", kind: "ends", label: "Last day in force" },
    ]);
    // counted from the effective date, so a Feb 29 agreement is reviewed on Feb 29 in leap years
    expect(renewalSchedule(agreement({ id: "dsa", kind: "data-sharing-agreement", templateId: "data-sharing-agreement", parties: ["a", "b"], effectiveDate: "2024-02-29" }), { from: "2024-01-01", to: "2028-03-01" }).map((e) => e.date)).toEqual(["2025-02-28", "2026-02-28", "2027-02-28", "2028-02-29"]);
  });
});

describe("assessAgreement", () => {
  it("treats an agreement ending on asOf as still in force that day", () => {
    expect(assessAgreement(mou({ endDate: "2025-09-30" }), { asOf: "2025-09-30" }).status).toBe("in-force");
    const after = assessAgreement(mou({ endDate: "2025-09-30" }), { asOf: "2025-10-01" });
    expect(after.status).toBe("expired");
    expect(after.findings.find((f) => f.code === "agreement.public-preschool.expired")).toMatchObject({ severity: "must", citation: { section: "642(e)(5)(C)" } });
    expect(after.band).toBe("not-met");
    const procedure = assessAgreement(agreement({ id: "p", kind: "procedure", parties: ["hs", "lib"], signatures: signed("2024-01-10", ["hs", "lib"]), endDate: "2025-06-30" }), { asOf: "2025-07-01" });
    expect(procedure.findings.map((f) => `${f.code} ${f.severity}`)).toEqual(["agreement.expired should"]);
  });

  it("is in force only when every party has signed, from the last signature by default", () => {
    const partly = assessAgreement(mou({ signatures: [{ party: "hs", signer: "A", date: "2025-08-01" }] }), { asOf: "2025-09-01" });
    expect(partly.status).toBe("partly-signed");
    expect(partly.findings.find((f) => f.code === "agreement.unsigned")).toMatchObject({ severity: "should", message: "Agreement mou-lea is not signed by lea." });
    const named = assessAgreement(mou({ title: "MOU with Dane County Schools", signatures: [{ party: "hs", signer: "A", date: "2025-08-01" }] }), { asOf: "2025-09-01", nameOf: (id) => (id === "lea" ? "Dane County Schools" : undefined) });
    expect(named.findings.find((f) => f.code === "agreement.unsigned")?.message).toBe("MOU with Dane County Schools is not signed by Dane County Schools.");
    expect(assessAgreement(mou(), { asOf: "2025-08-09" }).status).toBe("unsigned");
    expect(assessAgreement(mou(), { asOf: "2025-08-10" }).status).toBe("in-force");
    expect(assessAgreement(mou({ effectiveDate: "2025-09-01" }), { asOf: "2025-08-15" }).status).toBe("not-yet-in-force");
    expect(assessAgreement(mou({ termination: { date: "2026-01-15" } }), { asOf: "2026-01-15" }).status).toBe("terminated");
  });

  it("scores a complete, signed, submitted, current public-preschool MOU 100", () => {
    const a = assessAgreement(mou(), { asOf: "2025-10-01" });
    expect(a.score).toBe(100);
    expect(a.band).toBe("strong");
    expect(a.findings).toEqual([]);
  });

  it("flags each missing topic with its statutory citation", () => {
    const a = assessAgreement(mou({ clauses: allTopics.filter((c) => c.id !== "service-areas") }), { asOf: "2025-10-01" });
    const f = a.findings.filter((x) => x.code === "agreement.public-preschool.topic-missing");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "must", citation: { section: "642(e)(5)(A)(ii)(IV)" } });
    expect(a.components.find((c) => c.id === "clauses")?.score).toBe(90); // 18 of 20: required topics weigh 2, (VII) and (X) 1
  });

  it("checks the 30-day submission: missing, late and pending", () => {
    const missing = assessAgreement(mou({ submissions: [{ to: "secretary", date: "2025-08-20" }] }), { asOf: "2025-10-01" });
    expect(missing.findings.find((f) => f.code === "agreement.submission-missing")?.message).toBe(
      "Agreement mou-lea has not been submitted to the State Director of Head Start Collaboration; it was due by 2025-09-09.",
    );
    // the Secretary is reached through the regional office
    const viaRegion = assessAgreement(mou({ submissions: [{ to: "regional-office", date: "2025-08-20" }, { to: "state-collaboration-director", date: "2025-08-21" }] }), { asOf: "2025-10-01" });
    expect(viaRegion.findings).toEqual([]);
    expect(viaRegion.components.find((c) => c.id === "submission")?.score).toBe(100);
    const pending = assessAgreement(mou({ submissions: [] }), { asOf: "2025-09-09" });
    expect(pending.findings.filter((f) => f.code === "agreement.submission-due")).toHaveLength(2);
    expect(pending.components.find((c) => c.id === "submission")?.score).toBe(100);
    const late = assessAgreement(mou({ submissions: [{ to: "secretary", date: "2025-09-10" }, { to: "state-collaboration-director", date: "2025-09-09" }] }), { asOf: "2025-10-01" });
    expect(late.findings.map((f) => f.code)).toEqual(["agreement.submission-late"]);
  });

  it("requires a subpart C basis where child records are shared", () => {
    const base = { id: "dsa", kind: "data-sharing-agreement" as const, templateId: "data-sharing-agreement", parties: ["hs", "cw"], signatures: signed("2025-01-10", ["hs", "cw"]) };
    const none = assessAgreement(agreement(base), { asOf: "2025-06-01" });
    expect(none.findings.find((f) => f.code === "agreement.data-sharing.no-legal-basis")).toMatchObject({ severity: "should", citation: { section: "1302.53(b); 1303.22" } });
    expect(none.band).not.toBe("not-met");
    const consent = assessAgreement(
      agreement({ ...base, dataSharing: { basis: "parental-consent", consentForm: { specifiesRecords: true, statesPurpose: true, identifiesRecipients: true, signedAndDated: true, explainsVoluntaryAndRevocable: false } } }),
      { asOf: "2025-06-01" },
    );
    expect(consent.components.find((c) => c.id === "dataSharing")?.score).toBe(80);
    expect(consent.findings.find((f) => f.code === "agreement.data-sharing.consent-incomplete")?.message).toBe("The consent form of Agreement dsa does not state that consent is voluntary and revocable.");
    const cw = assessAgreement(agreement({ id: "cw", kind: "mou", templateId: "child-welfare-mou", parties: ["hs", "cw"], sharesChildRecords: true, dataSharing: { basis: "exception", exception: "foster care caseworker" } }), { asOf: "2025-06-01" });
    expect(cw.components.find((c) => c.id === "dataSharing")?.score).toBe(100);
    // a child-welfare MOU or EHS-CCP agreement shares no child records unless it says so
    for (const templateId of ["child-welfare-mou", "ehs-ccp-partnership-agreement"]) {
      const t = agreementTemplates.find((x) => x.id === templateId)!;
      const plain = assessAgreement(agreement({ id: "x", kind: t.kind, templateId, parties: ["hs", "cw"], signatures: signed("2025-01-10", ["hs", "cw"]) }), { asOf: "2025-06-01" });
      expect(plain.findings.map((f) => f.code)).not.toContain("agreement.data-sharing.no-legal-basis");
    }
    const procedure = assessAgreement(agreement({ id: "p", kind: "procedure", parties: ["hs", "lib"] }), { asOf: "2025-06-01" });
    expect(procedure.components.find((c) => c.id === "dataSharing")?.score).toBeNull();
  });

  it("reports the annual review of a data-sharing agreement as should, with its date", () => {
    const a = assessAgreement(
      agreement({ id: "dsa", kind: "data-sharing-agreement", templateId: "data-sharing-agreement", parties: ["hs", "cw"], signatures: signed("2024-02-29", ["hs", "cw"]), dataSharing: { basis: "exception", exception: "audit" } }),
      { asOf: "2025-03-01" },
    );
    expect(a.findings.find((f) => f.code === "agreement.review-overdue")).toMatchObject({ severity: "should", message: "Agreement dsa was due for its annual review on 2025-02-28, 1 days before 2025-03-01." });
  });

  const date = fc.oneof(fc.constantFrom("2024-02-29", "2025-02-28", "2025-08-01", "2025-12-31"), fc.date({ min: new Date("2018-01-01T00:00:00Z"), max: new Date("2030-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)));
  test.prop([
    fc.constantFrom(...agreementTemplates.map((t) => t.id)),
    fc.subarray(["hs", "lea"]),
    date,
    fc.option(date, { nil: undefined }),
    fc.array(fc.record({ to: fc.constantFrom("secretary" as const, "state-collaboration-director" as const), date }), { maxLength: 3 }),
    fc.nat({ max: 12 }),
    fc.integer({ min: 1, max: 12 }),
    date,
  ])("scores every agreement in 0..100 or null and never throws", (templateId, signers, signedOn, lastReviewed, submissions, clauseCount, month, asOf) => {
    const t = agreementTemplates.find((x) => x.id === templateId)!;
    const a = agreement({
      id: "a",
      kind: t.kind,
      templateId,
      parties: ["hs", "lea"],
      signatures: signed(signedOn, signers),
      submissions,
      clauses: t.clauses.slice(0, clauseCount).map((c) => ({ id: c.id, text: "x" })),
      ...(lastReviewed ? { review: { lastReviewed } } : {}),
    });
    const r = assessAgreement(a, { asOf, schoolYearStartMonth: month });
    if (r.score !== null) expect(r.score >= 0 && r.score <= 100).toBe(true);
    for (const f of r.findings) expect(f.message.length).toBeGreaterThan(0);
    expect(renewalSchedule(a, { from: "2018-01-01", to: "2040-12-31", schoolYearStartMonth: month }).every((e, i, all) => i === 0 || all[i - 1]!.date <= e.date)).toBe(true);
  });
});

describe("MouExemptionSchema", () => {
  it("accepts no-public-preschool and requires the entity and both notifications for unable-or-unwilling", () => {
    expect(parseMouExemption({ id: "e", programId: "hs", exemption: "no-public-preschool", recordedOn: "2025-07-01" }).ok).toBe(true);
    const r = parseMouExemption({ id: "e", programId: "hs", exemption: "entity-unable-or-unwilling", recordedOn: "2025-07-01" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues.map((i) => i.pathText)).toEqual(["entityId", "notifications", "notifications"]);
    expect(
      parseMouExemption({
        id: "e", programId: "hs", exemption: "entity-unable-or-unwilling", entityId: "lea", recordedOn: "2025-07-01",
        notifications: [{ to: "secretary", date: "2025-07-02" }, { to: "state-collaboration-director", date: "2025-07-02" }],
      }).ok,
    ).toBe(true);
  });
});

describe("quoted texts", () => {
  it("quotes the two shared-services passages verbatim, each whole", () => {
    const t = agreementTemplates.find((x) => x.id === "shared-services-agreement")!;
    const quotes = [...t.description!.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
    expect(quotes).toHaveLength(2);
    for (const q of quotes) expect(seedText("004")).toContain(fold(q));
    expect(quotes[1]).toContain("in program, administration, or both,");
  });
});
