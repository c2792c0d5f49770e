// Contact history through plain SQL (usable from e2e specs, which have no Prisma client): outbound
// contacts as the ingest records them (a journey event plus its OutboundContact row, with the policy
// verdict at its time), trivial interactions, consents and open complaints.
import { randomUUID } from "node:crypto";
import type pg from "pg";

export interface OutboundInput {
  purpose:
    | "marketing_email"
    | "marketing_sms"
    | "marketing_push"
    | "survey"
    | "service_followup"
    | "proactive_social";
  occurredAt: Date;
  channel?: string;
  source?: string;
  withinPolicy?: boolean | null;
  violatedRules?: string[];
  subjectRef?: string | null;
}

const EVENT_TYPE: Record<OutboundInput["purpose"], string> = {
  marketing_email: "newsletter_sent",
  marketing_sms: "promotion_sent",
  marketing_push: "promotion_sent",
  survey: "survey_sent",
  service_followup: "service_reply",
  proactive_social: "social_mention",
};
const CHANNEL: Record<OutboundInput["purpose"], string> = {
  marketing_email: "email",
  marketing_sms: "sms",
  marketing_push: "app",
  survey: "email",
  service_followup: "email",
  proactive_social: "social",
};

export async function recordOutbound(
  client: pg.Pool,
  customerId: string,
  input: OutboundInput,
): Promise<string> {
  const eventId = randomUUID();
  const channel = input.channel ?? CHANNEL[input.purpose];
  const source = input.source ?? "email-tool";
  const withinPolicy = input.withinPolicy === undefined ? true : input.withinPolicy;
  await client.query(
    `INSERT INTO "JourneyEvent" (id, "customerId", type, channel, direction, "occurredAt", source, "sourceEventId", summary, "withinPolicy")
     VALUES ($1::uuid, $2, $3::"EventType", $4::"Channel", 'outbound', $5, $6, $8, 'Sent', $7)`,
    [
      eventId,
      customerId,
      EVENT_TYPE[input.purpose],
      channel,
      input.occurredAt,
      source,
      withinPolicy,
      eventId,
    ],
  );
  await client.query(
    `INSERT INTO "OutboundContact" ("eventId", "customerId", purpose, channel, "occurredAt", source, "subjectRef", "withinPolicy", "violatedRules", "policyVersion")
     VALUES ($1, $2, $3::"ContactPurpose", $4::"Channel", $5, $6, $7, $8, $9, 0)`,
    [
      eventId,
      customerId,
      input.purpose,
      channel,
      input.occurredAt,
      source,
      input.subjectRef ?? null,
      withinPolicy,
      input.violatedRules ?? [],
    ],
  );
  return eventId;
}

/** An inbound interaction (address change, payment …) the survey rules look at. */
export async function recordInteraction(client: pg.Pool, customerId: string, type: string, occurredAt: Date) {
  const id = randomUUID();
  await client.query(
    `INSERT INTO "JourneyEvent" (id, "customerId", type, channel, direction, "occurredAt", source, "sourceEventId", summary)
     VALUES ($1::uuid, $2, $3::"EventType", 'web', 'inbound', $4, 'test', $5, 'Interaction')`,
    [id, customerId, type, occurredAt, id],
  );
}

/** Consent granted long ago for every purpose on the marketing channels. */
export async function grantEverything(client: pg.Pool, customerId: string) {
  for (const [purpose, channel] of [
    ["promotions", "email"],
    ["promotions", "sms"],
    ["promotions", "app"],
    ["newsletter", "email"],
    ["surveys", "email"],
  ]) {
    await client.query(
      `INSERT INTO "Consent" (id, "customerId", purpose, channel, status, source, "occurredAt")
       VALUES (gen_random_uuid(), $1, $2::"ConsentPurpose", $3::"Channel", 'granted', 'test', '2020-01-01')`,
      [customerId, purpose, channel],
    );
  }
}

export async function openComplaint(client: pg.Pool, customerId: string, reference: string, openedAt: Date) {
  await client.query(
    `INSERT INTO "ServiceCase" (id, "customerId", reference, kind, reason, summary, channel, status, "openedAt", source, "updatedAt")
     VALUES (gen_random_uuid(), $1, $2, 'complaint', 'Noisy room', 'Noisy room', 'email', 'open', $3, 'test', now())`,
    [customerId, reference, openedAt],
  );
}
