import "server-only";
import { readRows } from "@/lib/db/read-rows";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ConsentPurpose, ContactPurpose } from "@/lib/generated/prisma/enums";
import {
  assembleHistories,
  historyQueries,
  type CustomerHistory,
  type HistoryRows,
} from "./eligibility-queries";
import type { EligibilityInput } from "./eligibility-types";
import { historyNeeds } from "./history-needs";

export type { CustomerHistory };

export interface LoadOptions {
  now: Date;
  policy: EligibilityInput["policy"];
  purposes: readonly ContactPurpose[];
  /** Customers asked about a survey's subject: their whole survey history is read ("one per stay"). */
  subjectCustomerIds?: readonly string[];
  /** Consents to read beyond the policy's, e.g. newsletter consent when judging a sent newsletter. */
  extraConsentPurposes?: readonly ConsentPurpose[];
  /**
   * Judging contacts between `from` and `now`: history then reaches a full window before `from`,
   * and consents come as a history, so each contact is judged by the consent of its own time.
   */
  from?: Date;
  /** Judging claimed service follow-ups: also read the cases and inbound contacts that prove them. */
  hasFollowupClaims?: boolean;
  /**
   * The transaction to read in, when called inside one: its own connection, so a busy pool can't
   * leave a transaction waiting for a second connection while it holds the first.
   */
  client?: Prisma.TransactionClient;
}

/**
 * The history of many customers in at most seven indexed queries, each one scan per customer id:
 * Customer (pk), OutboundContact (customerId, occurredAt desc) over the policy's longest window,
 * JourneyEvent (customerId, occurredAt desc) for recent trivial interactions, ServiceCase
 * (customerId, status), the latest Consent per purpose and channel via DISTINCT ON over
 * (customerId, purpose, channel, occurredAt desc) (with `from`: plus every later change), and, for
 * follow-up claims, recent inbound service contacts. Queries a purpose doesn't need are skipped.
 * Unknown ids are absent from the map.
 */
export async function loadEligibilityInputs(
  customerIds: readonly string[],
  options: LoadOptions,
): Promise<Map<string, CustomerHistory>> {
  const ids = [...new Set(customerIds)];
  if (ids.length === 0) return new Map();
  const { now } = options;
  const needs = historyNeeds(
    options.policy.settings,
    options.purposes,
    options.extraConsentPurposes,
    options.hasFollowupClaims,
  );
  const subjectIds = [...new Set(options.subjectCustomerIds ?? [])];

  const queries = historyQueries({ ids, subjectIds, needs, now, from: options.from });
  const run = <K extends keyof HistoryRows>(key: K): Promise<HistoryRows[K]> => {
    const query = queries[key];
    return query
      ? (readRows<HistoryRows[K][number]>(query, options.client) as Promise<HistoryRows[K]>)
      : Promise.resolve([] as HistoryRows[K]);
  };
  const [customers, outbound, olderSurveys, interactions, cases, consents, inboundContacts] =
    await Promise.all([
      run("customers"),
      run("outbound"),
      run("olderSurveys"),
      run("interactions"),
      run("cases"),
      run("consents"),
      run("inboundContacts"),
    ]);

  return assembleHistories({
    customers,
    outbound,
    olderSurveys,
    interactions,
    cases,
    consents,
    inboundContacts,
  });
}
