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
import type { EligibilityInput } from "./eligibility-types";
import type { HistoryNeeds } from "./history-needs";

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
}

export interface HistoryQueryInput {
  ids: readonly string[];
  /** Customers whose whole survey history is needed ("one survey per case or stay"). */
  subjectIds: readonly string[];
  needs: HistoryNeeds;
  now: Date;
  /** Windows reach back from here (default now), when contacts between `from` and `now` are judged. */
  from?: Date;
}

/** The statements to run; null where the asked purposes don't need that history. */
export function historyQueries(input: HistoryQueryInput): { [K in keyof HistoryRows]: Prisma.Sql | null } {
  const { ids, subjectIds, needs } = input;
  const now = input.now.toISOString();
  const since = (ms: number) => new Date((input.from ?? input.now).getTime() - ms).toISOString();
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
    cases: needs.isSurvey
      ? Prisma.sql`
          SELECT "customerId"::text, reference, kind::text, status::text, "openedAt", "closedAt" FROM "ServiceCase"
          WHERE "customerId" = ANY(${ids}::uuid[])
            AND (status IN ('open', 'pending') OR coalesce("closedAt", "openedAt") > ${since(needs.caseMs)}::timestamp)`
      : null,
    // The index is (customerId, purpose, channel, occurredAt desc); a refusal wins a tie. Qualified
    // names sort by the columns themselves, not by the ::text output (cheaper comparisons).
    consents:
      needs.consentPurposes.length > 0
        ? Prisma.sql`
          SELECT DISTINCT ON (c."customerId", c.purpose, c.channel)
            c."customerId"::text, c.purpose::text, c.channel::text, c.status::text, c."occurredAt"
          FROM "Consent" c
          WHERE c."customerId" = ANY(${ids}::uuid[]) AND c.purpose = ANY(${needs.consentPurposes}::"ConsentPurpose"[])
            AND c."occurredAt" <= ${now}::timestamp
          ORDER BY c."customerId", c.purpose, c.channel, c."occurredAt" DESC, (c.status = 'denied') DESC`
        : null,
  };
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
>;

const amountOf = (text: string | null) =>
  text !== null && /^\d{1,12}(\.\d+)?$/.test(text) ? Number(text) : null;

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
    });
  }
  const push = <K extends "outbound" | "interactions" | "cases" | "consents">(
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
  return result;
}
