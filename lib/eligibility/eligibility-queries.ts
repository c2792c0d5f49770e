import { Prisma } from "@/lib/generated/prisma/client";
import type {
  CaseKind,
  CaseStatus,
  Channel,
  ConsentPurpose,
  ConsentStatus,
  ContactPurpose,
  EventType,
} from "@/lib/generated/prisma/enums";
import { EUR_AMOUNT, type EligibilityInput } from "./eligibility-types";
import type { HistoryNeeds } from "./history-needs";
import { FOLLOWUP_INBOUND_TYPES, type InboundContactInput } from "./service-followup";

// The loader's SQL, built apart from running it so that bench:eligibility times exactly these
// statements as its raw-SQL baseline. Each is one index scan per customer id. No server-only: the
// benchmark script imports it.

export interface HistoryRows {
  customers: { id: string; timeZone: string }[];
  outbound: {
    customerId: string;
    occurredAt: Date;
    purpose: ContactPurpose;
    channel: Channel;
    subjectRef: string | null;
  }[];
  olderSurveys: { customerId: string; occurredAt: Date; channel: Channel; subjectRef: string | null }[];
  interactions: { customerId: string; type: EventType; occurredAt: Date; amount: string | null }[];
  cases: {
    customerId: string;
    reference: string;
    kind: CaseKind;
    status: CaseStatus;
    openedAt: Date;
    closedAt: Date | null;
  }[];
  consents: {
    customerId: string;
    purpose: ConsentPurpose;
    channel: Channel;
    status: ConsentStatus;
    occurredAt: Date;
  }[];
  inboundContacts: { customerId: string; type: EventType; occurredAt: Date }[];
}

export interface HistoryQueryInput {
  ids: readonly string[];
  /** Customers whose whole survey history is needed ("one survey per case or stay"). */
  subjectIds: readonly string[];
  needs: HistoryNeeds;
  now: Date;
  /**
   * Judging contacts between `from` and `now`: windows reach back from here (default now), and
   * consents come as a history (the latest at `from`, then every change) so each contact gets the
   * consent of its own time.
   */
  from?: Date;
}

/** The statements to run; null where the asked purposes don't need that history. */
export function historyQueries(input: HistoryQueryInput): { [K in keyof HistoryRows]: Prisma.Sql | null } {
  const { ids, subjectIds, needs } = input;
  const now = input.now.toISOString();
  const since = (ms: number) => new Date((input.from ?? input.now).getTime() - ms).toISOString();
  const from = input.from && input.from < input.now ? input.from.toISOString() : null;
  const caseMs = Math.max(needs.isSurvey ? needs.caseMs : 0, needs.followupMs);
  return {
    customers: Prisma.sql`
      SELECT id::text, "timeZone" FROM "Customer" WHERE id = ANY(${ids}::uuid[])`,
    outbound:
      needs.outboundMs > 0
        ? Prisma.sql`
          SELECT "customerId"::text, "occurredAt", purpose::text, channel::text, "subjectRef" FROM "OutboundContact"
          WHERE "customerId" = ANY(${ids}::uuid[]) AND "occurredAt" > ${since(needs.outboundMs)}::timestamp
            AND "occurredAt" <= ${now}::timestamp`
        : null,
    olderSurveys:
      needs.isSurvey && subjectIds.length > 0
        ? Prisma.sql`
          SELECT "customerId"::text, "occurredAt", channel::text, "subjectRef" FROM "OutboundContact"
          WHERE "customerId" = ANY(${subjectIds}::uuid[]) AND "occurredAt" <= ${since(needs.outboundMs)}::timestamp
            AND purpose = 'survey' AND "subjectRef" IS NOT NULL`
        : null,
    interactions:
      needs.interactionTypes.length > 0
        ? Prisma.sql`
          SELECT "customerId"::text, type::text, "occurredAt",
            CASE WHEN type = 'payment' AND coalesce(payload->>'currency', 'EUR') = 'EUR' THEN payload->>'amount' END AS amount
          FROM "JourneyEvent"
          WHERE "customerId" = ANY(${ids}::uuid[]) AND "occurredAt" > ${since(needs.interactionMs)}::timestamp
            AND "occurredAt" <= ${now}::timestamp AND type = ANY(${needs.interactionTypes}::"EventType"[])`
        : null,
    cases:
      needs.isSurvey || needs.followupMs > 0
        ? Prisma.sql`
          SELECT "customerId"::text, reference, kind::text, status::text, "openedAt", "closedAt" FROM "ServiceCase"
          WHERE "customerId" = ANY(${ids}::uuid[])
            AND (status IN ('open', 'pending') OR coalesce("closedAt", "openedAt") > ${since(caseMs)}::timestamp)`
        : null,
    consents: needs.consentPurposes.length > 0 ? consentsQuery(ids, needs.consentPurposes, now, from) : null,
    inboundContacts:
      needs.followupMs > 0
        ? Prisma.sql`
          SELECT "customerId"::text, type::text, "occurredAt" FROM "JourneyEvent"
          WHERE "customerId" = ANY(${ids}::uuid[]) AND "occurredAt" > ${since(needs.followupMs)}::timestamp
            AND "occurredAt" <= ${now}::timestamp AND direction = 'inbound'
            AND type = ANY(${FOLLOWUP_INBOUND_TYPES}::"EventType"[])`
        : null,
  };
}

// The index is (customerId, purpose, channel, occurredAt desc); a refusal wins a tie. Qualified
// names sort by the columns themselves, not by the ::text output (cheaper comparisons). Asked about
// now, only the latest row per purpose and channel; judging since `from`, also every later change.
function consentsQuery(
  ids: readonly string[],
  purposes: readonly ConsentPurpose[],
  now: string,
  from: string | null,
) {
  const latest = Prisma.sql`
    SELECT DISTINCT ON (c."customerId", c.purpose, c.channel)
      c."customerId"::text, c.purpose::text, c.channel::text, c.status::text, c."occurredAt"
    FROM "Consent" c
    WHERE c."customerId" = ANY(${ids}::uuid[]) AND c.purpose = ANY(${purposes}::"ConsentPurpose"[])
      AND c."occurredAt" <= ${from ?? now}::timestamp
    ORDER BY c."customerId", c.purpose, c.channel, c."occurredAt" DESC, (c.status = 'denied') DESC`;
  if (from === null) return latest;
  return Prisma.sql`
    (${latest})
    UNION ALL
    SELECT c."customerId"::text, c.purpose::text, c.channel::text, c.status::text, c."occurredAt"
    FROM "Consent" c
    WHERE c."customerId" = ANY(${ids}::uuid[]) AND c.purpose = ANY(${purposes}::"ConsentPurpose"[])
      AND c."occurredAt" > ${from}::timestamp AND c."occurredAt" <= ${now}::timestamp`;
}

/** Owners of (type, normalized value) pairs through the unique (type, normalizedValue) index. */
export function identityOwnersQuery(pairs: readonly { kind: string; value: string }[]): Prisma.Sql {
  return Prisma.sql`
    SELECT i.type::text AS type, i."normalizedValue" AS value, i."customerId"::text AS "customerId"
    FROM unnest(${pairs.map((p) => p.kind)}::text[], ${pairs.map((p) => p.value)}::text[]) AS q(type, value)
    JOIN "Identity" i ON i.type = q.type::"IdentityType" AND i."normalizedValue" = q.value
    WHERE NOT i."isShared"`;
}

/** One customer's history as the engine needs it; purpose, policy and now are added per check. */
export type CustomerHistory = Pick<
  EligibilityInput,
  "customer" | "outbound" | "interactions" | "cases" | "consents"
> & {
  /** Only loaded when follow-up claims are judged; see lib/eligibility/service-followup.ts. */
  inboundContacts: InboundContactInput[];
};

const amountOf = (text: string | null) => (text !== null && EUR_AMOUNT.test(text) ? Number(text) : null);

/** Rows grouped per customer; customers that don't exist are absent. */
export function assembleHistories(rows: HistoryRows): Map<string, CustomerHistory> {
  const result = new Map<string, CustomerHistory>();
  for (const customer of rows.customers) {
    result.set(customer.id, {
      customer: { timeZone: customer.timeZone },
      outbound: [],
      interactions: [],
      cases: [],
      consents: [],
      inboundContacts: [],
    });
  }
  const push = <K extends "outbound" | "interactions" | "cases" | "consents" | "inboundContacts">(
    customerId: string,
    key: K,
    item: CustomerHistory[K][number],
  ) => (result.get(customerId)?.[key] as CustomerHistory[K][number][] | undefined)?.push(item);

  // Rows go in as they are (their customerId is harmless): one object fewer per row.
  for (const contact of rows.outbound) push(contact.customerId, "outbound", contact);
  for (const { customerId, ...survey } of rows.olderSurveys)
    push(customerId, "outbound", { ...survey, purpose: "survey" });
  for (const { customerId, amount, ...interaction } of rows.interactions)
    push(customerId, "interactions", { ...interaction, amount: amountOf(amount) });
  for (const serviceCase of rows.cases) push(serviceCase.customerId, "cases", serviceCase);
  for (const consent of rows.consents) push(consent.customerId, "consents", consent);
  for (const contact of rows.inboundContacts) push(contact.customerId, "inboundContacts", contact);
  return result;
}
