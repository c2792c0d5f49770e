import "server-only";
import {
  consentPurposeOfEvent,
  contactPurposeOf,
  subjectRefOf,
  type ContactEventShape,
  type OutboundContactInput,
} from "@/lib/eligibility/eligibility-types";
import { getContactPolicy } from "@/lib/contact-policy/get-contact-policy";
import { loadEligibilityInputs } from "@/lib/eligibility/load-eligibility-inputs";
import { classifyContact, judgeClassifiedContact, purposesToJudge } from "@/lib/eligibility/service-followup";
import type { Prisma } from "@/lib/generated/prisma/client";
import { batchHistories } from "./batch-contact-history";
import type { EventRow, OutboundJudgement, PreparedEvent } from "./ingest-types";
import type { CustomerChange } from "./summarize-customer-changes";

const DEFAULT_TIME_ZONE = "Europe/Amsterdam";

const shapeOf = (event: PreparedEvent): ContactEventShape & { caseRef: string | null } => ({
  ...event,
  payload: event.payload ?? undefined,
  caseRef: event.serviceCase?.reference ?? null,
});

/**
 * Judges every outbound contact of a batch with the policy in force, each at its own time: history
 * after the event is ignored, and earlier contacts of the same batch count, in time order. Events
 * that are not contact the policy governs (transactional messages, inbound events) are skipped.
 * `changes` carries the batch's traits: a customer's time zone there wins, as it will once stored.
 */
export async function judgeOutboundContacts(
  tx: Prisma.TransactionClient,
  rows: readonly EventRow[],
  changes: ReadonlyMap<string, Pick<CustomerChange, "traits">> = new Map(),
  newCustomerIds: ReadonlySet<string> = new Set(),
): Promise<Map<string, OutboundJudgement>> {
  const contacts = rows
    .flatMap((row) => {
      const claimed = contactPurposeOf(shapeOf(row.event));
      if (!claimed) return [];
      return [{ row, purposes: purposesToJudge(claimed, row.event), at: row.event.occurredAt.getTime() }];
    })
    .sort((a, b) => a.at - b.at);
  const judgements = new Map<string, OutboundJudgement>();
  if (contacts.length === 0) return judgements;

  // Read in the batch's own transaction: it already holds a connection.
  const policy = await getContactPolicy(tx);
  // Customers this batch creates have no stored history to read.
  const storedIds = contacts
    .map((contact) => contact.row.customerId)
    .filter((customerId) => !newCustomerIds.has(customerId));
  const histories = await loadEligibilityInputs(storedIds, {
    now: new Date(contacts[contacts.length - 1]!.at),
    // Windows then reach a full policy window before the batch's earliest contact.
    from: new Date(contacts[0]!.at),
    policy,
    purposes: [...new Set(contacts.flatMap((contact) => contact.purposes))],
    subjectCustomerIds: contacts
      .filter((contact) => contact.purposes.includes("survey"))
      .map((contact) => contact.row.customerId)
      .filter((customerId) => !newCustomerIds.has(customerId)),
    extraConsentPurposes: ["newsletter", "promotions"],
    hasFollowupClaims: contacts.some((contact) => contact.purposes.includes("service_followup")),
    client: tx,
  });
  const inBatch = batchHistories(rows);
  const sentInBatch = new Map<string, OutboundContactInput[]>();
  for (const { row, at } of contacts) {
    const { event, customerId } = row;
    // Customers created by this very batch have no stored history yet.
    const stored = histories.get(customerId);
    const batch = inBatch.get(customerId);
    const before = <T extends { occurredAt: Date }>(items: readonly T[]) =>
      items.filter((item) => item.occurredAt.getTime() <= at);
    const earlier = sentInBatch.get(customerId) ?? [];
    // A case the batch itself opens or updates is known as the batch leaves it.
    const batchCases = batch?.cases ?? [];
    const cases = [
      ...(stored?.cases ?? []).filter((c) => !batchCases.some((b) => b.reference === c.reference)),
      ...batchCases,
    ].filter((c) => c.openedAt.getTime() <= at);
    const classification = classifyContact(
      shapeOf(event),
      { cases, inboundContacts: [...(stored?.inboundContacts ?? []), ...(batch?.inboundContacts ?? [])] },
      event.occurredAt,
    )!;
    const subjectRef = subjectRefOf(event.payload);
    const consentPurpose = consentPurposeOfEvent(event);
    const result = judgeClassifiedContact(
      {
        customer: {
          timeZone:
            changes.get(customerId)?.traits.timeZone ?? stored?.customer.timeZone ?? DEFAULT_TIME_ZONE,
        },
        outbound: [...before(stored?.outbound ?? []), ...earlier],
        interactions: before([...(stored?.interactions ?? []), ...(batch?.interactions ?? [])]),
        cases,
        consents: [...(stored?.consents ?? []), ...(batch?.consents ?? [])],
        now: event.occurredAt,
        policy,
        subjectRef,
        channel: event.channel,
        consentPurposes: consentPurpose ? [consentPurpose] : undefined,
        isSafetyIssue: event.payload?.safetyIssue === true,
      },
      classification,
    );
    const { purpose } = classification;
    earlier.push({ occurredAt: event.occurredAt, purpose, channel: event.channel, subjectRef });
    sentInBatch.set(customerId, earlier);
    judgements.set(row.id, {
      eventId: row.id,
      customerId,
      purpose,
      subjectRef,
      withinPolicy: result.allowed,
      violatedRules: result.reasons.map((reason) => reason.rule),
      policyVersion: result.policyVersion,
    });
  }
  return judgements;
}
