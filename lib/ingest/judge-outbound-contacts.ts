import "server-only";
import { checkEligibility } from "@/lib/contact/check-eligibility";
import {
  consentPurposeOfEvent,
  contactPurposeOf,
  subjectRefOf,
  type ConsentInput,
  type InteractionInput,
  type OutboundContactInput,
} from "@/lib/contact/eligibility-types";
import { getContactPolicy } from "@/lib/contact/get-contact-policy";
import { loadEligibilityInputs, type CustomerHistory } from "@/lib/contact/load-eligibility-inputs";
import type { ContactPurpose } from "@/lib/generated/prisma/enums";
import type { EventRow } from "./write-events";

/** How an outbound event stood against the contact policy at the moment it was sent. */
export interface OutboundJudgement {
  eventId: string;
  customerId: string;
  purpose: ContactPurpose;
  subjectRef: string | null;
  withinPolicy: boolean;
  violatedRules: string[];
  policyVersion: number;
}

const EMPTY_HISTORY: Omit<CustomerHistory, "customer"> = {
  outbound: [],
  interactions: [],
  cases: [],
  consents: [],
};

/**
 * Judges every outbound contact of a batch with the policy in force, each at its own time: history
 * after the event is ignored, and earlier contacts of the same batch count, in time order. Events
 * that are not contact the policy governs (transactional messages, inbound events) are skipped.
 */
export async function judgeOutboundContacts(
  rows: readonly EventRow[],
): Promise<Map<string, OutboundJudgement>> {
  const contacts = rows
    .flatMap((row) => {
      const purpose = contactPurposeOf({ ...row.event, payload: row.event.payload ?? undefined });
      return purpose ? [{ row, purpose, at: row.event.occurredAt.getTime() }] : [];
    })
    .sort((a, b) => a.at - b.at);
  const judgements = new Map<string, OutboundJudgement>();
  if (contacts.length === 0) return judgements;

  const policy = await getContactPolicy();
  const latest = new Date(contacts[contacts.length - 1]!.at);
  const histories = await loadEligibilityInputs(
    contacts.map((contact) => contact.row.customerId),
    {
      now: latest,
      policy,
      purposes: [...new Set(contacts.map((contact) => contact.purpose))],
      subjectCustomerIds: contacts.filter((c) => c.purpose === "survey").map((c) => c.row.customerId),
      extraConsentPurposes: ["newsletter", "promotions"],
    },
  );
  // Inbound interactions and consent changes of this batch are not stored yet, but count already.
  const batchInteractions = new Map<string, InteractionInput[]>();
  const batchConsents = new Map<string, ConsentInput[]>();
  for (const { customerId, event } of rows) {
    const amount = event.payload?.amount;
    const interactions = batchInteractions.get(customerId) ?? [];
    interactions.push({
      type: event.type,
      occurredAt: event.occurredAt,
      amount: typeof amount === "number" ? amount : null,
    });
    batchInteractions.set(customerId, interactions);
    if (event.consent) {
      const consents = batchConsents.get(customerId) ?? [];
      consents.push({ ...event.consent, occurredAt: event.occurredAt });
      batchConsents.set(customerId, consents);
    }
  }
  const sentInBatch = new Map<string, OutboundContactInput[]>();
  for (const { row, purpose, at } of contacts) {
    const { event, customerId } = row;
    // Customers created by this very batch have no stored history yet.
    const history = histories.get(customerId) ?? {
      customer: { timeZone: "Europe/Amsterdam" },
      ...EMPTY_HISTORY,
    };
    const before = <T extends { occurredAt: Date }>(items: readonly T[]) =>
      items.filter((item) => item.occurredAt.getTime() <= at);
    const earlier = sentInBatch.get(customerId) ?? [];
    const subjectRef = subjectRefOf(event.payload);
    const consentPurpose = consentPurposeOfEvent(event);
    const result = checkEligibility({
      customer: history.customer,
      outbound: [...before(history.outbound), ...earlier],
      interactions: before([...history.interactions, ...(batchInteractions.get(customerId) ?? [])]),
      cases: history.cases.filter((c) => c.openedAt.getTime() <= at),
      consents: before([...history.consents, ...(batchConsents.get(customerId) ?? [])]),
      now: event.occurredAt,
      policy,
      purpose,
      subjectRef,
      channel: event.channel,
      consentPurposes: consentPurpose ? [consentPurpose] : undefined,
      isSafetyIssue: event.payload?.safetyIssue === true,
    });
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
