import { formatCents } from "../core/index.js";
import { groupInto, requireCollections } from "../core/internal.js";
import { fundingStreamAliases, fundingStreams } from "../funding/index.js";
import { organizationKinds } from "../partners/index.js";
import type { Portfolio } from "./schema.js";

/**
 * An Open Referral HSDS 3.x organization, as {@link toHsds} writes it: the required `id` (UUID),
 * `name` and `description`, contacts with phones, and funding records.
 *
 * @example
 * ```ts
 * import type { HsdsOrganization } from "ece-partnerships";
 * const o: HsdsOrganization = { id: "3f0c…", name: "Valley Clinic", description: "Health care provider", contacts: [], funding: [] };
 * o.name; //=> "Valley Clinic"
 * ```
 * @category Portfolio
 */
export interface HsdsOrganization {
  id: string;
  name: string;
  description: string;
  contacts: { id: string; organization_id: string; name: string; title?: string; email?: string; phones: { id: string; number: string }[] }[];
  funding: { id: string; organization_id: string; source: string }[];
}

/**
 * The kinds of ids {@link toHsds} asks `idFor` for.
 *
 * @example
 * ```ts
 * import type { HsdsIdKind } from "ece-partnerships";
 * const k: HsdsIdKind = "funding";
 * k; //=> "funding"
 * ```
 * @category Portfolio
 */
export type HsdsIdKind = "organization" | "contact" | "phone" | "funding";

/**
 * Exports a portfolio's partner organizations as Open Referral Human Services Data Specification
 * 3.x `organization` objects, with their contacts (and phones) and their funding records. HSDS
 * requires UUIDs for every `id`; the library makes no random or hashed ids of its own (it is pure),
 * so the caller injects `idFor(kind, localKey)`, for example a UUIDv5 of the key, and must return
 * the same UUID for the same arguments. `description` is required by HSDS: it is the organization
 * kind's label. A funding record is written for each source of a plan the organization owns, its
 * `source` the stream's name and amount in words (HSDS funding has no amount field).
 * Organizations are exported in portfolio order. Complexity: O(organizations + contacts + plans).
 *
 * @throws {TypeError} When `options.idFor` is not a function.
 * @example
 * ```ts
 * import { PortfolioSchema, toHsds } from "ece-partnerships";
 * const portfolio = PortfolioSchema.parse({
 *   schemaVersion: 1,
 *   organizations: [{ id: "clinic", name: "Valley Clinic", kind: "health-provider", level: "local", contacts: [{ name: "Dr. Ade", email: "ade@valley.example", phone: "608-555-0100" }] }],
 * });
 * let n = 0;
 * const ids = new Map<string, string>();
 * const idFor = (kind: string, key: string) => ids.get(`${kind}:${key}`) ?? (ids.set(`${kind}:${key}`, `00000000-0000-4000-8000-${String(++n).padStart(12, "0")}`), ids.get(`${kind}:${key}`)!);
 * const [org] = toHsds(portfolio, { idFor });
 * org; //=> { id: "00000000-0000-4000-8000-000000000001", name: "Valley Clinic", description: "Health care provider", contacts: [{ id: "00000000-0000-4000-8000-000000000002", organization_id: "00000000-0000-4000-8000-000000000001", name: "Dr. Ade", email: "ade@valley.example", phones: [{ id: "00000000-0000-4000-8000-000000000003", number: "608-555-0100" }] }], funding: [] }
 * ```
 * @category Portfolio
 */
export function toHsds(portfolio: Pick<Portfolio, "organizations" | "fundingPlans">, options: { idFor: (kind: HsdsIdKind, localKey: string) => string; organizations?: readonly string[] }): HsdsOrganization[] {
  const idFor = options?.idFor;
  requireCollections(portfolio, ["organizations", "fundingPlans"], "toHsds");
  if (typeof idFor !== "function") throw new TypeError("toHsds needs options.idFor: a function that gives each record its HSDS id (HSDS ids are UUIDs)");
  const only = options.organizations ? new Set(options.organizations) : undefined;
  const streams = new Map(fundingStreams.map((s) => [s.id, s.label]));
  for (const [old, current] of Object.entries(fundingStreamAliases)) streams.set(old, streams.get(current)!);
  const kindLabels = new Map(organizationKinds.map((k) => [k.id, k.label]));
  const plansByOwner = new Map<string, Portfolio["fundingPlans"]>();
  for (const plan of portfolio.fundingPlans ?? []) if (plan.owner.kind === "program") groupInto(plansByOwner, plan.owner.id, plan);
  // A plan's own streams are its own: two plans may give the same stream id different labels.
  const streamLabel = (plan: Portfolio["fundingPlans"][number], streamId: string) => plan.streams.find((s) => s.id === streamId)?.label ?? streams.get(streamId) ?? streamId;
  const out: HsdsOrganization[] = [];
  for (const org of portfolio.organizations) {
    if (only && !only.has(org.id)) continue;
    const id = idFor("organization", org.id);
    const contacts = org.contacts.map((c, i) => {
      const contactId = idFor("contact", `${org.id}#${i}`);
      const contact: HsdsOrganization["contacts"][number] = { id: contactId, organization_id: id, name: c.name, phones: c.phone ? [{ id: idFor("phone", `${org.id}#${i}`), number: c.phone }] : [] };
      if (c.role) contact.title = c.role;
      if (c.email) contact.email = c.email;
      return contact;
    });
    const funding = (plansByOwner.get(org.id) ?? []).flatMap((plan) =>
      plan.sources.map((s) => ({
        id: idFor("funding", `${plan.id}#${s.id}`),
        organization_id: id,
        source: `${streamLabel(plan, s.streamId)}: ${formatCents(s.amount)} ${s.form === "in-kind" ? "in kind" : "cash"}, ${plan.period.start} to ${plan.period.end}`,
      })),
    );
    out.push({ id, name: org.name, description: kindLabels.get(org.kind) ?? org.kind, contacts, funding });
  }
  return out;
}
