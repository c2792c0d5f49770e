// Contact history written through Prisma for eligibility tests: customers with identities, outbound
// contacts (a journey event plus its OutboundContact row), consents, cases and interactions.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type {
  CaseStatus,
  Channel,
  ConsentPurpose,
  ConsentStatus,
  ContactPurpose,
  EventType,
  IdentityType,
} from "@/lib/generated/prisma/enums";
import { normalizeIdentifier } from "@/lib/validation/normalize-identifier";

export async function historyCustomer(
  identities: { type: IdentityType; value: string; isShared?: boolean }[] = [],
  timeZone = "Europe/Amsterdam",
): Promise<string> {
  const customer = await db.customer.create({ data: { firstName: "Anne", lastName: "Test", timeZone } });
  for (const identity of identities) {
    await db.identity.create({
      data: {
        customerId: customer.id,
        type: identity.type,
        rawValue: identity.value,
        normalizedValue: normalizeIdentifier(identity.type, identity.value) ?? identity.value,
        source: "test",
        isShared: identity.isShared ?? false,
      },
    });
  }
  return customer.id;
}

const EVENT_OF: Record<ContactPurpose, EventType> = {
  marketing_email: "promotion_sent",
  marketing_sms: "promotion_sent",
  marketing_push: "promotion_sent",
  survey: "survey_sent",
  service_followup: "service_reply",
  proactive_social: "service_reply",
};

export async function addOutbound(
  customerId: string,
  purpose: ContactPurpose,
  channel: Channel,
  occurredAt: Date,
  subjectRef: string | null = null,
): Promise<void> {
  const event = await db.journeyEvent.create({
    data: {
      customerId,
      type: EVENT_OF[purpose],
      channel,
      direction: "outbound",
      occurredAt,
      source: "test",
      sourceEventId: randomUUID(),
      summary: `${purpose} for the test`,
    },
  });
  await db.outboundContact.create({
    data: { eventId: event.id, customerId, purpose, channel, occurredAt, source: "test", subjectRef },
  });
}

export async function addInteraction(
  customerId: string,
  type: EventType,
  occurredAt: Date,
  payload?: Prisma.InputJsonObject,
): Promise<void> {
  await db.journeyEvent.create({
    data: {
      customerId,
      type,
      channel: "web",
      direction: "inbound",
      occurredAt,
      source: "test",
      sourceEventId: randomUUID(),
      summary: type,
      payload,
    },
  });
}

export async function addConsent(
  customerId: string,
  purpose: ConsentPurpose,
  channel: Channel,
  status: ConsentStatus,
  occurredAt: Date,
): Promise<void> {
  await db.consent.create({ data: { customerId, purpose, channel, status, occurredAt, source: "test" } });
}

export async function addCase(
  customerId: string,
  status: CaseStatus,
  openedAt: Date,
  closedAt: Date | null = null,
): Promise<string> {
  const reference = `CS-${randomUUID().slice(0, 8).toUpperCase()}`;
  await db.serviceCase.create({
    data: {
      customerId,
      reference,
      kind: "complaint",
      reason: "Test",
      summary: "Test complaint",
      channel: "email",
      status,
      openedAt,
      closedAt,
      source: "test",
    },
  });
  return reference;
}
