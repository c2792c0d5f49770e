import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

/**
 * Every table that holds personal data about one customer, scrubbed in set-based statements (an
 * erasure of 50,000 events stays one UPDATE per table). What aggregates count stays: event types,
 * channels, times, locations, order lines, consents and contact verdicts, tied to the stub. Values
 * insights group by (reasons, campaigns, first-touch source) are kept unless they mention the person.
 * Returns the rows touched per table.
 */
export async function scrubRows(
  tx: Tx,
  customerId: string,
  patterns: { likes: string[]; regexes: string[] },
  pseudonym: string,
): Promise<Record<string, number>> {
  // A lower-case LIKE picks the few candidates cheaply; the regular expression (whole-word names) decides.
  const mentions = (column: string) =>
    `(lower(${column}) LIKE ANY ($2::text[]) AND ${column} ~* ANY ($3::text[]))`;
  const unlessPersonal = (column: string) => `CASE WHEN ${mentions(column)} THEN NULL ELSE ${column} END`;
  const { likes, regexes } = patterns;
  const run = (sql: string) => tx.$executeRawUnsafe(sql, customerId);
  const runMatching = (sql: string) => tx.$executeRawUnsafe(sql, customerId, likes, regexes);

  const customer = await tx.$executeRaw`
    UPDATE "Customer" SET "firstName" = NULL, "lastName" = NULL, "preferredName" = NULL, salutation = NULL,
      "birthDate" = NULL, street = NULL, "postalCode" = NULL, city = NULL, "searchName" = '',
      "firstTouchSource" = CASE WHEN lower("firstTouchSource") LIKE ANY (${likes}::text[]) AND "firstTouchSource" ~* ANY (${regexes}::text[]) THEN NULL ELSE "firstTouchSource" END,
      "erasedAt" = timezone('UTC', now()), pseudonym = ${pseudonym}, "updatedAt" = timezone('UTC', now())
    WHERE id = ${customerId}::uuid`;
  const identities = await run(`DELETE FROM "Identity" WHERE "customerId" = $1::uuid`);
  // The summary becomes the event type in words, so a stub's timeline still reads as a journey.
  const events = await runMatching(`
    UPDATE "JourneyEvent" SET payload = NULL, summary = initcap(replace(type::text, '_', ' ')),
      "sourceEventId" = 'erased:' || id::text, name = ${unlessPersonal("name")},
      reason = ${unlessPersonal("reason")}, "utmSource" = ${unlessPersonal('"utmSource"')},
      "utmMedium" = ${unlessPersonal('"utmMedium"')}, "utmCampaign" = ${unlessPersonal('"utmCampaign"')}
    WHERE "customerId" = $1::uuid`);
  const bookings = await run(`
    UPDATE "Booking" SET reference = 'ERASED-' || id::text, "roomNumber" = NULL, "updatedAt" = timezone('UTC', now())
    WHERE "customerId" = $1::uuid`);
  const orders = await run(`
    UPDATE "Order" SET "orderNumber" = 'ERASED-' || id::text, "updatedAt" = timezone('UTC', now())
    WHERE "customerId" = $1::uuid`);
  const cases = await runMatching(`
    UPDATE "ServiceCase" SET reference = 'ERASED-' || id::text, summary = 'Erased',
      reason = coalesce(${unlessPersonal("reason")}, 'erased'), "updatedAt" = timezone('UTC', now())
    WHERE "customerId" = $1::uuid`);
  const facts = await run(`DELETE FROM "CustomerFact" WHERE "customerId" = $1::uuid`);
  const contacts = await run(`
    UPDATE "OutboundContact" SET "subjectRef" = NULL WHERE "customerId" = $1::uuid AND "subjectRef" IS NOT NULL
     `);
  const suggestions = await run(`
    DELETE FROM "DuplicateSuggestion" WHERE ("customerAId" = $1::uuid OR "customerBId" = $1::uuid)
     `);
  // Snapshots hold the merged row as it was: the history of this person's merges goes with them,
  // down the whole chain (A into B, then B into C).
  const merges = await run(`
    WITH RECURSIVE tree(id) AS (
      SELECT $1::uuid UNION SELECT m."mergedId" FROM "MergeRecord" m JOIN tree ON m."survivorId" = tree.id)
    DELETE FROM "MergeRecord" WHERE "survivorId" IN (SELECT id FROM tree) OR "mergedId" = $1::uuid`);
  // Stored answers replay customer ids and the sender's sourceEventIds (which may be an email).
  const idempotency = await runMatching(`
    DELETE FROM "IdempotencyRecord" WHERE strpos("responseBody", $1::text) > 0 OR ${mentions('"responseBody"')}`);
  const requests = await tx.$executeRaw`
    UPDATE "PrivacyRequest" SET reason = NULL WHERE lower(reason) LIKE ANY (${likes}::text[]) AND reason ~* ANY (${regexes}::text[])`;
  const [audit] = await tx.$queryRaw<{ redacted: number }[]>`
    SELECT "redact_audit_entries"(${customerId}::uuid, ${likes}::text[], ${regexes}::text[], ${pseudonym}) AS redacted`;
  return {
    customer,
    identities,
    events,
    bookings,
    orders,
    cases,
    facts,
    contacts,
    suggestions,
    merges,
    idempotency,
    requests,
    audit: audit?.redacted ?? 0,
  };
}
