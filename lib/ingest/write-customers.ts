import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { foldForSearch } from "@/lib/validation/normalize-identifier";
import type { PreparedIdentifier } from "./ingest-types";
import type { LockedCustomer } from "./load-batch-state";
import { RetryBatchError } from "@/lib/db/retry-transaction";
import type { CustomerChange } from "./summarize-customer-changes";
import { uuidV7 } from "@/lib/db/uuid-v7";

type Tx = Prisma.TransactionClient;

const TRAIT_COLUMNS =
  Prisma.raw(`"firstName" text, "lastName" text, "preferredName" text, salutation text, language text, "birthDate" date,
  street text, "postalCode" text, city text, country text, "timeZone" text`);

function traitRow(change: CustomerChange) {
  const t = change.traits;
  return {
    firstName: t.firstName ?? null,
    lastName: t.lastName ?? null,
    preferredName: t.preferredName ?? null,
    salutation: t.salutation ?? null,
    language: t.language ?? null,
    birthDate: t.birthDate ?? null,
    street: t.street ?? null,
    postalCode: t.postalCode ?? null,
    city: t.city ?? null,
    country: t.country ?? null,
    timeZone: t.timeZone ?? null,
    firstAt: change.firstAt?.toISOString() ?? null,
    lastAt: change.lastAt?.toISOString() ?? null,
    touchAt: change.touch?.at.toISOString() ?? null,
    touchChannel: change.touch?.channel ?? null,
    touchSource: change.touch?.source ?? null,
  };
}

export async function insertCustomers(
  tx: Tx,
  ids: string[],
  changes: Map<string, CustomerChange>,
): Promise<void> {
  if (ids.length === 0) return;
  const empty: CustomerChange = { traits: {}, firstAt: null, lastAt: null, touch: null };
  const rows = ids.map((id) => {
    const change = changes.get(id) ?? empty;
    return {
      id,
      ...traitRow(change),
      searchName: foldForSearch(change.traits.firstName, change.traits.lastName, change.traits.preferredName),
    };
  });
  await tx.$executeRaw`INSERT INTO "Customer" (id, "firstName", "lastName", "preferredName", salutation, language, "birthDate", street, "postalCode", city,
       country, "timeZone", "searchName", "firstTouchChannel", "firstTouchSource", "firstSeenAt", "lastSeenAt", "createdAt", "updatedAt")
     SELECT x.id, x."firstName", x."lastName", x."preferredName", x.salutation, COALESCE(x.language, 'nl'), x."birthDate", x.street,
       x."postalCode", x.city, COALESCE(x.country, 'NL'), COALESCE(x."timeZone", 'Europe/Amsterdam'), x."searchName",
       x."touchChannel"::"Channel", x."touchSource", COALESCE(x."firstAt", timezone('UTC', now())), x."lastAt",
       timezone('UTC', now()), timezone('UTC', now())
     FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x(id uuid, ${TRAIT_COLUMNS}, "searchName" text, "firstAt" timestamp, "lastAt" timestamp,
       "touchAt" timestamp, "touchChannel" text, "touchSource" text)`;
}

/** Existing customers: given traits overwrite, seen-times widen, and an earlier inbound event becomes the first touch. */
export async function updateCustomers(
  tx: Tx,
  changes: Map<string, CustomerChange>,
  locked: Map<string, LockedCustomer>,
): Promise<void> {
  const rows = [...changes]
    .filter(([id]) => locked.has(id))
    .map(([id, change]) => {
      const before = locked.get(id)!;
      const t = change.traits;
      const renamed = t.firstName !== undefined || t.lastName !== undefined || t.preferredName !== undefined;
      const searchName = renamed
        ? foldForSearch(
            t.firstName ?? before.firstName,
            t.lastName ?? before.lastName,
            t.preferredName ?? before.preferredName,
          )
        : null;
      return { id, ...traitRow(change), searchName };
    });
  if (rows.length === 0) return;
  rows.sort((a, b) => (a.id < b.id ? -1 : 1));
  await tx.$executeRaw`UPDATE "Customer" AS c SET
       "firstName" = COALESCE(x."firstName", c."firstName"), "lastName" = COALESCE(x."lastName", c."lastName"),
       "preferredName" = COALESCE(x."preferredName", c."preferredName"), salutation = COALESCE(x.salutation, c.salutation),
       language = COALESCE(x.language, c.language), "birthDate" = COALESCE(x."birthDate", c."birthDate"),
       street = COALESCE(x.street, c.street), "postalCode" = COALESCE(x."postalCode", c."postalCode"), city = COALESCE(x.city, c.city),
       country = COALESCE(x.country, c.country), "timeZone" = COALESCE(x."timeZone", c."timeZone"),
       "searchName" = COALESCE(x."searchName", c."searchName"),
       "firstTouchChannel" = CASE WHEN x."touchAt" IS NOT NULL AND (c."firstTouchChannel" IS NULL OR x."touchAt" < c."firstSeenAt")
         THEN x."touchChannel"::"Channel" ELSE c."firstTouchChannel" END,
       "firstTouchSource" = CASE WHEN x."touchAt" IS NOT NULL AND (c."firstTouchChannel" IS NULL OR x."touchAt" < c."firstSeenAt")
         THEN x."touchSource" ELSE c."firstTouchSource" END,
       "firstSeenAt" = LEAST(c."firstSeenAt", COALESCE(x."firstAt", c."firstSeenAt")),
       "lastSeenAt" = GREATEST(c."lastSeenAt", x."lastAt"),
       "updatedAt" = timezone('UTC', now())
     FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x(id uuid, ${TRAIT_COLUMNS}, "searchName" text, "firstAt" timestamp, "lastAt" timestamp,
       "touchAt" timestamp, "touchChannel" text, "touchSource" text)
     WHERE c.id = x.id`;
}

/** Fails the attempt (and reruns the batch) if a concurrent writer claimed one of these identifiers first. */
export async function insertIdentities(
  tx: Tx,
  source: string,
  rows: { customerId: string; identifier: PreparedIdentifier }[],
): Promise<void> {
  if (rows.length === 0) return;
  const payload = rows
    .map(({ customerId, identifier }) => ({
      id: uuidV7(),
      customerId,
      type: identifier.kind,
      raw: identifier.raw,
      value: identifier.value,
    }))
    .sort((a, b) => (a.type === b.type ? (a.value < b.value ? -1 : 1) : a.type < b.type ? -1 : 1));
  const inserted = await tx.$queryRaw<{ n: number }[]>`
    WITH inserted AS (
      INSERT INTO "Identity" (id, "customerId", type, "rawValue", "normalizedValue", source, "createdAt")
      SELECT x.id, x."customerId", x.type::"IdentityType", x.raw, x.value, ${source}, timezone('UTC', now())
      FROM jsonb_to_recordset(${JSON.stringify(payload)}::jsonb) AS x(id uuid, "customerId" uuid, type text, raw text, value text)
      ORDER BY x.type, x.value
      ON CONFLICT (type, "normalizedValue") DO NOTHING
      RETURNING 1)
    SELECT count(*)::int AS n FROM inserted`;
  if ((inserted[0]?.n ?? 0) !== payload.length)
    throw new RetryBatchError("an identifier was claimed by a concurrent batch");
}

/** A web id on more than five customers stops matching, and its open suggestions are withdrawn. */
export async function markSharedWebIds(tx: Tx, values: string[]): Promise<void> {
  if (values.length === 0) return;
  await tx.$executeRaw`UPDATE "Identity" SET "isShared" = true WHERE type = 'web_id' AND "normalizedValue" = ANY(${values}::text[])`;
  await tx.$executeRaw`
    UPDATE "DuplicateSuggestion" SET status = 'dismissed', "resolvedAt" = timezone('UTC', now())
    WHERE status = 'open' AND "identityType" = 'web_id' AND "normalizedValue" = ANY(${values}::text[])`;
}
