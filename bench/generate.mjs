// Deterministic generator of a national-scale portfolio (bench only; never shipped).
// scale 1 = 1,600 programs, 60,000 partner organizations, 80,000 partnerships, 40,000 agreements, 1,600 funding plans,
// 16,000 referrals, 1,600 service bundles, 3,200 CCR&R service records, 1,600 staff policies, 3,200 funded-slot groups.

/** mulberry32: a small seeded PRNG, so every run builds the same data. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PARTNER_KINDS = ["child-care-center", "family-child-care-home", "ccrr-agency", "child-welfare-agency", "local-education-agency", "health-provider", "dental-provider", "mental-health-provider", "library", "museum", "tanf-agency", "workforce-development", "housing-agency", "mckinney-vento-liaison", "domestic-violence-provider", "business", "foundation", "disability-services"];
const PRACTICES = ["information-exchange", "regular-meetings", "short-term-joint-project", "shared-resources", "shared-facilities", "formal-information-sharing", "common-goal", "pooled-resources", "shared-products", "jointly-created-program"];
const TEMPLATES = ["child-welfare-mou", "ehs-ccp-partnership-agreement", "data-sharing-agreement"];
const TOPICS = ["educational-activities", "public-information-access", "selection-priorities", "service-areas", "staff-training", "technical-assistance", "working-parents-services", "kindergarten-transitions", "facilities-transportation", "other-elements", "review-of-activities"];
const STATES = ["AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY"];

export function generatePortfolio(scale = 1, seed = 20261123) {
  const rand = prng(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const date = (from = 2019, span = 7) => {
    const y = from + Math.floor(rand() * span);
    const m = 1 + Math.floor(rand() * 12);
    const d = 1 + Math.floor(rand() * 28);
    return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  };
  const programs = Math.round(1600 * scale);
  const partnersPerProgram = 60000 / 1600;
  const partnershipsPerProgram = 80000 / 1600;
  const agreementsPerProgram = 40000 / 1600;
  const organizations = [];
  const partnerships = [];
  const agreements = [];
  const fundingPlans = [];
  const communityAssessments = [];
  const mouExemptions = [];
  const referrals = [];
  const serviceBundles = [];
  const ccrrServices = [];
  const staffPolicies = [];
  const fundedSlots = [];
  const NEEDS = ["health", "housing-homelessness", "child-welfare", "economic-stability", "domestic-violence"];
  const CCRR_FUNCTIONS = ["quality-coaching", "professional-development-needs", "higher-education-access", "career-funding-guidance"];
  let partnerCount = 0;
  for (let p = 0; p < programs; p++) {
    const state = STATES[p % STATES.length];
    const id = `hs-${p}`;
    const aian = p % 23 === 0;
    const types = p % 3 === 0 ? ["early-head-start"] : ["head-start-preschool", "early-head-start"];
    organizations.push({
      id, name: `Head Start program ${p}`, kind: types[0], level: aian ? "tribal" : "local",
      contacts: [{ name: `Director ${p}`, role: "Director", email: `director${p}@example.org`, pointPerson: true }],
      serviceArea: { state, counties: [`County ${p % 97}`] },
      program: { types, americanIndianAlaskaNative: aian, fundedEnrollment: 40 + Math.floor(rand() * 600), grantPeriod: { start: "2022-07-01", end: "2027-06-30" }, ...(aian ? {} : { qris: pick(["participating", "not-participating"]), stateDataSystems: pick(["sharing", "not-sharing"]) }) },
    });
    // Partners of this program (share of the national 60,000).
    const start = partnerCount;
    const target = Math.round((p + 1) * partnersPerProgram * scale / scale) - Math.round(p * partnersPerProgram);
    for (let k = 0; k < target; k++) {
      const kind = PARTNER_KINDS[(k + p) % PARTNER_KINDS.length];
      organizations.push({ id: `org-${partnerCount}`, name: `${kind.replace(/-/g, " ")} ${partnerCount}`, kind, level: kind === "child-welfare-agency" || kind === "housing-agency" ? "county" : "local", contacts: k % 4 === 0 ? [{ name: `Contact ${partnerCount}`, pointPerson: true }] : [] });
      partnerCount++;
    }
    const partnerIds = Array.from({ length: partnerCount - start }, (_, k) => `org-${start + k}`);
    // Agreements of this program.
    const myAgreements = [];
    const nAgreements = Math.round((p + 1) * agreementsPerProgram) - Math.round(p * agreementsPerProgram);
    for (let k = 0; k < nAgreements; k++) {
      const partner = partnerIds[k % partnerIds.length];
      const signed = date(2021, 5);
      const isMou = k === 0 && types.includes("head-start-preschool");
      const templateId = isMou ? "public-preschool-mou" : pick(TEMPLATES);
      const kind = templateId === "ehs-ccp-partnership-agreement" ? "ehs-ccp-partnership-agreement" : templateId === "data-sharing-agreement" ? "data-sharing-agreement" : "mou";
      const a = {
        id: `ag-${p}-${k}`, kind, templateId, parties: [id, partner],
        signatures: [{ party: id, signer: `Director ${p}`, date: signed }, ...(rand() < 0.93 ? [{ party: partner, signer: "Partner director", date: signed }] : [])],
        clauses: (isMou ? TOPICS : []).filter(() => rand() < 0.9).map((c) => ({ id: c, text: "Agreed plan for this topic." })),
        ...(isMou ? { submissions: [{ to: "secretary", date: signed }, { to: "state-collaboration-director", date: signed }] } : {}),
        ...(rand() < 0.7 && !isMou ? { dataSharing: { basis: "exception", exception: "Caseworker with access to the case plan" } } : {}),
      };
      agreements.push(a);
      myAgreements.push(a);
    }
    // Partnerships: mostly program-partner, some partner-partner (community networks).
    const nPartnerships = Math.round((p + 1) * partnershipsPerProgram) - Math.round(p * partnershipsPerProgram);
    for (let k = 0; k < nPartnerships; k++) {
      const community = k % 5 === 4;
      const a = community ? partnerIds[(k * 7) % partnerIds.length] : id;
      let b = partnerIds[(k * 13 + 1) % partnerIds.length];
      if (a === b) b = partnerIds[(k * 13 + 2) % partnerIds.length];
      const practices = Array.from({ length: 1 + Math.floor(rand() * 4) }, () => ({ practice: pick(PRACTICES), date: date(2022, 4) }));
      const linked = myAgreements.find((g) => g.parties.includes(b) && g.parties.includes(a));
      partnerships.push({
        id: `pt-${p}-${k}`, parties: [a, b], status: rand() < 0.85 ? "active" : pick(["exploring", "paused", "ended"]),
        practices, meetingFrequency: "quarterly", meetings: [{ date: date(2024, 2) }, { date: date(2024, 2) }],
        agreementIds: linked ? [linked.id] : [],
      });
    }
    // Services to families: referrals, a bundle, CCR&R services, a staff policy, funded slots.
    for (let k = 0; k < 10; k++) {
      const madeOn = date(2024, 2);
      const served = rand() < 0.6;
      referrals.push({
        id: `ref-${p}-${k}`, programId: id, partnerId: partnerIds[(k * 3) % partnerIds.length], need: NEEDS[k % NEEDS.length], madeOn,
        ...(k % 4 === 3 ? { direction: "incoming" } : {}),
        ...(rand() < 0.8 ? { contactedOn: madeOn } : {}),
        ...(served ? { serviceStartedOn: madeOn } : rand() < 0.3 ? { closedOn: madeOn, outcome: "declined-by-family" } : {}),
        ...(k < 2 ? { bundleId: `bundle-${p}` } : {}),
      });
    }
    serviceBundles.push({ id: `bundle-${p}`, programId: id, label: "Health day", delivery: "same-place", services: [{ partnerId: partnerIds[0], need: "health" }, { partnerId: partnerIds[3 % partnerIds.length], need: "health" }], familiesPerYear: 20 });
    // The k-th partner of program p has kind PARTNER_KINDS[(k + p) % length]: the first CCR&R is at k with (k + p) % length = its index.
    const ccrrK = (((PARTNER_KINDS.indexOf("ccrr-agency") - p) % PARTNER_KINDS.length) + PARTNER_KINDS.length) % PARTNER_KINDS.length;
    const ccrr = partnerIds[ccrrK];
    if (ccrr && types.includes("early-head-start")) {
      for (let k = 0; k < 2; k++) ccrrServices.push({ id: `ccrr-${p}-${k}`, providerId: ccrr, functionId: CCRR_FUNCTIONS[(p + k) % CCRR_FUNCTIONS.length], forIds: [id], since: "2024-01-01" });
    }
    staffPolicies.push({ id: `policy-${p}`, programId: id, topic: "child-welfare-interaction", adoptedOn: date(2022, 3), trainingCovers: ["reporting-duties"] });
    for (let k = 0; k < 2; k++) {
      fundedSlots.push({ id: `slots-${p}-${k}`, programId: id, label: k ? "Part-day" : "Full-day, full-year", slots: 10 + Math.floor(rand() * 40), hoursPerDay: k ? 3.5 : 10, daysPerYear: k ? 128 : 250,
        layers: k ? [{ streamId: "head-start-preschool", hoursPerDay: 3.5, daysPerYear: 128 }] : [{ streamId: "head-start-preschool", hoursPerDay: 6, daysPerYear: 180 }, { streamId: "state-preschool", hoursPerDay: 10, daysPerYear: 142 }] });
    }
    communityAssessments.push({ id: `ca-${p}`, programId: id, conductedOn: date(2022, 2), reviews: [{ date: date(2024, 2) }], needs: [{ id: "housing", label: "Housing", categories: ["housing-homelessness"] }], covers: ["eligible-children", "needs", "resources", "strengths"] });
    if (types.includes("head-start-preschool") && p % 11 === 0) mouExemptions.push({ id: `ex-${p}`, programId: id, exemption: "no-public-preschool", recordedOn: "2023-08-01" });
    const federal = 1_000_000_00 + Math.floor(rand() * 9_000_000_00);
    fundingPlans.push({
      id: `fp-${p}`, owner: { kind: "program", id }, period: { start: "2025-07-01", end: "2026-06-30" },
      sources: [{ id: "hs", streamId: "head-start-preschool", amount: federal }, { id: "prek", streamId: "state-preschool", amount: Math.floor(federal * 0.15) }, { id: "inkind", streamId: "private-philanthropy", amount: Math.floor(federal * 0.12), form: "in-kind" }],
      costItems: [
        { id: "classrooms", label: "Classrooms", category: "direct-services", amount: Math.floor(federal * 0.9), funding: { method: "braided", basis: "child-days", shares: [{ sourceId: "hs", share: 0.85 }, { sourceId: "prek", share: 0.15 }] } },
        { id: "space", label: "Space", category: "facilities", amount: Math.floor(federal * 0.12), funding: { method: "single", sourceId: "inkind" } },
        { id: "coordination", label: "Coordination", category: "coordination", amount: 40_000_00 },
      ],
    });
  }
  return { schemaVersion: 2, title: `Generated national portfolio (scale ${scale})`, organizations, partnerships, agreements, mouExemptions, fundingPlans, communityAssessments, referrals, serviceBundles, ccrrServices, staffPolicies, fundedSlots };
}
