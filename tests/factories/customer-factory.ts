// Test data factories that write through SQL, so e2e and integration tests create exactly the
// records they assert on, independent of the demo seed.
import { randomUUID } from "node:crypto";
import type pg from "pg";
import {
  foldForSearch,
  normalizeIdentifier,
  type IdentifierKind,
} from "../../lib/validation/normalize-identifier";

export interface EventInput {
  type: string;
  channel: string;
  direction: "inbound" | "outbound";
  occurredAt: Date;
  summary: string;
  locationCode?: string;
  reason?: string;
}

export interface CustomerInput {
  firstName: string;
  lastName: string;
  preferredName?: string;
  salutation?: string;
  language?: string;
  city?: string;
  firstTouchChannel?: string;
  firstTouchSource?: string;
  identities?: { type: IdentifierKind; value: string }[];
  events?: EventInput[];
}

export async function createCustomer(
  client: pg.ClientBase | pg.Pool,
  input: CustomerInput,
): Promise<{ id: string }> {
  const id = randomUUID();
  const firstSeenAt =
    input.events?.map((e) => e.occurredAt).sort((a, b) => a.getTime() - b.getTime())[0] ?? new Date();
  await client.query(
    `INSERT INTO "Customer" (id, "firstName", "lastName", "preferredName", salutation, language, city, "searchName",
       "firstTouchChannel", "firstTouchSource", "firstSeenAt", "lastSeenAt", "createdAt", "updatedAt")
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9::"Channel",$10,$11,$11,now(),now())`,
    [
      id,
      input.firstName,
      input.lastName,
      input.preferredName ?? null,
      input.salutation ?? null,
      input.language ?? "nl",
      input.city ?? null,
      foldForSearch(input.firstName, input.lastName, input.preferredName),
      input.firstTouchChannel ?? null,
      input.firstTouchSource ?? null,
      firstSeenAt,
    ],
  );
  for (const identity of input.identities ?? []) {
    await client.query(
      `INSERT INTO "Identity" (id, "customerId", type, "rawValue", "normalizedValue", source)
       VALUES ($1,$2,$3::"IdentityType",$4,$5,'test')`,
      [
        randomUUID(),
        id,
        identity.type,
        identity.value,
        normalizeIdentifier(identity.type, identity.value) ?? identity.value,
      ],
    );
  }
  for (const event of input.events ?? []) {
    const eventId = randomUUID();
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO "JourneyEvent" (id, "customerId", type, channel, direction, "occurredAt", "locationId", source,
         "sourceEventId", summary, reason)
       VALUES ($1,$2,$3::"EventType",$4::"Channel",$5::"Direction",$6,(SELECT id FROM "Location" WHERE code = $7),
         'test',$10,$8,$9)
       RETURNING "locationId" AS id`,
      [
        eventId,
        id,
        event.type,
        event.channel,
        event.direction,
        event.occurredAt,
        event.locationCode ?? null,
        event.summary,
        event.reason ?? null,
        eventId,
      ],
    );
    const locationId = rows[0]?.id;
    if (locationId) {
      await client.query(
        `INSERT INTO "CustomerLocation" ("customerId", "locationId", "firstSeenAt", "lastSeenAt") VALUES ($1,$2,$3,$3)
         ON CONFLICT ("customerId", "locationId") DO UPDATE SET "lastSeenAt" = GREATEST("CustomerLocation"."lastSeenAt", EXCLUDED."lastSeenAt")`,
        [id, locationId, event.occurredAt],
      );
    }
  }
  return { id };
}
